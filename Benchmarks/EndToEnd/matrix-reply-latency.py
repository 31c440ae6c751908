#!/usr/bin/env python3
"""End-to-end reply latency of a Matrix bot, measured as colleagues see it.

Two roles, run by Scripts/bench-matrix.sh against a local Synapse:

  drive          N colleagues each open a direct chat with the bot, then all write at once,
                 one message at a time each: the latency of a message is the time from just
                 before its send request to the bot's reply (m.in_reply_to that message)
                 arriving in the colleague's own /sync. Prints one JSON line with percentiles.
  reference-bot  a minimal bot for comparison: aiohttp, a /sync loop, joins invites, replies
                 at once with an m.notice to every text message in its rooms.

  python matrix-reply-latency.py drive --homeserver URL --bot @bot:localhost --colleagues 10 --messages 20
  python matrix-reply-latency.py reference-bot --homeserver URL --token TOKEN
"""
import argparse
import asyncio
import json
import statistics
import time
import uuid

import aiohttp


async def call(session: aiohttp.ClientSession, method: str, url: str, token: str | None = None,
               body: dict | None = None, timeout: float = 60) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with session.request(method, url, json=body, headers=headers,
                               timeout=aiohttp.ClientTimeout(total=timeout)) as response:
        data = await response.json(content_type=None)
        if response.status == 429:
            await asyncio.sleep(data.get("retry_after_ms", 1000) / 1000)
            return await call(session, method, url, token, body, timeout)
        if response.status >= 400:
            raise RuntimeError(f"{method} {url.split('?')[0]}: {response.status} {data}")
        return data


async def register(session: aiohttp.ClientSession, homeserver: str, name: str) -> dict:
    return await call(session, "POST", f"{homeserver}/_matrix/client/v3/register",
                      body={"username": name, "password": name + "-password", "auth": {"type": "m.login.dummy"}})


# --- the reference bot ---------------------------------------------------------------

async def reference_bot(homeserver: str, token: str) -> None:
    async with aiohttp.ClientSession() as session:
        me = (await call(session, "GET", f"{homeserver}/_matrix/client/v3/account/whoami", token))["user_id"]
        since = (await call(session, "GET", f"{homeserver}/_matrix/client/v3/sync?timeout=0", token))["next_batch"]
        print("reference bot ready", flush=True)
        while True:
            batch = await call(session, "GET",
                               f"{homeserver}/_matrix/client/v3/sync?timeout=30000&since={since}", token, timeout=45)
            since = batch["next_batch"]
            rooms = batch.get("rooms", {})
            for room_id in rooms.get("invite", {}):
                await call(session, "POST", f"{homeserver}/_matrix/client/v3/join/{room_id}", token, {})
            for room_id, room in rooms.get("join", {}).items():
                for event in room.get("timeline", {}).get("events", []):
                    content = event.get("content", {})
                    if event.get("type") == "m.room.message" and event.get("sender") != me \
                            and content.get("msgtype") == "m.text":
                        reply = {"msgtype": "m.notice", "body": "Thanks, got it.",
                                 "m.relates_to": {"m.in_reply_to": {"event_id": event["event_id"]}}}
                        await call(session, "PUT", f"{homeserver}/_matrix/client/v3/rooms/{room_id}/send/"
                                   f"m.room.message/{uuid.uuid4().hex}", token, reply)


# --- the driver ------------------------------------------------------------------------

