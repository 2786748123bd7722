#!/usr/bin/env bash
# Refining speed of the offline refiner: the first refinement (which loads the lexicons and the
# glossary), then the median and worst time per refinement over five timed rounds after ten warm-up rounds, over a file of
# {"id", "spec", "request"} lines (default: the development sample). Timings go to standard error.
#   bench/refine-speed.sh [cases.jsonl]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cases="${1:-$root/../shared/bench/dev/refine.jsonl}"
export JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-*-jdk-* 2>/dev/null | sort -V | tail -n1)}"
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
cd "$root"
# one reactor run (templates is not installed on a fresh machine): compile, then write each module's test classpath
mvn -B -q -pl generator -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
cp="$(cat generator/target/test-classpath.txt)"
java -cp "generator/target/test-classes:generator/target/classes:templates/target/classes:$cp" org.toolsmith.draft.offline.RefineBench < "$cases"
