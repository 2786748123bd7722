#!/usr/bin/env bash
# Drafting speed of the offline drafter: the first draft (which loads the language models), then the
# median and worst time per draft over five timed rounds after ten warm-up rounds, over a file of {"id", "prompt"} lines
# (default: the development sample). Timings go to standard error; the specs are discarded.
#   bench/draft-speed.sh [cases.jsonl]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cases="${1:-$root/../shared/bench/dev/draft.jsonl}"
# A JDK 21+: JAVA_HOME if set, else the newest Temurin under /usr/lib/jvm (as ./toolsmith does).
export JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-*-jdk-* 2>/dev/null | sort -V | tail -n1)}"
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
cd "$root"
# one reactor run (templates is not installed on a fresh machine): compile, then write each module's test classpath
mvn -B -q -pl generator -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
cp="$(cat generator/target/test-classpath.txt)"
java -cp "generator/target/test-classes:generator/target/classes:templates/target/classes:$cp" org.toolsmith.draft.offline.DraftBench < "$cases" > /dev/null
