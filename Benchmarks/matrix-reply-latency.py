#!/usr/bin/env python3
"""End-to-end reply latency of a Matrix bot, as the colleague who wrote sees it.

Scripts/bench-matrix.sh runs this against a throwaway local Synapse; the roles can
also be run by hand with the .venv Python (needs aiohttp):

  register       Create an account; prints "USER_ID ACCESS_TOKEN".
                   python matrix-reply-latency.py register --homeserver URL --name bench-bot
  reference-bot  A minimal bot to compare with: aiohttp, a /sync loop (timeout=30000, the
                 first sync with timeout=0 skips history), joins every invite, answers each
                 m.text from someone else at once with an m.notice in reply to it.
                   python matrix-reply-latency.py reference-bot --homeserver URL --token TOKEN
  drive          N fresh colleagues each open a direct chat with the bot and wait until it
                 has joined; then all write at once, M messages each, one at a time. Latency
                 = time the bot's reply (m.in_reply_to the message) shows up in the colleague's
                 own /sync long-poll - time just before the send request. A reply not seen
                 within 30 s is a failure. Prints one JSON line; a summary goes to stderr.
                   python matrix-reply-latency.py drive --homeserver URL --bot-user @b:localhost \\
                       --colleagues 10 --messages 20
"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import signal
import sys
import time
import uuid
from typing import Any

import aiohttp

API = "/_matrix/client/v3"
REPLY_TIMEOUT = 30.0  # seconds a colleague waits for each reply
JOIN_TIMEOUT = 60.0  # seconds to wait for the bot to join a new direct chat
counters = {"429": 0, "sync_errors": 0}  # oddities worth reporting


async def call(session: aiohttp.ClientSession, method: str, url: str, token: str | None = None,
               body: dict[str, Any] | None = None, timeout: float = 60.0) -> dict[str, Any]:
    """One client-server API request; waits out 429s (counted), raises on other errors."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    for _ in range(20):
        async with session.request(method, url, json=body, headers=headers,
                                   timeout=aiohttp.ClientTimeout(total=timeout)) as response:
            data = await response.json(content_type=None)
            if response.status == 429:
                counters["429"] += 1
                await asyncio.sleep(data.get("retry_after_ms", 500) / 1000)
                continue
            if response.status >= 400:
                raise RuntimeError(f"{method} {url.split('?')[0]} -> {response.status} {data}")
            return data
    raise RuntimeError(f"{method} {url.split('?')[0]}: still rate limited after 20 tries")


async def register(session: aiohttp.ClientSession, homeserver: str, name: str) -> dict[str, Any]:
    """Open registration with the dummy auth stage; returns user_id and access_token."""
    return await call(session, "POST", f"{homeserver}{API}/register",
                      body={"username": name, "password": f"{name}-password",
                            "auth": {"type": "m.login.dummy"}})


def send_url(homeserver: str, room: str) -> str:
    return f"{homeserver}{API}/rooms/{room}/send/m.room.message/{uuid.uuid4().hex}"


# --- the reference bot -----------------------------------------------------------------

async def reference_bot(homeserver: str, token: str) -> None:
    """Sync forever; join invites; reply to every m.text from someone else."""
    async with aiohttp.ClientSession() as session:
        me = (await call(session, "GET", f"{homeserver}{API}/account/whoami", token))["user_id"]
        since = (await call(session, "GET", f"{homeserver}{API}/sync?timeout=0", token))["next_batch"]
        print(f"reference bot ready as {me}", file=sys.stderr, flush=True)
        while True:
            try:
                batch = await call(session, "GET", f"{homeserver}{API}/sync?timeout=30000&since={since}",
                                   token, timeout=45)
            except (aiohttp.ClientError, asyncio.TimeoutError, RuntimeError) as error:
                print(f"reference bot: sync failed, retrying: {error}", file=sys.stderr, flush=True)
                await asyncio.sleep(1)
                continue
            since = batch["next_batch"]
            rooms = batch.get("rooms", {})
            for room_id in rooms.get("invite", {}):
                await call(session, "POST", f"{homeserver}{API}/join/{room_id}", token, {})
            for room_id, room in rooms.get("join", {}).items():
                for event in room.get("timeline", {}).get("events", []):
                    content = event.get("content", {})
                    if (event.get("type") == "m.room.message" and event.get("sender") != me
                            and content.get("msgtype") == "m.text"):
                        reply = {"msgtype": "m.notice", "body": "Thanks, got it.",
                                 "m.relates_to": {"m.in_reply_to": {"event_id": event["event_id"]}}}
                        await call(session, "PUT", send_url(homeserver, room_id), token, reply)


