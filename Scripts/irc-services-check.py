#!/usr/bin/env python3
"""Checks (or prepares) the throwaway IRC network of Scripts/irc-services.sh.

usage: irc-services-check.py PORT [--host 127.0.0.1] [--timeout SECONDS]
       irc-services-check.py PORT --register USER:PASSWORD ... [--wait SECONDS]

Without --register: a real end-to-end check, exit 0 when all of it passes.
  1. hubbot logs in with SASL PLAIN (CAP LS 302, CAP REQ :sasl account-tag,
     AUTHENTICATE PLAIN) and gets 900 and 903;
  2. the same account with a wrong password gets 904;
  3. alice logs in with SASL and sends hubbot's client a PRIVMSG, which that
     client receives with an @account=alice tag.
The check clients use nicks of their own (hbchk...), so it can run beside
tests that use the nicks hubbot and alice.

With --register: wait (up to --wait seconds) until services are linked (the
server offers the sasl capability and NickServ is on), then make sure every
USER:PASSWORD account exists: an account that SASL already accepts is left as
it is, any other is registered with NickServ (the client takes the nick USER
for that). Idempotent. Exit 1 with a message on failure.

Only the Python standard library is used.
"""
import argparse
import base64
import secrets
import socket
import sys
import time

TIMEOUT = 20.0


class IRCError(Exception):
    pass


def parse(line):
    """Returns (tags dict, prefix, command, params list) of one IRC line."""
    tags = {}
    if line.startswith("@"):
        raw, _, line = line.partition(" ")
        for item in raw[1:].split(";"):
            key, _, value = item.partition("=")
            tags[key] = value
    prefix = ""
    if line.startswith(":"):
        prefix, _, line = line.partition(" ")
        prefix = prefix[1:]
    trailing = None
    if " :" in line:
        line, _, trailing = line.partition(" :")
    params = line.split()
    command = params.pop(0).upper() if params else ""
    if trailing is not None:
        params.append(trailing)
    return tags, prefix, command, params


