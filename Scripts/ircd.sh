#!/usr/bin/env bash
# Installs, starts and stops a throwaway ngIRCd (Debian's package) on 127.0.0.1
# for HubBot's IRC tests. Each instance lives in its own DIR: config, MOTD, log,
# PID file and (with --tls) a throwaway CA and server certificate.
#
# Flood control (ngIRCd 26.1, src/ngircd/conn.c): ngIRCd never drops a user's
# lines, it delays them. Per pass of its main loop it handles at most 3
# commands of a user (MAX_COMMANDS); if complete lines are left over, or more
# than 256 bytes (COMMAND_LEN / 2) arrived within the current second, the
# connection gets a 1 s "penalty": ngIRCd stops reading it until the time()
# second has passed (so 1-2 s of wall time). A flood therefore drains at about
# 3 lines a second. Lines wait in the kernel's socket buffer meanwhile; a client
# is only disconnected ("Receive buffer space exhausted") when ngIRCd's own
# 2048-byte read buffer is still full when it next reads. IRC operators can
# set user mode +F (10 commands a pass, no throttling); services are exempt.
# The real [Limits] option MaxPenaltyTime caps each penalty: 0 removes them
# (lines are then handled as fast as they come). `start` keeps ngIRCd's
# default (-1, no cap), so tests meet the throttling a real network has;
# `--no-penalty` writes MaxPenaltyTime = 0.
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: Scripts/ircd.sh install
       Scripts/ircd.sh COMMAND DIR [options]

  install               Install Debian's ngircd and openssl (only what is
                        missing; root or sudo) and keep the system's own ngircd
                        service (port 6667) stopped and disabled.
  start DIR PORT [--tls TLSPORT] [--no-penalty] [--parent PID]
                        Write DIR/ngircd.conf (anew each time; certificates
                        are kept), start ngIRCd on 127.0.0.1:PORT (0: a free
                        port), wait until it accepts connections, write DIR/env
                        (HUBBOT_NGIRCD_HOST, _PORT, _TLS_PORT, _CA_FILE, _DIR) and
                        print "PORT" or "PORT TLSPORT".
                        --tls TLSPORT   also listen with TLS on TLSPORT (0: a
                                        free port); the certificate (localhost,
                                        127.0.0.1) is signed by DIR/ca.pem.
                        --no-penalty    MaxPenaltyTime = 0: no flood throttling.
                        --parent PID    stop ngIRCd when process PID exits (a
                                        test run that crashed leaves nothing).
                        Already running: just print the ports.
  stop DIR              Stop it (SIGTERM, then SIGKILL after 10 s).
  status DIR            Print "running PORT [TLSPORT]" (exit 0) or "stopped" (exit 3).
  certs DIR [--client NAME]
                        Create the throwaway CA (DIR/ca.pem, ca.key) and server
                        certificate (DIR/server.pem, server.key) if missing;
                        with --client, also DIR/client-NAME.pem and .key
                        (CN=NAME, signed by the CA; for SASL EXTERNAL tests).
  wipe DIR              Stop it and delete DIR.

The server: name irc.hubbot.test, nicknames up to 30 characters, anyone may
create channels (#, &, +), no PAM, no ident or DNS lookups, no per-IP
connection limit, ngIRCd's default PING timing (120 s idle, 20 s to answer).
IRC operator: OPER hubbot-oper hubbot-oper-pass (KILL, MODE +F, ...).
USAGE
}

