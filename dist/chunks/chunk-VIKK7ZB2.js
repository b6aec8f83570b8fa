import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/result/gate-context.ts
function pullRequestBase(ctx) {
  const baseRef = ctx.event.pullRequest?.baseRef;
  return baseRef ? `origin/${baseRef}` : void 0;
}
function isReleaseEvent(event, ref) {
  if (event === "release" || event === "workflow_dispatch") return true;
  return event === "push" && (ref ?? "").startsWith("refs/tags/");
}

export {
  pullRequestBase,
  isReleaseEvent
};
