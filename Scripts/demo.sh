#!/usr/bin/env bash
# Runs HubBot on a local demo you can talk to: installs what it needs, starts a
# private Synapse on 127.0.0.1 (port 8008 when free) with demo accounts, a private
# Redmine for the faults, HubBot and the demo specialists in the background, and
# then a terminal chat with HubBot as carol. Ctrl-C (or /quit) stops everything.
#   Scripts/demo.sh              the demo, chatting as carol
#   Scripts/demo.sh --as dave    chatting as another demo account
#   Scripts/demo.sh --reset      start from scratch (the demo's data is in .demo/)
#   Scripts/demo.sh --ci         no keyboard: tell Scripts/demo-story.txt on a fresh homeserver,
#                                exit 0 when the story completes, 1 when not
#   Scripts/demo.sh --ci --lang de   the same story told in German (de, fr, es, nl; en is
#                                the default): HubBot answers in the colleague's language
#   Scripts/demo.sh --script F   the same with your own script (one message a line;
#                                "# expect: TEXT" lines must appear)
#   Scripts/demo.sh --postgres   two HubBot instances on a private PostgreSQL: one leads, the
#                                other stands by and takes over when the leader dies (with --ci,
#                                the leader is killed with SIGKILL in the middle of the story)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'demo: %s\n' "$*" >&2; }

user=carol script="" state=.demo reset=no lang=en ci=no postgres=no
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --reset) reset=yes; shift ;;
    --as) user=${2:?--as needs a user name}; shift 2 ;;
    --ci) ci=yes; shift ;;
    --lang) lang=${2:?--lang needs a language: en, de, fr, es or nl}; shift 2 ;;
    --script) script=${2:?--script needs a file}; shift 2 ;;
    --postgres) postgres=yes; shift ;;
    *) say "unknown option $1 (see --help)"; exit 64 ;;
  esac
done
case "$lang" in
  en) story=Scripts/demo-story.txt ;;
  de|fr|es|nl) story=Scripts/demo-story.$lang.txt ;;
  *) say "HubBot speaks en, de, fr, es and nl, not '$lang'"; exit 64 ;;
esac
[ "$ci" = yes ] && [ -z "$script" ] && script=$story
if [ -n "$script" ]; then
  [ -r "$script" ] || { say "cannot read the script $script"; exit 64; }
  # A scripted run never touches the interactive demo's data, and starts fresh.
  state=.scratch/demo-ci-$lang
  [ "$postgres" = yes ] && state=$state-postgres
  reset=yes
fi
[ "$postgres" = yes ] && [ -z "$script" ] && state=.demo-postgres
if [ "$reset" = yes ]; then
  bash Scripts/synapse.sh wipe "$state/synapse" >/dev/null 2>&1 || true
  bash Scripts/redmine.sh wipe "$state/redmine" >/dev/null 2>&1 || true
  bash Scripts/postgres.sh wipe "$state/postgres" >/dev/null 2>&1 || true
  rm -rf "$state"
fi

# The demo is on Matrix: the IRC test servers are not needed for it.
HUBBOT_SKIP_IRC=1 bash Scripts/install-deps.sh
[ "$postgres" = yes ] && bash Scripts/postgres.sh install
say "building hubbot (the first build takes a minute or two)"
swift build --product hubbot 2>&1 | grep -E 'error|warning: |Compiling hubbot|Build complete' >&2 || true
[ -x .build/debug/hubbot ] || { say "the build failed; run 'swift build' to see why"; exit 1; }

mkdir -p "$state"
hubbot_pid="" specialists_pid="" watcher_pid=""
stop_all() {
  local pid
  for pid in $watcher_pid $specialists_pid $hubbot_pid; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in $watcher_pid $specialists_pid $hubbot_pid; do
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  bash Scripts/synapse.sh stop "$state/synapse" >/dev/null 2>&1 || true
  bash Scripts/redmine.sh stop "$state/redmine" >/dev/null 2>&1 || true
  [ "$postgres" = no ] || bash Scripts/postgres.sh stop "$state/postgres" >/dev/null 2>&1 || true
}
trap stop_all EXIT
trap 'exit 130' INT TERM

port_option=()
if [ -z "$script" ] && [ ! -f "$state/synapse/homeserver.yaml" ] && ! (exec 3<>/dev/tcp/127.0.0.1/8008) 2>/dev/null; then
  port_option=(--port 8008)
fi
url=$(bash Scripts/synapse.sh start "$state/synapse" --profile demo "${port_option[@]}")
bash Scripts/synapse.sh accounts "$state/synapse" > "$state/accounts.txt"
password=$(awk -v u="$user" '$1 == u { print $2 }' "$state/accounts.txt")
[ -n "$password" ] || { say "no demo account '$user'; the accounts are in $state/accounts.txt"; exit 64; }
say "starting a private Redmine for the faults HubBot files"
redmine_url=$(bash Scripts/redmine.sh start "$state/redmine")
# shellcheck disable=SC1091
. "$state/redmine/env"

