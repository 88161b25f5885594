#!/usr/bin/env bash
# Payara Server 6 for CloudCare (development and integration tests), unpacked by the ear build into .runtime/payara6.
#   ear/payara-server.sh start                      create the domain `cloudcare` once (admin 4848, HTTP 8080,
#                                                   -Duser.timezone=UTC, -Djakarta.json.provider=...) and start it;
#                                                   a domain made by an older version of this script gets the
#                                                   settings added since (e.g. its admin password)
#   ear/payara-server.sh deploy [--db h2|postgresql] set the database configuration, deploy ear/target/cloudcare.ear
#                                                   as `cloudcare` and wait for a real GraphQL answer (starts the
#                                                   server when it is not running)
#   ear/payara-server.sh undeploy                   remove the application
#   ear/payara-server.sh stop                       stop the domain
#   ear/payara-server.sh status [--quiet]           exit 0 when the domain runs (prints the applications and the
#                                                   TCP ports its JVM listens on, with their addresses), 3 when not
# start, deploy, undeploy and stop wait for each other (a lock in .runtime).
# Admin access: user `admin` with a random password generated when the domain is created (or, for a domain created
#   without one by an older version of this script, at its next start), kept in .runtime/payara-admin.password
#   (mode 600, asadmin --passwordfile format: AS_ADMIN_PASSWORD=...); every asadmin call here uses it, e.g.
#   .runtime/payara6/bin/asadmin --user admin --passwordfile .runtime/payara-admin.password list-applications
# Network: HTTP 8080 and admin 4848 listen on 127.0.0.1 only; HTTPS 8181, JMX 8686, IIOP 3700/3820/3920 and the
#   JMS broker 7676 are off, and the Hazelcast data grid (4900) is off (nothing in development needs clustering).
#   The HTTP and admin listeners send no Server and no X-Powered-By header, and the container's error pages name no
#   product and version (-Dproduct.name=).
# Database (deploy): --db h2 (default) = file database .runtime/data/cloudcare (each commit written at once:
#   WRITE_DELAY=0); --db postgresql =
#   jdbc:postgresql://127.0.0.1:5432/cloudcare?reWriteBatchedInserts=true (a JDBC batch of inserts goes as multi-row
#   INSERTs: an evaluation's result rows), user postgres, empty password. Without --db, a postgresql
#   CLOUDCARE_DB_URL selects postgresql. CLOUDCARE_DB_URL / CLOUDCARE_DB_USER / CLOUDCARE_DB_PASSWORD /
#   CLOUDCARE_DB_DATASOURCE override the defaults (ignored, with a warning, when CLOUDCARE_DB_URL is for the other
#   database). CLOUDCARE_DB_RESET=true deletes the H2 files / drops and recreates the PostgreSQL database first.
#   The values reach the application as MicroProfile Config properties cloudcare.db.* of Payara's domain config
#   source (asadmin set-config-property --source=domain), which the @DataSourceDefinition reads at deploy time.
# Environment: JAVA_HOME or java on PATH (the server runs on that JDK), PAYARA_START_TIMEOUT seconds (300),
# PAYARA_READY_TIMEOUT seconds from a successful deploy to a GraphQL answer (120), CLOUDCARE_EAR (ear/target/cloudcare.ear). Logs: .runtime/logs/payara-server.log (server.log of
# the domain) and .runtime/logs/payara-asadmin.log (asadmin output).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runtime="$root/.runtime"
payara_home="$runtime/payara6"
domain=cloudcare
domain_dir="$payara_home/glassfish/domains/$domain"
admin_port=4848
http_port=8080
app=cloudcare
ear="${CLOUDCARE_EAR:-$root/ear/target/cloudcare.ear}"
logs="$runtime/logs"
asadmin_log="$logs/payara-asadmin.log"
server_log_link="$logs/payara-server.log"
admin_user=admin
# the domain's admin password (asadmin passwordfile format), and the empty one an older domain still has
admin_password_file="$runtime/payara-admin.password"
empty_password_file="$runtime/payara-admin.empty-password"
graphql_url="http://localhost:$http_port/graphql"
start_timeout="${PAYARA_START_TIMEOUT:-300}"
ready_timeout="${PAYARA_READY_TIMEOUT:-120}"

