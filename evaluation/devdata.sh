#!/usr/bin/env bash
# Scores Newswire on real-news sets nobody here wrote: runs `newswire analyze` over each set of a devdata
# folder (one call per set, in list order) and prints the scorer's summary line and the time taken.
#   evaluation/devdata.sh [--train] [DEVDATA_DIR [TOOLS_DIR]]
# DEVDATA_DIR holds polnear-dev/, conll-dev/ (and polnear-train/ for --train), each with list.txt and the
# articles as {"title", "body"} JSON; TOOLS_DIR holds score_attribution.py and score_ner.py. Both default to the
# team's shared folder beside the checkout (../shared/devdata, ../shared/tools). Exit 1 when a set is missing or
# a run fails, 2 on a usage error.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sets=(polnear-dev conll-dev)
if [ "${1:-}" = "--train" ]; then
  sets+=(polnear-train)
  shift
fi
case "${1:-}" in -*) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;; esac
devdata="$(cd "${1:-$root/../shared/devdata}" 2>/dev/null && pwd)" || { echo "devdata.sh: no folder ${1:-$root/../shared/devdata}" >&2; exit 1; }
tools="$(cd "${2:-$root/../shared/tools}" 2>/dev/null && pwd)" || { echo "devdata.sh: no folder ${2:-$root/../shared/tools}" >&2; exit 1; }
out="${TMPDIR:-/tmp}/newswire-devdata"
mkdir -p "$out"

status=0
for set in "${sets[@]}"; do
  folder="$devdata/$set"
  if [ ! -f "$folder/list.txt" ]; then
    echo "devdata.sh: $folder/list.txt not found; skipping $set" >&2
    status=1
    continue
  fi
  case "$set" in
    polnear-*) scorer=(python3 "$tools/score_attribution.py" "$out/$set.jsonl" --inputs "$folder") ;;
    conll-*) scorer=(python3 "$tools/score_ner.py" "$out/$set.jsonl" --inputs "$folder") ;;
  esac
  count=$(grep -c . "$folder/list.txt")
  echo "devdata.sh: $set: analysing $count articles..." >&2
  started=$(date +%s%N)
  if ! (cd "$folder" && "$root/newswire" analyze $(cat list.txt) > "$out/$set.jsonl" 2> "$out/$set.err"); then
    echo "devdata.sh: $set: analyze failed (see $out/$set.err)" >&2
    status=1
    continue
  fi
  tenths=$(( ($(date +%s%N) - started) / 100000000 ))
  printf '%-14s %s  [%d articles, %d.%d s with start-up]\n' "$set" "$("${scorer[@]}" | tail -n 1)" "$count" \
    $((tenths / 10)) $((tenths % 10))
done
exit "$status"