class Client:
    def __init__(self, host, port, nick, timeout=TIMEOUT, name=None):
        self.nick = nick
        self.name = name or nick
        self.timeout = timeout
        self.buffer = b""
        self.seen = []  # every line received, for error messages
        try:
            self.sock = socket.create_connection((host, port), timeout=timeout)
        except OSError as error:
            raise IRCError(f"{self.name}: cannot connect to {host}:{port}: {error}")

    def send(self, line):
        self.sock.sendall(line.encode() + b"\r\n")

    def close(self):
        try:
            self.send("QUIT :done")
        except OSError:
            pass
        self.sock.close()

    def lines(self, deadline):
        """Yields parsed lines until the deadline; answers PINGs itself."""
        while True:
            while b"\n" in self.buffer:
                raw, _, self.buffer = self.buffer.partition(b"\n")
                text = raw.rstrip(b"\r").decode("utf-8", "replace")
                if not text:
                    continue
                self.seen.append(text)
                message = parse(text)
                if message[2] == "PING":
                    self.send("PONG :" + (message[3][-1] if message[3] else ""))
                    continue
                yield message
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                return
            except OSError as error:
                raise IRCError(f"{self.name}: connection error: {error}")
            if not data:
                raise IRCError(f"{self.name}: the server closed the connection; "
                               f"last lines: {self.seen[-5:]}")
            self.buffer += data

    def wait_for(self, what, predicate, timeout=None):
        deadline = time.monotonic() + (timeout or self.timeout)
        for message in self.lines(deadline):
            result = predicate(message)
            if result:
                return message if result is True else result
        raise IRCError(f"{self.name}: timed out waiting for {what}; last lines: {self.seen[-5:]}")

    def cap_ls(self):
        """Sends CAP LS 302 and returns the set of capability names offered."""
        self.send("CAP LS 302")
        caps = set()
        deadline = time.monotonic() + self.timeout
        for _, _, command, params in self.lines(deadline):
            if command == "CAP" and len(params) >= 3 and params[1] == "LS":
                more = params[2] == "*" and len(params) >= 4
                caps.update(c.split("=", 1)[0] for c in params[-1].split())
                if not more:
                    return caps
        raise IRCError(f"{self.name}: no answer to CAP LS 302; last lines: {self.seen[-5:]}")

    def register_user(self):
        self.send(f"NICK {self.nick}")
        self.send(f"USER {self.nick[:10]} 0 * :HubBot services check")

    def cap_req(self, caps):
        self.send("CAP REQ :" + " ".join(caps))

        def answer(message):
            _, _, command, params = message
            if command == "CAP" and len(params) >= 3 and params[1] in ("ACK", "NAK"):
                return params[1]
            return False
        if self.wait_for("CAP ACK", answer) != "ACK":
            raise IRCError(f"{self.name}: the server refused CAP REQ :{' '.join(caps)}")

    def sasl_plain(self, account, password):
        """Runs AUTHENTICATE PLAIN; returns the final numeric (903, 904, ...)."""
        self.send("AUTHENTICATE PLAIN")
        first = self.wait_for("AUTHENTICATE +", lambda m: (m[2] == "AUTHENTICATE" and m[3][:1] == ["+"])
                              or m[2] in ("904", "905", "906", "908"))
        if first[2] != "AUTHENTICATE":
            return int(first[2])
        payload = base64.b64encode(f"\0{account}\0{password}".encode()).decode()
        self.send("AUTHENTICATE " + payload)
        got = set()

        def done(message):
            command = message[2]
            if command == "900":
                got.add(900)
            if command in ("903", "904", "905", "906", "907"):
                return command
            return False
        final = int(self.wait_for("the SASL result (903/904)", done))
        if final == 903 and 900 not in got:
            raise IRCError(f"{self.name}: 903 without 900 (RPL_LOGGEDIN)")
        return final

    def finish_registration(self):
        self.send("CAP END")
        welcome = self.wait_for("001 (welcome)", lambda m: m[2] == "001" or self._refused(m))
        if welcome[2] != "001":
            raise IRCError(f"{self.name}: registration refused: {self.seen[-1]}")
        self.nick = welcome[3][0]

    @staticmethod
    def _refused(message):
        return message[2] in ("432", "433", "436", "ERROR")


def sasl_client(host, port, account, password, timeout, caps=("sasl",), name=None):
    """Connects, logs in with SASL; returns (client, final numeric)."""
    client = Client(host, port, "hbchk" + secrets.token_hex(3), timeout, name or account)
    offered = client.cap_ls()
    missing = [c for c in caps if c not in offered]
    if missing:
        client.close()
        raise IRCError(f"{client.name}: the server does not offer {missing}; it offers {sorted(offered)}")
    client.register_user()
    client.cap_req(caps)
    return client, client.sasl_plain(account, password)


def check(args):
    steps = []
    host, port, timeout = args.host, args.port, args.timeout
    caps = ("sasl", "account-tag")

    bot, final = sasl_client(host, port, "hubbot", "hubbot-secret", timeout, caps, "hubbot")
    if final != 903:
        raise IRCError(f"hubbot: SASL PLAIN with the right password ended in {final}, not 903; "
                       f"last lines: {bot.seen[-5:]}")
    bot.finish_registration()
    steps.append("hubbot: SASL PLAIN -> 900, 903")

    wrong, final = sasl_client(host, port, "hubbot", "not-the-password", timeout, caps, "wrong")
    wrong.close()
    if final != 904:
        raise IRCError(f"wrong password: SASL ended in {final}, not 904")
    steps.append("hubbot with a wrong password: 904")

    alice, final = sasl_client(host, port, "alice", "alice-secret", timeout, caps, "alice")
    if final != 903:
        raise IRCError(f"alice: SASL PLAIN ended in {final}, not 903; last lines: {alice.seen[-5:]}")
    alice.finish_registration()
    steps.append("alice: SASL PLAIN -> 900, 903")

    text = "hello from alice " + secrets.token_hex(4)
    alice.send(f"PRIVMSG {bot.nick} :{text}")
    tags, prefix, _, params = bot.wait_for(
        "alice's PRIVMSG", lambda m: m[2] == "PRIVMSG" and m[3][-1:] == [text])
    if tags.get("account") != "alice":
        raise IRCError(f"hubbot got alice's PRIVMSG without @account=alice: {bot.seen[-1]}")
    steps.append(f"hubbot got alice's PRIVMSG with @account=alice: {bot.seen[-1]}")
    alice.close()
    bot.close()
    for step in steps:
        print("ok   " + step)
    print(f"irc-services-check: {len(steps)} passed, 0 failed")