log() { echo "payara-server: $*" >&2; }
die() { log "$*"; exit 1; }

mkdir -p "$logs"

# The JDK of the caller: JAVA_HOME, else the java on PATH (asadmin starts the server JVM with its own java.home).
if [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]]; then
  export AS_JAVA="$JAVA_HOME"
else
  java_bin="$(command -v java)" || die "no java on PATH and no JAVA_HOME"
  AS_JAVA="$(dirname "$(dirname "$(readlink -f "$java_bin")")")"
  export AS_JAVA
fi

# --- admin password -------------------------------------------------------------------------------------------
# A random password for the domain's `admin`, generated once; the file is readable by its owner only.
ensure_admin_password_file() {
  [[ -s "$admin_password_file" ]] && { chmod 600 "$admin_password_file"; return; }
  local password
  mkdir -p "$runtime"
  password="$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 32 || true)"
  (( ${#password} == 32 )) || die "could not generate an admin password"
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$password" >"$admin_password_file.tmp")
  mv -f "$admin_password_file.tmp" "$admin_password_file"
  chmod 600 "$admin_password_file"
  log "generated the Payara Server admin password: $admin_password_file"
}

# The admin REST API answers anonymous requests: a domain created with --nopassword by an older version of this
# script, not yet upgraded (configure_domain step 3). Such a domain refuses the generated password.
anonymous_admin() {
  [[ "$(curl -sS -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$admin_port/management/domain" \
    2>/dev/null)" == 200 ]]
}

# sets auth_file, the passwordfile that authenticates against the domain: the generated password, or the empty one
# while an older domain still answers anonymously (asked before every call: it changes during configure_domain)
auth_file=""
resolve_auth_file() {
  if [[ -n "${creating_domain:-}" ]]; then
    # create-domain takes the new password from it (whatever else answers on the admin port meanwhile)
    auth_file="$admin_password_file"
    return
  fi
  if anonymous_admin; then
    (umask 077 && printf 'AS_ADMIN_PASSWORD=\n' >"$empty_password_file")
    auth_file="$empty_password_file"
    return
  fi
  [[ -s "$admin_password_file" ]] || die "no $admin_password_file: the admin password of domain $domain is lost;" \
    "stop the server (kill the pid in $domain_dir/config/pid) and delete $domain_dir to create the domain afresh" \
    "(the H2 data in .runtime/data stays)"
  auth_file="$admin_password_file"
}

asadmin() {
  resolve_auth_file
  echo "--- $(date -u +%FT%TZ) asadmin $*" >>"$asadmin_log"
  # 9>&-: the server JVM that start-domain/restart-domain leaves behind must not inherit (and hold) the lock
  "$payara_home/bin/asadmin" --interactive=false --port "$admin_port" --user "$admin_user" --passwordfile "$auth_file" \
    "$@" >>"$asadmin_log" 2>&1 9>&-
}

# asadmin whose output the caller reads (also logged)
asadmin_out() {
  resolve_auth_file
  echo "--- $(date -u +%FT%TZ) asadmin $*" >>"$asadmin_log"
  "$payara_home/bin/asadmin" --interactive=false --port "$admin_port" --user "$admin_user" --passwordfile "$auth_file" \
    "$@" 2>>"$asadmin_log" 9>&- | tee -a "$asadmin_log"
}

fail_with_log() {
  log "$1; last lines of $asadmin_log and $server_log_link:"
  tail -n 15 "$asadmin_log" >&2 || true
  tail -n 40 "$domain_dir/logs/server.log" >&2 2>/dev/null || true
  exit 1
}

ensure_distribution() {
  [[ -x "$payara_home/bin/asadmin" ]] && return
  local version zip
  version="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$root/pom.xml" | head -n 1)"
  zip="$HOME/.m2/repository/fish/payara/distributions/payara/$version/payara-$version.zip"
  log "unpacking Payara Server $version into $runtime (once; normally the ear build does this)"
  if [[ ! -f "$zip" ]]; then
    (cd "$root" && ./mvnw -q dependency:copy -Dartifact="fish.payara.distributions:payara:$version:zip" \
      -DoutputDirectory="$runtime") || die "could not download Payara Server $version"
    zip="$runtime/payara-$version.zip"
  fi
  mkdir -p "$runtime"
  unzip -q -o "$zip" -d "$runtime" || die "could not unpack $zip"
  rm -f "$runtime/payara-$version.zip"
  [[ -x "$payara_home/bin/asadmin" ]] || die "no $payara_home/bin/asadmin after unpacking"
}

running_pid() {
  local pid
  [[ -f "$domain_dir/config/pid" ]] || return 1
  pid="$(cat "$domain_dir/config/pid")"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; else return 1; fi
}

# the admin listener answers (401 without credentials once the domain has its password)
admin_answers() {
  local code
  code="$(curl -sS -o /dev/null -w '%{http_code}' --max-time 3 "http://localhost:$admin_port/management/domain" \
    2>/dev/null)" || true
  [[ "$code" == 200 || "$code" == 401 ]]
}

ensure_domain() {
  ensure_distribution
  [[ -f "$domain_dir/config/domain.xml" ]] && return
  ensure_admin_password_file
  log "creating domain $domain (admin port $admin_port, HTTP port $http_port, admin password in" \
    "$admin_password_file; once)"
  # create-domain takes the new admin password from AS_ADMIN_PASSWORD in the passwordfile
  creating_domain=true
  asadmin create-domain --adminport "$admin_port" --instanceport "$http_port" "$domain" \
    || fail_with_log "create-domain failed"
  creating_domain=
}

# Settings that need a running server, applied once per domain in numbered steps; the marker file holds the last
# step applied (an empty marker, written before steps were numbered, means step 1), so a domain created by an older
# version of this script gets the later steps too. A restart applies the JVM options.
configure_domain() {
  local marker="$domain_dir/config/.cloudcare-configured" done_step=0 last_step=4
  if [[ -f "$marker" ]]; then done_step="$(tr -dc '0-9' <"$marker")"; done_step="${done_step:-1}"; fi
  (( done_step >= last_step )) && return
  if (( done_step < 1 )); then
    log "configuring domain $domain (once): -Duser.timezone=UTC, -Xmx1g, 16-64 HTTP threads, MicroProfile Config cache 1s"
    asadmin create-jvm-options -Duser.timezone=UTC || fail_with_log "create-jvm-options failed"
    # Payara caches MicroProfile Config values (60s by default, longer in practice for the server-level config that
    # resolves ${MPCONFIG=...} in @DataSourceDefinition): a redeploy with other cloudcare.db.* values kept the old
    # database. With 1s a redeploy sees the new values; effective after the restart below.
    asadmin set-config-cache --duration=1 || fail_with_log "set-config-cache failed"
    # the defaults (5 HTTP threads, 512 MB heap) serialise concurrent clients: measured 323 req/s for `me`
    asadmin set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64 \
      || fail_with_log "setting the HTTP thread pool failed"
    asadmin set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=16 \
      || fail_with_log "setting the HTTP thread pool failed"
    asadmin delete-jvm-options -Xmx512m || true
    asadmin create-jvm-options -Xmx1g || fail_with_log "create-jvm-options failed"
  fi
  if (( done_step < 2 )); then
    # Step 2. Without it every JsonProvider.provider() call (Payara's MP-JWT, SmallRye GraphQL, each Json.* call)
    # scans all jars of the application's class loader for a provider: measured as a quarter of all CPU under load.
    # JSON-P 2.1 loads the named class directly (Parsson is Payara's own provider, in modules/jakarta.json.jar).
    log "configuring domain $domain: -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl"
    asadmin create-jvm-options -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
      || jvm_option_present -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
      || fail_with_log "create-jvm-options failed"
  fi
  if (( done_step < 3 )); then
    # Step 3. A domain created by an older version of this script (create-domain --nopassword) let anyone who
    # reached port 4848 administer it: give its admin the generated password. A domain created with the password
    # already refuses anonymous requests, and this step does nothing.
    set_admin_password
  fi
  if (( done_step < 4 )); then
    # Step 4. Listen on loopback only, switch off what development never uses, and stop announcing the server's
    # product and version (Server: Payara Server 6.2025.10, X-Powered-By: ... JDK ...). Effective after the restart.
    log "configuring domain $domain: HTTP and admin listeners on 127.0.0.1; HTTPS 8181, JMX 8686, IIOP 3700/3820/3920," \
      "JMS 7676 and the Hazelcast data grid off; no Server and X-Powered-By headers, no version on error pages"
    local c=configs.config.server-config listener protocol
    for listener in http-listener-1 admin-listener; do
      asadmin set "$c.network-config.network-listeners.network-listener.$listener.address=127.0.0.1" \
        || fail_with_log "binding $listener to 127.0.0.1 failed"
    done
    asadmin set "$c.network-config.network-listeners.network-listener.http-listener-2.enabled=false" \
      || fail_with_log "switching off http-listener-2 (HTTPS 8181) failed"
    for listener in orb-listener-1 SSL SSL_MUTUALAUTH; do
      asadmin set "$c.iiop-service.iiop-listener.$listener.enabled=false" \
        || fail_with_log "switching off the IIOP listener $listener failed"
    done
    asadmin set "$c.admin-service.jmx-connector.system.enabled=false" \
      || fail_with_log "switching off the JMX connector failed"
    asadmin set "$c.jms-service.type=DISABLED" || fail_with_log "switching off the JMS broker failed"
    asadmin set-hazelcast-configuration --enabled=false || fail_with_log "switching off the data grid failed"
    # the container's own error pages (e.g. a 404 outside the application) name the product and version in their
    # title and footer unless product.name is set; empty = nothing (Payara's WebContainer reads it at start)
    asadmin create-jvm-options '-Dproduct.name=' || jvm_option_present '-Dproduct.name=' \
      || fail_with_log "create-jvm-options -Dproduct.name= failed"
    for protocol in http-listener-1 http-listener-2 admin-listener; do
      asadmin set "$c.network-config.protocols.protocol.$protocol.http.server-header=false" \
        "$c.network-config.protocols.protocol.$protocol.http.xpowered-by=false" \
        || fail_with_log "switching off the Server and X-Powered-By headers of $protocol failed"
    done
  fi
  log "restarting domain $domain to apply its configuration"
  asadmin restart-domain "$domain" || fail_with_log "restart-domain failed"
  echo "$last_step" >"$marker"
}

# Gives the domain's admin the generated password when the domain still accepts the empty one (configure_domain).
set_admin_password() {
  local change_file password
  anonymous_admin || return 0
  ensure_admin_password_file
  log "domain $domain answers admin requests without a password: setting the generated one ($admin_password_file)"
  password="$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$admin_password_file")"
  change_file="$(umask 077 && mktemp "$runtime/payara-admin.change.XXXXXX")"
  printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$password" >"$change_file"
  echo "--- $(date -u +%FT%TZ) asadmin change-admin-password --user $admin_user" >>"$asadmin_log"
  if ! "$payara_home/bin/asadmin" --interactive=false --port "$admin_port" --user "$admin_user" \
      --passwordfile "$change_file" change-admin-password >>"$asadmin_log" 2>&1 9>&-; then
    rm -f "$change_file"
    fail_with_log "change-admin-password failed"
  fi
  rm -f "$change_file" "$empty_password_file"
  anonymous_admin && fail_with_log "the admin REST API still answers without a password"
  return 0
}

# create-jvm-options refuses an option the domain already has (e.g. a step interrupted before its marker was written)
jvm_option_present() { asadmin_out list-jvm-options | grep -F -- "$1" >/dev/null; }

# the server JVM of this domain, also before it has written config/pid
server_pids() { pgrep -f -- "-Dcom.sun.aas.instanceRoot=$domain_dir( |\$)" || true; }

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local started=$SECONDS pid asadmin_pid log_lines=0 rc
  ensure_domain
  if pid="$(running_pid)"; then
    log "already running (pid $pid)"
    configure_domain
    return
  fi
  for port in "$http_port" "$admin_port"; do
    port_taken "$port" && die "port $port is taken by another process; stop it first"
  done
  log "starting domain $domain with $AS_JAVA"
  ln -sfn "$domain_dir/logs/server.log" "$server_log_link"
  [[ -f "$domain_dir/logs/server.log" ]] && log_lines="$(wc -l <"$domain_dir/logs/server.log")"
  echo "--- $(date -u +%FT%TZ) asadmin start-domain $domain" >>"$asadmin_log"
  # the database settings come from `deploy`, never from the environment the server happens to be started in
  env -u CLOUDCARE_DB_URL -u CLOUDCARE_DB_USER -u CLOUDCARE_DB_PASSWORD -u CLOUDCARE_DB_DATASOURCE \
    "$payara_home/bin/asadmin" --interactive=false start-domain --timeout "$start_timeout" "$domain" \
    >>"$asadmin_log" 2>&1 9>&- &
  asadmin_pid=$!
  # asadmin keeps waiting when the server fails to start but its JVM does not exit (e.g. a port is taken)
  while kill -0 "$asadmin_pid" 2>/dev/null; do
    if tail -n +"$((log_lines + 1))" "$domain_dir/logs/server.log" 2>/dev/null | grep -q 'Failed to start, exiting'; then
      kill "$asadmin_pid" 2>/dev/null || true
      for pid in $(server_pids); do kill "$pid" 2>/dev/null || true; done
      sleep 2
      for pid in $(server_pids); do kill -9 "$pid" 2>/dev/null || true; done
      fail_with_log "the server failed to start"
    fi
    sleep 1
  done
  rc=0; wait "$asadmin_pid" || rc=$?
  (( rc == 0 )) || fail_with_log "start-domain failed"
  configure_domain
  pid="$(running_pid)" || fail_with_log "no server process after start-domain"
  log "started in $((SECONDS - started))s (pid $pid; admin http://localhost:$admin_port, log $server_log_link)"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    log "not running"
    return
  fi
  log "stopping domain $domain (pid $pid)"
  if ! asadmin stop-domain --kill=false "$domain"; then
    log "stop-domain failed; killing pid $pid"
    kill "$pid" 2>/dev/null || true
  fi
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then
    log "still running after 30s; kill -9 $pid"
    kill -9 "$pid" 2>/dev/null || true
  fi
  log "stopped"
}

