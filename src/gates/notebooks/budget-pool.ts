/**
 * Runs tasks with at most `concurrency` in flight and, together, at most `budget` units of
 * weight (bytes of notebook being parsed), so that many small notebooks overlap their I/O while
 * memory stays bounded whatever the repository holds. A task heavier than the whole budget runs
 * alone. Results keep the order of the items.
 */
export async function mapWithBudget<T, R>(
  items: readonly T[],
  weightOf: (item: T) => Promise<number>,
  limits: { concurrency: number; budget: number },
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let inUse = 0;
  const waiters: Array<() => void> = [];
  const release = () => {
    for (const wake of waiters.splice(0)) wake();
  };
  const acquire = async (weight: number): Promise<number> => {
    // Clamp so that an oversized task waits for an empty pool, then runs alone.
    const units = Math.min(weight, limits.budget);
    while (inUse > 0 && inUse + units > limits.budget) await new Promise<void>((wake) => waiters.push(wake));
    inUse += units;
    return units;
  };
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      const item = items[index] as T;
      const units = await acquire(await weightOf(item));
      try {
        results[index] = await task(item);
      } finally {
        inUse -= units;
        release();
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limits.concurrency, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}
