#!/usr/bin/env bash
# run_with_mock.sh MOCK EXPECTED_EXIT PROVIDER EXAMPLE ARGS...
# Starts wa-participants-mock on a free port, runs EXAMPLE against it with the
# demo credentials in the environment, and checks its exit code.
set -euo pipefail
mock="$1" expected="$2" provider="$3"
shift 3
out="$(mktemp)"
"$mock" --port 0 --quiet >"$out" &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 100); do grep -q '^listening on ' "$out" && break; sleep 0.05; done
export WA_BASE_URL="$(sed -n 's/^listening on //p' "$out")" WA_INSTANCE=demo WA_PROVIDER="$provider"
if [ "$provider" = zapi ]; then
  export WA_TOKEN=zapi-demo-token WA_CLIENT_TOKEN=zapi-demo-client-token
else
  export WA_TOKEN=ryze-demo-token
fi
export BULK_PAUSE_MS=10
rc=0
printf '5511977770001\n5511977770002\n5521988888888\n5511977770003\n' | "$@" || rc=$?
if [ "$rc" -ne "$expected" ]; then
  echo "expected exit $expected, got $rc" >&2
  exit 1
fi
