#!/usr/bin/env bash
# Ticket delivery benchmark: 10,000 faults drained to a local receiver
# (Scripts/webhook-receiver.py), deliveries per second and peak memory; then the
# same queue through a 10-minute outage (simulated with an injected clock) and
# the time from the receiver's return to an empty outbox. Prints a Markdown table.
#   usage: Scripts/bench-tickets.sh [FAULTS] [OUTAGE_MINUTES]
set -euo pipefail
cd "$(dirname "$0")/.."
faults=${1:-10000}
outage=${2:-10}
bash Scripts/install-deps.sh
say() { printf 'bench-tickets: %s\n' "$*" >&2; }
say "building the benchmark (release)"
swift build -c release --package-path Benchmarks --product TicketDrain >&2
out=$(mktemp)
.venv/bin/python Scripts/webhook-receiver.py --parent $$ > "$out" &
receiver=$!
trap 'kill $receiver 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 50); do grep -q port "$out" && break; sleep 0.1; done
port=$(.venv/bin/python -c 'import json,sys; print(json.load(open(sys.argv[1]))["port"])' "$out")
say "draining $faults faults to 127.0.0.1:$port"
Benchmarks/.build/release/TicketDrain "http://127.0.0.1:$port" "$faults" "$outage"
