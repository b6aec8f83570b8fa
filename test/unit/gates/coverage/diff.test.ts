import { describe, expect, it } from 'vitest';
import { changedLines, unquoteGitPath } from '../../../../src/gates/coverage/diff.js';
import { InputError } from '../../../../src/util/errors.js';

const DIFF = `diff --git a/src/churn/train.py b/src/churn/train.py
index 1111111..2222222 100644
--- a/src/churn/train.py
+++ b/src/churn/train.py
@@ -10,3 +10,4 @@ def fit(rows):
     x = 1
-    y = 2
+    y = 3
+    z = 4
     return x
@@ -40,0 +43,2 @@ def predict(row):
+    if row is None:
+        raise ValueError("row")
diff --git a/old/name.py b/new/name.py
similarity index 90%
rename from old/name.py
rename to new/name.py
index 3333333..4444444 100644
--- a/old/name.py
+++ b/new/name.py
@@ -1 +1 @@
-a = 1
+a = 2
diff --git a/gone.py b/gone.py
deleted file mode 100644
index 5555555..0000000
--- a/gone.py
+++ /dev/null
@@ -1,2 +0,0 @@
-x
-y
diff --git a/model.onnx b/model.onnx
index 6666666..7777777 100644
Binary files a/model.onnx and b/model.onnx differ
`;

describe('changedLines', () => {
  it('takes added lines by new-file number; renames keep edited lines only; deletions and binaries drop out', () => {
    expect(changedLines(DIFF, 'pr.diff')).toEqual([
      { path: 'src/churn/train.py', addedLines: [11, 12, 43, 44] },
      { path: 'new/name.py', addedLines: [1] },
      { path: 'model.onnx', addedLines: [] },
    ]);
  });

  it('treats an empty diff as no changes', () => {
    expect(changedLines('', 'pr.diff')).toEqual([]);
  });

  it('rejects text that is not a unified diff', () => {
    expect(() => changedLines('hello\nworld\n', 'notes.txt')).toThrow(InputError);
    expect(() => changedLines('hello\nworld\n', 'notes.txt')).toThrow(/notes\.txt: not a unified diff/);
  });

  it('decodes git-quoted non-ASCII paths', () => {
    const quoted = `diff --git "a/d\\303\\251j\\303\\240.py" "b/d\\303\\251j\\303\\240.py"
new file mode 100644
index 0000000..e69de29
--- /dev/null
+++ "b/d\\303\\251j\\303\\240.py"
@@ -0,0 +1,2 @@
+a
+b
`;
    expect(changedLines(quoted, 'd')).toEqual([{ path: 'déjà.py', addedLines: [1, 2] }]);
  });
});

describe('unquoteGitPath', () => {
  it.each([
    ['plain/path.py', 'plain/path.py'],
    ['"with\\ttab.py"', 'with\ttab.py'],
    ['"q\\"uote.py"', 'q"uote.py'],
    ['"\\346\\227\\245\\346\\234\\254.py"', '日本.py'],
  ])('%s → %s', (input, expected) => {
    expect(unquoteGitPath(input)).toBe(expected);
  });
});
