#!/usr/bin/env bash
# Builds HubBot for servers: a self-contained release binary (the Swift runtime and
# Foundation linked in statically, stripped; it needs only Debian's ordinary shared
# libraries), a Debian package with the binary, the systemd unit, example configs under
# /etc/hubbot, the docs and a `hubbot` system user, and a tarball of the same files for
# other distributions.
#
#   Scripts/package.sh [OUTDIR]     (default .build/package)
#
# Prints the paths of the .deb and the tarball on its last two lines. Installs only what
# building needs (libcurl's, libolm's, Snowball's and SQLite's development packages).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'package: %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }

out=${1:-.build/package}
HUBBOT_SKIP_SYNAPSE=1 HUBBOT_SKIP_REDMINE=1 HUBBOT_SKIP_IRC=1 bash Scripts/install-deps.sh >/dev/null

say "building the release binary (static Swift runtime; a few minutes the first time)"
scratch=.build/static
swift build -c release --product hubbot --static-swift-stdlib --disable-local-rpath --scratch-path "$scratch" \
  > .build/package-build.log 2>&1 || { tail -n 30 .build/package-build.log; fail "the build failed"; }
built="$scratch/release/hubbot"

version=$("$built" --version | cut -d' ' -f1)
arch=$(dpkg --print-architecture)
name="hubbot_${version}_${arch}"
stage="$out/stage"
rm -rf "$stage" && mkdir -p "$stage" "$out"
root="$stage/root"

# The files, laid out as installed.
install -D -m 0755 "$built" "$root/usr/bin/hubbot"
strip --strip-all "$root/usr/bin/hubbot"
if readelf -d "$root/usr/bin/hubbot" | grep -E 'RPATH|RUNPATH' | grep -q .; then
  readelf -d "$root/usr/bin/hubbot" | grep -E 'RPATH|RUNPATH' >&2
  fail "the binary still has a library search path (the toolchain's?): it would not run elsewhere"
fi
if readelf -d "$root/usr/bin/hubbot" | grep NEEDED | grep -qi 'swift\|Foundation\|dispatch\|BlocksRuntime'; then
  readelf -d "$root/usr/bin/hubbot" | grep NEEDED >&2
  fail "the binary still needs a Swift runtime library"
fi
install -D -m 0644 deploy/hubbot.service "$root/lib/systemd/system/hubbot.service"
install -D -m 0644 deploy/hubbot.logrotate "$root/etc/logrotate.d/hubbot"
install -d -m 0755 "$root/etc/hubbot"
# The server's config: the shipped one with the database in the state directory.
sed 's|^  path: "hubbot.sqlite"|  path: "/var/lib/hubbot/hubbot.sqlite"|' Config/hubbot.yaml > "$root/etc/hubbot/hubbot.yaml"
grep -q '/var/lib/hubbot/hubbot.sqlite' "$root/etc/hubbot/hubbot.yaml" \
  || fail "Config/hubbot.yaml has no 'path: \"hubbot.sqlite\"' line under storage to point at /var/lib/hubbot"
