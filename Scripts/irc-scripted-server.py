#!/usr/bin/env python3
"""A small scripted IRC server for HubBot's tests (standard library only).

Speaks enough of RFC 1459/2812 for a bot and test people (registration, JOIN,
PART, PRIVMSG, NOTICE, PING, NICK, QUIT), IRCv3 capability negotiation
(https://ircv3.net/specs/extensions/capability-negotiation; no CAP LS
continuation lines) and SASL 3.1/3.2 (https://ircv3.net/specs/extensions/sasl-3.1).
Listens on 127.0.0.1; with --port 0 it picks a free port and prints "PORT <n>"
as its first line. Exits on SIGTERM/SIGINT, or when --parent PID is gone.

  --caps "sasl=PLAIN,EXTERNAL message-tags server-time account-tag echo-message"
                      the capabilities offered (default: none)
  --account NAME --password PW   the only valid SASL PLAIN credentials
  --tls-cert/--tls-key PEM       serve TLS instead of plain TCP
  --client-ca PEM     ask for client certificates signed by this CA; SASL
                      EXTERNAL logs such a client in as its certificate's CN
  --nick-in-use NAME  NICK NAME gets 433 ERR_NICKNAMEINUSE
  --log PATH          every line received, as JSON lines {"t": <monotonic s>, "line": ...}

Test-only command from a registered client: FLOOD <nick> <count> <ctcp|ping|malformed>
sends <nick> <count> CTCP VERSION requests from as many clones, <count>
PINGs (":flood-<i>") or lines with an invalid command, at once; each is logged as {"t": ..., "sent": line}.
KILL <nick> closes that client's connection (a connection lost mid-conversation).
"""
import argparse
import asyncio
import base64
import binascii
import datetime
import json
import os
import signal
import ssl
import sys
import time

SERVER = "irc.scripted.test"
args = None
offered = {}  # capability name -> value ("" when none)
clients = set()
channels = {}  # lower-case name -> set of clients
log_file = None


def log_line(line):
    if log_file:
        log_file.write(json.dumps({"t": time.monotonic(), "line": line}) + "\n")
        log_file.flush()


def parse(line):
    """(tags, source, command, params) of one IRC line."""
    tags, source = {}, None
    if line.startswith("@"):
        raw, _, line = line.partition(" ")
        for item in raw[1:].split(";"):
            key, _, value = item.partition("=")
            tags[key] = value
    line = line.lstrip(" ")
    if line.startswith(":"):
        source, _, line = line[1:].partition(" ")
    head, sep, trailing = line.partition(" :")
    params = head.split()
    if sep:
        params.append(trailing)
    command = params.pop(0).upper() if params else ""
    return tags, source, command, params


class Client:
    def __init__(self, reader, writer):
        self.reader, self.writer = reader, writer
        self.nick, self.user, self.account = None, None, None
        self.caps, self.negotiating, self.registered = set(), False, False
        self.sasl_mechanism, self.sasl_buffer = None, ""
        self.cert_cn = None
        peer = writer.get_extra_info("peercert")
        if peer:
            for rdn in peer.get("subject", ()):
                for key, value in rdn:
                    if key == "commonName":
                        self.cert_cn = value

    @property
    def prefix(self):
        return f"{self.nick}!{self.user or self.nick}@127.0.0.1"

    def send(self, line, tags=None):
        if tags:
            line = "@" + ";".join(f"{k}={v}" for k, v in tags.items()) + " " + line
        try:
            self.writer.write((line + "\r\n").encode())
        except Exception:
            pass

    def numeric(self, code, *params):
        *middle, last = params
        self.send(" ".join([f":{SERVER}", code, self.nick or "*", *middle]) + " :" + last)

    def tags_for(self, sender):
        """Tags of a relayed message, as this receiver negotiated them."""
        tags = {}
        if "server-time" in self.caps:
            now = datetime.datetime.now(datetime.timezone.utc)
            tags["time"] = now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"
        if "account-tag" in self.caps and sender.account:
            tags["account"] = sender.account
        return tags


def members_sharing(client):
    seen = set()
    for members in channels.values():
        if client in members:
            seen |= members
    return seen


def try_register(c):
    if c.registered or c.negotiating or not c.nick or not c.user:
        return
    c.registered = True
    c.numeric("001", f"Welcome to the HubBot scripted IRC server, {c.prefix}")
    c.numeric("002", f"Your host is {SERVER}, running irc-scripted-server.py")
    c.numeric("003", "This server was created for a test")
    c.send(f":{SERVER} 004 {c.nick} {SERVER} irc-scripted-server iow ntklo")
    c.numeric("005", "CHANTYPES=#& NICKLEN=30 CASEMAPPING=ascii NETWORK=HubBotTest", "are supported by this server")
    c.numeric("375", f"- {SERVER} Message of the day -")
    c.numeric("372", "- A scripted server for HubBot's tests.")
    c.numeric("376", "End of /MOTD command.")