def services_ready(host, port, timeout):
    """True when the server offers sasl (services linked) and NickServ is on."""
    client = Client(host, port, "hbchk" + secrets.token_hex(3), timeout, "readiness")
    try:
        if "sasl" not in client.cap_ls():
            return False
        client.register_user()
        client.send("CAP END")
        client.wait_for("001", lambda m: m[2] == "001")
        client.send("ISON NickServ SaslServ")
        _, _, _, params = client.wait_for("303 (ISON)", lambda m: m[2] == "303")
        return {"nickserv", "saslserv"} <= set(params[-1].lower().split())
    finally:
        client.close()


def ensure_account(host, port, account, password, timeout):
    client, final = sasl_client(host, port, account, password, timeout)
    client.close()
    if final == 903:
        return "exists"
    client = Client(host, port, account, timeout, f"register {account}")
    try:
        client.register_user()
        welcome = client.wait_for("001", lambda m: m[2] == "001" or Client._refused(m))
        if welcome[2] != "001":
            raise IRCError(f"cannot register {account}: the nick is refused or in use: {client.seen[-1]}")
        email = f"{account}@hubbot.test"
        client.send(f"PRIVMSG NickServ :REGISTER {password} {email}")

        def answer(message):
            _, prefix, command, params = message
            if command != "NOTICE" or not prefix.lower().startswith("nickserv"):
                return False
            text = params[-1].replace("\x02", "")
            if "is now registered" in text:
                return "registered"
            if "already registered" in text:
                return "taken"
            return "other: " + text
        result = client.wait_for(f"NickServ's answer to REGISTER {account}", answer)
    finally:
        client.close()
    if result == "taken":
        raise IRCError(f"account {account} exists but does not take the password {password!r}")
    if result != "registered":
        raise IRCError(f"NickServ did not register {account}: {result[7:]}")
    client, final = sasl_client(host, port, account, password, timeout)
    client.close()
    if final != 903:
        raise IRCError(f"{account} was registered but SASL PLAIN then ended in {final}")
    return "registered"


def register(args):
    deadline = time.monotonic() + args.wait
    last = "no answer yet"
    while True:
        try:
            if services_ready(args.host, args.port, min(args.timeout, 5)):
                break
            last = "services are not linked yet (no sasl capability or no NickServ)"
        except IRCError as error:
            last = str(error)
        if time.monotonic() >= deadline:
            raise IRCError(f"services not ready after {args.wait:g} s: {last}")
        time.sleep(0.2)
    for spec in args.register:
        account, _, password = spec.partition(":")
        if not account or not password:
            raise IRCError(f"--register wants USER:PASSWORD, not {spec!r}")
        ensure_account(args.host, args.port, account, password, args.timeout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("port", type=int)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--timeout", type=float, default=TIMEOUT,
                        help="seconds to wait for any one answer (default %(default)s)")
    parser.add_argument("--register", nargs="+", metavar="USER:PASSWORD")
    parser.add_argument("--wait", type=float, default=60,
                        help="with --register: seconds to wait for services (default %(default)s)")
    args = parser.parse_args()
    try:
        if args.register:
            register(args)
        else:
            check(args)
    except IRCError as error:
        print(f"irc-services-check: FAILED: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
