# The RyzeAPI scene of `./dev demo`.
# Sourced by tools/demo.sh, with CLI, URL, GROUP, SCENE (this scene's
# number) and the helpers bold, note, setenv and run defined, and
# WA_BASE_URL and WA_INSTANCE=demo exported.

bold "$SCENE. RyzeAPI (WA_PROVIDER=ryze, WA_TOKEN from the environment)"
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