# The demo's own copy of the tag file: admins' chat edits (!tag …) change it, never Config/.
[ -f "$state/tags.yaml" ] || cp Config/tags.yaml "$state/tags.yaml"

storage="storage:
  path: \"$state/hubbot.sqlite\""
listen="" pickle_key=""
if [ "$postgres" = yes ]; then
  say "starting a private PostgreSQL for the two HubBot instances"
  bash Scripts/postgres.sh start "$state/postgres" >/dev/null
  HUBBOT_DATABASE_URL=$(sed -n 's/^HUBBOT_DATABASE_URL=//p' "$state/postgres/env")
  export HUBBOT_DATABASE_URL
  # The instances share the encryption keys in the database, so they share the key that protects them.
  [ -f "$state/pickle-key" ] || od -An -tx1 -N24 /dev/urandom | tr -d ' \n' > "$state/pickle-key"
  HUBBOT_PICKLE_KEY=$(cat "$state/pickle-key")
  export HUBBOT_PICKLE_KEY
  storage="storage:
  postgres:
    url: \"env:HUBBOT_DATABASE_URL\"
    lease_seconds: 5"
  pickle_key='  pickle_key: "env:HUBBOT_PICKLE_KEY"'
  # Each instance its own HTTP port (logged as "HTTP listener ready").
  listen="listen:
  port: 0"
fi

cat > "$state/hubbot.yaml" <<YAML
# Generated by Scripts/demo.sh for the local demo homeserver.
matrix:
  homeserver: "$url"
  user: "hubbot"
  password: "env:HUBBOT_MATRIX_PASSWORD"
  device_id: "HUBBOT_DEMO"
$pickle_key
$storage
$listen
log:
  level: info
hub:
  tags: "$PWD/$state/tags.yaml"
  admins: ["@admin:localhost"]
tickets:
  poll_seconds: 15
  targets:
    redmine:
      preset: redmine
      url: "$redmine_url"
      token: "env:HUBBOT_REDMINE_API_KEY"
      project: "it-support"
  routes:
    default: redmine
YAML

# Waits until FILE says TEXT; gives up after SECONDS or when PID has exited.
wait_for() {
  local file=$1 text=$2 seconds=$3 pid=$4
  for _ in $(seq $((seconds * 10))); do
    grep -q "$text" "$file" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  say "no '$text' in $file; its end:"
  tail -n 20 "$file" >&2
  return 1
}

export HUBBOT_MATRIX_PASSWORD=hubbot-pass HUBBOT_REDMINE_API_KEY
if [ "$postgres" = no ]; then
  say "starting HubBot (log: $state/hubbot.log)"
  .build/debug/hubbot run --config "$state/hubbot.yaml" > "$state/hubbot.log" 2>&1 < /dev/null &
  hubbot_pid=$!
  wait_for "$state/hubbot.log" "waiting for messages" 60 "$hubbot_pid"
else
  # Instance N runs as `hubbot run` under a supervisor that starts it again whenever it ends
  # with an error (killed, or stepping down), as systemd's Restart=on-failure would; its log is
  # $state/hubbot-N.log and its process id $state/hubbot-N.pid.
  supervise() {
    local n=$1 child="" status
    trap 'kill -TERM $child 2>/dev/null; wait $child 2>/dev/null; exit 0' TERM
    while true; do
      .build/debug/hubbot run --config "$state/hubbot.yaml" >> "$state/hubbot-$n.log" 2>&1 < /dev/null &
      child=$!
      echo "$child" > "$state/hubbot-$n.pid"
      status=0
      wait "$child" || status=$?
      [ "$status" -eq 0 ] && exit 0
      echo "demo: instance $n ended with $status; starting it again" >> "$state/hubbot-$n.log"
      sleep 1
    done
  }
  say "starting HubBot instance 1 (log: $state/hubbot-1.log)"
  supervise 1 &
  hubbot_pid=$!
  wait_for "$state/hubbot-1.log" "waiting for messages" 60 "$hubbot_pid"
  say "starting HubBot instance 2, a standby (log: $state/hubbot-2.log)"
  supervise 2 &
  hubbot_pid="$hubbot_pid $!"
  wait_for "$state/hubbot-2.log" "standby" 60 "${hubbot_pid##* }"
