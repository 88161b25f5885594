#!/usr/bin/env bash
# Keycloak for development and tests: dev mode, in-memory database, the DEMO realm `cloudcare` imported.
#   keycloak/keycloak.sh start   start (or find running) and wait until the realm answers; prints the time taken
#   keycloak/keycloak.sh stop    stop the server started by this script
#   keycloak/keycloak.sh status  exit 0 when the realm answers, 3 when it does not
# Environment: KEYCLOAK_PORT (8180), KEYCLOAK_MANAGEMENT_PORT (9180), KEYCLOAK_START_TIMEOUT seconds (240),
# JAVA_HOME or java on PATH (kc.sh uses the same JVM).
# The server listens on 127.0.0.1 only (HTTP and management port). Its bootstrap administrator (master realm,
# admin console) is `admin` with a random password generated at the first start and kept in
# .runtime/keycloak-admin.password (mode 600, the password alone on one line); the integration tests read it there.
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
admin_password_file="$runtime/keycloak-admin.password"
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

# A random password for the bootstrap administrator, generated once; readable by its owner only. The dev-mem database
# is new at every start, so every start bootstraps the administrator again with this password.
ensure_admin_password_file() {
  [[ -s "$admin_password_file" ]] && { chmod 600 "$admin_password_file"; return; }
  local password
  mkdir -p "$runtime"
  password="$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 32 || true)"
  (( ${#password} == 32 )) || { log "could not generate an admin password"; exit 1; }
  (umask 077 && printf '%s\n' "$password" >"$admin_password_file.tmp")
  mv -f "$admin_password_file.tmp" "$admin_password_file"
  chmod 600 "$admin_password_file"
  log "generated the admin console password (user admin): $admin_password_file"
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
    ensure_admin_password_file
    local java_home admin_password
    java_home="$(dirname "$(dirname "$(readlink -f "$(java_cmd)")")")"
    admin_password="$(head -n 1 "$admin_password_file")"
    # own session (setsid) so the server outlives the caller's shell and terminal; --http-host: loopback only (the
    # management port follows it), reached as localhost like the fixed --hostname
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" JAVA_HOME="$java_home" \
      setsid bash -c 'echo $$ > "$1"; shift; exec nohup "$@"' keycloak "$pid_file" \
      "$kc_home/bin/kc.sh" start-dev --db=dev-mem \
      --http-host=127.0.0.1 --http-port="$port" --http-management-port="$management_port" \
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
    log "running at $base_url (admin console user admin, password in $admin_password_file)"
    local pid p addresses=""
    if pid="$(running_pid)" && command -v ss >/dev/null; then
      # kc.sh either becomes the server JVM (exec) or runs it as its child
      for p in "$pid" $(pgrep -P "$pid" || true); do
        addresses+=" $(ss -ltnpH 2>/dev/null | awk -v p="pid=$p," 'index($0, p) { print $4 }')"
      done
      log "TCP ports of pid $pid and its children (ss -ltnp):" $(tr ' ' '\n' <<<"$addresses" | sort -u)
    fi
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
