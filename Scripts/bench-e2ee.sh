#!/usr/bin/env bash
# HubBot's reply latency and CPU in encrypted direct chats against plain ones, on a local
# Synapse (.scratch/bench-e2ee) that this script starts and wipes, with colleagues on a
# real encrypting client (matrix-nio + vodozemac, as in Scripts/e2ee-client.py). Phases
# are interleaved (plain, encrypted, plain, encrypted), with fresh colleagues each; see
# Benchmarks/matrix-e2ee-latency.py for what is measured. Prints the driver's JSON line
# on stdout and a summary on stderr.
#
# usage: Scripts/bench-e2ee.sh [driver options: --colleagues 5 --messages 20 --warmup 3
#                               --rounds 2 --only plain|encrypted --order p,e,e,p
#                               --text !status]
#   HUBBOT_BIN=PATH  the HubBot binary (default: .build/release/hubbot if it exists and
#                    no source is newer, else .build/debug/hubbot; never built here).
#                    It is copied aside first, so a build meanwhile neither fails on it
#                    nor changes the run.
# HubBot's log, Synapse's log and the result stay in .scratch/bench-e2ee-logs/.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac

say() { printf 'bench-e2ee: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

newer_sources() {  # sources newer than $1 (first few)
  find Sources Package.swift Package.resolved -newer "$1" -type f 2>/dev/null | head -n 3
}
if [ -n "${HUBBOT_BIN:-}" ]; then
  hubbot=$HUBBOT_BIN; label="$hubbot (HUBBOT_BIN)"
elif [ -x .build/release/hubbot ] && [ -z "$(newer_sources .build/release/hubbot)" ]; then
  hubbot=.build/release/hubbot; label="release (.build/release/hubbot)"
else
  hubbot=.build/debug/hubbot; label="debug (.build/debug/hubbot)"
  if [ -x .build/release/hubbot ]; then
    say "not using .build/release/hubbot: sources are newer ($(newer_sources .build/release/hubbot | tr '\n' ' '))"
  fi
fi
[ -x "$hubbot" ] || die "$hubbot is missing; build HubBot first (this script does not build it)"
stale=$(newer_sources "$hubbot")
[ -z "$stale" ] || { say "warning: $hubbot is older than some sources ($(echo $stale)): it may not be what the tree says"; label="$label, older than sources"; }
label="$label, built $(date -u -r "$hubbot" +%Y-%m-%dT%H:%MZ)"
say "HubBot: $label"

HUBBOT_SKIP_REDMINE=1 HUBBOT_SKIP_IRC=1 bash Scripts/install-deps.sh
python=.venv/bin/python
"$python" -c 'import aiohttp, nio.crypto, vodozemac' || die "matrix-nio with E2EE is missing from .venv"
driver=Benchmarks/matrix-e2ee-latency.py

dir=.scratch/bench-e2ee
logs=.scratch/bench-e2ee-logs
work=""
bot_pid=""
stop_bot() {  # SIGTERM, then SIGKILL after 15 s
  [ -n "$bot_pid" ] || return 0
  kill -TERM "$bot_pid" 2>/dev/null || true
  for _ in $(seq 150); do kill -0 "$bot_pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$bot_pid" 2>/dev/null; then say "HubBot $bot_pid ignored SIGTERM; killing it"; kill -KILL "$bot_pid" 2>/dev/null || true; fi
  wait "$bot_pid" 2>/dev/null || true
  bot_pid=""
}
cleanup() {
  stop_bot
  if [ -f "$dir/homeserver.log" ]; then
    say "Synapse answered 429 $(grep -cE 'Processed request: .* 429 "' "$dir/homeserver.log" || true) times"
    cp "$dir/homeserver.log" "$logs/homeserver.log" 2>/dev/null || true
  fi
  bash Scripts/synapse.sh wipe "$dir" >/dev/null 2>&1 || true
  [ -z "$work" ] || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bash Scripts/synapse.sh wipe "$dir" >/dev/null 2>&1 || true
rm -rf "$logs"; mkdir -p "$logs"
url=$(bash Scripts/synapse.sh start "$dir" --profile test)
synapse_pid=$(cat "$dir/synapse.pid")

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-e2ee.XXXXXX")
cp "$hubbot" "$work/hubbot"
read -r user token < <("$python" "$driver" register --homeserver "$url" --name "hubbot-bench-$RANDOM$RANDOM")
cat > "$work/hubbot.yaml" <<YAML
matrix:
  homeserver: "$url"
  access_token: "env:HUBBOT_TEST_TOKEN"
storage:
  path: "$work/hubbot.sqlite"
log:
  level: info
listen:
  port: 0
hub:
  tags: "$PWD/Config/tags.yaml"
YAML
HUBBOT_TEST_TOKEN=$token "$work/hubbot" run --config "$work/hubbot.yaml" > "$logs/hubbot.log" 2>&1 &
bot_pid=$!
for _ in $(seq 1200); do
  grep -q "waiting for messages" "$logs/hubbot.log" && break
  kill -0 "$bot_pid" 2>/dev/null || { tail -n 20 "$logs/hubbot.log" >&2; die "HubBot exited before it was ready"; }
  sleep 0.1
done
grep -q "waiting for messages" "$logs/hubbot.log" || { tail -n 20 "$logs/hubbot.log" >&2; die "HubBot not ready after 120 s"; }
grep -q "end-to-end encryption ready" "$logs/hubbot.log" || say "warning: HubBot did not log 'end-to-end encryption ready'"
say "HubBot $user (pid $bot_pid) ready; Synapse $url (pid $synapse_pid)"

set +e
timeout 7200 "$python" "$driver" drive --homeserver "$url" --bot-user "$user" --hubbot-pid "$bot_pid" \
  --synapse-pid "$synapse_pid" --hubbot-label "$label" "$@" \
  > "$logs/result.json" 2> >(tee "$logs/driver.log" >&2)
status=$?
set -e
kill -0 "$bot_pid" 2>/dev/null || say "HubBot died during the run; see $logs/hubbot.log"
[ "$status" -eq 0 ] || die "the driver failed (exit $status); see $logs/driver.log"
cat "$logs/result.json"

warnings=$(grep -ciE 'warning|error|critical' "$logs/hubbot.log" || true)
if [ "$warnings" -gt 0 ]; then
  say "HubBot's log has $warnings warning/error lines ($logs/hubbot.log); the most frequent:"
  grep -iE 'warning|error|critical' "$logs/hubbot.log" | sed -E 's/^[0-9T:+-]+ //; s/[0-9a-f]{8,}|![A-Za-z0-9]+:localhost|\$[A-Za-z0-9_-]{20,}|@[a-z0-9-]+:localhost/…/g' \
    | sort | uniq -c | sort -rn | head -n 8 >&2
else
  say "HubBot's log has no warning/error lines"
fi
