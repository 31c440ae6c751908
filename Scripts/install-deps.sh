#!/usr/bin/env bash
# Installs what HubBot needs to build, run its demo and run its tests on a
# fresh Debian machine: libcurl's development files, OpenSSL's CLI (test
# certificates), a Python virtual environment with Synapse in .venv/, and
# Redmine from Debian (the real ticket system the tests file faults in).
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'install-deps: %s\n' "$*" >&2; }

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_packages=(libcurl4-openssl-dev libsqlite3-dev libstemmer-dev libolm-dev pkg-config openssl)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "${HUBBOT_SKIP_SYNAPSE:-0}" != 1 ]; then
  python=${PYTHON:-python3}
  if [ ! -x .venv/bin/python ]; then
    say "creating .venv with $($python --version 2>&1)"
    "$python" -m venv .venv
  fi
  if ! .venv/bin/python -c 'import synapse' 2>/dev/null; then
    say "installing matrix-synapse into .venv (first time only, about a minute)"
    .venv/bin/pip install -q --disable-pip-version-check 'matrix-synapse>=1.100'
  fi
  if ! .venv/bin/python -c 'import nio.crypto, vodozemac' 2>/dev/null; then
    say "installing matrix-nio with end-to-end encryption into .venv (the encrypted-room tests' chat app)"
    .venv/bin/pip install -q --disable-pip-version-check 'matrix-nio[e2e]==0.26.0'
  fi
  if ! .venv/bin/python -c 'import standardwebhooks' 2>/dev/null; then
    say "installing standardwebhooks into .venv (the tests check HubBot's signatures with it)"
    .venv/bin/pip install -q --disable-pip-version-check standardwebhooks
  fi
fi
if [ "${HUBBOT_SKIP_REDMINE:-0}" != 1 ]; then
  bash Scripts/redmine.sh install
fi
if [ "${HUBBOT_SKIP_IRC:-0}" != 1 ]; then
  bash Scripts/ircd.sh install          # ngircd: plain and TLS IRC for the tests
  bash Scripts/irc-services.sh install  # inspircd + atheme-services: SASL and account tags
fi
if [ "${HUBBOT_SKIP_POSTGRES:-0}" != 1 ]; then
  bash Scripts/postgres.sh install      # postgresql: the shared store and leader election
fi
if [ "${HUBBOT_SKIP_LDAP:-0}" != 1 ]; then
  bash Scripts/ldap.sh install          # slapd + ldap-utils: the directory for specialists sync-ldap
fi
say "ok"