status() {
  local pid quiet=false
  [[ "${1:-}" == --quiet ]] && quiet=true
  if pid="$(running_pid)" && admin_answers; then
    [[ "$quiet" == true ]] && return 0
    echo "Payara Server domain $domain running (pid $pid), admin http://localhost:$admin_port" \
      "(user $admin_user, password in $admin_password_file)"
    asadmin_out list-applications || true
    listening_ports "$pid"
    return 0
  fi
  [[ "$quiet" == true ]] || echo "Payara Server domain $domain not running"
  return 3
}

# The TCP ports the server JVM listens on (ss -ltnp), with a warning for any that is not on loopback.
listening_ports() {
  local pid="$1" addresses exposed
  command -v ss >/dev/null || { echo "TCP ports: unknown (no ss)"; return 0; }
  addresses="$(ss -ltnpH 2>/dev/null | awk -v p="pid=$pid," 'index($0, p) { print $4 }' | sort -u)"
  echo "TCP ports of pid $pid (ss -ltnp):" $addresses
  exposed="$(grep -Ev '^(127\.0\.0\.1|\[::1\]|\[::ffff:127\.0\.0\.1\]):' <<<"$addresses" || true)"
  [[ -z "$exposed" ]] || echo "WARNING: listening beyond loopback:" $exposed
}

