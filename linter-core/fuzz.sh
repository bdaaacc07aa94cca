#!/usr/bin/env bash
# Real (coverage-guided) fuzzing of one target of io.netlint.fuzz.LoaderFuzzTest.
#
#   linter-core/fuzz.sh TARGET [MINUTES]
#
# TARGET is a fuzz test method: cloudFormationJson, cloudFormationYaml, terraformPlan, policy, hcl.
# Jazzer stops each run after the test's maxDuration (10 minutes), so longer budgets run again
# on the corpus it has grown in linter-core/.cifuzz-corpus. A crashing input is written next to
# the committed seeds (src/test/resources/io/netlint/fuzz/LoaderFuzzTestInputs/TARGET/crash-*)
# and fails the run: fix the cause and commit the input as a regression test. The log of each
# run is in linter-core/target/fuzz/TARGET.log; its last "Done N runs" line counts the inputs.
set -euo pipefail
target=${1:?usage: fuzz.sh TARGET [MINUTES]}
minutes=${2:-10}
cd "$(dirname "$0")/.."
mkdir -p linter-core/target/fuzz
log=linter-core/target/fuzz/$target.log
: > "$log"
rounds=$(( (minutes + 9) / 10 ))
for ((i = 1; i <= rounds; i++)); do
  echo "== $target: round $i of $rounds ($(date -u +%H:%M:%S))" | tee -a "$log"
  JAZZER_FUZZ=1 nice -n 19 mvn -B -ntp -o -pl linter-core test \
    -Dtest="LoaderFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false >> "$log" 2>&1 || { echo "== $target: finding, see $log"; exit 1; }
done
grep -E '^Done [0-9]+ runs' "$log" | awk -v t="$target" \
  '{runs += $2; secs += $5} END {print "== " t ": " runs " inputs in " secs " s, no finding"}'
