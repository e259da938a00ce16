# The Evolution API scene of `./dev demo`.
# Sourced by tools/demo.sh, with CLI, URL, GROUP, SCENE (this scene's
# number) and the helpers bold, note, setenv and run defined, and
# WA_BASE_URL and WA_INSTANCE=demo exported. It leaves the world as it found
# it, for the scenes after it.

bold "$SCENE. Evolution API (WA_PROVIDER=evolution, WA_TOKEN is the apikey; self-hosted, so WA_BASE_URL is required)"
setenv WA_PROVIDER=evolution WA_TOKEN=evolution-demo-token

note "Evolution answers HTTP 201 even when nobody was added; WhatsApp's own status per person says who was:"
run add --group "$GROUP" 5544911115555 5521988888888 "+55 31 97777-7777"
note "(404: not on WhatsApp; 403: their privacy allows only an invitation.)"

run promote --group "$GROUP" 5544911115555
run demote --group "$GROUP" 5544911115555
note "--verify reads the group back (findGroupInfos) after the action:"
run --verify remove --group "$GROUP" 5544911115555

note "Evolution API has no join-request endpoints: refused before anything is sent (exit 1):"
run requests --group "$GROUP"
run approve --group "$GROUP" 5511944444444
