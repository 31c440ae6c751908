#!/usr/bin/env bash
# What each part of a reply costs the homeserver: Benchmarks/matrix-reply-cost.py on a throwaway
# local Synapse (.scratch/bench-reply-cost, metrics on; started here and wiped afterwards). Prints
# a Markdown table: Synapse's CPU per message (the whole process, the send request, the two
# /sync long-polls that deliver it, background work) for a plain m.text, an m.notice, then a
# reply relation, m.mentions and an HTML body added one at a time, and a 900-byte reply.
#
# usage: Scripts/bench-reply-cost.sh [--messages N] [--rounds R] [--format text|json]
#   --messages N   messages per content and round (env MESSAGES, default 100)
#   --rounds R     rounds, the contents' order rotated each round (env ROUNDS, default 5)
#   --format F     text (a Markdown table, default) or json
set -euo pipefail
cd "$(dirname "$0")/.."

messages=${MESSAGES:-100}
rounds=${ROUNDS:-5}
format=text
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --messages) messages=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --format) format=$2; shift 2 ;;
    *) echo "bench-reply-cost: unknown option $1 (see --help)" >&2; exit 64 ;;
  esac
done

bash Scripts/install-deps.sh
.venv/bin/python -c 'import aiohttp' 2>/dev/null || .venv/bin/pip install -q --disable-pip-version-check aiohttp
dir=.scratch/bench-reply-cost
bash Scripts/synapse.sh wipe "$dir" >/dev/null 2>&1 || true
trap 'bash Scripts/synapse.sh wipe "$dir" >/dev/null 2>&1 || true' EXIT
url=$(bash Scripts/synapse.sh start "$dir" --profile test)
.venv/bin/python Benchmarks/matrix-reply-cost.py --homeserver "$url" --messages "$messages" --rounds "$rounds" \
  --format "$format"
