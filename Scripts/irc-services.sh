#!/usr/bin/env bash
# Installs, starts and stops a throwaway IRC network on 127.0.0.1 for HubBot's
# tests: Debian's InspIRCd 3 with Atheme 7.2 services linked to it, so that
# clients can log in with SASL PLAIN and get IRCv3 account-tags. Each network
# lives in its own DIR (configs, logs, PID files, the services database); the
# packages' own system services are not used.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

usage() {
  cat <<'USAGE'
usage: Scripts/irc-services.sh install
       Scripts/irc-services.sh COMMAND DIR [PORT]

  install          Install Debian's inspircd and atheme-services (only what is
                   missing; root or sudo) and stop and disable the system
                   services the packages set up.
  start DIR [PORT] Write the configs into DIR, start InspIRCd on 127.0.0.1:PORT
                   (default: the port of the last start in DIR, else a free
                   one) and Atheme, wait until services are linked, make sure
                   the accounts below exist, write DIR/env (HUBBOT_IRC_HOST,
                   HUBBOT_IRC_PORT, HUBBOT_IRC_DIR) and print "127.0.0.1:PORT".
                   Already running: just print the address.
  stop DIR         Stop both (SIGTERM, then SIGKILL after 15 s).
  status DIR       Print "running 127.0.0.1:PORT" (exit 0) or "stopped" (exit 3).
  wipe DIR         Stop and delete DIR.

Accounts (SASL PLAIN; registered with NickServ, no e-mail verification):
  hubbot / hubbot-secret, alice / alice-secret
The server is irc.hubbot.test; services are services.hubbot.test (NickServ,
SaslServ, ChanServ). The server link listens on a second port of 127.0.0.1,
in DIR/link-port. Logs: DIR/inspircd.log, DIR/atheme.log.
End-to-end check: python3 Scripts/irc-services-check.py PORT
USAGE
}

say() { printf 'irc-services: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_packages=(inspircd atheme-services)
accounts=(hubbot:hubbot-secret alice:alice-secret)
server_name=irc.hubbot.test
services_name=services.hubbot.test
inspircd=/usr/sbin/inspircd
atheme=/usr/bin/atheme-services

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# The packages start (or would start at boot) a system-wide ircd and services
# with /etc's configs; ours use their own configs and ports, so switch those off.
# Only what is on or enabled is touched, so a second install needs no sudo.
stop_system_services() {
  local unit pidfile
  for unit in inspircd atheme-services; do
    if [ -d /run/systemd/system ]; then
      if systemctl is-enabled --quiet "$unit" 2>/dev/null \
          || systemctl is-active --quiet "$unit" 2>/dev/null; then
        say "stopping and disabling the system's $unit service"
        sudo_if_needed systemctl disable --now "$unit" >/dev/null 2>&1 || true
      fi
    else
      # (By its PID file: their "status" also counts our own servers.)
      pidfile=/run/inspircd/inspircd.pid
      [ "$unit" = inspircd ] || pidfile=/run/atheme/atheme.pid
      if [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        say "stopping the system's $unit service"
        sudo_if_needed "/etc/init.d/$unit" stop >/dev/null 2>&1 || true
      fi
      if compgen -G "/etc/rc[2-5].d/S*$unit" >/dev/null; then
        say "disabling the system's $unit service at boot"
        sudo_if_needed update-rc.d "$unit" disable >/dev/null 2>&1 || true
      fi
    fi
  done
}

install() {
  local missing=() p log=${TMPDIR:-/tmp}/hubbot-irc-install.log
  for p in "${apt_packages[@]}"; do installed "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]} (log $log)"
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq > "$log" 2>&1 \
      || { tail -n 20 "$log" >&2; die "apt-get update failed"; }
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
      "${apt_packages[@]}" >> "$log" 2>&1 \
      || { tail -n 20 "$log" >&2; die "apt-get install ${apt_packages[*]} failed (log $log)"; }
  fi
  stop_system_services
  say "ok"
}

[ $# -ge 1 ] || { usage >&2; exit 64; }
case "$1" in -h|--help|help) usage; exit 0 ;; install) install; exit 0 ;; esac
command=$1; shift
[ $# -ge 1 ] || { usage >&2; exit 64; }
mkdir -p "$1"
dir=$(cd "$1" && pwd); shift

pid_of() { [ -f "$dir/$1.pid" ] && cat "$dir/$1.pid" || true; }
# A PID file that outlived its process (a reboot) may name some other process.
alive() {
  local pid; pid=$(pid_of "$1")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$dir/"
}
port_of() { cat "$dir/port" 2>/dev/null || true; }
answers() {  # the client port takes connections
  python3 - "$1" <<'PY' 2>/dev/null
import socket, sys
socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1).close()
PY
}

port_free() {  # nothing listens on (or holds) 127.0.0.1:$1
  python3 - "$1" <<'PY' 2>/dev/null
import socket, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1])))
s.close()
PY
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

