#!/usr/bin/env bash
# run_installed.sh CMAKE BUILD_DIR
# Installs BUILD_DIR to a fresh temporary prefix, then runs the installed
# wa-participants and wa-participants-mock from there with no
# LD_LIBRARY_PATH: they must find the installed library by their RUNPATH.
set -euo pipefail
cmake_bin="$1" build="$2"
prefix="$(mktemp -d)"
mock_out="$prefix/mock.out"
mock_pid=""
cleanup() {
  if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; wait "$mock_pid" 2>/dev/null || true; fi
  rm -rf "$prefix"
}
trap cleanup EXIT
fail() { echo "run_installed: $*" >&2; exit 1; }

"$cmake_bin" --install "$build" --prefix "$prefix/usr" >/dev/null
cli="$prefix/usr/bin/wa-participants"
mock="$prefix/usr/bin/wa-participants-mock"
[ -x "$cli" ] && [ -x "$mock" ] || fail "the programs were not installed"
unset LD_LIBRARY_PATH

help="$("$cli" --help)" || fail "the installed wa-participants --help failed"
grep -q 'wa-participants \[options\] members --group ID' <<<"$help" || fail "unexpected --help: $help"
"$cli" --version | grep -q '^wa-participants [0-9]' || fail "the installed --version failed"

"$mock" --port 0 --quiet >"$mock_out" &
mock_pid=$!
for _ in $(seq 1 100); do grep -q '^listening on ' "$mock_out" && break; sleep 0.05; done
url="$(sed -n 's/^listening on //p' "$mock_out")"
[ -n "$url" ] || fail "the installed wa-participants-mock did not start"

members="$(WA_PROVIDER=ryze WA_BASE_URL="$url" WA_INSTANCE=demo WA_TOKEN=ryze-demo-token \
  "$cli" members --group 120363406289005073@g.us)" || fail "the installed CLI failed against the installed mock"
grep -q 'member(s)' <<<"$members" || fail "unexpected members output: $members"
echo "installed wa-participants and wa-participants-mock run from $prefix/usr without LD_LIBRARY_PATH"