def handle_cap(c, params):
    sub = params[0].upper() if params else ""
    target = c.nick or "*"
    if sub == "LS":
        if not c.registered:
            c.negotiating = True
        values = len(params) > 1 and params[1].isdigit() and int(params[1]) >= 302
        listed = " ".join(f"{k}={v}" if v and values else k for k, v in offered.items())
        c.send(f":{SERVER} CAP {target} LS :{listed}")
    elif sub == "REQ" and len(params) > 1:
        if not c.registered:
            c.negotiating = True
        wanted = params[1].split()
        if wanted and all(w.lstrip("-") in offered for w in wanted):
            for w in wanted:
                (c.caps.discard if w.startswith("-") else c.caps.add)(w.lstrip("-"))
            c.send(f":{SERVER} CAP {target} ACK :{params[1]}")
        else:
            c.send(f":{SERVER} CAP {target} NAK :{params[1]}")
    elif sub == "LIST":
        c.send(f":{SERVER} CAP {target} LIST :{' '.join(sorted(c.caps))}")
    elif sub == "END":
        c.negotiating = False
        try_register(c)
    else:
        c.numeric("410", sub or "*", "Invalid CAP command")


def sasl_done(c, account):
    if account:
        c.account = account
        c.numeric("900", c.prefix if c.nick else "*", account, f"You are now logged in as {account}")
        c.numeric("903", "SASL authentication successful")
    else:
        c.numeric("904", "SASL authentication failed")
    c.sasl_mechanism, c.sasl_buffer = None, ""


def handle_authenticate(c, params):
    if not params:
        return
    data = params[0]
    if "sasl" not in c.caps:
        c.numeric("904", "SASL authentication failed (sasl was not negotiated)")
        return
    if c.account and c.sasl_mechanism is None:
        c.numeric("907", "You have already authenticated using SASL")
        return
    if data == "*":
        c.sasl_mechanism, c.sasl_buffer = None, ""
        c.numeric("906", "SASL authentication aborted")
        return
    if c.sasl_mechanism is None:
        mechanisms = [m for m in offered.get("sasl", "").split(",") if m]
        if data.upper() not in mechanisms:
            c.numeric("908", ",".join(mechanisms), "are available SASL mechanisms")
            c.numeric("904", "SASL authentication failed")
            return
        c.sasl_mechanism = data.upper()
        c.send("AUTHENTICATE +")
        return
    if len(data) > 400:
        c.sasl_mechanism, c.sasl_buffer = None, ""
        c.numeric("905", "SASL message too long")
        return
    if data != "+":
        c.sasl_buffer += data
    if len(data) == 400:
        return  # more chunks follow (a payload of exactly 400n bytes ends with "+")
    try:
        payload = base64.b64decode(c.sasl_buffer, validate=True) if c.sasl_buffer else b""
    except (binascii.Error, ValueError):
        sasl_done(c, None)
        return
    if c.sasl_mechanism == "PLAIN":
        parts = payload.split(b"\0")
        ok = (len(parts) == 3 and args.account and parts[1].decode(errors="replace") == args.account
              and parts[2].decode(errors="replace") == args.password
              and parts[0] in (b"", parts[1]))
        sasl_done(c, args.account if ok else None)
    elif c.sasl_mechanism == "EXTERNAL":
        wanted = payload.decode(errors="replace")
        ok = c.cert_cn is not None and wanted in ("", c.cert_cn)
        sasl_done(c, c.cert_cn if ok else None)
    else:
        sasl_done(c, None)


def find_nick(nick):
    return next((o for o in clients if o.nick and o.nick.lower() == nick.lower()), None)


def handle_nick(c, params):
    if not params:
        c.numeric("431", "No nickname given")
        return
    new = params[0]
    other = find_nick(new)
    if new == args.nick_in_use or (other and other is not c):
        c.numeric("433", new, "Nickname is already in use")
        return
    if c.registered:
        line = f":{c.prefix} NICK :{new}"
        for o in members_sharing(c) | {c}:
            o.send(line)
    c.nick = new
    try_register(c)


def handle_message(c, command, params):
    if len(params) < 2:
        c.numeric("411" if not params else "412", "No recipient or text given")
        return
    target, text = params[0], params[1]
    line = f":{c.prefix} {command} {target} :{text}"
    if target[:1] in "#&":
        members = channels.get(target.lower())
        if members is None:
            c.numeric("403", target, "No such channel")
            return
        if c not in members:
            c.numeric("404", target, "Cannot send to channel")
            return
        receivers = [o for o in members if o is not c]
    else:
        receiver = find_nick(target)
        if receiver is None or not receiver.registered:
            c.numeric("401", target, "No such nick/channel")
            return
        receivers = [receiver]
    if "echo-message" in c.caps:
        receivers.append(c)
    for o in receivers:
        o.send(line, o.tags_for(c))