fi
# The instance that leads now (postgres mode): the one whose last word on the lead is "leading".
leader_instance() {
  local n
  for n in 1 2; do
    kill -0 "$(cat "$state/hubbot-$n.pid" 2>/dev/null)" 2>/dev/null || continue
    if [ "$(grep -oE 'leading|standby|stepping down' "$state/hubbot-$n.log" | tail -n 1)" = leading ]; then
      echo "$n"
      return 0
    fi
  done
}

say "starting the demo specialists (log: $state/specialists.log)"
seed=()
[ -n "$script" ] && seed=(--seed 1 --done-after 5)
.build/debug/hubbot demo-specialists --homeserver "$url" --accounts "$state/accounts.txt" "${seed[@]}" \
  > "$state/specialists.log" 2>&1 < /dev/null &
specialists_pid=$!
wait_for "$state/specialists.log" "demo specialists ready" 60 "$specialists_pid"

if [ -n "$script" ]; then
  expect=()
  while IFS= read -r text; do expect+=(--until "$text"); done \
    < <(sed -n 's/^# expect: *//p' "$script")
  say "telling $script as $user"
  : > "$state/chat.log"
  if [ "$postgres" = yes ]; then
    # Once HubBot has listed who fits, its leader dies; the standby carries the story on.
    (
      wait_for "$state/chat.log" "these people know about it" 120 $$ >/dev/null 2>&1 || exit 0
      n=$(leader_instance)
      [ -n "$n" ] || { say "no instance leads"; exit 0; }
      say "killing the leader, instance $n (SIGKILL), in the middle of the story"
      kill -KILL "$(cat "$state/hubbot-$n.pid")"
    ) &
    watcher_pid=$!
  fi
  status=0
  grep -v '^#' "$script" | HUBBOT_CHAT_PASSWORD=$password .build/debug/hubbot chat \
    --homeserver "$url" --user "$user" "${expect[@]}" --timeout 60 | tee "$state/chat.log" || status=$?
  say "what the demo specialists did:"
  sed 's/^/  /' "$state/specialists.log" >&2
  stop_all
  trap - EXIT
  left=""
  for pid in $hubbot_pid $specialists_pid; do kill -0 "$pid" 2>/dev/null && left="$left $pid"; done
  bash Scripts/synapse.sh status "$state/synapse" >/dev/null 2>&1 && left="$left synapse"
  bash Scripts/redmine.sh status "$state/redmine" >/dev/null 2>&1 && left="$left redmine"
  if [ -n "$left" ]; then
    say "still running after the stop:$left"
    exit 1
  fi
  if [ "$status" -ne 0 ]; then
    say "the story did not complete (see $state/chat.log and $state/hubbot.log)"
    exit 1
  fi
  if [ "$postgres" = yes ]; then
    grep -q "ended with" "$state"/hubbot-*.log \
      || { say "the leader was never killed: the story did not test a takeover"; exit 1; }
    say "the story completed across a takeover (instance logs: $state/hubbot-1.log, $state/hubbot-2.log)"
  fi
  say "the story completed, and everything stopped"
  exit 0
fi

ha_banner="" hubbot_log="log: $state/hubbot.log"
if [ "$postgres" = yes ]; then
  hubbot_log="logs: $state/hubbot-1.log and -2.log"
  leader=$(leader_instance)
  ha_banner="
               Two instances on one PostgreSQL; instance $leader leads, the other stands by.
               Try a failover: kill -9 \$(cat $state/hubbot-$leader.pid)
               — the other takes over within about 5 s, and the killed one comes back as a standby."
fi
cat >&2 <<BANNER

  HubBot demo
  -----------
  Homeserver:  $url   (server name "localhost", local only)
  Accounts:    carol / carol-pass and dave / dave-pass     (colleagues)
               alice, bob, erin, frank, grace / NAME-pass  (demo specialists, answering on their own)
               admin / admin-pass                          (admin)
  HubBot:      @hubbot:localhost      ($hubbot_log)$ha_banner
  Specialists: played by 'hubbot demo-specialists' (log: $state/specialists.log): they have told
               HubBot their interests, accept most offers after a few seconds (sometimes one
               declines, with a reason), greet you in the room HubBot opens, and say !done later.
  Faults:      "the printer on floor 3 is jammed" becomes a Redmine issue at $redmine_url
               (admin / admin); close it there and HubBot tells you it is fixed.

  You are $user, in a direct chat with HubBot right here. Type a sentence and press Enter:
    who can help me with a regression for our survey?     then: anyone   (or 1, or a name)
  HubBot lists who fits, asks them, and tells you who accepted; their hello appears below.
  !help lists every command; /quit or Ctrl-D leaves; Ctrl-C stops everything.
  Any Matrix client (Element, Fractal, nheko…) can sign in at the homeserver above too.

BANNER
HUBBOT_CHAT_PASSWORD=$password .build/debug/hubbot chat --homeserver "$url" --user "$user" || true
