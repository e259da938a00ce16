#!/usr/bin/env bash
# run_webhook_example.sh MOCK RECEIVER
# Starts the simulator and the webhook receiver, delivers two Z-API join
# requests (one allowed by the rule, one not) and checks that exactly the
# allowed one was approved at the simulator.
set -euo pipefail
mock="$1" receiver="$2"
mock_out="$(mktemp)" recv_out="$(mktemp)"
"$mock" --port 0 --quiet >"$mock_out" &
mock_pid=$!
cleanup() {
  kill "$mock_pid" "${recv_pid:-}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -f "$mock_out" "$recv_out"
}
trap cleanup EXIT
wait_line() { for _ in $(seq 1 100); do grep -q '^listening on ' "$1" && return 0; sleep 0.05; done; return 1; }
wait_line "$mock_out"
mock_url="$(sed -n 's/^listening on //p' "$mock_out")"

WA_PROVIDER=zapi WA_BASE_URL="$mock_url" WA_INSTANCE=demo WA_TOKEN=zapi-demo-token \
  WA_CLIENT_TOKEN=zapi-demo-client-token ALLOW_PREFIX=5544988 "$receiver" 0 >"$recv_out" &
recv_pid=$!
wait_line "$recv_out"
recv_url="$(sed -n 's/^listening on //p' "$recv_out")"

deliver() {
  curl -s -X POST -H 'Content-Type: application/json' --data-binary @- "$recv_url/webhook" <<JSON
{"isGroup": true, "phone": "120363019502650977-group", "notification": "MEMBERSHIP_APPROVAL_REQUEST",
 "notificationParameters": ["$1"], "requestMethod": "invite_link", "momment": 1763990000000}
JSON
}
first="$(deliver 5544988888888)"
second="$(deliver 5544977777777)"
[ "$first" = '{"approved":1}' ] || { echo "allowed request: got $first"; cat "$recv_out"; exit 1; }
[ "$second" = '{"approved":0}' ] || { echo "refused request: got $second"; cat "$recv_out"; exit 1; }
approvals="$(curl -s "$mock_url/_mock/requests" | grep -o 'approve-participant' | wc -l)"
[ "$approvals" -eq 1 ] || { echo "the simulator saw $approvals approvals, expected 1"; exit 1; }
echo "webhook receiver: approved 5544988888888, left 5544977777777 for a human"
