# The WAHA scene of `./dev demo`.
# Sourced by tools/demo.sh, with CLI, URL, GROUP, SCENE (this scene's
# number) and the helpers bold, note, setenv and run defined, and
# WA_BASE_URL and WA_INSTANCE=demo exported (the session). It leaves the
# world as it found it, for the scenes after it.

bold "$SCENE. WAHA (WA_PROVIDER=waha, WA_TOKEN is the X-Api-Key, WA_INSTANCE the session; self-hosted)"
setenv WA_PROVIDER=waha WA_TOKEN=waha-demo-token

note "The simulated server runs WAHA's NOWEB engine, which relays WhatsApp's status per person:"
run add --group "$GROUP" 5544911116666 5521988888888
run --verify promote --group "$GROUP" 5544911116666
run --json remove --group "$GROUP" 5544911116666

note "Join requests (WAHA's 2026 releases): listed by LID with the phone beside it..."
run requests --group "120363019502650977@g.us"
note "...and approving or rejecting someone who has not asked says so (no_pending_request):"
run reject --group "$GROUP" 5511977770000
