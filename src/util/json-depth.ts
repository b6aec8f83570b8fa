/**
 * Whether a parsed JSON value nests deeper than `limit` arrays/objects. Iterative, so a
 * 100,000-deep document is measured without recursion: the recursive walks that come after
 * (schema validation, rendering, redaction) would otherwise overflow the stack.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}