install -m 0644 Config/tags.yaml "$root/etc/hubbot/tags.yaml"
docs="$root/usr/share/doc/hubbot"
install -d -m 0755 "$docs"
install -m 0644 README.md docs/*.md "$docs/"
cat > "$docs/copyright" <<'EOF'
HubBot — the chat front door of a hub of specialists.
Statically linked: the Swift runtime, Foundation and Dispatch (Apache-2.0 with Runtime Library
Exception), swift-argument-parser, swift-log, swift-metrics, swift-service-lifecycle,
swift-crypto, swift-nio, hummingbird, swift-prometheus, swift-http-types (Apache-2.0),
GRDB.swift and Yams (MIT).
EOF
# The binary checks the config it ships with (a broken example would fail the unit's ExecStartPre).
"$root/usr/bin/hubbot" check-config "$root/etc/hubbot/hubbot.yaml" >/dev/null \
  || fail "the packaged /etc/hubbot/hubbot.yaml does not pass check-config"

# Debian's metadata: dependencies from the binary's NEEDED libraries, as dpkg-shlibdeps reads them.
control="$stage/DEBIAN"
install -d -m 0755 "$root/DEBIAN"
mkdir -p "$control/debian"
printf 'Source: hubbot\n\nPackage: hubbot\nArchitecture: any\n' > "$control/debian/control"
binary=$(cd "$root/usr/bin" && pwd)/hubbot   # absolute: OUTDIR may be relative or absolute
depends=$(cd "$control" && dpkg-shlibdeps -O "$binary" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || fail "dpkg-shlibdeps found no dependencies"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: hubbot
Version: $version
Architecture: $arch
Maintainer: HubBot maintainers <hubbot@localhost>
Installed-Size: $size
Depends: $depends, passwd, procps
Section: net
Priority: optional
Homepage: https://github.com/hubbot/hubbot
Description: chat front door of an IT hub of specialists (Matrix and IRC)
 Colleagues write a sentence about a business problem or idea in a Matrix room
 or an IRC channel; HubBot finds the specialists whose interests fit, offers
 the request to the one they pick, and introduces the two. Everyday IT faults
 are recognised and filed in the ticket system exactly once.
EOF
printf '/etc/hubbot/hubbot.yaml\n/etc/hubbot/tags.yaml\n/etc/logrotate.d/hubbot\n' > "$root/DEBIAN/conffiles"
cat > "$root/DEBIAN/postinst" <<'EOF'
#!/bin/sh
# HubBot runs as its own system user; its state (database, key file) lives in /var/lib/hubbot.
set -e
if [ "$1" = configure ]; then
  if ! getent passwd hubbot >/dev/null; then
    useradd --system --user-group --home-dir /var/lib/hubbot --no-create-home \
      --shell /usr/sbin/nologin --comment "HubBot" hubbot
  fi
  install -d -m 0700 -o hubbot -g hubbot /var/lib/hubbot
  # The config is readable by HubBot and root only; secrets go in hubbot.env (root only,
  # read by systemd before HubBot starts).
  chgrp hubbot /etc/hubbot /etc/hubbot/hubbot.yaml /etc/hubbot/tags.yaml
  chmod 0750 /etc/hubbot
  chmod 0640 /etc/hubbot/hubbot.yaml /etc/hubbot/tags.yaml
  if [ ! -e /etc/hubbot/hubbot.env ]; then
    install -m 0600 /dev/null /etc/hubbot/hubbot.env
  fi
  if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null || true
  fi
  echo "HubBot installed. Next: hubbot account login (see /usr/share/doc/hubbot/README.md, \"Install on a server\")."
fi
exit 0
EOF
cat > "$root/DEBIAN/prerm" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = remove ] && [ -d /run/systemd/system ]; then
  systemctl stop hubbot.service >/dev/null 2>&1 || true
  systemctl disable hubbot.service >/dev/null 2>&1 || true
fi
exit 0
EOF
cat > "$root/DEBIAN/postrm" <<'EOF'
#!/bin/sh
# Purge removes the secrets file; the database in /var/lib/hubbot (people's history) and the
# hubbot user stay until an admin removes them.
set -e
if [ "$1" = purge ]; then
  rm -f /etc/hubbot/hubbot.env
  rmdir /etc/hubbot 2>/dev/null || true
fi
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload >/dev/null 2>&1 || true
fi
exit 0
EOF
chmod 0755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm" "$root/DEBIAN/postrm"

deb="$out/$name.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null

# The tarball: the same files under hubbot-VERSION/, with the manual install steps.
tree="$stage/hubbot-$version"
mkdir -p "$tree"
cp -a "$root/usr/bin" "$tree/bin"
cp -a "$root/etc" "$root/lib" "$tree/"
mkdir -p "$tree/share" && cp -a "$root/usr/share/doc" "$tree/share/"
cp -a "$root/DEBIAN/postinst" "$tree/postinst.sh"
cat > "$tree/INSTALL" <<'EOF'
HubBot without a Debian package (any Linux with glibc ≥ 2.36, libcurl 4, libsqlite3,
libolm 3 and libstemmer 0d), as root:

  install -m 0755 bin/hubbot /usr/bin/hubbot
  cp -rn etc/hubbot /etc/ && cp lib/systemd/system/hubbot.service /etc/systemd/system/
  mkdir -p /usr/share/doc && cp -r share/doc/hubbot /usr/share/doc/
  cp etc/logrotate.d/hubbot /etc/logrotate.d/   # only matters with log.file in /var/log/hubbot
  sh postinst.sh configure      # the hubbot user, /var/lib/hubbot, permissions

Then follow "Install on a server" in share/doc/hubbot/README.md from `hubbot account login`.
EOF
tarball="$out/hubbot-$version-linux-$arch.tar.gz"
tar -C "$stage" --owner=0 --group=0 -czf "$tarball" "hubbot-$version"

bytes=$(stat -c %s "$root/usr/bin/hubbot")
say "binary: $((bytes / 1024 / 1024)) MiB stripped; needs: $(readelf -d "$root/usr/bin/hubbot" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | tr '\n' ' ')"
say "depends: $depends"
echo "$deb"
echo "$tarball"
