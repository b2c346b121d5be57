#!/usr/bin/env bash
# Times whole runs of the default scenario, alternating the commands given, and reports for each the median wall
# time and the median share of it spent after the simulation's last progress line (writing the files and the
# summary). Each argument is a command that runs `westphalia` (a built Westphalia.Cli.dll, a published one, ...).
#
#   bench/default-run.sh [-n RUNS] [-- RUN-ARGS...] "dotnet old/Westphalia.Cli.dll" "dotnet new/Westphalia.Cli.dll"
#
# RUN-ARGS (default: none, the built-in default scenario) are passed after `run`. Output goes to a temporary folder
# that is removed afterwards.
set -euo pipefail

runs=5
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --) shift; while [ $# -gt 0 ] && [ "${1#dotnet }" = "$1" ] && [ "${1#/}" = "$1" ]; do extra+=("$1"); shift; done ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: $0 [-n RUNS] [-- RUN-ARGS...] COMMAND..." >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s%N; }

declare -A walls shares
for ((i = 1; i <= runs; i++)); do
  for c in $(seq 0 $(($# - 1))); do
    command=${@:$((c + 1)):1}
    out="$work/run"
    rm -rf "$out"
    start=$(now)
    last=""
    # Each line is stamped as it arrives; the last line reporting simulated years ends the simulation.
    while IFS= read -r line; do
      case "$line" in *"/"*" years)"*) last=$(now) ;; esac
    done < <($command run "${extra[@]}" --out "$out" 2>&1)
    end=$(now)
    wall=$(( (end - start) / 1000000 ))
    share=$(( last > 0 ? (end - last) * 1000 / (end - start) : 0 ))
    walls[$c]+="$wall "
    shares[$c]+="$share "
    echo "run $i, command $((c + 1)): ${wall} ms, after the simulation $((share / 10)).$((share % 10))%" >&2
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for c in $(seq 0 $(($# - 1))); do
  command=${@:$((c + 1)):1}
  w=$(echo "${walls[$c]}" | median)
  s=$(echo "${shares[$c]}" | median)
  printf '%s\n  median wall %s ms over %s runs; median share after the simulation %s%%\n' "$command" "$w" "$runs" "$(awk "BEGIN {printf \"%.1f\", $s / 10}")"
done
