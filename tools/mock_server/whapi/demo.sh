# The Whapi.Cloud scene of `./dev demo`.
# Sourced by tools/demo.sh, with CLI, URL, GROUP, SCENE (this scene's
# number) and the helpers bold, note, setenv and run defined, and
# WA_BASE_URL and WA_INSTANCE=demo exported (unused here: the token names
# the channel). It leaves the world as it found it, for the scenes after it.

bold "$SCENE. Whapi.Cloud (WA_PROVIDER=whapi, WA_TOKEN is the channel's Bearer token)"
setenv WA_PROVIDER=whapi WA_TOKEN=whapi-demo-token

note "Adds and removals come back as processed[] and failed[] lists:"
run add --group "$GROUP" 5544911116666 5521988888888
note "Promote and demote answer only {success}: --verify reads the group to confirm:"
run --verify promote --group "$GROUP" 5544911116666
run demote --group "$GROUP" 5544911116666
run --json remove --group "$GROUP" 5544911116666

note "Join requests ('applications'): one request per person, sent side by side:"
run requests --group "120363019502650977@g.us"
run reject --group "$GROUP" 5511977770000
