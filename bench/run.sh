#!/usr/bin/env bash
# The end-to-end benchmark: generates inputs, then runs netlint (through ./netlint, as users do)
# and cfn-lint on the same files, whole process, several runs each in alternation, and prints the
# medians, the netlint/cfn-lint ratio and peak memory of each case. A benchmark, not a test:
# nothing here fails on a duration.
#
#   bench/run.sh [--runs N] [--dir-runs N] [--seed N] [--no-build]
#                [--cases small,cfn-500,plan-1k,plan-10k,plan-100k,dir-1000]
#
# Results also go to bench/target/e2e/results.txt. See docs/PERFORMANCE.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-5}"
dir_runs=3
seed=42
cases="small,cfn-500,plan-1k,plan-10k,plan-100k,dir-1000"
build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --dir-runs) dir_runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --cases) cases="$2"; shift 2 ;;
    --no-build) build=no; shift ;;
    *) echo "usage: bench/run.sh [--runs N] [--dir-runs N] [--seed N] [--cases a,b,...]" \
         "[--no-build]" >&2
       exit 2 ;;
  esac
done
work="$root/bench/target/e2e"
inputs="$work/inputs"
mkdir -p "$work"
results="$work/results.txt"
: >"$results"
say() { printf '%s\n' "$*" | tee -a "$results"; }

if [ "$build" = yes ]; then
  echo "building netlint and the generator..." >&2
  (cd "$root" && mvn -q -B -DskipTests -pl cli,bench -am package >&2)
fi
jar="$root/bench/target/benchmarks.jar"

# Inputs are regenerated when the seed or the generator changes; they are large (150 MB).
stamp="$inputs/.generated"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$seed" ] || [ "$jar" -nt "$stamp" ]; then
  echo "generating inputs (seed $seed)..." >&2
  rm -rf "$inputs"
  java -cp "$jar" io.netlint.bench.Generate --seed "$seed" --out "$inputs" \
    | tee "$work/inputs.txt" >&2
  echo "$seed" >"$stamp"
fi

# The first run through the launcher builds the class-data archive: not timed.
"$root/netlint" rules >/dev/null

have_cfn_lint=yes
command -v cfn-lint >/dev/null 2>&1 || have_cfn_lint=no
gnu_time=no
/usr/bin/time -f '%M' -o /dev/null true >/dev/null 2>&1 && gnu_time=yes

# Runs a command; prints "<wall seconds> <peak RSS in MB> <CPU seconds>". Wall time comes from
# the clock; peak memory and CPU time (user + system, all threads) from GNU time when present,
# else memory from sampling ps every 20 ms and no CPU time.
measure() {
  local t0 t1 rss cpu=0
  if [ "$gnu_time" = yes ]; then
    t0=$(date +%s%N)
    /usr/bin/time -f '%M %U %S' -o "$work/rss" "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    read -r rss user sys < <(tail -1 "$work/rss")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
  else
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    local pid=$! peak=0 now
    while kill -0 "$pid" 2>/dev/null; do
      now=$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ' || true)
      [ -n "$now" ] && [ "$now" -gt "$peak" ] && peak=$now
      sleep 0.02
    done
    wait "$pid" || true
    t1=$(date +%s%N)
    rss=$peak
  fi
  awk -v ns=$((t1 - t0)) -v kb="$rss" -v cpu="$cpu" \
    'BEGIN { printf "%.3f %.0f %.2f\n", ns / 1e9, kb / 1024, cpu }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2];
  else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The largest heap in use: before each collection, and at exit (Serial GC's log format).
peak_heap() {
  awk '/Pause/ { if (match($0, /[0-9]+M->/)) { v = substr($0, RSTART, RLENGTH - 3) + 0;
         if (v > peak) peak = v } }
       /def new generation|tenured generation/ { for (i = 1; i <= NF; i++) if ($i == "used") {
         kb = $(i + 1); sub(/K,?/, "", kb); used += kb / 1024 } }
       END { if (used > peak) peak = used; printf "%.0f\n", peak }' "$1"
}

netlint_cmd=("$root/netlint" lint --cfn-lint off --fail-on none)