# --- the driver ------------------------------------------------------------------------

class Colleague:
    """One person with a direct chat with the bot and their own /sync long-poll."""

    def __init__(self, session: aiohttp.ClientSession, homeserver: str, account: dict[str, Any],
                 bot: str) -> None:
        self.session, self.homeserver, self.bot = session, homeserver, bot
        self.token: str = account["access_token"]
        self.user: str = account["user_id"]
        self.room = ""
        self.since = ""
        self.replies: dict[str, float] = {}  # answered event id -> when the reply was seen
        self.waiting: dict[str, asyncio.Future[float]] = {}

    async def open_chat(self) -> None:
        """Create the direct chat, note the sync position, wait until the bot is in."""
        created = await call(self.session, "POST", f"{self.homeserver}{API}/createRoom", self.token,
                             {"invite": [self.bot], "is_direct": True, "preset": "private_chat"})
        self.room = created["room_id"]
        self.since = (await call(self.session, "GET", f"{self.homeserver}{API}/sync?timeout=0",
                                 self.token))["next_batch"]
        deadline = time.monotonic() + JOIN_TIMEOUT
        while time.monotonic() < deadline:
            members = await call(self.session, "GET",
                                 f"{self.homeserver}{API}/rooms/{self.room}/joined_members", self.token)
            if self.bot in members.get("joined", {}):
                return
            await asyncio.sleep(0.2)
        raise RuntimeError(f"{self.bot} did not join {self.room} within {JOIN_TIMEOUT:.0f} s")

    async def listen(self) -> None:
        """Long-poll /sync and note every reply from the bot (runs until cancelled)."""
        while True:
            try:
                batch = await call(self.session, "GET", f"{self.homeserver}{API}/sync?timeout=30000"
                                   f"&since={self.since}", self.token, timeout=45)
            except (aiohttp.ClientError, asyncio.TimeoutError, RuntimeError) as error:
                counters["sync_errors"] += 1
                print(f"{self.user}: sync failed, retrying: {error}", file=sys.stderr, flush=True)
                await asyncio.sleep(0.5)
                continue
            seen = time.perf_counter()
            self.since = batch["next_batch"]
            room = batch.get("rooms", {}).get("join", {}).get(self.room, {})
            for event in room.get("timeline", {}).get("events", []):
                relates = event.get("content", {}).get("m.relates_to", {})
                answered = relates.get("m.in_reply_to", {}).get("event_id")
                if event.get("sender") == self.bot and answered:
                    self.replies.setdefault(answered, seen)
                    future = self.waiting.pop(answered, None)
                    if future and not future.done():
                        future.set_result(seen)

    async def converse(self, messages: int, latencies: list[float], failures: list[str]) -> None:
        """Send the messages one at a time, each after the previous one's reply (or timeout)."""
        for number in range(messages):
            started = time.perf_counter()
            sent = await call(self.session, "PUT", send_url(self.homeserver, self.room), self.token,
                              {"msgtype": "m.text", "body": f"question {number}: who knows graph databases?"})
            event_id: str = sent["event_id"]
            future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
            if event_id in self.replies:  # the reply came before the send request returned
                future.set_result(self.replies[event_id])
            else:
                self.waiting[event_id] = future
            try:
                latencies.append((await asyncio.wait_for(future, REPLY_TIMEOUT) - started) * 1000)
            except asyncio.TimeoutError:
                self.waiting.pop(event_id, None)
                failures.append(event_id)


def cpu_seconds(pid: int | None) -> float | None:
    """A process's CPU time so far (user + system), from /proc; None without a pid."""
    if not pid:
        return None
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile; None without values."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] if ordered else None


def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