say() { printf 'ircd: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_packages=(ngircd openssl)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

install() {
  local missing=() p log=${TMPDIR:-/tmp}/hubbot-ircd-install.log
  for p in "${apt_packages[@]}"; do installed "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]} (log $log)"
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq > "$log" 2>&1 \
      || { tail -n 20 "$log" >&2; die "apt-get update failed"; }
    # Waits for another apt (a parallel install) instead of failing on its lock.
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 \
      install -y -q --no-install-recommends "${missing[@]}" >> "$log" 2>&1 \
      || { tail -n 20 "$log" >&2; die "apt-get install failed (log $log)"; }
  fi
  # The package's own service listens on 0.0.0.0:6667. Tests never use it:
  # stop it and keep it from starting at boot (each step may not apply here).
  if [ -f /run/ngircd/ngircd.pid ] && kill -0 "$(cat /run/ngircd/ngircd.pid)" 2>/dev/null; then
    say "stopping the system's ngircd service"
    sudo_if_needed service ngircd stop >/dev/null 2>&1 || true
  fi
  if [ -d /run/systemd/system ]; then
    sudo_if_needed systemctl disable --now ngircd.service >/dev/null 2>&1 || true
  else
    sudo_if_needed update-rc.d ngircd disable >/dev/null 2>&1 || true
  fi
  say "ok ($(ngircd --version 2>/dev/null | head -n 1))"
}

[ $# -ge 1 ] || { usage >&2; exit 64; }
case "$1" in -h|--help|help) usage; exit 0 ;; install) install; exit 0 ;; esac
command=$1; shift
[ $# -ge 1 ] || { usage >&2; exit 64; }
mkdir -p "$1"
dir=$(cd "$1" && pwd); shift

# DIR/ngircd.pid is this script's record of the process it started; ngIRCd's
# own PidFile is DIR/run/ngircd.pid (ngIRCd creates it exclusively, as the
# user it runs as).
pid_of() { cat "$dir/ngircd.pid" 2>/dev/null || true; }
# A PID file that outlived its process (a reboot) may name some other process.
alive() {
  local pid; pid=$(pid_of)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF "ngircd -f $dir/ngircd.conf"
}
ports_of() { cat "$dir/ports" 2>/dev/null || true; }
accepts() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# ngIRCd refuses to run as root: started by root it switches to "nobody", which
# must then be able to create its PID file (and re-read the key on REHASH).
runtime_user() {
  if [ "$(id -u)" -eq 0 ]; then printf '%s:%s' "$(id -u nobody)" "$(id -g nobody)"; fi
}

certs() {
  local client=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --client) [ $# -ge 2 ] || die "certs: --client needs a name"; client=$2; shift 2 ;;
      *) die "certs: unknown option $1" ;;
    esac
  done
  local log=$dir/openssl.log
  if [ ! -f "$dir/ca.pem" ] || [ ! -f "$dir/ca.key" ]; then
    openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 90 \
      -keyout "$dir/ca.key" -out "$dir/ca.pem" -subj "/CN=HubBot throwaway IRC test CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      > "$log" 2>&1 || { cat "$log" >&2; die "could not create the test CA"; }
    rm -f "$dir/server.pem"
  fi
  if [ ! -f "$dir/server.pem" ] || [ ! -f "$dir/server.key" ]; then
    sign "$dir/server" "/CN=localhost" \
      "subjectAltName=DNS:localhost,IP:127.0.0.1
extendedKeyUsage=serverAuth"
  fi
  if [ -n "$client" ] && [ ! -f "$dir/client-$client.pem" ]; then
    sign "$dir/client-$client" "/CN=$client" "extendedKeyUsage=clientAuth"
  fi
}

# sign BASE SUBJECT EXTENSIONS: BASE.key and BASE.pem, signed by DIR/ca.pem.
sign() {
  local base=$1 subject=$2 extensions=$3 log=$dir/openssl.log
  openssl req -new -newkey rsa:2048 -nodes -keyout "$base.key" -out "$base.csr" -subj "$subject" \
    > "$log" 2>&1 || { cat "$log" >&2; die "could not create a key for $subject"; }
  openssl x509 -req -sha256 -days 90 -in "$base.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
    -set_serial "0x$(openssl rand -hex 8)" -out "$base.pem" \
    -extfile <(printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n%s\n' "$extensions") \
    >> "$log" 2>&1 || { cat "$log" >&2; die "could not sign the certificate for $subject"; }
  rm -f "$base.csr"
}

write_config() {
  local port=$1 tls_port=$2 penalty=$3 runtime
  runtime=$(runtime_user)
  printf 'Welcome to the HubBot test IRC server (Scripts/ircd.sh).\n' > "$dir/ngircd.motd"
  {
    cat <<CONF
# Generated by Scripts/ircd.sh. Throwaway: local only. See ngircd.conf(5).
[Global]
	Name = irc.hubbot.test
	Info = HubBot test IRC server
	AdminInfo1 = HubBot tests
	AdminInfo2 = Scripts/ircd.sh
	AdminEMail = tests@hubbot.test
	Listen = 127.0.0.1
	Ports = $port
	MotdFile = $dir/ngircd.motd
	PidFile = $dir/run/ngircd.pid
CONF
    if [ -n "$runtime" ]; then
      printf '\tServerUID = %s\n\tServerGID = %s\n' "${runtime%%:*}" "${runtime##*:}"
    fi
    cat <<CONF
[Limits]
	MaxConnections = 0
	MaxConnectionsIP = 0
	MaxJoins = 100
	MaxNickLength = 30
	MaxPenaltyTime = $penalty
	IdleTimeout = 0
	PingTimeout = 120
	PongTimeout = 20
[Options]
	AllowedChannelTypes = #&+
	PAM = no
	Ident = no
	DNS = no
	OperCanUseMode = yes
[Operator]
	Name = hubbot-oper
	Password = hubbot-oper-pass
CONF
    if [ -n "$tls_port" ]; then
      cat <<CONF
[SSL]
	CertFile = $dir/server.pem
	KeyFile = $dir/server.key
	DHFile = $dir/dhparams.pem
	Ports = $tls_port
CONF
    fi
  } > "$dir/ngircd.conf"
  printf '%s\n' "$port${tls_port:+ $tls_port}" > "$dir/ports"
}

# Closes every file descriptor but stdin/stdout/stderr (see launch).
close_inherited_fds() {
  local fd
  for fd in "/proc/$BASHPID/fd"/*; do
    fd=${fd##*/}
    if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
}

