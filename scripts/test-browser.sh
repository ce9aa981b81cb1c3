#!/usr/bin/env bash
# Find headless Chromium for the browser tests (pytest -m browser) and print its path.
# Installs Debian's chromium when missing (root only). Prints nothing when none can
# be had, except under CI=true, where that is an error: CI runs the browser tests.
# Playwright drives this binary; `playwright install` is never run.
set -uo pipefail
CHROMIUM="${SANCTIONWATCH_TEST_CHROMIUM:-/usr/bin/chromium}"

fail() {
    echo "test-browser: $*" >&2
    if [ "${CI:-}" = "true" ]; then exit 1; fi
    exit 0
}

if [ ! -x "$CHROMIUM" ]; then
    [ "$(id -u)" = 0 ] || fail "$CHROMIUM is missing and we are not root; browser tests will skip"
    echo "test-browser: installing chromium" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2 \
        || fail "apt-get install chromium failed"
fi
[ -x "$CHROMIUM" ] || fail "no chromium at $CHROMIUM"
echo "$CHROMIUM"
