#!/usr/bin/env bash
# The narrated scenario behind `./dev demo`: starts wa-participants-mock on a
# free port, drives the wa-participants CLI against it for both providers,
# and stops the mock by its PID. Usage: demo.sh CLI MOCK
set -euo pipefail

CLI="$1"
MOCK="$2"
GROUP="120363406289005073@g.us"

bold() { printf '\n\033[1m%s\033[0m\n' "$*"; }
note() { printf '  %s\n' "$*"; }

# run ARGS...: shows the command as a user would type it (tokens come from
# the environment, never argv), runs it, and shows the exit code.
run() {
  local shown="" a
  for a in "$@"; do
    if [[ "$a" == *" "* ]]; then shown+=" \"$a\""; else shown+=" $a"; fi
  done
  printf '\n$ wa-participants%s\n' "$shown"
  local rc=0
  "$CLI" "$@" || rc=$?
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

export WA_BASE_URL="$URL" WA_INSTANCE=demo

bold "1. RyzeAPI (WA_PROVIDER=ryze, WA_TOKEN from the environment)"
export WA_PROVIDER=ryze WA_TOKEN=ryze-demo-token

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
WA_TOKEN=not-the-right-token run remove --group "$GROUP" 5511988887777

note "Invalid input is refused before anything is sent (exit 2):"
run add --group "$GROUP" 5511988887777 not-a-phone

bold "2. Z-API (WA_PROVIDER=zapi, WA_TOKEN and WA_CLIENT_TOKEN from the environment)"
export WA_PROVIDER=zapi WA_TOKEN=zapi-demo-token WA_CLIENT_TOKEN=zapi-demo-client-token
ZGROUP="120363019502650977-group"

note "Z-API answers only {\"value\": true|false} for the whole batch:"
run add --group "$ZGROUP" 5544911112222
run add --group "$ZGROUP" 5544911113333 5521988888888
note "One number has no WhatsApp, so Z-API said false, and nobody's outcome is known."
note "--verify reads the group back and settles each participant (the first was in fact added):"
run --verify add --group "$ZGROUP" 5544911113333 5521988888888
run members --group "$ZGROUP"

run promote --group "$ZGROUP" 5544911112222
note "Z-API cannot list join requests (they arrive by webhook); approving by phone works:"
run requests --group "$ZGROUP"
run approve --group "$ZGROUP" 5544888888888
run reject --group "$ZGROUP" 5544777777777
run remove --group "$ZGROUP" 5544911112222
note "A missing Client-Token:"
WA_CLIENT_TOKEN= run remove --group "$ZGROUP" 5544999999999

kill "$MOCK_PID"
wait "$MOCK_PID" 2>/dev/null || true
trap 'rm -f "$out"' EXIT
bold "Done: the mock (PID $MOCK_PID) is stopped."
