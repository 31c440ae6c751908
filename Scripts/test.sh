#!/usr/bin/env bash
# Runs HubBot's whole test suite on a fresh machine: installs what it needs
# (libcurl's dev package, Synapse in .venv), starts a throwaway Synapse on
# 127.0.0.1, builds, runs every test (unit and integration), checks the
# formatting, and stops Synapse whatever happens. Extra arguments go to
# `swift test`, e.g. Scripts/test.sh --filter CurlHTTPTests
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\ntest: %s\n' "$*" >&2; }

bash Scripts/install-deps.sh

scratch=.scratch/test-synapse
encrypted=.scratch/test-synapse-encrypted
redmine=.scratch/test-redmine
postgres=.scratch/test-postgres
mkdir -p .scratch
bash Scripts/synapse.sh wipe "$scratch" >/dev/null 2>&1 || true
bash Scripts/synapse.sh wipe "$encrypted" >/dev/null 2>&1 || true
bash Scripts/redmine.sh wipe "$redmine" >/dev/null 2>&1 || true
bash Scripts/postgres.sh wipe "$postgres" >/dev/null 2>&1 || true
trap 'bash Scripts/synapse.sh stop "$scratch" >/dev/null 2>&1 || true; bash Scripts/synapse.sh stop "$encrypted" >/dev/null 2>&1 || true; bash Scripts/redmine.sh stop "$redmine" >/dev/null 2>&1 || true; bash Scripts/postgres.sh stop "$postgres" >/dev/null 2>&1 || true' EXIT
say "starting two throwaway Synapses (one encrypts every new room), a throwaway Redmine and PostgreSQL"
bash Scripts/postgres.sh start "$postgres" >/dev/null
bash Scripts/synapse.sh start "$scratch" --profile test >/dev/null
bash Scripts/synapse.sh start "$encrypted" --profile encrypted >/dev/null
bash Scripts/redmine.sh start "$redmine" >/dev/null
set -a
# shellcheck disable=SC1091
. "$scratch/env"
# shellcheck disable=SC1091
. "$redmine/env"
set +a
# The end-to-end encryption tests run on the Synapse that encrypts every room.
HUBBOT_SYNAPSE_ENCRYPTED_URL=$(sed -n 's/^HUBBOT_SYNAPSE_URL=//p' "$encrypted/env")
export HUBBOT_SYNAPSE_ENCRYPTED_URL
# The store suite and the failover stories run on this PostgreSQL too.
HUBBOT_TEST_POSTGRES_URL=$(sed -n 's/^HUBBOT_DATABASE_URL=//p' "$postgres/env")
HUBBOT_TEST_POSTGRES_DIR=$(cd "$postgres" && pwd)
export HUBBOT_TEST_POSTGRES_URL HUBBOT_TEST_POSTGRES_DIR
export HUBBOT_REQUIRE_INTEGRATION=1

say "building"
swift build --build-tests 2>&1 | tee .scratch/build.log | grep -E 'warning:|error:|Compiling|Build' | grep -v '^\[' || true
if grep -q 'error:' .scratch/build.log; then
  say "the build failed"; exit 1
fi
# Warnings in dependencies (their sources, or their packaging) are theirs, not HubBot's.
ours() { grep -E 'warning:' .scratch/build.log | grep -v '/.build/checkouts/' | grep -v 'which are unhandled; explicitly declare them' || true; }
if ours | grep -q .; then
  say "the build has warnings (HubBot builds without any):"
  ours | sort -u
  exit 1
fi

stop_install_test() {
  [ -n "${install_pid:-}" ] || return 0
  if kill -0 "$install_pid" 2>/dev/null; then
    kill -TERM -- "-$install_pid" 2>/dev/null || kill -TERM "$install_pid" 2>/dev/null || true
    wait "$install_pid" 2>/dev/null || true
  fi
  install_pid=""
}

