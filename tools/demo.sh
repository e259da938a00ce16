#!/usr/bin/env bash
# The narrated scenario behind `./dev demo`: starts wa-participants-mock on a
# free port, drives the wa-participants CLI against it for each simulated
# provider (each one's scene is tools/mock_server/<provider>/demo.sh),
# and stops the mock by its PID. Each step shows the environment it changes.
# Colour only on a terminal and without NO_COLOR. Usage: demo.sh CLI MOCK
set -euo pipefail

CLI="$1"
MOCK="$2"
GROUP="120363406289005073@g.us"

# Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
  BOLD=$'\033[1m' DIM=$'\033[2m' RESET=$'\033[0m'
else
  BOLD="" DIM="" RESET=""
fi

bold() { printf '\n%s%s%s\n' "$BOLD" "$*" "$RESET"; }
note() { printf '  %s\n' "$*"; }

# setenv VAR=value...: exports for the steps that follow, and shows it.
setenv() {
  printf '\n%s$ export %s%s\n' "$DIM" "$*" "$RESET"
  local kv
  for kv in "$@"; do export "${kv?}"; done
}

# run [VAR=value...] ARGS...: shows the command as a user would type it,
# with any environment change for this step in front (tokens come from the
# environment, never argv), runs it, and shows the exit code.
run() {
  local shown="" a envs=()
  while [ $# -gt 0 ] && [[ "$1" =~ ^[A-Z_]+= ]]; do
    envs+=("$1")
    shown+="$1 "
    shift
  done
  shown+="wa-participants"
  for a in "$@"; do
    if [[ "$a" == *" "* ]]; then shown+=" \"$a\""; else shown+=" $a"; fi
  done
  printf '\n%s$ %s%s\n' "$BOLD" "$shown" "$RESET"
  local rc=0
  env "${envs[@]}" "$CLI" "$@" || rc=$?
  printf '(exit %d)\n' "$rc"
}

out="$(mktemp)"
"$MOCK" --port 0 --quiet >"$out" &
MOCK_PID=$!
trap 'kill "$MOCK_PID" 2>/dev/null || true; wait "$MOCK_PID" 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 100); do grep -q '^listening on ' "$out" && break; sleep 0.05; done
URL="$(sed -n 's/^listening on //p' "$out")"
[ -n "$URL" ] || { echo "the mock did not start" >&2; exit 1; }

bold "wa-participants demo: simulated providers on $URL (mock PID $MOCK_PID)"
note "Group \"Customers\" ($GROUP) is administered by our instance \"demo\"."
note "In this simulated world 5521988888888 has no WhatsApp and 5531977777777 blocks being added."

note "Each step shows the environment it changes; tokens are only ever taken from there."
setenv WA_BASE_URL="$URL" WA_INSTANCE=demo

# Each simulated provider's scene, from its folder (alphabetical order).
SCENE=0
for scene in "$(dirname "${BASH_SOURCE[0]}")"/mock_server/*/demo.sh; do
  SCENE=$((SCENE + 1))
  # shellcheck source=/dev/null
  . "$scene"
done

kill "$MOCK_PID"
wait "$MOCK_PID" 2>/dev/null || true
trap 'rm -f "$out"' EXIT
bold "Done: the mock (PID $MOCK_PID) is stopped."
