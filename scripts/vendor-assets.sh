#!/usr/bin/env bash
# Copy the page's pinned front-end libraries (package.json / package-lock.json)
# into src/sanctionwatch/web/static/vendor/, which is gitignored. The page loads
# them from there: nothing is fetched from a CDN at run time.
# npm runs in build/npm (gitignored), so node_modules never lands in the tree.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$ROOT/build/npm"
VENDOR="$ROOT/src/sanctionwatch/web/static/vendor"

mkdir -p "$WORK" "$VENDOR"
cp "$ROOT/package.json" "$ROOT/package-lock.json" "$WORK/"
(cd "$WORK" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

MODULES="$WORK/node_modules"
cp "$MODULES/chart.js/dist/chart.umd.min.js" "$VENDOR/chart.umd.min.js"
cp "$MODULES/chart.js/LICENSE.md" "$VENDOR/chart.js.LICENSE.md"
cp "$MODULES/cytoscape/dist/cytoscape.min.js" "$VENDOR/cytoscape.min.js"
cp "$MODULES/cytoscape/LICENSE" "$VENDOR/cytoscape.LICENSE"
echo "vendor-assets: copied chart.js and cytoscape into $VENDOR" >&2