# Stops ngIRCd once process $1 is gone; ends by itself when ngIRCd does.
watch_parent() {
  local parent=$1 pid=$2
  close_inherited_fds
  while kill -0 "$parent" 2>/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 1; done
  if ! kill -0 "$parent" 2>/dev/null && alive && [ "$(pid_of)" = "$pid" ]; then stop_server; fi
}

# Runs ngIRCd with no file descriptors but stdin/stdout/stderr: a caller's
# pipes or its "has my child exited?" sockets must not stay open for as long
# as ngIRCd lives (Foundation's Process waits on such a socket).
launch() {
  close_inherited_fds
  exec ngircd -f "$dir/ngircd.conf" -n
}

start() {
  [ $# -ge 1 ] || die "start: give DIR and PORT (0: a free port)"
  local port=$1 tls_port="" penalty=-1 parent=""
  shift
  while [ $# -gt 0 ]; do
    case "$1" in
      --tls) [ $# -ge 2 ] || die "start: --tls needs a port"; tls_port=$2; shift 2 ;;
      --no-penalty) penalty=0; shift ;;
      --parent) [ $# -ge 2 ] || die "start: --parent needs a PID"; parent=$2; shift 2 ;;
      *) die "start: unknown option $1" ;;
    esac
  done
  command -v ngircd >/dev/null || die "ngircd is not installed; run Scripts/ircd.sh install"
  if alive; then ports_of; return 0; fi

  [ "$port" = 0 ] && port=$(free_port)
  [ "$tls_port" = 0 ] && tls_port=$(free_port)
  if [ -n "$tls_port" ]; then
    certs
    [ -f "$dir/dhparams.pem" ] || openssl genpkey -genparam -algorithm DH \
      -pkeyopt group:ffdhe2048 -out "$dir/dhparams.pem" 2>> "$dir/openssl.log"
  fi
  write_config "$port" "$tls_port" "$penalty"
  ngircd -f "$dir/ngircd.conf" -t > "$dir/configtest.log" 2>&1 \
    || { cat "$dir/configtest.log" >&2; die "ngircd rejected $dir/ngircd.conf"; }

  mkdir -p "$dir/run"
  rm -f "$dir/run/ngircd.pid"
  local runtime; runtime=$(runtime_user)
  if [ -n "$runtime" ]; then
    chown "$runtime" "$dir/run"
    [ -z "$tls_port" ] || chown "$runtime" "$dir/server.key"
  fi
  launch > "$dir/ngircd.log" 2>&1 < /dev/null &
  local pid=$!
  echo "$pid" > "$dir/ngircd.pid"
  [ -z "$parent" ] || watch_parent "$parent" "$pid" > /dev/null 2>&1 < /dev/null &
  local waited=0
  until accepts "$port" && { [ -z "$tls_port" ] \
      || grep -qF "Now listening on [127.0.0.1]:$tls_port " "$dir/ngircd.log"; }; do
    if ! kill -0 "$pid" 2>/dev/null || [ $waited -ge 100 ]; then
      say "ngIRCd did not come up on 127.0.0.1:$port${tls_port:+ and :$tls_port}; its log:"
      tail -n 30 "$dir/ngircd.log" >&2 || true
      stop_server
      exit 1
    fi
    sleep 0.1; waited=$((waited + 1))
  done
  cat > "$dir/env" <<ENV
HUBBOT_NGIRCD_HOST=127.0.0.1
HUBBOT_NGIRCD_PORT=$port
HUBBOT_NGIRCD_TLS_PORT=$tls_port
HUBBOT_NGIRCD_CA_FILE=${tls_port:+$dir/ca.pem}
HUBBOT_NGIRCD_DIR=$dir
ENV
  ports_of
}

stop_server() {
  local pid; pid=$(pid_of)
  [ -n "$pid" ] || return 0
  if alive; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      say "ngIRCd ignored SIGTERM for 10 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$dir/ngircd.pid" "$dir/run/ngircd.pid"
}

case "$command" in
  start) start "$@" ;;
  stop) stop_server ;;
  status)
    if alive && accepts "$(ports_of | cut -d' ' -f1)"; then echo "running $(ports_of)"; else echo stopped; exit 3; fi ;;
  certs) certs "$@" ;;
  wipe) stop_server; rm -rf "$dir" ;;
  *) usage >&2; exit 64 ;;
esac
