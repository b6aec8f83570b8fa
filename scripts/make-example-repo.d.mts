/** Types for make-example-repo.mjs (plain ESM, shared by `npm run demo` and the tests). */
export declare const EXAMPLE_DIR: string;
export declare function makeExampleRepo(
  dest: string,
  options?: { source?: string },
): Promise<{ dir: string; base: string; head: string }>;
