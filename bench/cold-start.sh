#!/usr/bin/env bash
# Cold start of 'koers check' on the embedded default, from the built jar, against a JVM hello world:
# the median of RUNS runs each (default 21). Run from the repository root after 'mvn -B install'.
#   bash bench/cold-start.sh [RUNS]
set -euo pipefail
runs="${1:-21}"
cd "$(dirname "$0")/.."
jar="$(ls cli/target/koers-cli-*-all.jar | head -n 1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
javac -d "$work" "$work/Hello.java"
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr)
# the two kinds of class-data sharing archive, each from a training run of 'check'
java "${jvm[@]}" -XX:ArchiveClassesAtExit="$work/dynamic.jsa" -jar "$jar" check >/dev/null 2>&1 || true
java "${jvm[@]}" -XX:DumpLoadedClassList="$work/koers.classlist" -jar "$jar" check >/dev/null 2>&1 || true
java -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="$work/koers.classlist" \
  -XX:SharedArchiveFile="$work/static.jsa" -Xlog:disable -cp "$jar" >/dev/null 2>&1

median() {
  python3 -c 'import sys, statistics; v = [float(x) for x in sys.stdin.read().split()]; print("%.3f" % statistics.median(v))'
}
measure() {
  for _ in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo "($end - $start) / 1000000000" | bc -l
  done | median
}
echo "JVM hello world:                              $(measure java -cp "$work" Hello) s"
echo "koers check, plain java -jar:                 $(measure java -jar "$jar" check) s"
echo "koers check, C1 + serial GC:                  $(measure java "${jvm[@]}" -jar "$jar" check) s"
echo "koers check, C1 + serial GC + dynamic AppCDS: $(measure java "${jvm[@]}" -XX:SharedArchiveFile="$work/dynamic.jsa" -jar "$jar" check) s"
echo "koers check, C1 + serial GC + static AppCDS:  $(measure java "${jvm[@]}" -XX:SharedArchiveFile="$work/static.jsa" -jar "$jar" check) s  (what ./koers runs)"
