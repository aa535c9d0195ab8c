#!/usr/bin/env bash
# Learnloop's benchmark: bench/run.sh [h2|postgres]   (see bench/README.md)
# Builds the jar, generates the data once per database and scale (kept under bench/data, or as a
# PostgreSQL database learnloop_bench_<scale>) and works on a fresh copy of it, starts Learnloop with
# -Xmx512m, runs bench/Load.java against it over loopback, stops it, and appends the figures with the
# machine's description to bench/RESULTS.md. Scale and durations come from the environment:
#   BENCH_SERVICES=200 BENCH_EVENTS=500000 BENCH_YEARS=5 BENCH_INTAKE_SECONDS=30 BENCH_PAGE_SECONDS=10
#   BENCH_CLIENTS=32 BENCH_HEAP=512m BENCH_PORT=18080 BENCH_SKIP_BUILD=1 (reuse the jar) BENCH_JAR=target/learnloop.jar
#   PostgreSQL: BENCH_PG_HOST=127.0.0.1 BENCH_PG_PORT=5432 BENCH_PG_USER=postgres (PGPASSWORD if needed)
set -euo pipefail
cd "$(dirname "$0")/.."

DB="${1:-h2}"
SERVICES="${BENCH_SERVICES:-200}"
EVENTS="${BENCH_EVENTS:-500000}"
YEARS="${BENCH_YEARS:-5}"
INTAKE_SECONDS="${BENCH_INTAKE_SECONDS:-30}"
PAGE_SECONDS="${BENCH_PAGE_SECONDS:-10}"
CLIENTS="${BENCH_CLIENTS:-32}"
HEAP="${BENCH_HEAP:-512m}"
PORT="${BENCH_PORT:-18080}"
PG_HOST="${BENCH_PG_HOST:-127.0.0.1}"
PG_PORT="${BENCH_PG_PORT:-5432}"
PG_USER="${BENCH_PG_USER:-postgres}"
SCALE="${SERVICES}s_${EVENTS}e_${YEARS}y"
WORK="target/bench"
JAR="${BENCH_JAR:-target/learnloop.jar}"
H2_OPTIONS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;CACHE_SIZE=524288"

case "$DB" in
    h2 | postgres) ;;
    *) echo "usage: bench/run.sh [h2|postgres]" >&2; exit 2 ;;
esac

if [[ "${BENCH_SKIP_BUILD:-}" != 1 || ! -f "$JAR" ]]; then
    echo "==> building the jar"
    mvn -q -B package -DskipTests
fi
mkdir -p "$WORK/lib" bench/data
rm -f "$WORK"/lib/*.jar
unzip -o -j -q "$JAR" 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/postgresql-*.jar' -d "$WORK/lib"

generated="reused a database generated earlier at this scale"
generate() {
    echo "==> generating $SERVICES services, $EVENTS events over $YEARS years on $DB"
    java -Xmx3g -jar "$JAR" --generate --services="$SERVICES" --events="$EVENTS" --years="$YEARS" \
        "$@" | tee "$WORK/generate.log"
    generated="$(awk '/^Generated/ { table = 1; print; next } table && /^  / { print; next } { table = 0 }' "$WORK/generate.log")"
}

if [[ "$DB" == h2 ]]; then
    PRISTINE="bench/data/h2-$SCALE"
    if [[ ! -f "$PRISTINE/learnloop.mv.db" ]]; then
        mkdir -p "$PRISTINE"
        generate --spring.datasource.url="jdbc:h2:file:$PWD/$PRISTINE/learnloop;$H2_OPTIONS"
    fi
    rm -rf "$WORK/h2" && mkdir -p "$WORK/h2"
    cp "$PRISTINE/learnloop.mv.db" "$WORK/h2/"
    URL="jdbc:h2:file:$PWD/$WORK/h2/learnloop;$H2_OPTIONS;AUTO_SERVER=TRUE"
    DB_USER=sa
    DB_PASSWORD=
    DB_VERSION="H2 $(basename "$WORK"/lib/h2-*.jar .jar | sed 's/^h2-//') (file, PostgreSQL mode)"
else
    psql_() { psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 "$@"; }
    PRISTINE="learnloop_bench_$SCALE"
    if [[ "$(psql_ -tAc "select count(*) from pg_database where datname = '$PRISTINE'")" == 0 ]]; then
        psql_ -c "create database $PRISTINE"
        SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PRISTINE" SPRING_DATASOURCE_USERNAME="$PG_USER" \
            SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" generate
        psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PRISTINE" -c "vacuum analyze"
    fi
    psql_ -c "drop database if exists learnloop_bench_run with (force)" -c "create database learnloop_bench_run template $PRISTINE"
    URL="jdbc:postgresql://$PG_HOST:$PG_PORT/learnloop_bench_run"
    DB_USER="$PG_USER"
    DB_PASSWORD="${PGPASSWORD:-}"
    DB_VERSION="$(psql_ -tAc 'select version()' | cut -d, -f1)"
fi

echo "==> starting Learnloop with -Xmx$HEAP on 127.0.0.1:$PORT"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started_at=$(date +%s%N)
SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
    java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >"$WORK/app.log" 2>&1 &
APP=$!
stop() { kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 240); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" == 200 ]]; then
        break
    fi
    kill -0 "$APP" 2>/dev/null || { echo "Learnloop stopped: see $WORK/app.log" >&2; exit 1; }
    sleep 0.25
done
ready_ms=$(( ($(date +%s%N) - started_at) / 1000000 ))
spring_started="$(grep -o 'Started LearnloopApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]* seconds' || echo '?')"
echo "    answering after ${ready_ms} ms (Spring: $spring_started)"

echo "==> measuring"
java -cp "$WORK/lib/*" bench/Load.java --base="http://127.0.0.1:$PORT" --jdbc="$URL" --db-user="$DB_USER" \
    --db-password="$DB_PASSWORD" --intake-seconds="$INTAKE_SECONDS" --page-seconds="$PAGE_SECONDS" \
    --clients="$CLIENTS" | tee "$WORK/load.txt"

heap="$(jcmd "$APP" GC.heap_info 2>/dev/null | sed -n '1,2p' | tr -s ' ' || true)"
rss_kb="$(ps -o rss= -p "$APP" | tr -d ' ')"
out_of_memory="$(grep -c 'OutOfMemoryError' "$WORK/app.log" || true)"
server_errors="$(grep -c ' ERROR ' "$WORK/app.log" || true)"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
stop
trap - EXIT

{
    echo
    echo "## $(date -u '+%Y-%m-%d %H:%M UTC'): $DB, $SERVICES services, $EVENTS events, $YEARS years"
    echo
    echo "- machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | sed -n 1p),"
    echo "  $DB_VERSION; load average $load_before before, $load_after after (other work on the machine shows here)"
    echo "- data: $(echo "$generated" | sed -n 1p)"
    echo "- start-up with -Xmx$HEAP: answering after ${ready_ms} ms (Spring reports $spring_started);"
    echo "  after the run: resident ${rss_kb} KiB, $out_of_memory OutOfMemoryError, $server_errors ERROR lines in the log"
    echo "  heap: $heap"
    echo "- intake ${INTAKE_SECONDS} s, pages ${PAGE_SECONDS} s each, $CLIENTS clients; times in ms"
    echo
    echo '```'
    cat "$WORK/load.txt"
    if [[ "$generated" == Generated* ]]; then
        echo
        echo "$generated"
    fi
    echo '```'
} | tee -a bench/RESULTS.md
