#!/usr/bin/env bash
# Follows README.md's "Install on a server" word for word on a fresh Debian 12 server without
# Swift: a debootstrapped root booted with systemd (systemd-nspawn), the .deb from
# Scripts/package.sh, the README's shell block as root in /root, then checks that the service
# runs sandboxed, the backup exists, and HubBot answers a colleague in a direct chat.
#
#   Scripts/install-test.sh [PATH/TO/hubbot_VERSION_ARCH.deb]
#
# Needs root (debootstrap, nspawn). Uses the Synapse in $HUBBOT_SYNAPSE_URL (Scripts/test.sh
# exports it); without it, starts a throwaway one in .scratch/install-synapse and stops it at
# the end. The debootstrapped root is cached in .scratch/install-root-bookworm.tar (delete it to
# start over); each run unpacks a fresh copy. The container shares the host's network, so the
# test Synapse on 127.0.0.1 is reachable, and HubBot's listener (127.0.0.1:8090) is the host's.
# See .scratch/systemd/howto.md for why nspawn is run the way it is here.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
say() { printf 'install-test: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

[ "$(id -u)" = 0 ] || fail "run me as root (debootstrap and systemd-nspawn need it)"

suite=bookworm
mirror=http://deb.debian.org/debian
cache=.scratch/install-root-$suite.tar
root=$PWD/.scratch/install-root          # the unpacked root, fresh each run
synapse_dir=.scratch/install-synapse
inside_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

nspawn_pid=""        # the systemd-nspawn process
init_pid=""          # the container's PID 1 (systemd), as the host sees it
pidns=""             # the container's PID namespace, to find every process of it
own_synapse=no

# --- helpers -------------------------------------------------------------------------------

# Runs a command inside the booted container as root, with a clean environment as on a server
# (the host's HUBBOT_* and proxy variables must not leak in). Debconf has no terminal to ask on.
inside() {
  nsenter -t "$init_pid" -a -- env -i PATH="$inside_path" HOME=/root LANG=C.UTF-8 TERM=dumb \
    DEBIAN_FRONTEND=noninteractive SYSTEMD_PAGER= "$@"
}

# Every process in the container's PID namespace (empty once it is gone).
container_pids() {
  [ -n "$pidns" ] || return 0
  local p
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/ns/pid" 2>/dev/null)" = "$pidns" ] && echo "${p#/proc/}"
  done
  return 0
}

# The container's systemd: a process named systemd that is PID 1 in its own PID namespace and
# a child of our nspawn (pgrep alone would also find another person's container).
find_init() {
  local p
  for p in $(pgrep -x systemd || true); do
    [ "$(awk '/^PPid:/ {print $2}' "/proc/$p/status" 2>/dev/null)" = "$nspawn_pid" ] || continue
    awk '/^NSpid:/ {exit !($NF == 1 && NF > 2)}' "/proc/$p/status" 2>/dev/null || continue
    echo "$p"; return 0
  done
  return 1
}

stop_container() {
  [ -n "$nspawn_pid" ] || return 0
  # Stopped before its systemd was seen (e.g. interrupted while booting): look once more, so
  # that the check below knows the container's processes.
  if [ -z "$init_pid" ] && init_pid=$(find_init); then pidns=$(readlink "/proc/$init_pid/ns/pid"); fi
  if kill -0 "$nspawn_pid" 2>/dev/null; then
    say "stopping the container"
    # SIGTERM makes nspawn ask the container's systemd to power off cleanly.
    kill -TERM "$nspawn_pid" 2>/dev/null || true
    local waited=0
    while kill -0 "$nspawn_pid" 2>/dev/null && [ $waited -lt 300 ]; do sleep 0.1; waited=$((waited + 1)); done
    if kill -0 "$nspawn_pid" 2>/dev/null; then
      say "the container did not halt within 30 s; killing it"
      kill -KILL "$nspawn_pid" 2>/dev/null || true
    fi
  fi
  wait "$nspawn_pid" 2>/dev/null || true
  # Killing nspawn does not kill its PID namespace; killing that namespace's PID 1 does.
  if [ -n "$init_pid" ] && pgrep -x systemd | grep -qx "$init_pid"; then
    say "the container's systemd ($init_pid) outlived nspawn; killing it"
    kill -KILL "$init_pid" 2>/dev/null || true
    sleep 1
  fi
  local left
  left=$(container_pids | tr '\n' ' ')
  if [ -n "$left" ]; then
    say "container processes still running: $left; killing them"
    kill -KILL $left 2>/dev/null || true
    sleep 1
    left=$(container_pids | tr '\n' ' ')
    [ -z "$left" ] || say "WARNING: could not end container processes $left"
  fi
  nspawn_pid=""
}

