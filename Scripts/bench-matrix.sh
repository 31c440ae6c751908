#!/usr/bin/env bash
# End-to-end benchmark: time from a colleague's message to the bot's reply in that
# colleague's own /sync, HubBot against a minimal aiohttp reference bot (plain client-server
# API, answers every message), on one local Synapse (.scratch/bench-matrix) that this script
# starts and wipes. Runs are interleaved: for each load every bot in turn, the order reversed
# each round. Each run gets a fresh bot account and process. Per run: p50/p90/p99/max reply
# latency, replies/s, the bot's and the homeserver's CPU per reply while the colleagues talk
# (from /proc, registration and joins not counted), the bot's idle RSS (VmRSS once ready) and
# peak (VmHWM). Prints a Markdown table. The bot "hubbot-postgres" is HubBot on a private
# PostgreSQL (.scratch/bench-matrix-postgres, a fresh schema per run) instead of SQLite; its
# row also has the database server's CPU per reply (postmaster and backends, from /proc).
#
# usage: Scripts/bench-matrix.sh [--messages M] [--loads "1:30 10:20 50:10"]
#                                [--bots "hubbot reference"] [--rounds N] [--hubbot PATH]
#   --messages M   messages per colleague where a load names none (env MESSAGES, default 20)
#   --loads L      colleague counts; "50:10" means 50 colleagues with 10 messages each
#                  (env LOADS, default "1:30 10:20 50:10")
#   --bots B       which bots: hubbot, hubbot-postgres, reference
#                  (env BOTS, default "hubbot reference")
#   --rounds N     repeat every load N times, alternating the bots' order (env ROUNDS, default 1)
#   --hubbot PATH  the HubBot binary (env HUBBOT_BIN, default .build/release/hubbot if built,
#                  else .build/debug/hubbot; never built here)
# Bot logs stay in .scratch/bench-matrix-logs/ for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

messages=${MESSAGES:-20}
loads=${LOADS:-"1:30 10:20 50:10"}
bots=${BOTS:-"hubbot reference"}
rounds=${ROUNDS:-1}
default_hubbot=.build/debug/hubbot
[ -x .build/release/hubbot ] && default_hubbot=.build/release/hubbot
hubbot=${HUBBOT_BIN:-$default_hubbot}
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --messages) messages=$2; shift 2 ;;
    --loads) loads=$2; shift 2 ;;
    --bots) bots=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
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
postgres_dir=.scratch/bench-matrix-postgres
postgres_url=""
case " $bots " in *" hubbot-postgres "*)
  bash Scripts/postgres.sh install >/dev/null
  bash Scripts/postgres.sh wipe "$postgres_dir" >/dev/null 2>&1 || true
  postgres_url=$(bash Scripts/postgres.sh start "$postgres_dir") ;;
esac
# CPU time (clock ticks) of the PostgreSQL server so far: the postmaster with its exited children, and
# the backends alive now.
postgres_cpu() {
  local pm pid total=0 f
  pm=$(head -n 1 "$postgres_dir/data/postmaster.pid")
  read -ra f < <(sed 's/^.*) //' "/proc/$pm/stat")
  total=$((f[11] + f[12] + f[13] + f[14]))
  for pid in $(pgrep -P "$pm"); do
    read -ra f < <(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null) || continue
    total=$((total + f[11] + f[12]))
  done
  echo "$total"
}
clock_ticks=$(getconf CLK_TCK)
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
  [ -z "$postgres_url" ] || bash Scripts/postgres.sh wipe "$postgres_dir" >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bash Scripts/synapse.sh wipe "$dir" >/dev/null 2>&1 || true
rm -rf "$logs"; mkdir -p "$logs"
url=$(bash Scripts/synapse.sh start "$dir" --profile test)

memory_of() {  # "RSS-MB peak-MB" of a running process
  awk '/^VmRSS:/ { rss = $2 } /^VmHWM:/ { hwm = $2 } END { printf "%.1f %.1f\n", rss / 1024, hwm / 1024 }' "/proc/$1/status"
}
homeserver_pid=$(cat "$dir/synapse.pid")

