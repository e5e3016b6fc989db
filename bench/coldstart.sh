#!/usr/bin/env bash
# Cold start of the window: wall-clock time from exec of `java` to the first page shown,
# under Xvfb, for `java -jar target/dlintro.jar` (relaunched child with the class-data
# archive) and for the same jar with -Ddlintro.relaunch=false, alternating.
#
# Usage: bench/coldstart.sh [RUNS]   (default 8 of each)
# Needs: xvfb-run (Debian: xvfb), target/dlintro.jar (mvn -DskipTests package).
# Uses a throwaway data folder; the first, unmeasured, start writes the archive.
set -euo pipefail

readonly ROOT="$(cd "$(dirname "$0")/.." && pwd)"
readonly JAR="$ROOT/target/dlintro.jar"
runs="${1:-8}"
command -v xvfb-run >/dev/null || { echo "missing xvfb-run: apt-get install xvfb" >&2; exit 1; }
[[ -f "$JAR" ]] || { echo "missing $JAR: mvn -DskipTests package" >&2; exit 1; }

home="$(mktemp -d)"
log="$home/start.log"
trap 'rm -rf "$home"' EXIT
export DLINTRO_HOME="$home"

# One start: prints the ms from exec to the first page, then closes the app (SIGTERM) and waits.
start_once() {
  xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
    log=$1; jar=$2; shift 2
    sleep 0.5
    t0=$(date +%s%3N)
    java "$@" -Ddlintro.timing=true -jar "$jar" --section 1.1 >"$log" 2>&1 & pid=$!
    for _ in $(seq 1 120); do
      sleep 0.25
      grep -q "Première page" "$log" 2>/dev/null && break
    done
    kill $pid; wait $pid || true
    t1=$(grep -o "horloge [0-9]*" "$log" | grep -o "[0-9]*")
    echo $((t1 - t0))' _ "$log" "$JAR" "$@"
}

start_once >/dev/null   # writes the archive at exit
archived=(); plain=()
for _ in $(seq 1 "$runs"); do
  archived+=("$(start_once)")
  plain+=("$(start_once -Ddlintro.relaunch=false)")
done

summary() {
  sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f s | %.2f – %.2f s", m / 1000, v[1] / 1000, v[NR] / 1000 }' | tr . ,
}
echo "| lancement | médiane | min – max |"
echo "| --- | ---: | ---: |"
echo "| \`java -jar target/dlintro.jar\` (archive déjà écrite) | $(printf '%s\n' "${archived[@]}" | summary) |"
echo "| même jar avec \`-Ddlintro.relaunch=false\` | $(printf '%s\n' "${plain[@]}" | summary) |"