# Stops the container, removes its root and stops the Synapse this script started. Safe to
# run twice (the success path runs it before its last line, the trap again).
tear_down() {
  stop_container
  if [ -e "$root" ]; then
    if [ -z "$(container_pids)" ]; then rm -rf "$root"; else say "left $root in place (processes remain)"; fi
  fi
  if [ "$own_synapse" = yes ]; then
    bash Scripts/synapse.sh stop "$synapse_dir" >/dev/null 2>&1 || true
    own_synapse=no
  fi
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ $status -ne 0 ] && [ -n "$init_pid" ] && kill -0 "$init_pid" 2>/dev/null; then
    say "the last 60 lines of journalctl -u hubbot in the container:"
    inside journalctl -u hubbot -n 60 --no-pager >&2 || true
  fi
  tear_down
  if [ $status -ne 0 ]; then say "failed (exit $status, $((SECONDS - started)) s)"; fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The Matrix side, from the host: register accounts (dummy auth flow, as open registration
# allows) and talk to the bot as a colleague. Standard library only.
matrix() {
  python3 - "$@" <<'PY'
import json, sys, time, urllib.error, urllib.parse, urllib.request, uuid

base = sys.argv[2].rstrip("/")

def call(method, path, body=None, token=None, ok=(200,)):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        payload = json.load(error)
        if error.code in ok:
            return error.code, payload
        sys.exit(f"{method} {path}: HTTP {error.code} {payload}")

def register(user, password):
    body = {"username": user, "password": password, "inhibit_login": False}
    # First round: the server names the flows and a session; then the dummy stage completes it.
    status, answer = call("POST", "/_matrix/client/v3/register", body, ok=(200, 401))
    if status == 401:
        body["auth"] = {"type": "m.login.dummy", "session": answer.get("session")}
        status, answer = call("POST", "/_matrix/client/v3/register", body)
    return answer

command = sys.argv[1]
if command == "register":                       # register URL USER PASSWORD → prints the user id
    print(register(sys.argv[3], sys.argv[4])["user_id"])
elif command == "converse":                     # converse URL BOT_ID USER PASSWORD
    bot, user, password = sys.argv[3:6]
    me = register(user, password)
    token = me["access_token"]
    q = urllib.parse.quote
    _, room = call("POST", "/_matrix/client/v3/createRoom",
                   {"is_direct": True, "invite": [bot], "preset": "trusted_private_chat"}, token)
    room_id = room["room_id"]
    print(f"install-test: {me['user_id']} opened a direct chat {room_id} with {bot}", file=sys.stderr)
    deadline = time.monotonic() + 90
    while True:
        _, members = call("GET", f"/_matrix/client/v3/rooms/{q(room_id)}/joined_members", token=token)
        if bot in members.get("joined", {}):
            break
        if time.monotonic() > deadline:
            sys.exit(f"{bot} did not join {room_id} within 90 s")
        time.sleep(0.5)
    print(f"install-test: {bot} joined", file=sys.stderr)
    room_filter = json.dumps({"room": {"rooms": [room_id], "timeline": {"limit": 50}}})
    _, sync = call("GET", "/_matrix/client/v3/sync?timeout=0&filter=" + q(room_filter), token=token)
    since = sync["next_batch"]
    _, sent = call("PUT", f"/_matrix/client/v3/rooms/{q(room_id)}/send/m.room.message/{uuid.uuid4().hex}",
                   {"msgtype": "m.text", "body": "!help"}, token)
    print(f"install-test: sent !help ({sent['event_id']}); waiting for the answer (up to 90 s)", file=sys.stderr)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        _, sync = call("GET", f"/_matrix/client/v3/sync?timeout=5000&since={q(since)}&filter=" + q(room_filter),
                       token=token)
        since = sync["next_batch"]
        events = sync.get("rooms", {}).get("join", {}).get(room_id, {}).get("timeline", {}).get("events", [])
        for event in events:
            if event.get("sender") == bot and event.get("type") == "m.room.message":
                body = event.get("content", {}).get("body", "")
                print(body.splitlines()[0] if body else "(empty body)")
                sys.exit(0)
    sys.exit(f"no answer from {bot} in {room_id} within 90 s")
else:
    sys.exit(f"unknown command {command}")
PY
}

# --- 1. the package ------------------------------------------------------------------------

if [ $# -ge 1 ]; then
  deb=$1
  [ -f "$deb" ] || fail "no such package: $deb"
  say "using the prebuilt package $deb"
else
  say "building the package (Scripts/package.sh)"
  lines=$(bash Scripts/package.sh) || fail "Scripts/package.sh failed"
  deb=$(printf '%s\n' "$lines" | tail -n 2 | head -n 1)
  [ -f "$deb" ] || fail "Scripts/package.sh did not print a .deb path (got '$deb')"
fi
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
debname=$(basename "$deb")
say "package: $debname ($(dpkg-deb -f "$deb" Depends))"

# --- 2. a clean Debian root ----------------------------------------------------------------

need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v systemd-nspawn >/dev/null || need+=(systemd-container)
command -v nsenter >/dev/null || need+=(util-linux)
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; }
fi

mkdir -p .scratch
if [ ! -f "$cache" ]; then
  # Only what a minimal server with systemd has: HubBot's libraries must come from the
  # package's Depends, through apt.
  say "debootstrapping Debian $suite (minbase + systemd; a few minutes, cached in $cache)"
  build=.scratch/install-root-build
  rm -rf "$build"
  debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus,ca-certificates \
    "$suite" "$build" "$mirror" > .scratch/install-debootstrap.log 2>&1 \
    || { tail -n 30 .scratch/install-debootstrap.log >&2; fail "debootstrap failed (log: .scratch/install-debootstrap.log)"; }
  # What an installed server has and minbase lacks: a host name and /etc/hosts.
  echo hubbot-server > "$build/etc/hostname"
  printf '127.0.0.1\tlocalhost\n127.0.1.1\thubbot-server\n::1\tlocalhost ip6-localhost ip6-loopback\n' > "$build/etc/hosts"
  tar -C "$build" --numeric-owner --xattrs --xattrs-include='*' -cf "$cache.tmp" .
  mv "$cache.tmp" "$cache"
  rm -rf "$build"
fi

if [ -e "$root" ]; then
  # A run that was killed outright leaves its root; it is safe to remove once nothing runs in it.
  say "removing a leftover $root"
  rm -rf "$root"
fi
say "unpacking a fresh root from $cache"
mkdir -p "$root"
tar -C "$root" --numeric-owner --xattrs --xattrs-include='*' -xpf "$cache"

[ ! -e "$root/opt/swift" ] || fail "the root has /opt/swift: it must be a server without Swift"
# This sandbox's HTTPS egress proxy re-signs certificates; trust its CA in the root as on the
# host (test only; apt uses the http mirror, but anything HTTPS inside would need it).
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  chroot "$root" update-ca-certificates >/dev/null 2>&1 || fail "update-ca-certificates failed in the root"
fi

# --- 3. boot it ----------------------------------------------------------------------------

say "booting the root with systemd (systemd-nspawn, host network)"
# No systemd or D-Bus on this host: nspawn must neither register with machined nor ask for a
# scope unit (--register=no --keep-unit). Without --private-network it shares the host's
# network, so 127.0.0.1 inside is the host's.
systemd-nspawn -D "$root" --boot --console=pipe --register=no --keep-unit --machine=hubbot-install-test \
  < /dev/null > .scratch/install-nspawn.log 2>&1 &
nspawn_pid=$!

waited=0
until init_pid=$(find_init); do
  kill -0 "$nspawn_pid" 2>/dev/null || { tail -n 30 .scratch/install-nspawn.log >&2; fail "systemd-nspawn exited"; }
  [ $waited -lt 300 ] || fail "no systemd in the container after 30 s"
  sleep 0.1; waited=$((waited + 1))
done
pidns=$(readlink "/proc/$init_pid/ns/pid")
waited=0
state=""
while :; do
  state=$(inside systemctl is-system-running 2>/dev/null || true)
  case "$state" in running|degraded) break ;; esac
  kill -0 "$nspawn_pid" 2>/dev/null || { tail -n 30 .scratch/install-nspawn.log >&2; fail "the container stopped while booting"; }
  [ $waited -lt 120 ] || fail "the container did not finish booting within 120 s (state: ${state:-none})"
  sleep 1; waited=$((waited + 1))