deployed() {
  local apps
  apps="$(asadmin_out list-applications 2>/dev/null)" || return 1
  grep -q "^$app " <<<"$apps"
}

undeploy() {
  running_pid >/dev/null || { log "not running; nothing to undeploy"; return; }
  if deployed; then
    log "undeploying $app"
    asadmin undeploy "$app" || fail_with_log "undeploy failed"
  else
    log "$app is not deployed"
  fi
}

# --- database settings --------------------------------------------------------------------------------------------
db_kind_of_url() {
  case "$1" in
    jdbc:h2:*) echo h2 ;;
    jdbc:postgresql:*) echo postgresql ;;
    *) echo other ;;
  esac
}

# sets db, db_url, db_user, db_password, db_datasource
resolve_db() {
  db="$1"
  if [[ -z "$db" ]]; then
    if [[ "$(db_kind_of_url "${CLOUDCARE_DB_URL:-}")" == postgresql ]]; then db=postgresql; else db=h2; fi
  fi
  case "$db" in
    h2)
      # WRITE_DELAY=0: H2 writes each commit to the file before answering; with its default (changes written up to a
      # second later) a killed server lost the transactions of its last second (measured with kill -9)
      db_url="jdbc:h2:file:$runtime/data/cloudcare;AUTO_SERVER=FALSE;WRITE_DELAY=0"
      db_user=sa; db_password=""; db_datasource=org.h2.jdbcx.JdbcDataSource ;;
    postgresql)
      db_url="jdbc:postgresql://127.0.0.1:5432/cloudcare?reWriteBatchedInserts=true"
      db_user=postgres; db_password=""; db_datasource=org.postgresql.ds.PGSimpleDataSource ;;
    *) die "unknown database '$db' (h2 or postgresql)" ;;
  esac
  if [[ -n "${CLOUDCARE_DB_URL:-}" && "$(db_kind_of_url "$CLOUDCARE_DB_URL")" != "$db" \
        && "$(db_kind_of_url "$CLOUDCARE_DB_URL")" != other ]]; then
    log "ignoring CLOUDCARE_DB_* (CLOUDCARE_DB_URL is not a $db URL)"
    return
  fi
  db_url="${CLOUDCARE_DB_URL:-$db_url}"
  db_user="${CLOUDCARE_DB_USER:-$db_user}"
  db_password="${CLOUDCARE_DB_PASSWORD:-$db_password}"
  db_datasource="${CLOUDCARE_DB_DATASOURCE:-$db_datasource}"
}

