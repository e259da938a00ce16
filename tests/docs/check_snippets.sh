#!/usr/bin/env bash
# check_snippets.sh ROOT
# Every C++ code block in ROOT/README.md and ROOT/docs/*.md must show
# compiled, tested code: the line before its fence names where the code
# lives,
#
#   <!-- snippet: examples/consumer/main.cpp#readme -->
#   ```cpp
#
# and the block must equal that file's lines between "[START readme]" and
# "[END readme]" (less their common indentation). The examples are built
# and run by ctest, so what the docs show is what is compiled and run.
set -euo pipefail
root="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
problems=0
blocks=0

# dedent: strips the indentation common to the non-blank lines of stdin.
dedent() {
  awk '{ line[NR] = $0
         if ($0 ~ /[^ ]/) { match($0, /^ */); if (min == "" || RLENGTH < min) min = RLENGTH } }
       END { for (i = 1; i <= NR; i++) print (line[i] ~ /[^ ]/ ? substr(line[i], min + 1) : "") }'
}

for md in "$root/README.md" "$root"/docs/*.md; do
  name="${md#"$root/"}"
  # One file per C++ block, and an index line "number|line|marker".
  awk -v dir="$work" -v stem="$(basename "$md")" '
    /^```/ {
      if (in_block) { in_block = 0; close(file); next }
      lang = substr($0, 4); gsub(/ /, "", lang)
      if (lang == "cpp" || lang == "c++" || lang == "cc" || lang == "cxx") {
        in_block = 1; n++; file = dir "/" stem "." n
        printf "" > file
        printf "%d|%d|%s\n", n, NR, previous
        next
      }
    }
    in_block { print > file; next }
    { if ($0 ~ /[^ ]/) previous = $0 }
  ' "$md" >"$work/index"
  while IFS='|' read -r n line marker; do
    blocks=$((blocks + 1))
    where="$name:$line"
    if [[ ! "$marker" =~ ^\<!--\ snippet:\ ([^#\ ]+)#([A-Za-z0-9_-]+)\ --\>$ ]]; then
      echo "$where: a C++ block without a <!-- snippet: FILE#NAME --> line before it: keep the" \
        "code in examples/ between [START NAME] and [END NAME] and name it there"
      problems=$((problems + 1))
      continue
    fi
    source="${BASH_REMATCH[1]}" region="${BASH_REMATCH[2]}"
    if [ ! -f "$root/$source" ]; then
      echo "$where: $source does not exist"
      problems=$((problems + 1))
      continue
    fi
    awk -v start="[START $region]" -v end="[END $region]" '
      index($0, end) { inside = 0; done = 1 }
      inside { print }
      index($0, start) { inside = 1; found = 1 }
      END { exit (found && done) ? 0 : 1 }
    ' "$root/$source" >"$work/region" || {
      echo "$where: $source has no [START $region] ... [END $region]"
      problems=$((problems + 1))
      continue
    }
    if ! diff -u --label "$source#$region" --label "$where" <(dedent <"$work/region") \
      "$work/$(basename "$md").$n" >"$work/diff"; then
      echo "$where: the block differs from $source#$region:"
      cat "$work/diff"
      problems=$((problems + 1))
    fi
  done <"$work/index"
done

if [ "$problems" -ne 0 ]; then
  echo "$problems of $blocks C++ blocks in the docs are not the tested code"
  exit 1
fi
echo "all $blocks C++ blocks in README.md and docs/ are code from examples/"
