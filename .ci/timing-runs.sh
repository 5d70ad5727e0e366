#!/usr/bin/env bash
# Runs test classes of one module again and again, each run a separate Maven invocation, and records for each
# class and run: the result, the test time from its report, and the load average when the run started.
#
#   .ci/timing-runs.sh MODULE RUNS 'SurefireClass,...' ['FailsafeIT,...']
#
# Classes given together share one invocation, and with it the module's embedded node. Needs the modules
# installed first (mvn -DskipTests install -pl MODULE -am). Extra Maven options come from MAVEN_ARGS, e.g.
# MAVEN_ARGS='-o -Dmaven.repo.local=/path'. Logs and reports go to target-timing/MODULE/run-N/ and one line
# per class and run to target-timing/MODULE/results.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."

module=$1 runs=$2 unit_tests=${3:-} integration_tests=${4:-}
out=target-timing/$module
mkdir -p "$out"
results=$out/results.tsv
[[ -f $results ]] || printf 'module\trun\tclass\tstarted\tload_1m\tresult\ttest_seconds\n' > "$results"

goals=()
[[ -n $unit_tests ]] && goals+=(surefire:test "-Dtest=$unit_tests")
[[ -n $integration_tests ]] && goals+=(failsafe:integration-test failsafe:verify "-Dit.test=$integration_tests")
classes=${unit_tests}${unit_tests:+${integration_tests:+,}}${integration_tests}

for ((run = 1; run <= runs; run++)); do
    dir=$out/run-$run
    n=$run
    while [[ -e $dir ]]; do n=$((n + 1)); dir=$out/run-$n; done
    mkdir -p "$dir"
    for class in ${classes//,/ }; do
        rm -f "$module"/target/{surefire,failsafe}-reports/TEST-*."$class".xml
    done
    started=$(date -u +%FT%TZ)
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    echo "$load" > "$dir/loadavg"
    # Failures are read from the reports, so that every class of the invocation runs and is recorded.
    # shellcheck disable=SC2086
    mvn -B ${MAVEN_ARGS:-} -Dinvoker.skip -Dcyclonedx.skip -Dmaven.test.failure.ignore=true \
        -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
        -pl "$module" "${goals[@]}" > "$dir/maven.log" 2>&1 || true
    for class in ${classes//,/ }; do
        report=$(ls "$module"/target/{surefire,failsafe}-reports/TEST-*."$class".xml 2>/dev/null | head -1 || true)
        if [[ -z $report ]]; then
            result=no-report seconds=-
        else
            cp "$report" "$dir/"
            suite=$(grep -m1 '<testsuite' "$report")
            attribute() { sed -n "s/.* $1=\"\([^\"]*\)\".*/\1/p" <<< "$suite"; }
            seconds=$(attribute time)
            if (( $(attribute failures) + $(attribute errors) > 0 )); then
                result=fail
            elif (( $(attribute skipped) == $(attribute tests) )); then
                result=skipped
            else
                result=pass
            fi
        fi
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$module" "$n" "$class" "$started" "${load%% *}" "$result" "$seconds" \
            | tee -a "$results"
    done
done