# The install test (README's "Install on a server" on a fresh Debian root booted with systemd,
# from the .deb Scripts/package.sh builds) runs beside the Swift suites: it is mostly a release
# build and downloads, and the suites are made to stay green on a busy machine.
install_pid=""
if [ $# -eq 0 ]; then
  if [ "${HUBBOT_SKIP_INSTALL_TEST:-}" = 1 ]; then
    say "skipping the install test (HUBBOT_SKIP_INSTALL_TEST=1)"
  elif [ "$(id -u)" = 0 ]; then
    say "the install test runs in the background (log: .scratch/install-test.log)"
    # At low priority: its release build must not starve the suites' servers and clients.
    # In a process group of its own, so that stopping it stops its build at once too.
    setsid nice -n 15 bash Scripts/install-test.sh > .scratch/install-test.log 2>&1 &
    install_pid=$!
    # However this script ends, the install test (and its container) ends with it, before the
    # Synapse it shares is stopped.
    trap 'stop_install_test; bash Scripts/synapse.sh stop "$scratch" >/dev/null 2>&1 || true; bash Scripts/synapse.sh stop "$encrypted" >/dev/null 2>&1 || true; bash Scripts/redmine.sh stop "$redmine" >/dev/null 2>&1 || true; bash Scripts/postgres.sh stop "$postgres" >/dev/null 2>&1 || true' EXIT
  else
    say "the install test needs root (debootstrap, systemd-nspawn); run as root or set HUBBOT_SKIP_INSTALL_TEST=1"
    exit 1
  fi
fi

say "running the tests"
status=0
swift test --skip-build "$@" 2>&1 | tee .scratch/test.log || status=$?
if [ "$status" -ne 0 ]; then
  stop_install_test
  say "tests failed (exit $status); Synapse's log: $scratch/homeserver.log"
  exit "$status"
fi
if [ $# -eq 0 ]; then
  for suite in "Integration: CurlHTTP and MatrixChat against Synapse" "Integration: hubbot run against Synapse" \
    "Integration: Matrix delivery, exactly once across restarts" "Integration: Matrix backlogs and lost databases" "Integration: Matrix rate limits and outages" \
    "Integration: the hub in chat" "Integration: faults to tickets" "Integration: admins and hot reload" \
    "Integration: admin commands in chat" "Integration: HubBot's words" \
    "Integration: IRC" "Integration: IRC with services" "Integration: operations" "Integration: the demo" \
    "Integration: end-to-end encrypted rooms" "Integration: encrypted messages without their key" \
    "Integration: set-up, doctor and backups"; do
    grep -q "Suite \"$suite\" passed" .scratch/test.log || { say "the suite '$suite' did not run"; exit 1; }
  done
  if [ -n "$install_pid" ]; then
    say "waiting for the install test"
    status=0
    wait "$install_pid" || status=$?
    install_pid=""
    [ "$status" -eq 0 ] || { say "the install test failed (exit $status):"; tail -n 40 .scratch/install-test.log; exit 1; }
    tail -n 1 .scratch/install-test.log
  fi
  # The demo story in each language HubBot speaks; each transcript is shown (its "# expect:"
  # lines were checked by the run).
  for lang in en de fr es nl; do
    say "the demo in $lang, without a keyboard: Scripts/demo.sh --ci --lang $lang (its own Synapse and Redmine; all must stop)"
    bash Scripts/demo.sh --ci --lang "$lang" > ".scratch/demo-ci-$lang.log" 2>&1 \
      || { say "the demo in $lang did not complete:"; tail -n 40 ".scratch/demo-ci-$lang.log"; exit 1; }
    say "the transcript in $lang:"
    sed 's/^/    /' ".scratch/demo-ci-$lang/chat.log"
  done
  say "the demo on PostgreSQL with two instances, its leader killed mid-story: Scripts/demo.sh --ci --postgres"
  bash Scripts/demo.sh --ci --postgres > .scratch/demo-ci-postgres.log 2>&1 \
    || { say "the demo on PostgreSQL did not complete:"; tail -n 40 .scratch/demo-ci-postgres.log; exit 1; }
  grep '^demo: killing\|^demo: the story completed across' .scratch/demo-ci-postgres.log
  say "checking the formatting"
  swift format lint --strict -r Sources Tests Package.swift
  say "checking the validate-config plugin (the shipped config passes, a broken one fails)"
  swift package validate-config >/dev/null
  if swift package validate-config Tests/Fixtures/broken-hubbot.yaml > .scratch/validate.log 2>&1 \
    || ! grep -q "broken-hubbot.yaml:10:7" .scratch/validate.log; then
    say "validate-config did not report the broken config:"; cat .scratch/validate.log; exit 1
  fi
fi
say "all tests passed"
# The plain closing line CI reads: N passed, N failed.
total=$(sed -n 's/.*Test run with \([0-9]*\) tests\{0,1\} in .* passed.*/\1/p' .scratch/test.log | tail -n 1)
echo "${total:-0} passed, 0 failed"
