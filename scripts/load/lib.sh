#!/usr/bin/env bash
# Shared helpers for load.sh, soak.sh and outage.sh: start the real jar on a free loopback port with
# a fresh data directory, mint dev tokens, measure background CPU, and clean up on exit.
# Sourced, not run. Every process started here is recorded in OPS_PIDS and killed by ops_cleanup.

OPS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OPS_JAR="${OPS_JAR:-$OPS_ROOT/api/target/fivenines.jar}"  # another build can be measured the same way
OPS_JAVA="${OPS_JAVA:-}"
OPS_JVM_OPTS="${OPS_JVM_OPTS:-}"  # extra JVM options for the API only, e.g. -Xlog:gc or a JFR recording
OPS_PIDS=()
OPS_POSTMASTER_FILES=()
OPS_TMP=""
OPS_KEEP="${OPS_KEEP:-0}"

ops_log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
ops_die() { ops_log "FAIL: $*"; exit 1; }

ops_find_java() {
  [[ -n "$OPS_JAVA" ]] && return
  local j
  for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*25*/bin/java; do
    [[ -x "$j" ]] && { OPS_JAVA="$j"; return; }
  done
  ops_die "no Java 25 under /usr/lib/jvm; set OPS_JAVA=/path/to/java"
}

ops_need_jar() {
  [[ -f "$OPS_JAR" ]] || ops_die "$OPS_JAR is missing: build it with (cd $OPS_ROOT && ./mvnw -B -q -DskipTests install)"
}

ops_need_wrk() {
  command -v wrk >/dev/null && return
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    ops_log "installing wrk with apt-get"
    apt-get install -y wrk >/dev/null 2>&1 || ops_die "apt-get install -y wrk failed; install wrk yourself"
  else
    ops_die "wrk is missing: sudo apt-get install -y wrk"
  fi
}

ops_tmpdir() {
  OPS_TMP="$(mktemp -d "${TMPDIR:-/tmp}/fivenines-$1.XXXXXX")"
}

# The common start of a wrk run against a fresh API: Java, the jar and wrk present, a temp dir
# cleaned up on exit, and a free port and data dir for the API (sets OPS_TMP, port, base, dir).
ops_prepare_wrk_run() {
  ops_find_java; ops_need_jar; ops_need_wrk
  ops_tmpdir "$1"; trap ops_cleanup EXIT INT TERM
  port=$(ops_free_port); base="http://127.0.0.1:$port"
  dir="$OPS_TMP/data"; mkdir -p "$dir"
  ops_log "data dir $dir, port $port"
}

