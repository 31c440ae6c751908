#!/usr/bin/env python3
"""A small HTTP/1.1 server for CurlHTTP's tests (Python standard library only).

Listens on 127.0.0.1 on free ports, plain HTTP and, with --tls-dir, HTTPS with a
certificate signed by a throwaway CA that it creates with the openssl CLI.
Prints one JSON line once listening: {"http": PORT, "https": PORT|null, "ca": PATH|null}.
Exits when its standard input closes (the test process ended) or on SIGTERM.

Endpoints (any method):
  /hello                      200 "hello"
  /echo                       200 JSON: method, path, query, headers (lower-case names), body
  /status/CODE?retry_after=V&header=Name:Value   that status, JSON body
  /sleep?ms=N                 waits N ms, then 200 "slept"
  /hang?id=X                  never answers; /hang-state?id=X says "open", or "closed" once the client left
  /bytes?n=N&chunked=1        N bytes of "x" (chunked: no Content-Length)
  /redirect?to=URL&code=302   a redirect
  /connection                 JSON: peer port and the number of requests on this connection
  /headers-multi              two Set-Cookie fields and X-Mixed-Case
"""
import json
import os
import select
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

hang_states = {}  # id -> "open" | "closed"
hang_lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # quiet
        pass

    def setup(self):
        super().setup()
        self.requests_on_connection = 0

    def handle_one_request(self):
        self.requests_on_connection += 1
        super().handle_one_request()

    def do_GET(self):
        self.route()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Length", "5")
        self.end_headers()

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def reply(self, status, body, content_type="application/json", extra=()):
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        elif isinstance(body, str):
            body = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def route(self):
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        body = self.read_body()
        path = url.path
        if path == "/hello":
            self.reply(200, "hello", "text/plain")
        elif path == "/echo":
            self.reply(200, {
                "method": self.command,
                "path": path,
                "query": {k: v[0] for k, v in query.items()},
                "headers": {k.lower(): v for k, v in self.headers.items()},
                "body": body.decode("utf-8", "replace"),
            })
        elif path.startswith("/status/"):
            code = int(path.split("/")[2])
            extra = []
            if "retry_after" in query:
                extra.append(("Retry-After", query["retry_after"][0]))
            for header in query.get("header", []):
                name, _, value = header.partition(":")
                extra.append((name, value))
            self.reply(code, {"status": code}, extra=extra)
        elif path == "/sleep":
            time.sleep(int(query.get("ms", ["100"])[0]) / 1000)
            self.reply(200, "slept", "text/plain")
        elif path == "/hang":
            self.hang(query.get("id", [""])[0])
        elif path == "/hang-state":
            with hang_lock:
                self.reply(200, {"state": hang_states.get(query.get("id", [""])[0], "unknown")})
        elif path == "/bytes":
            self.stream(int(query.get("n", ["0"])[0]), query.get("chunked", ["0"])[0] == "1")
        elif path == "/redirect":
            code = int(query.get("code", ["302"])[0])
            self.reply(code, "", "text/plain", extra=[("Location", query["to"][0])])
        elif path == "/connection":
            self.reply(200, {"peer_port": self.client_address[1],
                             "requests_on_connection": self.requests_on_connection})
        elif path == "/headers-multi":
            self.reply(200, "ok", "text/plain",
                       extra=[("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("X-Mixed-Case", "yes")])
        else:
            self.reply(404, {"error": "no such endpoint", "path": path})

    def hang(self, hang_id):
        with hang_lock:
            hang_states[hang_id] = "open"
        deadline = time.time() + 120
        try:
            while time.time() < deadline:
                readable, _, _ = select.select([self.connection], [], [], 0.05)
                if readable and not self.connection.recv(1, socket.MSG_PEEK):
                    break  # the client closed the connection
        except OSError:
            pass
        with hang_lock:
            hang_states[hang_id] = "closed"
        self.close_connection = True

    def stream(self, n, chunked):
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(n))
        self.end_headers()
        block = b"x" * 65536
        sent = 0
        try:
            while sent < n:
                piece = block[: min(len(block), n - sent)]
                if chunked:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                else:
                    self.wfile.write(piece)
                sent += len(piece)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            self.close_connection = True


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 512


def make_certificates(directory):
    """A CA and a server certificate for 127.0.0.1 and localhost, signed by it."""
    os.makedirs(directory, exist_ok=True)
    ca_key, ca = os.path.join(directory, "ca.key"), os.path.join(directory, "ca.pem")
    key, csr, cert = (os.path.join(directory, n) for n in ("server.key", "server.csr", "server.pem"))
    ext = os.path.join(directory, "server.ext")
    run = lambda *args: subprocess.run(args, check=True, capture_output=True)
    if not os.path.exists(cert):
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key, "-out", ca,
            "-days", "2", "-subj", "/CN=HubBot Test CA")
        run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
            "-subj", "/CN=127.0.0.1")
        with open(ext, "w") as f:
            f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                    "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                    "extendedKeyUsage=serverAuth\n")
        run("openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
            "-out", cert, "-days", "2", "-extfile", ext)
    return ca, cert, key


def serve(server):
    threading.Thread(target=server.serve_forever, daemon=True).start()


def main():
    tls_dir = sys.argv[sys.argv.index("--tls-dir") + 1] if "--tls-dir" in sys.argv else None
    plain = Server(("127.0.0.1", 0), Handler)
    serve(plain)
    https_port, ca = None, None
    if tls_dir:
        ca, cert, key = make_certificates(tls_dir)
        secure = Server(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        secure.socket = context.wrap_socket(secure.socket, server_side=True)
        serve(secure)
        https_port = secure.server_address[1]
    print(json.dumps({"http": plain.server_address[1], "https": https_port, "ca": ca}), flush=True)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    sys.stdin.read()  # returns when the parent closes our stdin or exits
    os._exit(0)


if __name__ == "__main__":
    main()
