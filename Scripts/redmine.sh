#!/usr/bin/env bash
# Installs, starts and stops a throwaway Redmine (Debian's package, SQLite) on
# 127.0.0.1 for HubBot's ticket-system tests. Each instance lives in its own
# DIR; the only thing it leaves outside DIR is a symlink in /var/lib/redmine
# (see "Where things live" in the usage text).
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: Scripts/redmine.sh install
       Scripts/redmine.sh COMMAND DIR [options]

  install               Install Debian's redmine, redmine-sqlite and thin
                        (non-interactive; only what is missing; root or sudo).
  start DIR [--port N]  Create a Redmine instance in DIR (first time: database,
                        default data, REST API on, project "it-support", admin
                        API key), start it on 127.0.0.1 (default: a free port),
                        wait until GET /issues.json answers, write DIR/env
                        (HUBBOT_REDMINE_URL, HUBBOT_REDMINE_API_KEY,
                        HUBBOT_REDMINE_DIR) and print its URL.
                        Already running: just print the URL.
  stop DIR              Stop it (SIGTERM, then SIGKILL after 15 s).
  status DIR            Print "running URL" (exit 0) or "stopped" (exit 3).
  wipe DIR              Stop it, delete DIR and its symlink.

Where things live: Debian's Redmine is one code tree (/usr/share/redmine) with
"instances" under /var/lib/redmine, chosen by REDMINE_INSTANCE. An instance
here is named hubbot-<hash of DIR>, and /var/lib/redmine/<that name> is a
symlink to DIR, so its database (DIR/redmine.sqlite3), config, logs, tmp and
files are all in DIR. The system's own "default" instance is not used.

Credentials: the admin account is admin / admin (password change not forced);
its API key is in DIR/env.
USAGE
}