# A free TCP port on 127.0.0.1 (the kernel picks it; tiny race until the server binds it).
ops_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Kills every process we started (and its process group), then removes the temp dir.
ops_cleanup() {
  local rc=$? pid
  for ((i=${#OPS_PIDS[@]}-1; i>=0; i--)); do
    pid="${OPS_PIDS[i]}"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
  done
  # The embedded PostgreSQL daemonizes into its own session: stop it if the API left it running.
  local pm
  for pm in "${OPS_POSTMASTER_FILES[@]}"; do
    [[ -f "$pm" ]] || continue
    pid=$(head -1 "$pm")
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && kill -INT "$pid" 2>/dev/null
  done
  [[ -n "${OPS_EXTRA_CLEANUP:-}" ]] && eval "$OPS_EXTRA_CLEANUP"
  if [[ -n "$OPS_TMP" && "$OPS_KEEP" != 1 ]]; then rm -rf "$OPS_TMP"; fi
  [[ -n "$OPS_TMP" && "$OPS_KEEP" == 1 ]] && ops_log "kept $OPS_TMP"
  exit "$rc"
}

# ops_start_api PORT DATA_DIR [extra args...]: the jar in its own process group (so cleanup takes
# the embedded PostgreSQL with it); environment passes through (rate limits, database URLs).
ops_start_api() {
  local port="$1" dir="$2"; shift 2
  # shellcheck disable=SC2086 # OPS_JVM_OPTS is a list of options
  setsid "$OPS_JAVA" $OPS_JVM_OPTS -jar "$OPS_JAR" --server.port="$port" --server.address=127.0.0.1 \
      --fivenines.data-dir="$dir" "$@" >"$dir/app.log" 2>&1 &
  OPS_API_PID=$!
  OPS_PIDS+=("$OPS_API_PID")
  OPS_POSTMASTER_FILES+=("$dir/pgdata/postmaster.pid")
  OPS_MINE_PGIDS="${OPS_MINE_PGIDS:-} $OPS_API_PID"
}

# After readiness: count the embedded PostgreSQL (its own process group) as ours for CPU accounting.
ops_mine_postgres() {
  local pm="$1/postmaster.pid"
  [[ -f "$pm" ]] && OPS_MINE_PGIDS="${OPS_MINE_PGIDS:-} $(head -1 "$pm")"
}

# Waits until readiness (database included) answers UP, at most $2 seconds.
ops_wait_ready() {
  local port="$1" limit="${2:-180}" t0=$SECONDS
  while (( SECONDS - t0 < limit )); do
    kill -0 "$OPS_API_PID" 2>/dev/null || ops_die "the API exited during start-up; see its log"
    curl -sf --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && {
      ops_log "API ready on 127.0.0.1:$port after $((SECONDS - t0)) s"; return 0; }
    sleep 1
  done
  ops_die "API not ready after $limit s"
}

# Mints a learner token for SUBJECT against DATA_DIR (the server must use the same data dir).
ops_token() {
  "$OPS_JAVA" -Dfivenines.data-dir="$2" -jar "$OPS_JAR" dev-token --subject "$1" 2>/dev/null | tail -1
}

# CPU snapshot: "busy total mine irq" in jiffies. mine = the API's process group plus PIDs in $OPS_MINE_EXTRA
# (wrk, an external PostgreSQL): what is left is background CPU from other people on the machine.
ops_cpu_snapshot() {
  local busy_total mine=0 p f
  # busy = user + nice + system; irq/softirq (fields 7, 8) are left out because our own loopback
  # traffic is handled there and is charged to no process, so it would count as "background".
  busy_total=$(awk '/^cpu /{t=0; for(i=2;i<=NF;i++) t+=$i; print $2+$3+$4, t, $7+$8}' /proc/stat)
  for f in /proc/[0-9]*/stat; do
    p=${f#/proc/}; p=${p%/stat}
    read -r -a s < "$f" 2>/dev/null || continue
    # fields after the "(comm)" part: index shift handles spaces in comm poorly; comm here has none.
    if [[ " ${OPS_MINE_PGIDS:-} " == *" ${s[4]} "* || " ${OPS_MINE_EXTRA:-} " == *" $p "* ]]; then
      mine=$((mine + s[13] + s[14]))
    fi
  done 2>/dev/null
  read -r b t irq <<<"$busy_total"
  echo "$b $t $mine $irq"
}

# ops_bg_cpu "BEFORE" "AFTER": background (not ours) CPU as % of the whole machine (all cores).
ops_bg_cpu() {
  read -r b0 t0 m0 _ <<<"$1"; read -r b1 t1 m1 _ <<<"$2"
  awk -v b="$((b1 - b0))" -v t="$((t1 - t0))" -v m="$((m1 - m0))" \
      'BEGIN { o = (b - m) / (t > 0 ? t : 1) * 100; if (o < 0) o = 0; printf "%.0f%%", o }'
}

# Latency percentile (50, 75, 90 or 99) in ms from `wrk --latency` output on stdin.
ops_wrk_pct() {
  awk -v p="$1%" '$1 == p { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1;
    printf "%.2f", v * f }'
}
ops_wrk_rps() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }'; }
# Non-2xx/3xx responses and socket errors, as "non2xx=N sock=C/R/W/T".
ops_wrk_errors() {
  awk '/Non-2xx or 3xx responses:/ { n = $NF } /Socket errors:/ { gsub(",", ""); s = $4 "/" $6 "/" $8 "/" $10 }
       END { printf "non2xx=%d sock=%s", n + 0, (s == "" ? "0/0/0/0" : s) }'
}

# Writes the reference solution of the first tutorial as a JSON submission body.
ops_submission_body() {
  python3 -c 'import json,sys; print(json.dumps({"source": open(sys.argv[1]).read()}))' \
    "$OPS_ROOT/content/src/main/resources/tutorials/single-node-key-value-core/solution.d2" > "$1"
}

# ops_own_cpu "BEFORE" "AFTER": CPU of this run's own processes (API, PostgreSQL, wrk), % of all cores.
ops_own_cpu() {
  read -r _ t0 m0 _ <<<"$1"; read -r _ t1 m1 _ <<<"$2"
  awk -v t="$((t1 - t0))" -v m="$((m1 - m0))" 'BEGIN { printf "%.0f%%", m / (t > 0 ? t : 1) * 100 }'
}

# ops_irq_cpu "BEFORE" "AFTER": irq + softirq time (mostly loopback networking), % of all cores.
ops_irq_cpu() {
  read -r _ t0 _ i0 <<<"$1"; read -r _ t1 _ i1 <<<"$2"
  awk -v t="$((t1 - t0))" -v i="$((i1 - i0))" 'BEGIN { printf "%.0f%%", i / (t > 0 ? t : 1) * 100 }'
}
