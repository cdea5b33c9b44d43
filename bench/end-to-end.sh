#!/usr/bin/env bash
# End to end from JSON Lines: 10k, 100k and 1M targets evaluated by the built jar under -Xmx256m, with
# the time of each. Run from the repository root after 'mvn -B install'.
#   bash bench/end-to-end.sh [TARGETS ...]
set -euo pipefail
cd "$(dirname "$0")/.."
jar="$(ls cli/target/koers-cli-*-all.jar | head -n 1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for targets in "${@:-10000 100000 1000000}"; do
  for n in $targets; do
    java -cp bench/target/koers-benchmarks.jar nl.koers.bench.WriteBegroting "$n" "$work/begroting-$n.jsonl" >/dev/null
    start=$(date +%s%N)
    lines=$(java -Xmx256m -XX:+UseSerialGC -jar "$jar" evaluate "$work/begroting-$n.jsonl" --format json | wc -l)
    end=$(date +%s%N)
    seconds=$(echo "($end - $start) / 1000000000" | bc -l)
    printf '%8d targets (%6d portfolios): %7.1f s, %9.0f targets/s, -Xmx256m\n' "$n" "$lines" "$seconds" "$(echo "$n / $seconds" | bc -l)"
  done
done
