#!/usr/bin/env bash
# Soak with aborted requests (STACK-NOTES gotcha 2: an R2DBC pool that leaks connections when
# clients abort in-flight database reads). Short wrk bursts end with up to 64 requests in flight
# against database-backed endpoints; after every burst and at the end, every database endpoint must
# still answer 200 within the probe timeout. Exit 1 on the first hang or error.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

minutes=3; burst=2; conns=64; probe_timeout=10
usage() {
  cat <<USAGE
Usage: scripts/load/soak.sh [--minutes M] [--burst S] [--connections C] [--probe-timeout S] [--keep]
  Starts api/target/fivenines.jar on a free 127.0.0.1 port with a fresh data dir (embedded PostgreSQL),
  seeds 3 submissions for one learner, then for M minutes (default $minutes) alternates
  wrk -t2 -c$conns -d${burst}s bursts against GET /api/v1/submissions and GET /api/v1/me/progress
  (bearer token). wrk stops with requests in flight, so the server sees them aborted. After each
  burst it probes every database endpoint (list, one submission, progress, hints, a new submission,
  readiness) with a ${probe_timeout}s timeout and logs the R2DBC pool gauges
  (acquired/idle/pending). Exit 0 when every probe answered 200/201 in time, 1 at the first hang or error.
USAGE
}
while [[ $# -gt 0 ]]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --burst) burst="$2"; shift 2 ;;
    --connections) conns="$2"; shift 2 ;;
    --probe-timeout) probe_timeout="$2"; shift 2 ;;
    --keep) OPS_KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

ops_prepare_wrk_run soak
token=$(ops_token soak-learner "$dir")
FIVENINES_RATE_LIMITS_SUBMISSIONS_PER_MINUTE=100000 ops_start_api "$port" "$dir"
ops_wait_ready "$port"
ops_mine_postgres "$dir/pgdata"
ops_submission_body "$OPS_TMP/body.json"
auth=(-H "Authorization: Bearer $token")
slug=single-node-key-value-core
for _ in 1 2 3; do
  curl -sf --max-time 30 "${auth[@]}" -H 'Content-Type: application/json' --data @"$OPS_TMP/body.json" \
    "$base/api/v1/tutorials/$slug/submissions" > "$OPS_TMP/seed.json" || ops_die "seeding a submission failed"
done
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$OPS_TMP/seed.json")

# One probe: METHOD PATH EXPECTED-STATUS. Prints "code seconds" and fails on anything else.
probe() {
  local method="$1" path="$2" want="$3" extra=() out
  [[ "$method" == POST ]] && extra=(-H 'Content-Type: application/json' --data @"$OPS_TMP/body.json")
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time "$probe_timeout" -X "$method" \
        "${auth[@]}" "${extra[@]}" "$base$path") || true
  if [[ "${out%% *}" != "$want" ]]; then
    ops_log "HANG/ERROR: $method $path answered '${out:-nothing}' (want $want within ${probe_timeout}s)"
    return 1
  fi
  printf '%s=%s ' "${path##*/}" "${out#* }"
}
probe_all() {
  probe GET /api/v1/submissions 200 && probe GET "/api/v1/submissions/$id" 200 \
    && probe GET /api/v1/me/progress 200 && probe GET "/api/v1/tutorials/$slug/hints" 200 \
    && probe POST "/api/v1/tutorials/$slug/submissions" 201 && probe GET /actuator/health/readiness 200
}
# The R2DBC pool gauges from Prometheus: a leak shows as acquired connections that never return.
pool_state() {
  curl -s --max-time 5 "$base/actuator/prometheus" | awk '/^r2dbc_pool_(acquired|idle|pending)/ {
      sub(/\{.*\}/, "", $1); printf "%s=%s ", $1, $2 }'
}

ops_log "baseline: $(probe_all) | $(pool_state)"
end=$((SECONDS + minutes * 60)); n=0; requests=0
while (( SECONDS < end )); do
  n=$((n + 1))
  for path in /api/v1/submissions /api/v1/me/progress; do
    wrk -t2 -c"$conns" -d"${burst}s" --timeout 5s -H "Authorization: Bearer $token" "$base$path" \
      > "$OPS_TMP/wrk.out" 2>&1 || true
    requests=$((requests + $(awk '/requests in/ { print $1 }' "$OPS_TMP/wrk.out")))
    errors=$(ops_wrk_errors < "$OPS_TMP/wrk.out")
  done
  line=$(probe_all) || { ops_log "after burst $n ($requests requests, last burst $errors): $(pool_state)";
    ops_log "FAIL: a database endpoint stopped answering after $n aborted bursts"; exit 1; }
  ops_log "burst $n: $requests requests so far, last burst $errors | $line| $(pool_state)"
done
ops_log "PASS: $n rounds ($((2 * n)) bursts of ${burst}s, $requests requests, each burst ending with up to $conns in flight);"
ops_log "      every database endpoint still answers: $(probe_all)"