say() { printf 'redmine: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

code=/usr/share/redmine
instances=/var/lib/redmine
apt_packages=(redmine redmine-sqlite thin curl)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# Ruby 3.1.7 (bookworm-security's ruby3.1 3.1.7-1~deb12u2) ships Bundler
# 2.3.27, which takes a gem as "deleted", and so tries to reinstall it from a
# .gem file that is not there, when the gem's directory under gems/ is
# missing. Many Debian ruby-* packages have a gemspec in rubygems-integration
# but their code in vendor_ruby and no such directory, so redmine's postinst
# (`bundle install --local`) fails with "Could not find rotp-6.2.0.gem for
# installation". Creating the empty directories is enough: the code is found
# in vendor_ruby as before.
make_gem_dirs() {
  command -v ruby >/dev/null || return 0
  sudo_if_needed ruby -rfileutils -e '
    made = 0
    Gem::Specification.each do |s|
      next if s.default_gem? || !s.loaded_from.to_s.include?("rubygems-integration")
      next if File.directory?(s.full_gem_path)
      FileUtils.mkdir_p(s.full_gem_path); made += 1
    end
    warn "redmine: made #{made} empty gem directories for Bundler" if made > 0'
}

install() {
  local missing=() p log=${TMPDIR:-/tmp}/hubbot-redmine-install.log
  for p in "${apt_packages[@]}"; do installed "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    # dbconfig-common: set up the package's own "default" instance on SQLite
    # without asking. start does not use that instance, but its database.yml
    # makes Debian's Gemfile take the sqlite3 gem.
    say "preseeding debconf (redmine: sqlite3, no questions)"
    # (After a purge, debconf keeps the dummy templates of an earlier preseed
    # and says "Cannot find a question"; the defaults are the same, so go on.)
    sudo_if_needed debconf-set-selections <<'DEBCONF' \
      || say "debconf-set-selections failed (left over from a purge?); using the defaults"
redmine redmine/current-instances string default
redmine redmine/instances/default/dbconfig-install boolean true
redmine redmine/instances/default/database-type select sqlite3
redmine redmine/instances/default/default-language select en
DEBCONF
    say "installing Debian packages: ${missing[*]} (first time: about 20 s; log $log)"
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq > "$log" 2>&1 \
      || { tail -n 20 "$log" >&2; die "apt-get update failed"; }
    # redmine's postinst may fail here (see make_gem_dirs); it is finished below.
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
      --no-install-recommends "${apt_packages[@]}" >> "$log" 2>&1 \
      || say "apt-get install failed (expected with Ruby 3.1.7: redmine's postinst); retrying after the Bundler fix"
  fi
  make_gem_dirs
  if ! installed redmine; then
    say "configuring redmine (dpkg --configure -a)"
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive dpkg --configure -a >> "$log" 2>&1 \
      || { tail -n 40 "$log" >&2; die "redmine did not install (log $log)"; }
    installed redmine || die "redmine did not install (log $log)"
  fi
  # thin may have been configured after redmine's postinst wrote Gemfile.lock,
  # and a later ruby-* upgrade re-runs that postinst, which deletes it first.
  if ! grep -q '^    thin ' "$instances/Gemfile.lock" 2>/dev/null; then
    say "refreshing $instances/Gemfile.lock"
    (cd "$code" && sudo_if_needed bundle install --local --quiet) >> "$log" 2>&1 \
      || { tail -n 40 "$log" >&2; die "bundle install --local failed (log $log)"; }
  fi
  say "ok"
}

[ $# -ge 1 ] || { usage >&2; exit 64; }
case "$1" in -h|--help|help) usage; exit 0 ;; install) install; exit 0 ;; esac
command=$1; shift
[ $# -ge 1 ] || { usage >&2; exit 64; }
mkdir -p "$1"
dir=$(cd "$1" && pwd); shift
# The instance's name in Debian's multi-instance layout, and its symlink.
tenant=hubbot-$(printf '%s' "$dir" | sha1sum | cut -c1-12)
link=$instances/$tenant

pid_of() { [ -f "$dir/redmine.pid" ] && cat "$dir/redmine.pid" || true; }
# A PID file that outlived its process (a reboot) may name some other process.
alive() {
  local pid; pid=$(pid_of)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'bin/rails server'
}
url_of() { sed -n 's/^HUBBOT_REDMINE_URL=//p' "$dir/env" 2>/dev/null; }
answers() { [ -n "$1" ] && curl -fs --max-time 2 "$1/issues.json?limit=1" >/dev/null 2>&1; }

free_port() {
  ruby -rsocket -e 's = TCPServer.new("127.0.0.1", 0); puts s.addr[1]'
}

# Runs a Rails command of Debian's Redmine against this instance.
rails() {
  (cd "$code" && REDMINE_INSTANCE=$tenant RAILS_ENV=production exec ruby bin/rails "$@")
}

link_instance() {
  # Drop links of instances whose DIR was deleted without wipe.
  local other
  for other in "$instances"/hubbot-*; do
    if [ -L "$other" ] && [ ! -e "$other" ]; then sudo_if_needed rm -f "$other"; fi
  done
  if [ "$(readlink "$link" 2>/dev/null)" != "$dir" ]; then
    sudo_if_needed ln -sfn "$dir" "$link"
  fi
}

write_config() {
  mkdir -p "$dir/config" "$dir/log" "$dir/tmp/pids" "$dir/files" "$dir/public/plugin_assets"
  cat > "$dir/config/database.yml" <<YAML
# Generated by Scripts/redmine.sh. Throwaway: local only.
production:
  adapter: sqlite3
  database: $dir/redmine.sqlite3
  pool: 5
  timeout: 5000
YAML
  [ -f "$dir/config/secret_key.txt" ] \
    || ruby -rsecurerandom -e 'puts SecureRandom.hex(32)' > "$dir/config/secret_key.txt"
  # One Rails boot does all of the setup; each step is skipped when done.
  cat > "$dir/setup.rb" <<'RUBY'
# Generated by Scripts/redmine.sh: prepares a throwaway instance (idempotent).
# A throwaway database: no fsync per migration (this halves the setup time).
ActiveRecord::Base.connection.execute('PRAGMA synchronous = OFF')
ActiveRecord::Tasks::DatabaseTasks.migrate
ActiveRecord::Base.descendants.each(&:reset_column_information)
Setting.clear_cache
if Redmine::DefaultData::Loader.no_data?
  Redmine::DefaultData::Loader.load('en')
end
Setting.default_language = 'en'
Setting.rest_api_enabled = '1'
Setting.protocol = 'http'
Setting.host_name = "127.0.0.1:#{ENV.fetch('HUBBOT_REDMINE_PORT')}"
admin = User.find_by_login!('admin')
admin.update_columns(must_change_passwd: false)
unless Project.exists?(identifier: 'it-support')
  Project.create!(name: 'IT support', identifier: 'it-support', is_public: false,
                  description: "HubBot's faults (Scripts/redmine.sh)",
                  enabled_module_names: %w[issue_tracking],
                  trackers: Tracker.sorted.to_a)
end
File.write(ENV.fetch('HUBBOT_REDMINE_KEY_FILE'), admin.api_key + "\n")
RUBY
}

# Runs Redmine with no file descriptors but stdin/stdout/stderr: a caller's
# pipes or its "has my child exited?" sockets must not stay open for as long
# as Redmine lives (Foundation's Process waits on such a socket).
launch() {
  local port=$1 fd
  for fd in /proc/$BASHPID/fd/*; do
    fd=${fd##*/}
    if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
  cd "$code"
  REDMINE_INSTANCE=$tenant RAILS_ENV=production exec ruby bin/rails server -u thin \
    -b 127.0.0.1 -p "$port" -e production -P "$dir/tmp/pids/server.pid"
}

