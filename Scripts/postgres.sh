#!/usr/bin/env bash
# A throwaway PostgreSQL (Debian's postgresql) on 127.0.0.1 for HubBot's tests and the demo's
# --postgres mode, like synapse.sh is for Synapse.
#
#   Scripts/postgres.sh install          install postgresql (without creating or starting the
#                                        system's cluster)
#   Scripts/postgres.sh start DIR        start a server with its data in DIR; prints its URL
#   Scripts/postgres.sh stop DIR         stop it (fast shutdown: sessions are cut)
#   Scripts/postgres.sh restart DIR      stop and start it again on the same port
#   Scripts/postgres.sh wipe DIR         stop it and delete DIR
#   Scripts/postgres.sh psql DIR [ARGS]  psql as HubBot's role
#
# The server listens on 127.0.0.1 only, with TLS (a certificate for localhost and 127.0.0.1
# signed by DIR/ca.crt) and password authentication (scram-sha-256). The role and database are
# both "hubbot"; DIR/env has HUBBOT_DATABASE_URL (with the password) and HUBBOT_POSTGRES_CA.
# Log: DIR/postgres.log.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'postgres: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; }
sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

install() {
  local log=${TMPDIR:-/tmp}/hubbot-postgres-install.log
  if ! installed postgresql; then
    say "installing Debian's postgresql (log $log)"
    # No system cluster: the package then neither creates nor starts one.
    sudo_if_needed mkdir -p /etc/postgresql-common
    if ! grep -qs '^create_main_cluster' /etc/postgresql-common/createcluster.conf; then
      echo 'create_main_cluster = false' | sudo_if_needed tee -a /etc/postgresql-common/createcluster.conf >/dev/null
    fi
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq > "$log" 2>&1 \
      || { tail -n 20 "$log" >&2; die "apt-get update failed"; }
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >> "$log" 2>&1 \
      || { tail -n 20 "$log" >&2; die "apt-get install postgresql failed (log $log)"; }
  fi
  say "ok"
}

bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$d/pg_ctl" ] || die "PostgreSQL is not installed: run Scripts/postgres.sh install"
  echo "$d"
}

[ $# -ge 1 ] || { usage >&2; exit 64; }
case "$1" in -h|--help|help) usage; exit 0 ;; install) install; exit 0 ;; esac
command=$1; shift
[ $# -ge 1 ] || { usage >&2; exit 64; }
mkdir -p "$1"
dir=$(cd "$1" && pwd); shift

# PostgreSQL refuses to run as root: as root, the server runs as the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
data=$dir/data
port() { cat "$dir/port"; }
running() { [ -f "$data/postmaster.pid" ] && as_owner "$(bindir)/pg_ctl" -D "$data" status >/dev/null 2>&1; }

certificates() {
  [ -s "$dir/server.crt" ] && return 0
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=HubBot test CA" \
    -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > "$dir/server.ext"
  openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial \
    -days 3650 -extfile "$dir/server.ext" -out "$dir/server.crt" 2>/dev/null
  # Another authority, whose signature the server's certificate does not carry (for tests).
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Someone else's CA" \
    -keyout "$dir/other-ca.key" -out "$dir/other-ca.crt" 2>/dev/null
  chmod 600 "$dir"/*.key
}

start() {
  local bin; bin=$(bindir)
  if running; then
    say "already running on port $(port)"
    sed -n 's/^HUBBOT_DATABASE_URL=//p' "$dir/env"  # its URL, as a fresh start prints it
    return 0
  fi
  [ -s "$dir/port" ] || python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' > "$dir/port"
  [ -s "$dir/password" ] || python3 -c 'import secrets; print(secrets.token_hex(12))' > "$dir/password"
  certificates
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$dir"; fi
    printf '%s\n' "$(cat "$dir/password")" > "$dir/pwfile"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir/pwfile"; fi
    as_owner "$bin/initdb" -D "$data" -U hubbot --pwfile="$dir/pwfile" --auth=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 || { tail -n 20 "$dir/initdb.log" >&2; die "initdb failed"; }
    rm -f "$dir/pwfile"
    cat >> "$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $(port)
unix_socket_directories = '$dir'
ssl = on
ssl_cert_file = '$dir/server.crt'
ssl_key_file = '$dir/server.key'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
log_min_messages = warning
CONF
  fi
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$dir"; fi
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 start >/dev/null \
    || { tail -n 20 "$dir/postgres.log" >&2; die "the server did not start (log $dir/postgres.log)"; }
  local url="postgres://hubbot:$(cat "$dir/password")@127.0.0.1:$(port)/hubbot"
  if ! PGPASSWORD=$(cat "$dir/password") "$bin/psql" -h 127.0.0.1 -p "$(port)" -U hubbot -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'hubbot'" | grep -q 1; then
    PGPASSWORD=$(cat "$dir/password") "$bin/psql" -q -h 127.0.0.1 -p "$(port)" -U hubbot -d postgres \
      -c "CREATE DATABASE hubbot" >/dev/null
  fi
  printf 'HUBBOT_DATABASE_URL=%s\nHUBBOT_POSTGRES_CA=%s\nHUBBOT_POSTGRES_DIR=%s\n' "$url" "$dir/ca.crt" "$dir" > "$dir/env"
  chmod 644 "$dir/env"
  say "running on 127.0.0.1:$(port) (data $data)"
  echo "$url"
}

stop() {
  running || return 0
  as_owner "$(bindir)/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null || true
}

case "$command" in
  start) start ;;
  stop) stop ;;
  restart) stop; start >/dev/null ;;
  wipe) stop; rm -rf "$dir" ;;
  psql)
    PGPASSWORD=$(cat "$dir/password") "$(bindir)/psql" -h 127.0.0.1 -p "$(port)" -U hubbot -d hubbot "$@" ;;
  *) usage >&2; exit 64 ;;
esac