done
say "booted: $state (systemd PID $init_pid on the host)"
if [ "$state" = degraded ]; then
  inside systemctl --failed --no-legend --plain >&2 || true
fi
if inside sh -c 'command -v swift' >/dev/null 2>&1; then fail "swift is on the container's PATH"; fi
[ ! -e "$root/opt/swift" ] || fail "/opt/swift exists in the container"

# --- 4. the bot's account and the files the admin brings ------------------------------------

if [ -z "${HUBBOT_SYNAPSE_URL:-}" ]; then
  say "starting a throwaway Synapse in $synapse_dir"
  own_synapse=yes
  bash Scripts/synapse.sh start "$synapse_dir" --profile test >/dev/null
  set -a
  # shellcheck disable=SC1091
  . "$synapse_dir/env"
  set +a
fi
url=$HUBBOT_SYNAPSE_URL
suffix=$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')
bot=hubbot-install-$suffix
bot_password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
bot_id=$(matrix register "$url" "$bot" "$bot_password") || fail "could not register $bot on $url"
say "registered the bot's account $bot_id on $url"

install -m 0644 "$deb" "$root/root/$debname"
install -m 0600 /dev/null "$root/root/bot-password.txt"
printf '%s\n' "$bot_password" > "$root/root/bot-password.txt"

