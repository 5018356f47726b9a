#!/usr/bin/env bash
# PostgreSQL outage under submission load: the API runs against a PostgreSQL of our own (Debian's
# binaries, temp dir, free port; the system server on 5432 is never touched). We stop it for a while,
# expect 503 application/problem+json during the outage (not hangs, not 500), start it again, expect
# recovery without restarting the API, and expect every submission that got 201 to be stored.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

before=10; outage=10; after=20; workers=8; learners=4; timeout=15; mode=fast
usage() {
  cat <<USAGE
Usage: scripts/load/outage.sh [--before S] [--outage S] [--after S] [--workers N] [--learners L]
                              [--timeout S] [--mode fast|immediate] [--keep]
  initdb + pg_ctl a private PostgreSQL (from /usr/lib/postgresql/*/bin, run as the 'postgres' user
  when we are root) on a free 127.0.0.1 port, starts api/target/fivenines.jar against it
  (SPRING_R2DBC_URL, SPRING_FLYWAY_URL, embedded PostgreSQL off), puts N workers (default $workers,
  L learners) of POST submissions on it, and after ${before}s stops PostgreSQL (pg_ctl stop -m $mode)
  for ${outage}s, starts it again and keeps the load ${after}s more. Checks, exit 1 if any fails:
    - during the outage, every answer is 503 application/problem+json (or a 201 that beat the stop);
      no 500, no other status, no request without an answer within ${timeout}s;
    - after the restart the API answers 201 again (same API process) and readiness is UP;
    - count of 201 answers seen by the client == select count(*) from submission (nothing lost,
      nothing stored that was refused).
  With the defaults two workers share each learner, so concurrent revisions of one learner are part
  of the load; --learners equal to --workers gives every worker its own learner.
USAGE
}
while [[ $# -gt 0 ]]; do
  case "$1" in
    --before) before="$2"; shift 2 ;;
    --outage) outage="$2"; shift 2 ;;
    --after) after="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    --learners) learners="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    --mode) mode="$2"; shift 2 ;;
    --keep) OPS_KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

ops_find_java; ops_need_jar
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$pgbin/initdb" ]] || ops_die "no PostgreSQL binaries under /usr/lib/postgresql/*/bin (apt-get install -y postgresql)"
ops_tmpdir outage; trap ops_cleanup EXIT INT TERM
chmod 755 "$OPS_TMP"
pgdata="$OPS_TMP/pg"; pgsock="$OPS_TMP/sock"; mkdir -p "$pgdata" "$pgsock"
as_pg=()
if [[ $(id -u) -eq 0 ]]; then chown postgres "$pgdata" "$pgsock"; as_pg=(runuser -u postgres --); fi
pgport=$(ops_free_port)
pg() { "${as_pg[@]}" "$pgbin/$1" "${@:2}"; }
pg_start() {
  pg pg_ctl -D "$pgdata" -l "$pgsock/pg.log" -w -t 30 \
    -o "-p $pgport -k $pgsock -c listen_addresses=127.0.0.1" start >/dev/null
}
pg initdb -D "$pgdata" -U postgres --auth=trust -E UTF8 >/dev/null
pg_start
OPS_EXTRA_CLEANUP="${as_pg[*]} $pgbin/pg_ctl -D $pgdata -m immediate stop >/dev/null 2>&1 || true"
psql_q() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d "$1" -Atc "$2"; }
psql_q postgres "create database fivenines" >/dev/null
ops_log "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pgport ($pgdata)"

port=$(ops_free_port); base="http://127.0.0.1:$port"
dir="$OPS_TMP/data"; mkdir -p "$dir"
: > "$OPS_TMP/tokens.txt"
for i in $(seq 1 "$learners"); do ops_token "outage-learner-$i" "$dir" >> "$OPS_TMP/tokens.txt"; done
SPRING_R2DBC_URL="r2dbc:postgresql://127.0.0.1:$pgport/fivenines" SPRING_R2DBC_USERNAME=postgres \
SPRING_R2DBC_PASSWORD=unused SPRING_FLYWAY_URL="jdbc:postgresql://127.0.0.1:$pgport/fivenines" \
SPRING_FLYWAY_USER=postgres SPRING_FLYWAY_PASSWORD=unused FIVENINES_EMBEDDED_POSTGRES_ENABLED=false \
FIVENINES_RATE_LIMITS_SUBMISSIONS_PER_MINUTE=100000000 ops_start_api "$port" "$dir"
ops_wait_ready "$port"
api_pid=$OPS_API_PID
ops_submission_body "$OPS_TMP/body.json"

log="$OPS_TMP/requests.log"; stop="$OPS_TMP/stop"
python3 "$(dirname "$0")/outage_client.py" "$port" "$OPS_TMP/tokens.txt" "$OPS_TMP/body.json" "$log" "$stop" \
  "$timeout" "$workers" &
OPS_PIDS+=("$!"); client=$!
sleep "$before"
t_stop=$(date +%s.%N); pg pg_ctl -D "$pgdata" -m "$mode" -w stop >/dev/null
t_down=$(date +%s.%N); ops_log "PostgreSQL stopped (-m $mode)"
sleep "$outage"
readiness_down=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/actuator/health/readiness" || true)
t_up0=$(date +%s.%N); pg_start; t_up=$(date +%s.%N); ops_log "PostgreSQL started again"
sleep "$after"
touch "$stop"; wait "$client" || true
readiness_up=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/actuator/health/readiness" || true)
stored=$(psql_q fivenines "select count(*) from submission")
kill -0 "$api_pid" 2>/dev/null && api_alive=yes || api_alive=no

# Classify each request by when it started and ended relative to the outage window.
python3 - "$log" "$t_stop" "$t_down" "$t_up0" "$t_up" "$stored" "$readiness_down" "$readiness_up" "$api_alive" <<'PY'
import sys, collections
log, t_stop, t_down, t_up0, t_up = sys.argv[1], *map(float, sys.argv[2:6])
stored, r_down, r_up, alive = int(sys.argv[6]), sys.argv[7], sys.argv[8], sys.argv[9]
rows = [l.split() for l in open(log)]
rows = [(float(a), float(b), int(c), d) for a, b, c, d in rows]
phase = collections.defaultdict(collections.Counter)
lat = collections.defaultdict(list)
for start, el, st, ct in rows:
    end = start + el
    p = "1 before" if end < t_stop else "2 outage" if start >= t_down and end < t_up0 else \
        "4 after" if start >= t_up else "3 edges"
    phase[p][(st, ct)] += 1
    lat[p].append(el)
ok = True
print(f"\n{'phase':<10} {'requests':>8} {'max s':>7}  statuses (status content-type = count)")
for p in sorted(phase):
    print(f"{p[2:]:<10} {sum(phase[p].values()):>8} {max(lat[p]):>7.2f}  " +
          ", ".join(f"{s} {c} = {n}" for (s, c), n in sorted(phase[p].items())))
bad = {k: n for k, n in phase["2 outage"].items() if k not in ((503, "application/problem+json"), (201, "application/json"))}
hung = sum(n for (s, c), n in phase["2 outage"].items() if s == 0) + sum(n for p in phase for (s, c), n in phase[p].items() if s == 0)
all500 = sum(n for p in phase for (s, c), n in phase[p].items() if s >= 500 and s != 503)
n503 = phase["2 outage"][(503, "application/problem+json")]
after201 = phase["4 after"][(201, "application/json")]
ok201 = sum(n for p in phase for (s, c), n in phase[p].items() if s == 201)
def check(cond, msg):
    global ok
    print(("PASS  " if cond else "FAIL  ") + msg)
    ok &= bool(cond)
check(n503 > 0 and not bad, f"outage: {n503} answers 503 problem+json; other answers during the outage: {bad or 'none'}")
check(hung == 0, f"no request without an answer (timeouts/resets over the whole run: {hung})")
check(all500 == 0, f"no 5xx other than 503 over the whole run ({all500})")
check(r_down == "503", f"readiness during the outage answered {r_down} (want 503)")
check(after201 > 0 and alive == "yes", f"recovery without restarting the API: {after201} submissions got 201 after the restart (API process alive: {alive})")
check(r_up == "200", f"readiness after recovery answered {r_up}")
check(ok201 == stored, f"client saw {ok201} x 201, table submission holds {stored} rows")
sys.exit(0 if ok else 1)
PY