declare -A target=(
  [small]="small.yaml" [cfn-500]="cfn-500.yaml" [plan-1k]="plan-1k.json"
  [plan-10k]="plan-10k.json" [plan-100k]="plan-100k.json" [dir-1000]="templates-1000")

say "netlint end-to-end benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "machine: $(nproc) cores, $(free -h 2>/dev/null | awk '/^Mem:/ {print $2 " memory"}'), \
$(uname -sr)"
say "java:    $(java -version 2>&1 | head -1)"
say "cfn-lint: $(cfn-lint --version 2>/dev/null || echo 'not installed')"
say "netlint: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?') (working tree), \
./netlint lint --cfn-lint off"
say "runs:    $runs per tool per case ($dir_runs for the directory), alternating netlint and \
cfn-lint; medians"
say "load before: $(uptime | sed 's/.*load average: //')"
say ""
printf '%-10s %-22s %10s %11s %9s %8s %10s %11s %12s %11s\n' case input "netlint s" \
  "cfn-lint s" "nl/cfn" speed-up "nl CPU s" "netlint MB" "cfn-lint MB" "nl heap MB" \
  | tee -a "$results"

IFS=, read -r -a wanted <<<"$cases"
for c in "${wanted[@]}"; do
  input="$inputs/${target[$c]:?unknown case $c}"
  cfn_args=()
  case "$c" in
    plan-*) ;;  # cfn-lint reads CloudFormation only
    dir-*) while IFS= read -r f; do cfn_args+=("$f"); done < <(find "$input" -type f | sort) ;;
    *) cfn_args=("$input") ;;
  esac
  [ "$have_cfn_lint" = yes ] || cfn_args=()
  n_runs=$runs
  # cfn-lint takes minutes on a thousand templates: fewer runs are enough to see it
  [ "$c" = dir-1000 ] && n_runs=$dir_runs
  : >"$work/nl.t"; : >"$work/nl.m"; : >"$work/nl.c"; : >"$work/cfn.t"; : >"$work/cfn.m"
  for ((i = 0; i < n_runs; i++)); do
    read -r t m cpu < <(measure "${netlint_cmd[@]}" "$input")
    echo "$t" >>"$work/nl.t"; echo "$m" >>"$work/nl.m"; echo "$cpu" >>"$work/nl.c"
    if [ ${#cfn_args[@]} -gt 0 ]; then
      read -r t m _ < <(measure cfn-lint -- "${cfn_args[@]}")
      echo "$t" >>"$work/cfn.t"; echo "$m" >>"$work/cfn.m"
    fi
  done
  # one more run, untimed, to log the heap
  NETLINT_JAVA_OPTS="-Xlog:gc,gc+heap+exit:file=$work/gc.log" "${netlint_cmd[@]}" "$input" \
    >/dev/null 2>&1 || true
  heap=$(peak_heap "$work/gc.log")
  nl=$(median <"$work/nl.t"); nl_mb=$(sort -n "$work/nl.m" | tail -1)
  nl_cpu=$(median <"$work/nl.c")
  if [ -s "$work/cfn.t" ]; then
    cfn=$(median <"$work/cfn.t"); cfn_mb=$(sort -n "$work/cfn.m" | tail -1)
    ratio=$(awk -v a="$nl" -v b="$cfn" 'BEGIN { printf "%.3f", a / b }')
    speedup=$(awk -v a="$nl" -v b="$cfn" 'BEGIN { printf "%.1fx", b / a }')
  else
    cfn="n/a"; cfn_mb="n/a"; ratio="n/a"; speedup="n/a"
  fi
  label="${target[$c]}"
  [ "$c" = small ] && label="$label ($(wc -l <"$input") lines)"
  printf '%-10s %-22s %10s %11s %9s %8s %10s %11s %12s %11s\n' "$c" "$label" "$nl" "$cfn" \
    "$ratio" "$speedup" "$nl_cpu" "$nl_mb" "$cfn_mb" "$heap" | tee -a "$results"
done
say ""
say "load after: $(uptime | sed 's/.*load average: //')"
say "columns: medians of wall time; nl/cfn = netlint time / cfn-lint time; nl CPU = median"
say "user + system time of netlint, all threads; MB = peak RSS of the process (largest of the"
say "runs); nl heap = largest Java heap in use, from a GC log of one more run."
