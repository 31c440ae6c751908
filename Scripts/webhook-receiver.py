#!/usr/bin/env python3
"""A scriptable ticket webhook for HubBot's tests (standard library + standardwebhooks).

Listens on 127.0.0.1 on a free port and prints one JSON line: {"port": PORT}.
Exits on SIGTERM or SIGINT, or when the process that started it (--parent PID) is gone.

  POST /hook            a fault (any JSON). Answers from the plan, else 201 {"id": ..., "url": ...}.
                        A repeated Idempotency-Key gets the same ticket (as a careful ticket
                        system would), and every attempt is recorded.
  POST /control/plan    JSON {"answers": [{"status": 503}, {"status": 429, "retry_after": "2"},
                        {"drop": true}, {"sleep": 3}, ...]}: the next attempts' answers, in order; "drop"
                        records the request and closes the connection without answering;
                        "sleep" waits that many seconds before answering (as planned, or normally).
  ANY  /forward/PATH    with --forward URL: passes the request on to URL/PATH and its answer back;
                        a planned {"drop_after_forward": true} passes it on, then closes the
                        connection without answering (a lost answer, for reconciliation tests);
                        {"garble_after_forward": true} passes it on, then answers 200 with HTML;
                        {"status": 503} answers that itself without passing the request on;
                        {"method": "PUT", ...} applies only to the next request with that method,
                        {"path": "/sync", ...} only to the next whose path contains that.
                        {"drop_after_create": true} makes the ticket, then closes without answering.
  GET  /lookup?fault_id=ID   {"ticket": {"id", "url"}} for the fault's first ticket, or {"ticket": null}
                        (a planned {"lookup": true, "status": 503} answers that instead).
  --no-dedup            every create is a new ticket, whatever its Idempotency-Key (most systems).
  --chaos RATE --seed N when nothing is planned, that share of forwarded requests, /hook and /lookup
                        calls misbehave: a gateway's 503 or 429, an answer lost after the request got
                        through (or before it did), a garbled 200 — drawn from a seeded generator.
  GET  /control/tickets JSON list of {"fault_id", "ticket"} for every ticket made; /control/notes the
                        same for every later report added to a ticket (type hubbot.fault.also_reported).
  POST /control/down, /control/up   while down, every /hook attempt gets 503 (an outage).
  GET  /control/received  JSON list of attempts: time, idempotency_key, webhook_id,
                        signature_valid (checked with the secret given by --secret), body, answered.
"""
import argparse
import json
import random
import urllib.error
import urllib.request
import threading
import time
from scripted_http import JSONHandler, serve
from urllib.parse import parse_qs, urlsplit

try:
    from standardwebhooks.webhooks import Webhook
except ImportError:  # signature checks report None without the library
    Webhook = None

lock = threading.Lock()
plan = []
received = []
tickets = {}  # idempotency key -> ticket id
made = []  # (fault id, ticket id) for every ticket created, in order
# --chaos RATE: that share of requests (when nothing is planned) misbehaves in one of these ways,
# drawn from a generator seeded with --seed, so a failing run can be repeated.
chaos = 0.0
rng = random.Random(1)
PROXY_CHAOS = [{"status": 503}, {"status": 429, "retry_after": "1"}, {"drop_after_forward": True},
               {"garble_after_forward": True}, {"drop_before_forward": True}]
HOOK_CHAOS = [{"status": 503}, {"status": 429, "retry_after": "1"}, {"drop": True}, {"drop_after_create": True}]
LOOKUP_CHAOS = [{"status": 503}, {"garble": True}]


def chaos_answer(kinds):
    """Called with the lock held."""
    return dict(rng.choice(kinds)) if chaos and rng.random() < chaos else None
notes = []  # (fault id, ticket id) for every later report added to a ticket
no_dedup = False
secret = None
forward = None
down = False


