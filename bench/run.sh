#!/usr/bin/env bash
# Runs the book's PyTorch projects and the app's `train` command on this machine, in one
# sitting, and prints a Markdown table of seconds per epoch, their ratio, test metrics
# and peak memory. Raw outputs go to bench/out/ (not versioned).
#
# Usage: bench/run.sh [--epochs N] [--repeat R] [calculator] [mnist]
#   --epochs N   shortens both sides' runs (default: the book's, 10 and 20 epochs)
#   --repeat R   runs every side R times, alternating, and keeps each side's fastest run
#                (on a shared machine the load changes from one minute to the next)
#   JAVA_OPTS    extra JVM options for the Java side, e.g. JAVA_OPTS=-Xmx1g
# Needs: /usr/bin/python3 with python3-torch and python3-sklearn (Debian), java 17,
# mvn (only if target/dlintro.jar is missing), /usr/bin/time (Debian package `time`).
set -euo pipefail

readonly ROOT="$(cd "$(dirname "$0")/.." && pwd)"
readonly OUT="$ROOT/bench/out"
readonly JAR="$ROOT/target/dlintro.jar"
readonly PYTHON=/usr/bin/python3
readonly TIME=/usr/bin/time

epochs=""
repeat=1
projects=()
while (($#)); do
  case "$1" in
    --epochs) epochs="${2:?--epochs needs a number}"; shift 2 ;;
    --repeat) repeat="${2:?--repeat needs a number}"; shift 2 ;;
    calculator|mnist) projects+=("$1"); shift ;;
    *) echo "usage: bench/run.sh [--epochs N] [--repeat R] [calculator] [mnist]" >&2; exit 2 ;;
  esac
done
((${#projects[@]})) || projects=(calculator mnist)

[[ -x "$TIME" ]] || { echo "missing $TIME: apt-get install time" >&2; exit 1; }
"$PYTHON" -c 'import torch, sklearn' 2>/dev/null \
  || { echo "missing PyTorch or scikit-learn: apt-get install python3-torch python3-sklearn" >&2; exit 1; }
if [[ ! -f "$JAR" ]]; then
  echo "building $JAR ..." >&2
  (cd "$ROOT" && mvn -q -o -DskipTests package)
fi

# The one-thread Java run only makes sense once the core reads this property.
single_thread_java=false
if grep -rqs 'dlintro.threads' "$ROOT/src/main/java"; then
  single_thread_java=true
fi

mkdir -p "$OUT"
rm -f "$OUT"/*.out "$OUT"/*.err "$OUT"/*.time
epoch_args=()
[[ -n "$epochs" ]] && epoch_args=(--epochs "$epochs")

# run NAME COMMAND...: stdout to OUT/NAME.out, /usr/bin/time's report to OUT/NAME.time;
# a failed run leaves a note in OUT/NAME.err and does not stop the others.
run() {
  local name="$1"; shift
  echo "running $name: $*" >&2
  if ! "$TIME" -v -o "$OUT/$name.time" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"; then
    echo "  $name failed (see bench/out/$name.err)" >&2
  fi
}

for project in "${projects[@]}"; do
  for ((r = 1; r <= repeat; r++)); do
    OPENBLAS_NUM_THREADS=1 run "pytorch-$project-$r" "$PYTHON" "$ROOT/bench/$project.py" "${epoch_args[@]}"
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    run "java-$project-$r" java ${JAVA_OPTS:-} -jar "$JAR" train "$project" --json "${epoch_args[@]}"
    if $single_thread_java; then
      # shellcheck disable=SC2086
      run "java1-$project-$r" java ${JAVA_OPTS:-} -Ddlintro.threads=1 -jar "$JAR" train "$project" --json "${epoch_args[@]}"
    fi
  done
done

"$PYTHON" "$ROOT/bench/table.py" "$OUT" "${projects[@]}"
