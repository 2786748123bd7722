#!/usr/bin/env bash
# Logic benchmark: a list page of 50 rows with and without a computed column (page and API),
# from an HTTP client against an in-process server with its script pool.
# Usage: bench/logic/run.sh [REQUESTS]   (default 200)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
mvn -B -q -pl runtime -am test-compile -DskipTests >&2
mvn -B -q -pl runtime dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
cp="$root/runtime/target/test-classes:$root/runtime/target/classes:$root/generator/target/classes:$root/templates/target/classes:$root/sandbox/target/classes:$(cat "$root/runtime/target/bench-classpath.txt")"
exec java --enable-native-access=ALL-UNNAMED -cp "$cp" org.toolsmith.runtime.LogicBench "$@" 2>/dev/null