rows=()
for round in $(seq "$rounds"); do
 order=$bots
 [ $((round % 2)) -eq 0 ] && order=$(printf '%s\n' $bots | tac | tr '\n' ' ')
 for load in $loads; do
  for bot in $order; do
    colleagues=${load%%:*}
    count=$messages; [ "$load" = "${load#*:}" ] || count=${load#*:}
    run="$bot-$colleagues"
    work=$(mktemp -d "${TMPDIR:-/tmp}/bench-matrix.XXXXXX")
    read -r user token < <("$python" "$driver" register --homeserver "$url" --name "bench-$bot-$RANDOM$RANDOM")
    case "$bot" in
      hubbot|hubbot-postgres)
        storage=$(printf 'storage:\n  path: "%s/hubbot.sqlite"' "$work")
        if [ "$bot" = hubbot-postgres ]; then
          # A fresh schema per run: the same empty start as a new SQLite file.
          storage=$(printf '  pickle_key: "env:HUBBOT_PICKLE_KEY"\nstorage:\n  postgres:\n    url: "env:HUBBOT_DATABASE_URL"')
          export HUBBOT_PICKLE_KEY=bench-pickle-key-$RANDOM$RANDOM
          export HUBBOT_DATABASE_URL="$postgres_url?search_path=bench_$RANDOM$RANDOM"
        fi
        printf 'matrix:\n  homeserver: "%s"\n  access_token: "env:HUBBOT_TEST_TOKEN"\n%s\nlog:\n  level: info\nhub:\n  tags: "%s"\n' \
          "$url" "$storage" "$PWD/Config/tags.yaml" > "$work/hubbot.yaml"
        HUBBOT_TEST_TOKEN=$token "$hubbot" run --config "$work/hubbot.yaml" > "$logs/$run.log" 2>&1 &
        ready="waiting for messages" ;;
      reference)
        "$python" "$driver" reference-bot --homeserver "$url" --token "$token" > "$logs/$run.log" 2>&1 &
        ready="reference bot ready" ;;
      *) die "unknown bot '$bot' (hubbot, hubbot-postgres, reference)" ;;
    esac
    bot_pid=$!
    for _ in $(seq 300); do
      grep -qs "$ready" "$logs/$run.log" && break
      kill -0 "$bot_pid" 2>/dev/null || { tail -n 20 "$logs/$run.log" >&2; die "$bot exited before it was ready"; }
      sleep 0.1
    done
    grep -q "$ready" "$logs/$run.log" || { tail -n 20 "$logs/$run.log" >&2; die "$bot not ready after 30 s"; }
    sleep 2
    read -r idle _ < <(memory_of "$bot_pid")

    say "$bot ($user): $colleagues colleagues x $count messages"
    database_before=""
    [ "$bot" != hubbot-postgres ] || database_before=$(postgres_cpu)
    # Bounded: registration and joins, then at most 30 s per message per colleague.
    result=$(timeout $((120 + 35 * count)) "$python" "$driver" drive --homeserver "$url" \
      --bot-user "$user" --colleagues "$colleagues" --messages "$count" --bot-pid "$bot_pid" \
      --homeserver-pid "$homeserver_pid" 2> >(tee -a "$logs/drive-$run.log" >&2))
    kill -0 "$bot_pid" 2>/dev/null || die "$bot died during the run; see $logs/$run.log"
    read -r _ peak < <(memory_of "$bot_pid")
    database_cpu=""
    [ -z "$database_before" ] || database_cpu=$(($(postgres_cpu) - database_before))
    stop_bot
    warnings=$(grep -ciE 'warning|error|critical' "$logs/$run.log" || true)
    [ "$warnings" -eq 0 ] || say "$bot log has $warnings warning/error lines: $logs/$run.log"
    rows+=("$("$python" - "$result" "$bot" "$idle" "$peak" "$database_cpu" "$clock_ticks" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
ms = lambda v: "-" if v is None else f"{v:.0f}"
fine = lambda v: "-" if v is None else f"{v:.2f}"
replies = r["messages"] - r["failures"]
database = "-" if not sys.argv[5] or not replies else f"{int(sys.argv[5]) * 1000 / int(sys.argv[6]) / replies:.2f}"
cells = [sys.argv[2], r["colleagues"], r["messages"], ms(r["p50_ms"]), ms(r["p90_ms"]), ms(r["p99_ms"]),
         ms(r["max_ms"]), r["failures"], fine(r["replies_per_s"]), fine(r["bot_cpu_ms_per_reply"]),
         fine(r["homeserver_cpu_ms_per_reply"]), database, sys.argv[3], sys.argv[4]]
print("| " + " | ".join(str(c) for c in cells) + " |")
PY
)")
    say "${rows[-1]}"
    rm -rf "$work"
  done
 done
done

echo
echo "| bot | colleagues | messages | p50 ms | p90 ms | p99 ms | max ms | failures | replies/s | bot CPU ms/reply | homeserver CPU ms/reply | database CPU ms/reply | idle RSS MB | peak MB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
