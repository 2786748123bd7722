#!/usr/bin/env bash
# Sandbox benchmark: pool start, per-call latency of a rule (median, p99), worker replacement time.
# Usage: bench/sandbox/run.sh [CALLS] [REPLACEMENTS]   (defaults 2000 and 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
mvn -B -q -pl sandbox test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
cp="$root/sandbox/target/test-classes:$root/sandbox/target/classes:$(cat "$root/sandbox/target/bench-classpath.txt")"
exec java --enable-native-access=ALL-UNNAMED -cp "$cp" org.toolsmith.sandbox.SandboxBench "$@"
