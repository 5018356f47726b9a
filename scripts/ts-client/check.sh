#!/usr/bin/env bash
# Generates TypeScript types from openapi.yaml with openapi-typescript and compiles the hand-written
# learner journey (client-usage.ts) against them with tsc --strict. Exit 0 only when both succeed:
# proof that the published contract is precise enough for a generated TypeScript client.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
spec="$here/../../openapi.yaml"

usage() {
  cat <<USAGE
Usage: scripts/ts-client/check.sh [--spec FILE]
  Installs the pinned openapi-typescript and typescript (npm ci, from package-lock.json),
  generates schema.d.ts from FILE (default: openapi.yaml at the repository root) and runs
  tsc --noEmit --strict over client-usage.ts. Needs node >= 18 and npm. Exit 0 = the spec types the
  whole learner journey; tsc errors name the spec gaps.
USAGE
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --spec) spec="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ -f "$spec" ]] || { echo "no spec at $spec" >&2; exit 2; }
command -v npm >/dev/null || { echo "npm is not installed (apt-get install -y npm)" >&2; exit 3; }

cd "$here"
# npm ci is fast when node_modules already matches the lock file; it never changes the lock file.
npm ci --no-audit --no-fund --loglevel=error
npx --no-install openapi-typescript "$spec" --output schema.d.ts
npx --no-install tsc -p tsconfig.json --noEmit --strict
echo "OK: client-usage.ts type-checks against $(basename "$spec")"
