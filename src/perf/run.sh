#!/usr/bin/env bash
# ChildSafe benchmarks (src/perf/README.md). Usage: src/perf/run.sh [scoring|pdf|database|startup|all]
# Results are appended to src/perf/results/*.csv with the commit, JDK and database engine.
set -euo pipefail
cd "$(dirname "$0")/../.."
what="${1:-all}"
sha=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
./mvnw -B -q -Pperf -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/perf-cp.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/perf-cp.txt)"
jdk=$(java -version 2>&1 | head -1 | tr -d '"' | tr ',' ' ')

if [ "$what" = scoring ] || [ "$what" = all ]; then
  java -Xmx1g -cp "$cp" org.openjdk.jmh.Main ScoringBenchmark -rf csv -rff target/jmh.csv
  tail -n +2 target/jmh.csv | sed "s/^/$(date -u +%FT%TZ),$sha,$jdk,/" >> src/perf/results/scoring.csv
fi
if [ "$what" = pdf ] || [ "$what" = all ]; then
  java -Xmx1g -cp "$cp" org.openjdk.jmh.Main PdfBenchmark -rf csv -rff target/jmh-pdf.csv
  tail -n +2 target/jmh-pdf.csv | sed "s/^/$(date -u +%FT%TZ),$sha,$jdk,/" >> src/perf/results/pdf.csv
fi
if [ "$what" = database ] || [ "$what" = all ]; then
  db=$(mktemp -d)
  java -Xmx1g -Dgit.sha="$sha" -Ddatasources.default.url="jdbc:h2:file:$db/bench" -cp "$cp" org.childsafe.perf.DatabaseBenchmark
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS childsafe_bench CASCADE; CREATE SCHEMA childsafe_bench" >/dev/null
    java -Xmx1g -Dgit.sha="$sha" -Ddatasources.default.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=childsafe_bench" \
      -Ddatasources.default.username=postgres -Ddatasources.default.password= -cp "$cp" org.childsafe.perf.DatabaseBenchmark
  fi
fi
if [ "$what" = startup ] || [ "$what" = all ]; then
  src/perf/startup.sh "$sha"
fi