class Colleague:
    def __init__(self, session: aiohttp.ClientSession, homeserver: str, account: dict, bot: str):
        self.session, self.homeserver, self.bot = session, homeserver, bot
        self.token, self.user = account["access_token"], account["user_id"]
        self.room = ""
        self.since = ""
        self.waiting: dict[str, asyncio.Future] = {}

    async def open_chat(self) -> None:
        created = await call(self.session, "POST", f"{self.homeserver}/_matrix/client/v3/createRoom", self.token,
                             {"invite": [self.bot], "is_direct": True, "preset": "private_chat"})
        self.room = created["room_id"]
        self.since = (await call(self.session, "GET", f"{self.homeserver}/_matrix/client/v3/sync?timeout=0",
                                 self.token))["next_batch"]
        for _ in range(300):
            members = await call(self.session, "GET",
                                 f"{self.homeserver}/_matrix/client/v3/rooms/{self.room}/joined_members", self.token)
            if self.bot in members.get("joined", {}):
                return
            await asyncio.sleep(0.1)
        raise RuntimeError(f"{self.bot} never joined {self.room}")

    async def listen(self) -> None:
        while True:
            batch = await call(self.session, "GET", f"{self.homeserver}/_matrix/client/v3/sync?timeout=30000"
                               f"&since={self.since}", self.token, timeout=45)
            self.since = batch["next_batch"]
            room = batch.get("rooms", {}).get("join", {}).get(self.room, {})
            for event in room.get("timeline", {}).get("events", []):
                answered = event.get("content", {}).get("m.relates_to", {}).get("m.in_reply_to", {}).get("event_id")
                if event.get("sender") == self.bot and answered in self.waiting:
                    self.waiting.pop(answered).set_result(time.perf_counter())

    async def converse(self, messages: int, latencies: list[float], failures: list[str]) -> None:
        for number in range(messages):
            started = time.perf_counter()
            sent = await call(self.session, "PUT", f"{self.homeserver}/_matrix/client/v3/rooms/{self.room}/send/"
                              f"m.room.message/{uuid.uuid4().hex}", self.token,
                              {"msgtype": "m.text", "body": f"question {number}: who knows network graphs?"})
            future = asyncio.get_running_loop().create_future()
            self.waiting[sent["event_id"]] = future
            try:
                latencies.append((await asyncio.wait_for(future, 30) - started) * 1000)
            except asyncio.TimeoutError:
                failures.append(sent["event_id"])


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


async def drive(homeserver: str, bot: str, colleagues: int, messages: int) -> None:
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        accounts = [await register(session, homeserver, f"load-{uuid.uuid4().hex[:10]}") for _ in range(colleagues)]
        people = [Colleague(session, homeserver, account, bot) for account in accounts]
        await asyncio.gather(*(person.open_chat() for person in people))
        listeners = [asyncio.create_task(person.listen()) for person in people]
        latencies: list[float] = []
        failures: list[str] = []
        started = time.perf_counter()
        await asyncio.gather(*(person.converse(messages, latencies, failures) for person in people))
        elapsed = time.perf_counter() - started
        for listener in listeners:
            listener.cancel()
        print(json.dumps({
            "colleagues": colleagues, "messages": len(latencies) + len(failures), "failures": len(failures),
            "p50_ms": round(percentile(latencies, 0.50), 1), "p90_ms": round(percentile(latencies, 0.90), 1),
            "p99_ms": round(percentile(latencies, 0.99), 1), "max_ms": round(max(latencies, default=float("nan")), 1),
            "mean_ms": round(statistics.fmean(latencies), 1) if latencies else None, "seconds": round(elapsed, 1),
        }), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    roles = parser.add_subparsers(dest="role", required=True)
    driver = roles.add_parser("drive")
    driver.add_argument("--homeserver", required=True)
    driver.add_argument("--bot", required=True)
    driver.add_argument("--colleagues", type=int, default=10)
    driver.add_argument("--messages", type=int, default=20)
    reference = roles.add_parser("reference-bot")
    reference.add_argument("--homeserver", required=True)
    reference.add_argument("--token", required=True)
    arguments = parser.parse_args()
    if arguments.role == "drive":
        asyncio.run(drive(arguments.homeserver, arguments.bot, arguments.colleagues, arguments.messages))
    else:
        asyncio.run(reference_bot(arguments.homeserver, arguments.token))


if __name__ == "__main__":
    main()
