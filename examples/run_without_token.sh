#!/usr/bin/env bash
# run_without_token.sh EXPECTED_EXIT EXAMPLE ARGS...
# Runs EXAMPLE with WA_TOKEN unset, as a newcomer's first run may: it must
# end with EXPECTED_EXIT and an invalid_argument message, not a crash, and
# send nothing (WA_BASE_URL points where nothing listens: a request would
# fail with a network error instead).
set -euo pipefail
expected="$1"
shift
unset WA_TOKEN WA_CLIENT_TOKEN
export WA_BASE_URL=http://127.0.0.1:9 WA_INSTANCE=demo WA_PROVIDER=ryze
err="$(mktemp)"
trap 'rm -f "$err"' EXIT
rc=0
"$@" 2>"$err" >/dev/null || rc=$?
if [ "$rc" -ne "$expected" ]; then
  cat "$err" >&2
  echo "expected exit $expected, got $rc" >&2
  exit 1
fi
grep -qi 'token' "$err" || { cat "$err" >&2; echo "the error does not name the token" >&2; exit 1; }
