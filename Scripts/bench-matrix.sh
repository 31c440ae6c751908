#!/usr/bin/env bash
# End-to-end benchmark: time from a colleague's message to the bot's reply in that
# colleague's own /sync, HubBot against a minimal aiohttp reference bot, on a local
# Synapse (.scratch/bench-matrix) that this script starts and wipes. Each bot and load
# gets a fresh bot account and process; its CPU time (utime+stime) and peak memory
# (VmHWM) are read from /proc just before it is stopped. Prints a Markdown table.
#
# usage: Scripts/bench-matrix.sh [--messages M] [--loads "10 50"] [--bots "hubbot reference"]
#                                [--hubbot PATH]
#   --messages M   messages per colleague (env MESSAGES, default 20)
#   --loads L      colleague counts; "50:10" means 50 colleagues with 10 messages each
#                  (env LOADS, default "10 50")
#   --bots B       which bots (env BOTS, default "hubbot reference")
#   --hubbot PATH  the HubBot binary (env HUBBOT_BIN, default .build/debug/hubbot; never built here)
# Bot logs stay in .scratch/bench-matrix-logs/ for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

messages=${MESSAGES:-20}
loads=${LOADS:-"10 50"}
bots=${BOTS:-"hubbot reference"}
hubbot=${HUBBOT_BIN:-.build/debug/hubbot}
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --messages) messages=$2; shift 2 ;;
    --loads) loads=$2; shift 2 ;;
    --bots) bots=$2; shift 2 ;;
    --hubbot) hubbot=$2; shift 2 ;;
    *) echo "bench-matrix: unknown option $1 (see --help)" >&2; exit 64 ;;
  esac
done

say() { printf 'bench-matrix: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

[ -x "$hubbot" ] || die "$hubbot is missing; build HubBot first (this script does not build it)"
hubbot=$(cd "$(dirname "$hubbot")" && pwd)/$(basename "$hubbot")
bash Scripts/install-deps.sh
.venv/bin/python -c 'import aiohttp' 2>/dev/null || .venv/bin/pip install -q --disable-pip-version-check aiohttp
python=.venv/bin/python
driver=Benchmarks/matrix-reply-latency.py

dir=.scratch/bench-matrix
logs=.scratch/bench-matrix-logs
bot_pid=""
stop_bot() {  # SIGTERM, then SIGKILL after 15 s
  [ -n "$bot_pid" ] || return 0
  kill -TERM "$bot_pid" 2>/dev/null || true
  for _ in $(seq 150); do kill -0 "$bot_pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$bot_pid" 2>/dev/null; then say "bot $bot_pid ignored SIGTERM; killing it"; kill -KILL "$bot_pid" 2>/dev/null || true; fi
  wait "$bot_pid" 2>/dev/null || true
  bot_pid=""
}
cleanup() {
  stop_bot
  if [ -f "$dir/homeserver.log" ]; then
    say "Synapse answered 429 $(grep -cE 'Processed request: .* 429 "' "$dir/homeserver.log" || true) times"
  fi
  bash Scripts/synapse.sh wipe "$dir" >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bash Scripts/synapse.sh wipe "$dir" >/dev/null 2>&1 || true
rm -rf "$logs"; mkdir -p "$logs"
url=$(bash Scripts/synapse.sh start "$dir" --profile test)

usage_of() {  # "CPU-seconds peak-MB" of a running process
  awk -v t="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f ", ($12 + $13) / t }' "/proc/$1/stat"
  awk '/^VmHWM:/ { printf "%.1f\n", $2 / 1024 }' "/proc/$1/status"
}

rows=()
for bot in $bots; do
  for load in $loads; do
    colleagues=${load%%:*}
    count=$messages; [ "$load" = "${load#*:}" ] || count=${load#*:}
    run="$bot-$colleagues"
    work=$(mktemp -d "${TMPDIR:-/tmp}/bench-matrix.XXXXXX")
    read -r user token < <("$python" "$driver" register --homeserver "$url" --name "bench-$bot-$RANDOM$RANDOM")
    case "$bot" in
      hubbot)
        printf 'matrix:\n  homeserver: "%s"\n  access_token: "env:HUBBOT_TEST_TOKEN"\nstorage:\n  path: "%s/hubbot.sqlite"\nlog:\n  level: info\nhub:\n  tags: "%s"\n' \
          "$url" "$work" "$PWD/Config/tags.yaml" > "$work/hubbot.yaml"
        HUBBOT_TEST_TOKEN=$token "$hubbot" run --config "$work/hubbot.yaml" > "$logs/$run.log" 2>&1 &
        ready="waiting for messages" ;;
      reference)
        "$python" "$driver" reference-bot --homeserver "$url" --token "$token" > "$logs/$run.log" 2>&1 &
        ready="reference bot ready" ;;
      *) die "unknown bot '$bot' (hubbot, reference)" ;;
    esac
    bot_pid=$!
    for _ in $(seq 300); do
      grep -q "$ready" "$logs/$run.log" && break
      kill -0 "$bot_pid" 2>/dev/null || { tail -n 20 "$logs/$run.log" >&2; die "$bot exited before it was ready"; }
      sleep 0.1
    done
    grep -q "$ready" "$logs/$run.log" || { tail -n 20 "$logs/$run.log" >&2; die "$bot not ready after 30 s"; }

    say "$bot ($user): $colleagues colleagues x $count messages"
    # Bounded: registration and joins, then at most 30 s per message per colleague.
    result=$(timeout $((120 + 35 * count)) "$python" "$driver" drive --homeserver "$url" \
      --bot-user "$user" --colleagues "$colleagues" --messages "$count" 2> >(tee -a "$logs/drive-$run.log" >&2))
    kill -0 "$bot_pid" 2>/dev/null || die "$bot died during the run; see $logs/$run.log"
    read -r cpu peak < <(usage_of "$bot_pid")
    stop_bot
    warnings=$(grep -ciE 'warning|error|critical' "$logs/$run.log" || true)
    [ "$warnings" -eq 0 ] || say "$bot log has $warnings warning/error lines: $logs/$run.log"
    rows+=("$("$python" - "$result" "$bot" "$cpu" "$peak" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
ms = lambda v: "-" if v is None else f"{v:.0f}"
cells = [sys.argv[2], r["colleagues"], r["messages"], ms(r["p50_ms"]), ms(r["p90_ms"]), ms(r["p99_ms"]),
         ms(r["max_ms"]), r["failures"], sys.argv[3], sys.argv[4]]
print("| " + " | ".join(str(c) for c in cells) + " |")
PY
)")
    say "${rows[-1]}"
    rm -rf "$work"
  done
done

echo
echo "| bot | colleagues | messages | p50 ms | p90 ms | p99 ms | max ms | failures | CPU s | peak MB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