# --- 5. the README's block -----------------------------------------------------------------

block=$(awk '/<!-- install-test: begin/ {on = 1; next} /<!-- install-test: end -->/ {on = 0}
             on && /^```sh$/ {fence = 1; next} on && fence && /^```$/ {fence = 0; next} on && fence' README.md)
[ -n "$block" ] || fail "README.md has no \`\`\`sh block between the install-test markers"
# Only the placeholders change: the homeserver, the bot's user and the package's file name.
for placeholder in 'https://matrix.example.org' '--user hubbot ' './hubbot_'; do
  case "$block" in *"$placeholder"*) ;; *) fail "README's block no longer has '$placeholder'" ;; esac
done
block=${block//https:\/\/matrix.example.org/$url}
block=${block//--user hubbot /--user $bot }
block=$(printf '%s\n' "$block" | sed -E "s#\./hubbot_[^ ]*\.deb#./$debname#")
printf '%s\n' "$block" > "$root/root/install-steps.sh"

# Preparation a real server has already done, outside the README's lines: apt's package lists.
# And apt asks "Do you want to continue? [Y/n]" before pulling the dependencies; the admin at a
# terminal answers yes, here apt is told so in its config.
say "preparing: apt-get update in the container"
inside timeout 300 apt-get update -qq >&2 || fail "apt-get update failed in the container"
printf 'APT::Get::Assume-Yes "true";\n' > "$root/etc/apt/apt.conf.d/90install-test-yes"

say "running README.md's block as root in /root (bash -e; each line is shown before it runs):"
if ! inside timeout 900 sh -c 'cd /root && exec bash -e -v install-steps.sh < /dev/null' >&2; then
  fail "a line of README.md's block failed (the last line shown above)"
fi
say "README.md's block completed"

# --- 6. checks -----------------------------------------------------------------------------

active=$(inside systemctl is-active hubbot || true)
[ "$active" = active ] || fail "systemctl is-active hubbot: $active"
say "systemctl is-active hubbot: $active"
version=$(inside hubbot --version) || fail "hubbot --version failed in the container"
say "hubbot --version: $version"
inside hubbot check-config /etc/hubbot/hubbot.yaml >&2 || fail "hubbot check-config /etc/hubbot/hubbot.yaml failed"
say "hubbot check-config /etc/hubbot/hubbot.yaml: passed"

security=$(inside systemd-analyze security hubbot.service 2>&1) || true
exposure_line=$(printf '%s\n' "$security" | grep 'Overall exposure level' || true)
[ -n "$exposure_line" ] || { printf '%s\n' "$security" | tail -n 20 >&2; fail "systemd-analyze security printed no overall exposure"; }
say "systemd-analyze security: ${exposure_line#→ }"
exposure=$(printf '%s\n' "$exposure_line" | sed -E 's/.*: *([0-9]+(\.[0-9]+)?).*/\1/')
awk -v e="$exposure" 'BEGIN {exit !(e <= 2.0)}' || fail "the unit's exposure $exposure is above 2.0"

# The README's last line names the backup by the day it ran; the root is fresh, so one exists.
backups=$(inside sh -c 'ls /var/lib/hubbot/backups/hubbot-*.sqlite 2>/dev/null' || true)
[ "$(printf '%s\n' "$backups" | grep -c .)" = 1 ] || fail "expected one backup in /var/lib/hubbot/backups, found: ${backups:-none}"
owner_mode=$(inside stat -c '%U %a' "$backups")
[ "$owner_mode" = "hubbot 600" ] || fail "$backups is '$owner_mode', not 'hubbot 600'"
say "backup: $backups (owner hubbot, mode 0600)"

say "a colleague writes to HubBot"
answer=$(matrix converse "$url" "$bot_id" "colleague-$suffix" "$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')") \
  || fail "HubBot did not answer the colleague"
say "HubBot answered: $answer"

tear_down
say "passed ($((SECONDS - started)) s)"
