#!/usr/bin/env bash
# B1/B2: cold start of the packaged jar on an empty H2 file database to a healthy /api/health and to the
# first rendered page (bootstrap HTML of /login), then resident memory. Five runs; appends to startup.csv.
set -euo pipefail
cd "$(dirname "$0")/../.."
sha="${1:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}"
jar=target/childsafe.jar
opts="${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}"
port=18080
[ -f src/perf/results/startup.csv ] || echo "time,commit,java_opts,run,healthy_ms,first_page_ms,rss_mb_after_start,rss_mb_after_page,jar_mb" > src/perf/results/startup.csv
for run in 1 2 3 4 5; do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  (cd "$dir" && MICRONAUT_SERVER_PORT=$port exec java $opts -jar "$OLDPWD/$jar") > "$dir/log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; do sleep 0.02; done
  healthy=$(( ($(date +%s%N) - start) / 1000000 ))
  rss1=$(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 ))
  curl -sf "http://127.0.0.1:$port/login" -o /dev/null
  page=$(( ($(date +%s%N) - start) / 1000000 ))
  rss2=$(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 ))
  kill $pid; wait $pid 2>/dev/null || true
  jarmb=$(( $(stat -c %s $jar) / 1048576 ))
  echo "$(date -u +%FT%TZ),$sha,\"$opts\",$run,$healthy,$page,$rss1,$rss2,$jarmb" | tee -a src/perf/results/startup.csv
  rm -rf "$dir"
done
