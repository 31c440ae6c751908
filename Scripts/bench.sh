#!/usr/bin/env bash
# Runs HubBot's benchmarks: triage accuracy on the labelled corpus, then the
# speed benchmarks (Benchmarks/, ordo-one's package-benchmark: CurlHTTP against
# URLSession on a local nginx this script installs, starts and stops; the
# engine; the IRC wire). Extra arguments go to `swift package benchmark`, e.g. --filter CurlHTTP.
set -euo pipefail
cd "$(dirname "$0")/.."
HUBBOT_SKIP_SYNAPSE=1 bash Scripts/install-deps.sh
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "bench: installing nginx" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null 2>&1 \
    || $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

dir=$(pwd)/.scratch/bench-nginx
mkdir -p "$dir/tmp"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 10000000;
  keepalive_timeout 120s;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  server {
    listen 127.0.0.1:$port;
    location = /hello { default_type text/plain; return 200 "hello"; }
  }
}
CONF
"$nginx_bin" -c "$dir/nginx.conf" -p "$dir" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/hello" >/dev/null && break; sleep 0.1; done

swift build --product hubbot >/dev/null
for corpus in blind/corpus-p.tsv:Config/tags.yaml blind/corpus-q.tsv:Tests/Fixtures/blind/org2-tags.yaml \
  blind/corpus-r.tsv:Tests/Fixtures/blind/org3-tags.yaml blind/corpus-m.tsv:Config/tags.yaml blind/corpus-n.tsv:Tests/Fixtures/blind/org2-tags.yaml \
  blind/corpus-o.tsv:Tests/Fixtures/blind/org3-tags.yaml blind/corpus-i.tsv:Tests/Fixtures/blind/org3-tags.yaml \
  blind/corpus-d.tsv:Config/tags.yaml blind/corpus-e.tsv:Tests/Fixtures/blind/org2-tags.yaml \
  blind/corpus-f.tsv:Tests/Fixtures/blind/org3-tags.yaml blind/corpus-a.tsv:Config/tags.yaml \
  blind/corpus-b.tsv:Tests/Fixtures/blind/org2-tags.yaml blind/corpus-c.tsv:Tests/Fixtures/blind/org3-tags.yaml \
  blind/corpus-dev.tsv:Config/tags.yaml triage-corpus.tsv:Config/tags.yaml; do
  echo "bench: triage accuracy on Tests/Fixtures/${corpus%%:*} with ${corpus#*:}" >&2
  .build/debug/hubbot triage --tags "${corpus#*:}" --evaluate "Tests/Fixtures/${corpus%%:*}" | sed -n '1,8p'
done

export HUBBOT_BENCH_URL="http://127.0.0.1:$port/hello"
echo "bench: nginx on $HUBBOT_BENCH_URL" >&2
# TicketDrain is an end-to-end program (Scripts/bench-tickets.sh), not a package-benchmark target.
targets=(--target HTTPClientBenchmark --target EngineBenchmark --target IRCBenchmark)
swift package --package-path Benchmarks --disable-sandbox benchmark "${targets[@]}" "$@"