def handle_join(c, params):
    for name in (params[0].split(",") if params else []):
        if name[:1] not in "#&" or len(name) < 2:
            c.numeric("403", name, "No such channel")
            continue
        members = channels.setdefault(name.lower(), set())
        if c in members:
            continue
        members.add(c)
        for o in members:
            o.send(f":{c.prefix} JOIN {name}")
        c.numeric("353", "=", name, " ".join(sorted(o.nick for o in members)))
        c.numeric("366", name, "End of /NAMES list.")


def handle_part(c, params):
    reason = params[1] if len(params) > 1 else "Leaving"
    for name in (params[0].split(",") if params else []):
        members = channels.get(name.lower())
        if not members or c not in members:
            c.numeric("442", name, "You're not on that channel")
            continue
        for o in members:
            o.send(f":{c.prefix} PART {name} :{reason}")
        members.discard(c)


def handle_flood(nick, count, kind):
    target = find_nick(nick)
    if not target:
        return
    for i in range(count):
        if kind == "ping":
            line = f":{SERVER} PING :flood-{i}"
        elif kind == "malformed":
            line = f":{SERVER} 12x{i} nonsense"
        else:
            line = f":clone{i}!clone@127.0.0.1 PRIVMSG {target.nick} :\x01VERSION\x01"
        target.send(line)
        if log_file:
            log_file.write(json.dumps({"t": time.monotonic(), "sent": line}) + "\n")
    if log_file:
        log_file.flush()


def handle_line(c, line):
    tags, _, command, params = parse(line)
    if command == "CAP":
        handle_cap(c, params)
    elif command == "AUTHENTICATE":
        handle_authenticate(c, params)
    elif command == "NICK":
        handle_nick(c, params)
    elif command == "USER":
        if c.registered:
            c.numeric("462", "You may not reregister")
        elif len(params) < 4:
            c.numeric("461", "USER", "Not enough parameters")
        else:
            c.user = params[0]
            try_register(c)
    elif command == "PING":
        # --silent-after-welcome: a connection that died without closing (for watchdog tests).
        if not (args.silent_after_welcome and c.registered):
            c.send(f":{SERVER} PONG {SERVER} :{params[0] if params else ''}")
    elif command in ("PONG", "PASS", ""):
        pass
    elif command == "QUIT":
        raise ConnectionResetError("QUIT")
    elif not c.registered:
        c.numeric("451", "You have not registered")
    elif command == "KILL" and params:
        victim = find_nick(params[0])
        if victim:
            victim.writer.close()
    elif command == "FLOOD" and len(params) >= 3:
        handle_flood(params[0], int(params[1]), params[2])
    elif command in ("PRIVMSG", "NOTICE"):
        handle_message(c, command, params)
    elif command == "JOIN":
        handle_join(c, params)
    elif command == "PART":
        handle_part(c, params)
    else:
        c.numeric("421", command, "Unknown command")


async def serve(reader, writer):
    c = Client(reader, writer)
    clients.add(c)
    reason = "Client closed connection"
    try:
        while True:
            raw = await reader.readline()
            if not raw:
                break
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            log_line(line)
            try:
                handle_line(c, line)
            except ConnectionResetError:
                reason = "Quit"
                c.send("ERROR :Closing link (Quit)")
                break
            except Exception as error:  # a bad line never takes the server down
                print(f"irc-scripted-server: ignored {line!r}: {error!r}", file=sys.stderr, flush=True)
            await writer.drain()
    except (OSError, ValueError, asyncio.LimitOverrunError, asyncio.IncompleteReadError):
        pass
    finally:
        clients.discard(c)
        peers = members_sharing(c) - {c}
        for members in channels.values():
            members.discard(c)
        if c.registered:
            for o in peers:
                o.send(f":{c.prefix} QUIT :{reason}")
        try:
            writer.close()
        except Exception:
            pass


async def watch_parent(pid):
    while True:
        await asyncio.sleep(1)
        try:
            os.kill(pid, 0)
        except OSError:
            os._exit(0)


async def main():
    global args, log_file
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--caps", default="")
    parser.add_argument("--account")
    parser.add_argument("--password")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--client-ca")
    parser.add_argument("--nick-in-use")
    parser.add_argument("--silent-after-welcome", action="store_true",
                        help="never answer PING after registration (a dead connection that stays open)")
    parser.add_argument("--log")
    parser.add_argument("--parent", type=int)
    args = parser.parse_args()
    for item in args.caps.split():
        name, _, value = item.partition("=")
        offered[name] = value
    if args.log:
        log_file = open(args.log, "a", encoding="utf-8")
    context = None
    if args.tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)  # trusts only --client-ca
        context.load_cert_chain(args.tls_cert, args.tls_key)
        if args.client_ca:
            context.load_verify_locations(args.client_ca)
            context.verify_mode = ssl.CERT_OPTIONAL
    server = await asyncio.start_server(serve, "127.0.0.1", args.port, ssl=context)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: os._exit(0))
    if args.parent:
        loop.create_task(watch_parent(args.parent))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
