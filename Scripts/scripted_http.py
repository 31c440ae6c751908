"""What HubBot's scripted HTTP test servers share (Python standard library only): a quiet JSON
handler on kept-alive HTTP/1.1, and serving on a free 127.0.0.1 port until signalled or until the
process that started it is gone. Imported by webhook-receiver.py and ticket-systems.py."""
import json
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class JSONHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body leave in one write (no 40 ms delayed-ACK stall on kept-alive connections).
    wbufsize = 65536
    disable_nagle_algorithm = True

    def log_message(self, format, *args):
        pass

    def raw_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def reply(self, status, payload, extra=()):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def hang_up(self):
        """Closes the connection without an answer (a lost answer, a broken gateway)."""
        self.close_connection = True
        self.connection.shutdown(2)


def serve(handler, parent=None):
    """Serves `handler` on a free port, announces {"port": N} on stdout, and returns when SIGTERM
    or SIGINT arrives or the process `parent` is gone."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(0))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(json.dumps({"port": server.server_address[1]}), flush=True)
    while True:
        time.sleep(1)
        if parent:
            try:
                os.kill(parent, 0)
            except OSError:
                return
