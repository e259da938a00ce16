# The Z-API scene of `./dev demo`.
# Sourced by tools/demo.sh, with CLI, URL, GROUP, SCENE (this scene's
# number) and the helpers bold, note, setenv and run defined, and
# WA_BASE_URL and WA_INSTANCE=demo exported.

bold "$SCENE. Z-API (WA_PROVIDER=zapi, WA_TOKEN and WA_CLIENT_TOKEN from the environment)"
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
