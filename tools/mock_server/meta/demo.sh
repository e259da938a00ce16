# The Meta Cloud API scene of `./dev demo`.
# Sourced by tools/demo.sh, with CLI, URL, GROUP, SCENE (this scene's
# number) and the helpers bold, note, setenv and run defined, and
# WA_BASE_URL and WA_INSTANCE=demo exported. The Cloud API has no
# instance: WA_INSTANCE names the Graph API version. It leaves the world as
# it found it, for the scenes after it.

bold "$SCENE. Meta Cloud API (WA_PROVIDER=meta, WA_TOKEN is the Bearer access token, WA_INSTANCE the Graph version)"
setenv WA_PROVIDER=meta WA_TOKEN=meta-demo-token WA_INSTANCE=v23.0
META_GROUP="${GROUP%@g.us}"

note "Meta cannot add participants (they join by invite link): refused before sending (exit 1):"
run add --group "$META_GROUP" 5544911117777
note "Join requests are listed page by page (Graph's cursors), with each requester's number:"
run requests --group "120363019502650977"
note "Approve and reject take request ids: the SDK lists, finds each number's id, and sends one"
note "call for those found. Someone who has not asked has no id, and nothing is sent:"
run reject --group "$META_GROUP" 5511977770000
note "A remove is answered for the batch only; --verify reads the group back:"
run --verify remove --group "$META_GROUP" 5544911117777
setenv WA_INSTANCE=demo
