#!/usr/bin/env bash
# Composite steps run whatever `node` is on PATH (self-hosted runners may have none, or an old
# one). Fail with a message that says what to do, instead of a syntax error from the bundle.
# Supported: Node 20, 22 and 24 (the bundle targets node20; .ci/run runs the e2e suite under each).
# The minimum is package.json's engines.node; test/lint/release.test.ts keeps the two equal.
set -euo pipefail
min=20
fix="Add a step before this one: uses: actions/setup-node (pinned by SHA) with node-version: 24."
if ! command -v node >/dev/null 2>&1; then
  echo "::error title=ml-quality-gates needs Node.js::No node on PATH. ml-quality-gates needs Node.js ${min} or newer (24 recommended). ${fix}"
  exit 2
fi
version=$(node --version 2>/dev/null || echo "that does not run")
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if ! [ "$major" -ge "$min" ] 2>/dev/null; then
  echo "::error title=ml-quality-gates needs Node.js::Found node ${version} on PATH; ml-quality-gates needs Node.js ${min} or newer (24 recommended). ${fix}"
  exit 2
fi