start() {
  local port=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --port) [ $# -ge 2 ] || die "start: --port needs a number"; port=$2; shift 2 ;;
      *) die "start: unknown option $1" ;;
    esac
  done
  [ -f "$code/bin/rails" ] && installed redmine && installed thin \
    || die "Redmine is not installed; run Scripts/redmine.sh install"

  if alive && answers "$(url_of)"; then url_of; return 0; fi
  alive && stop_server  # running but not answering: start afresh
  [ -n "$port" ] || port=$(cat "$dir/port" 2>/dev/null || true)
  [ -n "$port" ] || port=$(free_port)
  printf '%s\n' "$port" > "$dir/port"
  local url="http://127.0.0.1:$port"

  link_instance
  if [ ! -f "$dir/ready" ]; then
    say "creating a Redmine instance in $dir (first time only: about 4 s)"
    write_config
    HUBBOT_REDMINE_PORT=$port HUBBOT_REDMINE_KEY_FILE=$dir/api-key \
      rails runner "$dir/setup.rb" > "$dir/log/setup.log" 2>&1 \
      || { tail -n 40 "$dir/log/setup.log" >&2; die "setting up Redmine failed (log: $dir/log/setup.log)"; }
    touch "$dir/ready"
  fi

  rm -f "$dir/tmp/pids/server.pid"
  launch "$port" > "$dir/log/stdout.log" 2>&1 < /dev/null &
  echo $! > "$dir/redmine.pid"
  local waited=0
  until answers "$url"; do
    if ! alive || [ $waited -ge 1200 ]; then
      say "Redmine did not come up on $url; the end of its logs:"
      tail -n 40 "$dir/log/stdout.log" "$dir/log/production.log" >&2 2>/dev/null || true
      stop_server
      exit 1
    fi
    sleep 0.1; waited=$((waited + 1))
  done
  cat > "$dir/env" <<ENV
HUBBOT_REDMINE_URL=$url
HUBBOT_REDMINE_API_KEY=$(cat "$dir/api-key")
HUBBOT_REDMINE_DIR=$dir
ENV
  say "running on $url (pid $(pid_of), log $dir/log/production.log)"
  echo "$url"
}

stop_server() {
  local pid; pid=$(pid_of)
  [ -n "$pid" ] || return 0
  if alive; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      say "Redmine ignored SIGTERM for 15 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$dir/redmine.pid" "$dir/tmp/pids/server.pid"
}

case "$command" in
  start) start "$@" ;;
  stop) stop_server ;;
  status)
    if alive && answers "$(url_of)"; then echo "running $(url_of)"; else echo stopped; exit 3; fi ;;
  wipe)
    stop_server
    if [ "$(readlink "$link" 2>/dev/null)" = "$dir" ]; then sudo_if_needed rm -f "$link"; fi
    rm -rf "$dir"; say "wiped $dir" ;;
  *) usage >&2; exit 64 ;;
esac