secret_of() {  # a random secret kept in DIR, made the first time
  [ -s "$dir/$1" ] || python3 -c 'import secrets; print(secrets.token_hex(16))' > "$dir/$1"
  cat "$dir/$1"
}

write_inspircd_conf() {
  local port=$1 link_port=$2 password=$3
  : > "$dir/motd.txt"
  cat > "$dir/inspircd.conf" <<CONF
# Generated by Scripts/irc-services.sh. Throwaway: local only.
<server name="$server_name" description="HubBot test IRC server" network="HubBotTest" id="001">
<admin name="HubBot tests" nick="hubbot" email="hubbot@hubbot.test">
<path configdir="$dir" datadir="$dir/data" logdir="$dir" runtimedir="$dir">
<pid file="$dir/inspircd.pid">
<log method="file" type="* -USERINPUT -USEROUTPUT" level="default" target="$dir/inspircd.log">
<files motd="$dir/motd.txt">
<dns server="127.0.0.1" timeout="1">

<bind address="127.0.0.1" port="$port" type="clients">
<bind address="127.0.0.1" port="$link_port" type="servers">

# Many test clients from one address, bursts of test traffic: no clone
# limits, no hostname or ident lookups, no flood kills (fakelag off and a
# command rate no test reaches), big queues.
<connect name="local" allow="127.0.0.1" maxchans="200" timeout="60"
         pingfreq="5m" hardsendq="16M" softsendq="16M" recvq="1M"
         threshold="1000000" commandrate="100000000" fakelag="no"
         localmax="100000" globalmax="100000" maxconnwarn="no"
         resolvehostnames="no" useident="no" limit="100000">
<cidr ipv4clone="32" ipv6clone="128">
<performance softlimit="10000" somaxconn="128" quietbursts="yes" netbuffersize="65534">
<security hideserver="" userstats="Pu" flatlinks="no" hidesplits="no"
          hideulines="no" hidebans="no" maxtargets="100" announceinvites="dynamic">
<options prefixquit="Quit: " syntaxhints="no" announcets="yes" hostintopic="yes"
         pingwarning="15" splitwhois="no" exemptchanops="">
<limits maxnick="30" maxchan="64" maxmodes="20" maxident="10" maxhost="64"
        maxquit="255" maxtopic="307" maxkick="255" maxreal="128" maxaway="200">
<channels users="200" opers="200">
<whowas groupsize="10" maxgroups="10000" maxkeep="1h">

# IRCv3 and services.
<module name="cap">
<module name="ircv3">
<module name="ircv3_accounttag">
<module name="ircv3_batch">
<module name="ircv3_capnotify">
<module name="ircv3_ctctags">
<module name="ircv3_echomessage">
<module name="ircv3_msgid">
<module name="ircv3_servertime">
<module name="monitor">
<module name="sasl">
<module name="services_account">
<module name="spanningtree">
# Atheme's inspircd protocol module wants these as well: user mode +d for
# ChanServ (deaf; without it the link fails with "Unrecognised mode 'd'"),
# +k for services (servprotect), vhosts, channel SQLINEs, nick enforcers,
# TOPICLOCK, GLOBOPS.
<module name="deaf">
<module name="servprotect">
<module name="chghost">
<module name="cban">
<module name="svshold">
<module name="topiclock">
<module name="globops">

<sasl target="$services_name">
<link name="$services_name" ipaddr="127.0.0.1" port="$link_port"
      allowmask="127.0.0.0/8" timeout="30s" hidden="no"
      sendpass="$password" recvpass="$password">
<uline server="$services_name" silent="yes">
<badnick nick="NickServ" reason="Reserved for a network service">
<badnick nick="ChanServ" reason="Reserved for a network service">
<badnick nick="SaslServ" reason="Reserved for a network service">
CONF
}

