#!/usr/bin/env bash
# Keycloak for development and tests: dev mode, in-memory database, the DEMO realm `cloudcare` imported.
#   keycloak/keycloak.sh start   start (or find running) and wait until the realm answers; prints the time taken
#   keycloak/keycloak.sh stop    stop the server started by this script
#   keycloak/keycloak.sh status  exit 0 when the realm answers, 3 when it does not
# Environment: KEYCLOAK_PORT (8180), KEYCLOAK_MANAGEMENT_PORT (9180), KEYCLOAK_START_TIMEOUT seconds (240),
# JAVA_HOME or java on PATH (kc.sh uses the same JVM).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runtime="$root/.runtime"
version="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$root/pom.xml" | head -n 1)"
kc_home="$runtime/keycloak-$version"
port="${KEYCLOAK_PORT:-8180}"
management_port="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
timeout="${KEYCLOAK_START_TIMEOUT:-240}"
pid_file="$runtime/keycloak.pid"
log_file="$runtime/logs/keycloak.log"
base_url="http://localhost:$port"
ready_url="$base_url/realms/cloudcare/.well-known/openid-configuration"

log() { echo "keycloak: $*" >&2; }

answers() { curl -fsS -o /dev/null --max-time 2 "$ready_url" 2>/dev/null; }

running_pid() {
  local pid
  [[ -f "$pid_file" ]] || return 1
  pid="$(cat "$pid_file")"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    echo "$pid"
  else
    return 1
  fi
}

java_cmd() {
  if [[ -n "${JAVA_HOME:-}" ]]; then echo "$JAVA_HOME/bin/java"; else command -v java; fi
}

ensure_distribution() {
  if [[ -x "$kc_home/bin/kc.sh" ]]; then return; fi
  log "unpacking Keycloak $version into $runtime (once)"
  # the unpack marker would stop Maven from unpacking again after someone deleted the directory
  rm -f "$runtime/.markers/org.keycloak-keycloak-quarkus-dist-zip-$version.marker"
  (cd "$root" && ./mvnw -q -f keycloak/pom.xml package)
  [[ -x "$kc_home/bin/kc.sh" ]] || { log "no $kc_home/bin/kc.sh after the build"; exit 1; }
}

# The demo import = production realm + demo overlay (fixed signing key, demo client secrets) + demo users.
prepare_import() {
  local import_dir="$kc_home/data/import" jars
  mkdir -p "$import_dir"
  rm -f "$import_dir"/cloudcare-*.json
  jars="$(ls "$kc_home"/lib/lib/main/com.fasterxml.jackson.core.jackson-{core,databind,annotations}-*.jar | tr '\n' ':')"
  "$(java_cmd)" -cp "$jars" "$here/ComposeRealm.java" "$import_dir/cloudcare-realm.json" \
    "$here/realm/cloudcare-realm.json" "$here/demo/cloudcare-realm-demo.json"
  cp "$here/demo/cloudcare-users-0.json" "$import_dir/cloudcare-users-0.json"
}

wait_until_ready() {
  local pid="$1" started="$2"
  while ! answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "stopped while starting; last lines of $log_file:"
      tail -n 30 "$log_file" >&2 || true
      rm -f "$pid_file"
      exit 1
    fi
    if (( SECONDS - started > timeout )); then
      log "not ready after ${timeout}s (still running as pid $pid); see $log_file"
      exit 1
    fi
    sleep 1
  done
}

start() {
  local pid started=$SECONDS
  if answers; then
    log "already running at $base_url"
    return
  fi
  if pid="$(running_pid)"; then
    log "already starting (pid $pid), waiting"
  else
    if curl -s -o /dev/null --max-time 2 "$base_url/" 2>/dev/null; then
      log "port $port is taken by something that is not this Keycloak; stop it or set KEYCLOAK_PORT"
      exit 1
    fi
    ensure_distribution
    prepare_import
    mkdir -p "$(dirname "$log_file")"
    local java_home
    java_home="$(dirname "$(dirname "$(readlink -f "$(java_cmd)")")")"
    # own session (setsid) so the server outlives the caller's shell and terminal
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_HOME="$java_home" \
      setsid bash -c 'echo $$ > "$1"; shift; exec nohup "$@"' keycloak "$pid_file" \
      "$kc_home/bin/kc.sh" start-dev --db=dev-mem \
      --http-port="$port" --http-management-port="$management_port" \
      --hostname="$base_url" --import-realm \
      >"$log_file" 2>&1 </dev/null 9>&- &
    local waited=0
    while [[ ! -s "$pid_file" ]] && (( waited < 50 )); do sleep 0.1; waited=$((waited + 1)); done
    pid="$(cat "$pid_file")"
    log "starting (pid $pid, log $log_file)"
  fi
  wait_until_ready "$pid" "$started"
  log "ready at $base_url (realm cloudcare) after $((SECONDS - started))s"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$pid_file"
    if answers; then
      log "something answers at $base_url but was not started by this script; not stopping it"
    else
      log "not running"
    fi
    return
  fi
  kill -TERM "$pid"
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still running after 30s, killing pid $pid"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
  log "stopped"
}

status() {
  if answers; then
    log "running at $base_url"
  else
    log "not answering at $ready_url"
    exit 3
  fi
}

case "${1:-}" in
  start)
    # one starter at a time: a second caller waits here, then finds the server answering
    mkdir -p "$runtime"
    exec 9>"$runtime/keycloak.lock"
    if command -v flock >/dev/null; then flock 9; fi
    start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
