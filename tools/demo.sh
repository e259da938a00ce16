#!/usr/bin/env bash
# The narrated scenario behind `./dev demo`: starts wa-participants-mock on a
# free port, drives the wa-participants CLI against it for both providers,
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

bold "wa-participants demo: a simulated RyzeAPI and Z-API on $URL (mock PID $MOCK_PID)"
note "Group \"Customers\" ($GROUP) is administered by our instance \"demo\"."
note "In this simulated world 5521988888888 has no WhatsApp and 5531977777777 blocks being added."

note "Each step shows the environment it changes; tokens are only ever taken from there."
setenv WA_BASE_URL="$URL" WA_INSTANCE=demo

bold "1. RyzeAPI (WA_PROVIDER=ryze, WA_TOKEN from the environment)"
setenv WA_PROVIDER=ryze WA_TOKEN=ryze-demo-token

note "Add three people. The provider answers 200, but only one is really added:"
run add --group "$GROUP" 5511988887777 5521988888888 "+55 31 97777-7777"
note "Exit code 3: the request worked, some participants did not. Each says why."

note "Promote a member to admin:"
run promote --group "$GROUP" 5511988887777

note "List the pending join requests:"
run requests --group "$GROUP"

note "Approve the first by its LID, reject the second by phone:"
run approve --group "$GROUP" 199789077627112@lid
run reject --group "$GROUP" 5511933333333

note "Remove someone, asking for JSON (one object on stdout, for scripts):"
run --json remove --group "$GROUP" 5511955555555

note "A request-level failure: a wrong token. Nothing about the token is printed:"
run WA_TOKEN=not-the-right-token remove --group "$GROUP" 5511988887777

note "Invalid input is refused before anything is sent (exit 2):"
run add --group "$GROUP" 5511988887777 not-a-phone

note "A number written as dialled at home needs its region: without one it is read with a"
note "country code (+1 197...), which no numbering plan holds; with WA_DEFAULT_REGION=BR it is"
note "+55 11 97777-0005:"
run add --group "$GROUP" "(11) 97777-0005"
run WA_DEFAULT_REGION=BR add --group "$GROUP" "(11) 97777-0005"

bold "2. Z-API (WA_PROVIDER=zapi, WA_TOKEN and WA_CLIENT_TOKEN from the environment)"
setenv WA_PROVIDER=zapi WA_TOKEN=zapi-demo-token WA_CLIENT_TOKEN=zapi-demo-client-token
ZGROUP="120363019502650977-group"

note "Z-API answers only {\"value\": true|false} for the whole batch:"
run add --group "$ZGROUP" 5544911112222
run add --group "$ZGROUP" 5544911113333 5521988888888
note "One number has no WhatsApp, so Z-API said false, and nobody's outcome is known."
note "--verify reads the group back and settles each participant (the first was in fact added):"
run --verify add --group "$ZGROUP" 5544911113333 5521988888888
run members --group "$ZGROUP"

run promote --group "$ZGROUP" 5544911112222
note "Z-API cannot list join requests (they arrive by webhook); approve and reject by the"
note "numbers the webhook gave:"
run requests --group "$ZGROUP"
run approve --group "$ZGROUP" 5544988888888
run reject --group "$ZGROUP" 5544977777777
run remove --group "$ZGROUP" 5544911112222
note "A missing Client-Token (the instance token is right):"
run WA_CLIENT_TOKEN= remove --group "$ZGROUP" 5544999999999

kill "$MOCK_PID"
wait "$MOCK_PID" 2>/dev/null || true
trap 'rm -f "$out"' EXIT
bold "Done: the mock (PID $MOCK_PID) is stopped."
