#!/usr/bin/env bash
# Start a local PostgreSQL server for the test suite and print its SQLAlchemy URL.
# Installs Debian's postgresql when missing (root only). Prints nothing when no
# server can be had, except under CI=true, where that is an error: CI tests
# PostgreSQL for real.
set -uo pipefail
PASSWORD=sanctionwatch-test

fail() {
    echo "test-postgres: $*" >&2
    if [ "${CI:-}" = "true" ]; then exit 1; fi
    exit 0
}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || fail "PostgreSQL is not installed and we are not root; testing SQLite only"
    echo "test-postgres: installing postgresql" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2 \
        || fail "apt-get install postgresql failed"
fi
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
[ -n "${version:-}" ] || fail "no PostgreSQL cluster found"
if [ "$status" != "online" ]; then
    pg_ctlcluster "$version" "$cluster" start >&2 || fail "could not start cluster $version/$cluster"
fi
su postgres -c "psql -q -p $port -c \"ALTER USER postgres PASSWORD '$PASSWORD'\"" >/dev/null 2>&1 \
    || fail "could not set the postgres password"
echo "postgresql+psycopg://postgres:$PASSWORD@127.0.0.1:$port/postgres"
