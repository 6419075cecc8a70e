#!/usr/bin/env bash
# Runs Attache's whole test suite: formatting and vet checks, then every test
# with the race detector. The Redis tests need a real redis-server: the test
# helper starts one on a free loopback port (or uses ATTACHE_TEST_REDIS_URL).
# When redis-server is missing this script installs it with apt-get if it runs
# as root, and otherwise says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${ATTACHE_TEST_REDIS_URL:-}" ] && ! command -v redis-server >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "test.sh: installing redis-server with apt-get" >&2
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq >/dev/null
		apt-get install -y -qq --no-install-recommends redis-server >/dev/null
	else
		echo "test.sh: redis-server is missing. Install it (sudo apt-get install redis-server)" >&2
		echo "         or point ATTACHE_TEST_REDIS_URL at a Redis you can flush (redis://127.0.0.1:6379/15)." >&2
		exit 1
	fi
fi

if [ ! -d ../shared ]; then
	echo "test.sh: note: ../shared (fixtures, eval data, Discord OpenAPI) is absent; tests that need it are skipped" >&2
fi

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './vendor/*'))
if [ -n "$unformatted" ]; then
	echo "test.sh: gofmt would change:" >&2
	echo "$unformatted" >&2
	exit 1
fi
go vet ./...
go test -race -count=1 -timeout 20m "$@" ./...
