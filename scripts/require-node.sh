#!/usr/bin/env bash
# Composite steps run whatever `node` is on PATH (self-hosted runners may have none, or an old
# one). Fail with a message that says what to do, instead of a syntax error from the bundle.
set -euo pipefail
if ! command -v node >/dev/null 2>&1; then
  echo "::error title=ml-quality-gates::Node.js >= 20 is required on PATH. Add actions/setup-node before this step."
  exit 2
fi
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
  echo "::error title=ml-quality-gates::Node.js >= 20 is required; found $(node --version). Add actions/setup-node with node-version: 24."
  exit 2
fi
