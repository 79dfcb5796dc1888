#!/usr/bin/env bash
# Validation of a large generated instance against a bare SAX parse of the same file.
# Usage: bench/validate-large.sh [FACTS]   (default 1,000,000 facts, about 90 MB)
# Prints: the bare-parse time, finfile's warm validation time (taxonomy compiled once, as in a
# batch), and the peak memory of a one-shot `finfile validate` run in a small heap.
set -euo pipefail
cd "$(dirname "$0")/.."
facts="${1:-1000000}"
work="${TMPDIR:-/tmp}/finfile-bench"
mkdir -p "$work"
mvn -B -q -DskipTests package >/dev/null
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"
file="$work/large-$facts.xml"
java -cp "$cp" org.finfile.bench.LargeInstance "$facts" "$file"
java -cp "$cp" org.finfile.bench.SaxBaseline "$file" 3
java -cp "$cp" org.finfile.bench.ValidateLarge "$file" 3
heap="${HEAP:-128m}"
echo "one-shot: java -Xmx$heap -jar finfile validate $file"
/usr/bin/time -f "  wall %e s, peak resident memory %M KB" \
  java "-Xmx$heap" -jar target/finfile-0.1.0-SNAPSHOT-cli.jar validate "$file" | tail -1