async def drive(homeserver: str, bot: str, colleagues: int, messages: int,
                bot_pid: int | None = None, homeserver_pid: int | None = None) -> dict[str, Any]:
    """Run the load and return the result row; with pids, the CPU time the bot and the homeserver
    spent while the colleagues talked (registration and joins before it not counted)."""
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        gate = asyncio.Semaphore(8)  # registration and room creation are heavy for Synapse

        async def prepare() -> Colleague:
            async with gate:
                account = await register(session, homeserver, f"colleague-{uuid.uuid4().hex[:10]}")
                person = Colleague(session, homeserver, account, bot)
                await person.open_chat()
                return person

        people = await asyncio.gather(*(prepare() for _ in range(colleagues)))
        await asyncio.sleep(1.5)  # let the bot settle in the rooms it just joined
        listeners = [asyncio.create_task(person.listen()) for person in people]
        latencies: list[float] = []
        failures: list[str] = []
        cpu_before = (cpu_seconds(bot_pid), cpu_seconds(homeserver_pid))
        started = time.perf_counter()
        try:
            await asyncio.gather(*(person.converse(messages, latencies, failures) for person in people))
        finally:
            elapsed = time.perf_counter() - started
            cpu_after = (cpu_seconds(bot_pid), cpu_seconds(homeserver_pid))
            for listener in listeners:
                listener.cancel()
            await asyncio.gather(*listeners, return_exceptions=True)
    return {"colleagues": colleagues, "messages": len(latencies) + len(failures),
            "p50_ms": rounded(percentile(latencies, 0.50)), "p90_ms": rounded(percentile(latencies, 0.90)),
            "p99_ms": rounded(percentile(latencies, 0.99)), "max_ms": rounded(max(latencies, default=None)),
            "count": len(latencies), "failures": len(failures), "seconds": round(elapsed, 1),
            "rate_limited": counters["429"], "sync_errors": counters["sync_errors"],
            "replies_per_s": round(len(latencies) / elapsed, 2) if elapsed > 0 else None,
            "bot_cpu_ms_per_reply": per_reply(cpu_before[0], cpu_after[0], len(latencies)),
            "homeserver_cpu_ms_per_reply": per_reply(cpu_before[1], cpu_after[1], len(latencies))}


def per_reply(before: float | None, after: float | None, replies: int) -> float | None:
    """CPU milliseconds per reply between two readings."""
    if before is None or after is None or replies == 0:
        return None
    return round((after - before) * 1000 / replies, 2)


async def run_until_signalled(job: Any) -> None:
    """Run a coroutine; SIGTERM or SIGINT cancel it so the process ends cleanly."""
    task = asyncio.ensure_future(job)
    for stop in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(stop, task.cancel)
    try:
        await task
    except asyncio.CancelledError:
        pass


async def register_and_print(homeserver: str, name: str) -> None:
    async with aiohttp.ClientSession() as session:
        account = await register(session, homeserver, name)
        print(account["user_id"], account["access_token"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    roles = parser.add_subparsers(dest="role", required=True)
    for role in ("register", "reference-bot", "drive"):
        roles.add_parser(role).add_argument("--homeserver", required=True, help="e.g. http://127.0.0.1:8008")
    roles.choices["register"].add_argument("--name", required=True)
    roles.choices["reference-bot"].add_argument("--token", required=True)
    roles.choices["drive"].add_argument("--bot-user", required=True, help="the bot's user id")
    roles.choices["drive"].add_argument("--colleagues", type=int, default=10)
    roles.choices["drive"].add_argument("--messages", type=int, default=20, help="per colleague")
    roles.choices["drive"].add_argument("--bot-pid", type=int, help="the bot's process, for its CPU time")
    roles.choices["drive"].add_argument("--homeserver-pid", type=int, help="the homeserver's, for its CPU time")
    arguments = parser.parse_args()
    homeserver = arguments.homeserver.rstrip("/")
    if arguments.role == "register":
        asyncio.run(register_and_print(homeserver, arguments.name))
    elif arguments.role == "reference-bot":
        asyncio.run(run_until_signalled(reference_bot(homeserver, arguments.token)))
    else:
        result = asyncio.run(drive(homeserver, arguments.bot_user, arguments.colleagues, arguments.messages,
                                   arguments.bot_pid, arguments.homeserver_pid))
        print(json.dumps(result), flush=True)
        print(f"drive: {result['count']} replies, {result['failures']} failures, p50 {result['p50_ms']} ms, "
              f"p99 {result['p99_ms']} ms, {result['seconds']} s, {result['rate_limited']} x 429",
              file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
