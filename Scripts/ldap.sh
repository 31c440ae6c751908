#!/usr/bin/env bash
# A throwaway OpenLDAP server (Debian's slapd) on 127.0.0.1 for the tests of
# `hubbot specialists sync-ldap`, like synapse.sh is for Synapse.
#
#   Scripts/ldap.sh install          install slapd and ldap-utils (without configuring or
#                                    starting the system's slapd)
#   Scripts/ldap.sh start DIR        start a server with its data in DIR; prints its URL
#   Scripts/ldap.sh stop DIR         stop it
#   Scripts/ldap.sh wipe DIR         stop it and delete DIR
#   Scripts/ldap.sh modify DIR       apply LDIF changes from standard input (ldapmodify)
#
# The directory: dc=hubbot,dc=test with ou=people and ou=groups, the admin
# cn=admin,dc=hubbot,dc=test (its password in DIR/admin-password) and a read-only account for
# HubBot, cn=hubbot,ou=services,dc=hubbot,dc=test (password in DIR/hubbot-password); anonymous
# reads are refused. DIR/env has HUBBOT_LDAP_URL, HUBBOT_LDAP_BIND_DN, HUBBOT_LDAP_PASSWORD_FILE.
# Log: DIR/slapd.log.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'ldap: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; }
sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

slapd=/usr/sbin/slapd
suffix=dc=hubbot,dc=test

install() {
  local missing=() p log=${TMPDIR:-/tmp}/hubbot-ldap-install.log
  for p in slapd ldap-utils; do installed "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]} (log $log)"
    # No system directory: slapd's postinst then neither configures nor starts a server.
    echo 'slapd slapd/no_configuration boolean true' | sudo_if_needed debconf-set-selections
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq > "$log" 2>&1 \
      || { tail -n 20 "$log" >&2; die "apt-get update failed"; }
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >> "$log" 2>&1 \
      || { tail -n 20 "$log" >&2; die "apt-get install ${missing[*]} failed (log $log)"; }
  fi
  say "ok"
}

[ $# -ge 1 ] || { usage >&2; exit 64; }
case "$1" in -h|--help|help) usage; exit 0 ;; install) install; exit 0 ;; esac
command=$1; shift
[ $# -ge 1 ] || { usage >&2; exit 64; }
mkdir -p "$1"
dir=$(cd "$1" && pwd); shift

pid() { cat "$dir/slapd.pid" 2>/dev/null || true; }
alive() { local p; p=$(pid); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
secret_of() {
  [ -s "$dir/$1" ] || python3 -c 'import secrets; print(secrets.token_hex(12))' > "$dir/$1"
  cat "$dir/$1"
}
url() { echo "ldap://127.0.0.1:$(cat "$dir/port")"; }
admin() { printf '%s\n' -x -H "$(url)" -D "cn=admin,$suffix" -w "$(secret_of admin-password)"; }

# Runs slapd with no file descriptors but stdin/stdout/stderr: a caller's pipes or its "has my
# child exited?" sockets must not stay open for as long as slapd lives (Foundation's Process
# waits on such a socket; synapse.sh does the same).
launch() {
  local fd
  for fd in "/proc/$BASHPID/fd"/*; do
    fd=${fd##*/}
    if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
  exec "$slapd" -f "$dir/slapd.conf" -h "ldap://127.0.0.1:$1/" -d 256
}

stop() {
  if alive; then
    kill "$(pid)" 2>/dev/null || true
    for _ in $(seq 1 100); do alive || break; sleep 0.1; done
    alive && kill -9 "$(pid)" 2>/dev/null || true
  fi
  rm -f "$dir/slapd.pid"
}

start() {
  [ -x "$slapd" ] && command -v ldapadd >/dev/null || install
  if alive; then url; return; fi
  local port admin_hash hubbot_hash fresh=no
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  echo "$port" > "$dir/port"
  admin_hash=$(/usr/sbin/slappasswd -s "$(secret_of admin-password)")
  hubbot_hash=$(/usr/sbin/slappasswd -s "$(secret_of hubbot-password)")
  mkdir -p "$dir/data"
  [ -f "$dir/data/data.mdb" ] || fresh=yes
  cat > "$dir/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
pidfile $dir/slapd.pid
modulepath /usr/lib/ldap
moduleload back_mdb
database mdb
maxsize 104857600
suffix "$suffix"
rootdn "cn=admin,$suffix"
rootpw $admin_hash
directory $dir/data
access to attrs=userPassword by self =xw by anonymous auth by * none
access to * by dn.exact="cn=hubbot,ou=services,$suffix" read by anonymous auth by * none
CONF
  launch "$port" > "$dir/slapd.log" 2>&1 < /dev/null &
  for _ in $(seq 1 100); do
    ldapsearch $(admin) -b "" -s base >/dev/null 2>&1 && break
    sleep 0.1
  done
  ldapsearch $(admin) -b "" -s base >/dev/null 2>&1 || { tail -n 20 "$dir/slapd.log" >&2; die "slapd did not start"; }
  if [ $fresh = yes ]; then
    ldapadd $(admin) > /dev/null <<LDIF
dn: $suffix
objectClass: dcObject
objectClass: organization
o: HubBot test
dc: hubbot

dn: ou=people,$suffix
objectClass: organizationalUnit
ou: people

dn: ou=groups,$suffix
objectClass: organizationalUnit
ou: groups

dn: ou=services,$suffix
objectClass: organizationalUnit
ou: services

dn: cn=hubbot,ou=services,$suffix
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: hubbot
userPassword: $hubbot_hash
LDIF
  fi
  cat > "$dir/env" <<ENV
HUBBOT_LDAP_URL=$(url)
HUBBOT_LDAP_BIND_DN=cn=hubbot,ou=services,$suffix
HUBBOT_LDAP_PASSWORD_FILE=$dir/hubbot-password
ENV
  say "running on $(url) (pid $(pid), log $dir/slapd.log)"
  url
}

case "$command" in
  start) start ;;
  stop) stop ;;
  wipe) stop; rm -rf "$dir" ;;
  modify) alive || die "not running in $dir"; ldapmodify $(admin) > /dev/null ;;
  *) usage >&2; exit 64 ;;
esac