# jdbc:postgresql://host:port/name?params -> pg_host pg_port pg_name
parse_pg_url() {
  local rest="${1#jdbc:postgresql://}" hostport
  rest="${rest%%\?*}"
  hostport="${rest%%/*}"
  pg_name="${rest#*/}"
  [[ "$pg_name" != "$rest" && -n "$pg_name" ]] || die "cannot read the database name from $1"
  pg_host="${hostport%%:*}"; pg_host="${pg_host:-localhost}"
  if [[ "$hostport" == *:* ]]; then pg_port="${hostport##*:}"; else pg_port=5432; fi
}

psql_admin() {
  PGPASSWORD="$db_password" psql -v ON_ERROR_STOP=1 -q -h "$pg_host" -p "$pg_port" -U "$db_user" -d postgres "$@"
}

prepare_database() {
  local reset="${CLOUDCARE_DB_RESET:-false}"
  case "$db_url" in
    jdbc:h2:file:*)
      local file="${db_url#jdbc:h2:file:}"
      file="${file%%;*}"
      mkdir -p "$(dirname "$file")"
      if [[ "$reset" == true ]]; then
        log "CLOUDCARE_DB_RESET=true: deleting H2 database $file"
        rm -f "$file.mv.db" "$file.trace.db" "$file.lock.db"
      fi ;;
    jdbc:postgresql:*)
      parse_pg_url "$db_url"
      command -v psql >/dev/null || { log "no psql: cannot check/create database $pg_name"; return; }
      if [[ "$reset" == true ]]; then
        log "CLOUDCARE_DB_RESET=true: dropping and recreating PostgreSQL database $pg_name on $pg_host:$pg_port"
        psql_admin -c "DROP DATABASE IF EXISTS \"$pg_name\" WITH (FORCE)" || die "could not drop database $pg_name"
      fi
      if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$pg_name'")" != 1 ]]; then
        log "creating PostgreSQL database $pg_name"
        psql_admin -c "CREATE DATABASE \"$pg_name\"" || die "could not create database $pg_name"
      fi ;;
  esac
}