write_atheme_conf() {
  local link_port=$1 password=$2 module
  {
    echo "/* Generated by Scripts/irc-services.sh. Throwaway: local only. */"
    for module in protocol/inspircd backend/opensex crypto/pbkdf2v2 \
        nickserv/main nickserv/help nickserv/register nickserv/identify \
        nickserv/info nickserv/logout nickserv/ghost nickserv/drop nickserv/status \
        nickserv/set_core nickserv/set_password nickserv/set_email \
        saslserv/main saslserv/plain \
        chanserv/main chanserv/help chanserv/register chanserv/info chanserv/flags \
        chanserv/op chanserv/voice chanserv/drop chanserv/set_core; do
      printf 'loadmodule "modules/%s";\n' "$module"
    done
    cat <<CONF
pbkdf2v2 { rounds = 10000; };

serverinfo {
	name = "$services_name";
	desc = "HubBot test services";
	numeric = "00A";
	recontime = 2;
	netname = "HubBotTest";
	hidehostsuffix = "users.hubbot.test";
	adminname = "HubBot tests";
	adminemail = "hubbot@hubbot.test";
	registeremail = "noreply@hubbot.test";
	loglevel = { error; info; admin; network; register; };
	maxlogins = 1000;
	maxusers = 1000;
	mdlimit = 30;
	emaillimit = 10;
	emailtime = 300;
	auth = none;
	casemapping = rfc1459;
};

uplink "$server_name" {
	host = "127.0.0.1";
	password = "$password";
	port = $link_port;
};

nickserv {
	nick = "NickServ";
	user = "NickServ";
	host = "$services_name";
	real = "Nickname Services";
	maxnicks = 5;
	expire = 0;
};

saslserv {
	nick = "SaslServ";
	user = "SaslServ";
	host = "$services_name";
	real = "SASL Authentication Agent";
};

chanserv {
	nick = "ChanServ";
	user = "ChanServ";
	host = "$services_name";
	real = "Channel Services";
	maxchans = 100;
	templates {
		vop = "+AV";
		hop = "+AHehitrv";
		aop = "+AOehiortv";
		sop = "+AOaefhiorstv";
		founder = "+AFORaefhiorstv";
	};
	expire = 0;
};

general {
	flood_msgs = 1000;
	flood_time = 10;
	ratelimit_uses = 1000;
	ratelimit_period = 60;
	kline_time = 7;
	commit_interval = 1;
	uplink_sendq_limit = 16777216;
	language = "en";
};
CONF
  } > "$dir/atheme.conf"
}

# Runs a daemon with no file descriptors but stdin/stdout/stderr: a caller's
# pipes or its "has my child exited?" sockets must not stay open for as long
# as the daemon lives (Foundation's Process waits on such a socket).
launch() {
  local fd
  for fd in /proc/$BASHPID/fd/*; do
    fd=${fd##*/}
    if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
  exec "$@"
}

stop_one() {  # $1 = inspircd or atheme
  local pid; pid=$(pid_of "$1")
  [ -n "$pid" ] || return 0
  if alive "$1"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      say "$1 ignored SIGTERM for 15 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$dir/$1.pid"
}

stop_all() { stop_one atheme; stop_one inspircd; }

fail() {  # $1 = message; shows the logs' ends, stops what was started
  say "$1; the end of the logs:"
  tail -n 25 "$dir/inspircd.stdout.log" "$dir/inspircd.log" \
    "$dir/atheme.stdout.log" "$dir/atheme.log" >&2 2>/dev/null || true
  stop_all
  exit 1
}