class Handler(JSONHandler):
    def body(self):
        return self.raw_body()

    def garbled(self, entry):
        """A 200 nobody can read (a captive portal, a broken gateway)."""
        entry["answered"] = "garbled"
        data = b"<html><body>Gateway says hello</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def forward_request(self, body):
        with lock:
            # The first planned answer for this method ({"method": "PUT", ...}) and path
            # ({"path": "/sync", ...}: a part of it), or for any.
            index = next((i for i, a in enumerate(plan) if a.get("method", self.command) == self.command
                          and a.get("path", "") in self.path), None)
            answer = plan.pop(index) if index is not None else chaos_answer(PROXY_CHAOS)
            entry = {"time": time.time(), "path": self.path, "method": self.command,
                     "idempotency_key": self.headers.get("Idempotency-Key"),
                     "answered": "dropped" if answer and answer.get("drop_after_forward") else "forwarded"}
            received.append(entry)
        if answer and answer.get("drop_before_forward"):
            # The connection breaks before the request gets through.
            entry["answered"] = "dropped before"
            self.hang_up()
            return
        if answer and "status" in answer:
            # Answered by the proxy itself (a 503 or 429 from a gateway); the server never sees it.
            entry["answered"] = answer["status"]
            extra = [("Retry-After", answer["retry_after"])] if "retry_after" in answer else []
            self.reply(answer["status"], {"error": "planned by the proxy"}, extra)
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "x-redmine-api-key", "accept", "authorization")}
        request = urllib.request.Request(forward + self.path[len("/forward"):], data=body if self.command != "GET" else None,
                                         headers=headers, method=self.command)
        try:
            with urllib.request.urlopen(request, timeout=90) as response:
                status, data = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, data = error.code, error.read()
        if answer and answer.get("drop_after_forward"):
            self.hang_up()
            return
        if answer and answer.get("garble_after_forward"):
            # Passed on, then a 200 nobody can read (a captive portal, a broken gateway).
            self.garbled(entry)
            return
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if forward and self.path.startswith("/forward/"):
            self.forward_request(b"")
            return
        if self.path == "/control/received":
            with lock:
                self.reply(200, received)
        elif self.path == "/control/tickets":
            with lock:
                self.reply(200, [{"fault_id": fault, "ticket": ticket} for fault, ticket in made])
        elif self.path == "/control/notes":
            with lock:
                self.reply(200, [{"fault_id": fault, "ticket": ticket} for fault, ticket in notes])
        elif self.path.startswith("/lookup?"):
            # The lookup a receiver offers HubBot (tickets.targets.*.lookup_url): the fault's ticket, or null.
            fault = parse_qs(urlsplit(self.path).query).get("fault_id", [""])[0]
            with lock:
                answer = plan.pop(0) if plan and plan[0].get("lookup") else chaos_answer(LOOKUP_CHAOS)
                entry = {"time": time.time(), "path": self.path, "method": "GET", "answered": 200}
                received.append(entry)
            if answer and "status" in answer:
                entry["answered"] = answer["status"]
                self.reply(answer["status"], {"error": "planned"})
                return
            if answer and answer.get("garble"):
                self.garbled(entry)
                return
            with lock:
                ticket = next((t for f, t in made + notes if f == fault), None)
            self.reply(200, {"ticket": {"id": ticket, "url": f"http://tickets.test/{ticket}"} if ticket else None})
        else:
            self.reply(404, {"error": "not found"})

    def do_PUT(self):
        self.do_POST()

    def do_POST(self):
        body = self.body()
        if forward and self.path.startswith("/forward/"):
            self.forward_request(body)
            return
        global down
        if self.path in ("/control/down", "/control/up"):
            down = self.path == "/control/down"
            self.reply(200, {"down": down})
            return
        if self.path == "/hook" and down:
            with lock:
                received.append({"time": time.time(), "idempotency_key": self.headers.get("Idempotency-Key"),
                                 "answered": 503, "outage": True})
            self.reply(503, {"error": "outage"})
            return
        if self.path == "/control/plan":
            with lock:
                plan.extend(json.loads(body or b"{}").get("answers", []))
            self.reply(200, {"planned": len(plan)})
            return
        if self.path != "/hook":
            self.reply(404, {"error": "not found"})
            return
        valid = None
        if secret and Webhook is not None:
            try:
                Webhook(secret).verify(body, {k.lower(): v for k, v in self.headers.items()})
                valid = True
            except Exception:
                valid = False
        key = self.headers.get("Idempotency-Key")
        entry = {
            "time": time.time(), "idempotency_key": key, "webhook_id": self.headers.get("webhook-id"),
            "signature_valid": valid, "body": json.loads(body or b"null"), "answered": None,
        }
        with lock:
            received.append(entry)
            answer = plan.pop(0) if plan else chaos_answer(HOOK_CHAOS)
        if answer and answer.get("sleep"):
            time.sleep(answer["sleep"])  # a slow answer; then as planned, or a ticket
            if "status" not in answer and not answer.get("drop"):
                answer = None
        if answer and answer.get("drop"):
            entry["answered"] = "dropped"
            self.hang_up()
            return
        if answer and "status" in answer:
            status = answer["status"]
            extra = [("Retry-After", answer["retry_after"])] if "retry_after" in answer else []
            entry["answered"] = status
            self.reply(status, {"error": "planned"}, extra)
            return
        body_json = entry["body"] if isinstance(entry["body"], dict) else {}
        if body_json.get("type") == "hubbot.fault.also_reported":
            # A later report added to a ticket: its Idempotency-Key is its own fault id.
            with lock:
                made_note = (key, str(body_json.get("ticket_id")))
                if no_dedup or made_note not in notes:
                    notes.append(made_note)
            if answer and answer.get("drop_after_create"):
                entry["answered"] = "dropped"
                self.hang_up()
                return
            entry["answered"] = 201
            self.reply(201, {"id": made_note[1]})
            return
        with lock:
            if no_dedup:
                # Like most ticket systems: every create is a new ticket, whatever its Idempotency-Key.
                ticket = f"T-{len(made) + 1}"
            else:
                ticket = tickets.setdefault(key or f"anon-{len(tickets)}", f"T-{len(tickets) + 1}")
            fault = (entry["body"] or {}).get("fault", {}) if isinstance(entry["body"], dict) else {}
            if fault.get("id") and ticket not in [t for _, t in made]:
                made.append((fault["id"], ticket))
        if answer and answer.get("drop_after_create"):
            # The ticket exists, the answer is lost.
            entry["answered"] = "dropped"
            self.hang_up()
            return
        entry["answered"] = 201
        self.reply(201, {"id": ticket, "url": f"http://tickets.test/{ticket}"})


def main():
    global secret, forward, no_dedup, chaos, rng
    parser = argparse.ArgumentParser()
    parser.add_argument("--chaos", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-dedup", action="store_true")
    parser.add_argument("--secret")
    parser.add_argument("--forward")
    parser.add_argument("--parent", type=int)
    args = parser.parse_args()
    secret = args.secret
    no_dedup = args.no_dedup
    chaos = args.chaos
    rng = random.Random(args.seed)
    forward = args.forward.rstrip("/") if args.forward else None
    serve(Handler, args.parent)

if __name__ == "__main__":
    main()