set_config() {
  local name="$1" value="$2"
  if [[ -n "$value" ]]; then
    asadmin set-config-property --source=domain --propertyName="$name" --propertyValue="$value" \
      || fail_with_log "could not set $name"
  else
    # an empty value cannot be set: remove it so the @DataSourceDefinition default (empty) applies
    asadmin delete-config-property --source=domain --propertyName="$name" || true
  fi
}

# An interrupted or failed deployment can leave files behind that the next deployment then skips ("Ignoring
# cloudcare-web_war/WEB-INF because ... recorded it as a pre-existing stale file": the web module goes missing).
remove_stale_deployment() {
  local dir="$domain_dir/applications/$app"
  [[ -d "$dir" ]] || return 0
  if [[ -f "$dir/.glassfishStaleFiles" ]] || ! deployed; then
    log "removing a stale deployment directory of $app"
    deployed && { asadmin undeploy "$app" || true; }
    rm -rf "$dir" "$domain_dir"/generated/*/"$app"
  fi
}

graphql_answers() {
  local body
  body="$(curl -sS --max-time 10 -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' \
    --data '{"query":"{ __typename }"}' "$graphql_url" 2>/dev/null)" || return 1
  [[ "$body" == *'"__typename"'* ]]
}

deploy() {
  local db_arg="" started deployed_at
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --db) db_arg="${2:?--db needs h2 or postgresql}"; shift 2 ;;
      --db=*) db_arg="${1#--db=}"; shift ;;
      *) die "unknown deploy option $1" ;;
    esac
  done
  [[ -f "$ear" ]] || die "no $ear; build it with ./mvnw -DskipTests package"
  resolve_db "$db_arg"
  running_pid >/dev/null || start
  started=$SECONDS
  log "deploying $ear on $db ($db_url, user $db_user)"
  if [[ "${CLOUDCARE_DB_RESET:-false}" == true ]]; then
    # the running application holds connections (and the H2 file lock)
    undeploy
  fi
  prepare_database
  set_config cloudcare.db.url "$db_url"
  set_config cloudcare.db.user "$db_user"
  set_config cloudcare.db.password "$db_password"
  set_config cloudcare.db.datasource "$db_datasource"
  remove_stale_deployment
  sleep 2 # let the 1s MicroProfile Config cache (configure_domain) expire
  asadmin deploy --force=true --name "$app" "$ear" || fail_with_log "deploy failed"
  # a failed start of the application can leave Payara up and the deployment listed: ask the real endpoint
  deployed_at=$SECONDS
  while ! graphql_answers; do
    if (( SECONDS - deployed_at > ready_timeout )); then
      fail_with_log "deployed, but no GraphQL answer from $graphql_url after ${ready_timeout}s"
    fi
    running_pid >/dev/null || fail_with_log "the server stopped"
    sleep 1
  done
  log "deployed in $((SECONDS - started))s; $graphql_url answers"
}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
}

# one changing command at a time: two deploys interleaving their asadmin calls would mix their database settings
lock() {
  exec 9>"$runtime/payara-server.lock"
  if ! flock -n 9; then
    log "waiting for another payara-server.sh command to finish"
    flock 9
  fi
}

cmd="${1:-}"
[[ $# -gt 0 ]] && shift
case "$cmd" in
  start) lock; start ;;
  deploy) lock; deploy "$@" ;;
  undeploy) lock; undeploy ;;
  stop) lock; stop ;;
  status) status "$@" ;;
  *) usage ;;
esac
