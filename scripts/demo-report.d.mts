/** Types for demo-report.mjs (plain ESM, shared by `npm run docs` and the tests). */
export declare function demoReportMarkdown(): Promise<string>;
