#!/usr/bin/env bash
# End-to-end benchmark: time from a colleague's message to the bot's reply in the
# colleague's own /sync, for HubBot and for a minimal Python reference bot, with
# 10 and 50 colleagues writing at once, on a local Synapse this script starts and
# stops. Also HubBot's and the reference bot's CPU time and peak memory.
#   Scripts/bench-matrix.sh            (MESSAGES=20 per colleague by default)
#   MESSAGES=5 LOADS="10" Scripts/bench-matrix.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0; fi

messages=${MESSAGES:-20}
loads=${LOADS:-"10 50"}
bash Scripts/install-deps.sh
.venv/bin/python -c 'import aiohttp' 2>/dev/null || .venv/bin/pip install -q aiohttp
swift build -c release --product hubbot 2>&1 | grep -E 'error|warning: ' >&2 || true
hubbot=.build/release/hubbot

dir=.scratch/bench-matrix
bash Scripts/synapse.sh wipe "$dir" >/dev/null 2>&1 || true
trap 'kill "${bot_pid:-0}" 2>/dev/null || true; bash Scripts/synapse.sh wipe "$dir" >/dev/null 2>&1 || true' EXIT
url=$(bash Scripts/synapse.sh start "$dir" --profile test)
driver=Benchmarks/EndToEnd/matrix-reply-latency.py

register() {  # prints "user_id access_token"
  curl -fs -X POST "$url/_matrix/client/v3/register" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$1-password\",\"auth\":{\"type\":\"m.login.dummy\"}}" |
    .venv/bin/python -c 'import json,sys; d=json.load(sys.stdin); print(d["user_id"], d["access_token"])'
}

usage() {  # CPU seconds and peak MB of a process
  local ticks; ticks=$(getconf CLK_TCK)
  awk -v t="$ticks" '{printf "%.2f", ($14+$15)/t}' "/proc/$1/stat"
  printf ' '
  awk '/VmHWM/ {printf "%.0f\n", $2/1024}' "/proc/$1/status"
}

rows=()
for bot in hubbot reference; do
  for load in $loads; do
    name="bench-$bot-$RANDOM$RANDOM"
    read -r user token < <(register "$name")
    work=$(mktemp -d)
    if [ "$bot" = hubbot ]; then
      printf 'matrix:\n  homeserver: "%s"\n  access_token: "env:BENCH_TOKEN"\nstorage:\n  path: "%s/hubbot.sqlite"\nlog:\n  level: info\n' \
        "$url" "$work" > "$work/hubbot.yaml"
      BENCH_TOKEN=$token "$hubbot" run --config "$work/hubbot.yaml" 2> "$work/bot.log" &
      ready="waiting for messages"
    else
      .venv/bin/python "$driver" reference-bot --homeserver "$url" --token "$token" > "$work/bot.log" 2>&1 &
      ready="reference bot ready"
    fi
    bot_pid=$!
    for _ in $(seq 300); do grep -q "$ready" "$work/bot.log" && break; sleep 0.1; done
    result=$(.venv/bin/python "$driver" drive --homeserver "$url" --bot "$user" --colleagues "$load" --messages "$messages")
    read -r cpu peak < <(usage "$bot_pid")
    kill "$bot_pid"; wait "$bot_pid" 2>/dev/null || true
    row=$(.venv/bin/python - "$result" "$bot" "$cpu" "$peak" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
cells = [sys.argv[2], d["colleagues"], d["messages"], d["p50_ms"], d["p90_ms"], d["p99_ms"], d["max_ms"],
         d["failures"], sys.argv[3], sys.argv[4]]
print("| " + " | ".join(str(c) for c in cells) + " |")
PY
)
    echo "$row" >&2
    rows+=("$row")
    rm -rf "$work"
  done
done
echo
echo "| bot | colleagues | messages | p50 ms | p90 ms | p99 ms | max ms | failures | CPU s | peak MB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
