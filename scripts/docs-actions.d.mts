/** scripts/docs-actions.mjs: actions/<name>/README.md from each action.yml. */
export declare const MAJOR_TAG: string;
export declare function actionReadme(name: string, actionYml: string, docs: string): string;
export declare function actionReadmes(root?: URL): Array<{ file: string; text: string }>;
