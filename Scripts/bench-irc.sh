#!/usr/bin/env bash
# End-to-end IRC benchmark: time from a colleague's private message to the bot's
# reply, HubBot against a minimal asyncio reference bot, on a local ngIRCd without
# its own flood penalties (.scratch/bench-irc, started and wiped here). HubBot runs
# with flood control opened up (burst 100, FLOOD_RATE lines/s, default 1000) so the server and the bot,
# not the configured politeness, are measured. Each bot and load gets a fresh
# process; CPU time and peak memory come from /proc before it is stopped.
#
# usage: Scripts/bench-irc.sh [--hubbot PATH] [--loads "1:30 10:20 50:10"] [--bots "hubbot reference"]
set -euo pipefail
cd "$(dirname "$0")/.."
hubbot=${HUBBOT_BIN:-.build/release/hubbot}
loads=${LOADS:-"1:30 10:20 50:10"}
bots=${BOTS:-"hubbot reference"}
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --hubbot) hubbot=$2; shift 2 ;;
    --loads) loads=$2; shift 2 ;;
    --bots) bots=$2; shift 2 ;;
    *) echo "bench-irc: unknown option $1 (see --help)" >&2; exit 64 ;;
  esac
done
say() { printf 'bench-irc: %s\n' "$*" >&2; }
[ -x "$hubbot" ] || { say "$hubbot is missing; build it first (swift build -c release --product hubbot)"; exit 1; }
bash Scripts/ircd.sh install >/dev/null
dir=$(pwd)/.scratch/bench-irc
rm -rf "$dir"; mkdir -p "$dir"
port=$(bash Scripts/ircd.sh start "$dir/ircd" 0 --no-penalty | awk '{print $1}')
trap 'bash Scripts/ircd.sh stop "$dir/ircd" >/dev/null 2>&1 || true' EXIT

cpu_and_memory() {  # pid → "cpu_seconds peak_mb"
  local ticks; ticks=$(getconf CLK_TCK)
  awk -v t="$ticks" '{printf "%.2f ", ($14+$15)/t}' "/proc/$1/stat"
  awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$1/status"
}

echo "| bot | colleagues × msgs | p50 ms | p90 ms | p99 ms | missing | CPU s | peak MB |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
for load in $loads; do
  colleagues=${load%%:*}; messages=${load#*:}
  for bot in $bots; do
    run="$dir/$bot-$colleagues"
    mkdir -p "$run"
    if [ "$bot" = hubbot ]; then
      cat > "$run/hubbot.yaml" <<YAML
irc:
  server: 127.0.0.1
  port: $port
  tls: false
  nick: HubBot
  flood_burst: 100
  flood_lines_per_second: ${FLOOD_RATE:-1000}
storage:
  path: "$run/hubbot.sqlite"
log:
  level: warning
listen:
  port: -1
hub:
  tags: "$(pwd)/Config/tags.yaml"
YAML
      "$hubbot" run --config "$run/hubbot.yaml" --log-level info > "$run/bot.log" 2>&1 &
    else
      python3 Benchmarks/irc-reference-bot.py "$port" HubBot > "$run/bot.log" 2>&1 &
    fi
    pid=$!
    for _ in $(seq 100); do grep -q "waiting for messages" "$run/bot.log" && break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null || { say "$bot did not start:"; cat "$run/bot.log" >&2; exit 1; }
    result=$(python3 Benchmarks/irc-reply-latency.py --port "$port" --colleagues "$colleagues" --messages "$messages")
    read -r cpu peak <<< "$(cpu_and_memory "$pid")"
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
    python3 - "$bot" "$colleagues" "$messages" "$cpu" "$peak" "$result" <<'PY'
import json, sys
bot, colleagues, messages, cpu, peak, result = sys.argv[1:]
r = json.loads(result)
f = lambda v: "-" if v is None else f"{v:.0f}"
print(f"| {bot} | {colleagues} × {messages} | {f(r['p50_ms'])} | {f(r['p90_ms'])} | {f(r['p99_ms'])} | {r['missing']} | {cpu} | {peak} |")
PY
  done
done