start() {
  local port=${1:-} p
  for p in "${apt_packages[@]}"; do
    installed "$p" || die "$p is not installed; run Scripts/irc-services.sh install"
  done
  if alive inspircd && alive atheme && [ -n "$(port_of)" ] \
      && { [ -z "$port" ] || [ "$port" = "$(port_of)" ]; } && answers "$(port_of)"; then
    echo "127.0.0.1:$(port_of)"; return 0
  fi
  stop_all
  port=${port:-$(port_of)}
  port=${port:-$(free_port)}
  case "$port" in ''|*[!0-9]*) die "start: PORT must be a number, not '$port'" ;; esac
  local link_port password started=$SECONDS
  link_port=$(cat "$dir/link-port" 2>/dev/null || true)
  port_free "$port" || die "127.0.0.1:$port is in use (by another server?); give another PORT"
  if [ -z "$link_port" ] || [ "$link_port" = "$port" ] || ! port_free "$link_port"; then
    link_port=$(free_port)
  fi
  password=$(secret_of link-password)
  mkdir -p "$dir/data" "$dir/atheme-data"
  write_inspircd_conf "$port" "$link_port" "$password"
  write_atheme_conf "$link_port" "$password"
  printf '%s\n' "$port" > "$dir/port"
  printf '%s\n' "$link_port" > "$dir/link-port"
  rm -f "$dir/env"

  local as_root=()
  [ "$(id -u)" -ne 0 ] || as_root=(--runasroot)
  launch "$inspircd" --config "$dir/inspircd.conf" --nofork --nopid "${as_root[@]}" \
    > "$dir/inspircd.stdout.log" 2>&1 < /dev/null &
  echo $! > "$dir/inspircd.pid"
  local waited=0
  until answers "$port"; do
    alive inspircd || fail "InspIRCd exited at start"
    [ $waited -lt 300 ] || fail "InspIRCd does not answer on 127.0.0.1:$port after 30 s"
    sleep 0.1; waited=$((waited + 1))
  done

  # Atheme refuses to start ("daemon is already running") while its own PID
  # file is there, as it is after a SIGKILL; ours is stopped by now.
  rm -f "$dir/atheme-data/atheme.pid"
  local log_start
  log_start=$(stat -c %s "$dir/atheme.log" 2>/dev/null || echo 0)
  launch "$atheme" -n -c "$dir/atheme.conf" -D "$dir/atheme-data" \
    -l "$dir/atheme.log" -p "$dir/atheme-data/atheme.pid" \
    > "$dir/atheme.stdout.log" 2>&1 < /dev/null &
  echo $! > "$dir/atheme.pid"

  waited=0
  until tail -c +$((log_start + 1)) "$dir/atheme.log" 2>/dev/null \
      | grep -q 'finished synching with uplink'; do
    alive atheme || fail "Atheme exited at start"
    alive inspircd || fail "InspIRCd exited while Atheme was linking"
    [ $waited -lt 600 ] || fail "Atheme did not link to InspIRCd within 60 s"
    sleep 0.1; waited=$((waited + 1))
  done

  local out
  if ! out=$(python3 "$root/Scripts/irc-services-check.py" "$port" --wait 30 \
      --register "${accounts[@]}" 2>&1); then
    alive atheme || fail "Atheme exited at start: $out"
    fail "services did not come up: $out"
  fi
  cat > "$dir/env" <<ENV
HUBBOT_IRC_HOST=127.0.0.1
HUBBOT_IRC_PORT=$port
HUBBOT_IRC_DIR=$dir
ENV
  say "running on 127.0.0.1:$port with services (pids $(pid_of inspircd), $(pid_of atheme); $((SECONDS - started)) s)"
  echo "127.0.0.1:$port"
}

status() {
  if alive inspircd && alive atheme && answers "$(port_of)"; then
    echo "running 127.0.0.1:$(port_of)"
  else
    echo stopped; exit 3
  fi
}

case "$command" in
  start) start "$@" ;;
  stop) stop_all ;;
  status) status ;;
  wipe) stop_all; rm -rf "$dir" ;;
  *) usage >&2; exit 64 ;;
esac
