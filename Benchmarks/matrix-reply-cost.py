#!/usr/bin/env python3
"""What each part of a reply costs the homeserver: Synapse's CPU per message for message
contents from a plain m.text up to HubBot's full reply, measured with Synapse's own Prometheus
metrics (`/_synapse/metrics`: the process's CPU and the CPU of the send and sync requests).

Scripts/bench-reply-cost.sh runs this against a throwaway local Synapse with metrics on.
A "bot" account sends into a direct chat with one colleague; both long-poll /sync (as HubBot and
a colleague's client do), so the cost includes delivering the message to both. Each message is
sent after the colleague has seen the previous one. The variants run interleaved, their order
rotated each round; each figure is the median over the rounds.

  python matrix-reply-cost.py --homeserver URL [--messages 100] [--rounds 5]

Variants (each adds one thing to the previous one, except the last, which is a long reply):
  text       m.text with a one-line body
  notice     m.notice (what bots should send: clients never answer a notice)
  reply      + a reply relation (m.relates_to / m.in_reply_to the colleague's message)
  mentions   + m.mentions naming the colleague (notifies them even where they muted the room)
  html       + an HTML formatted_body (bold names, links)
  long       the same with a 900-byte body, the size of a shortlist of three people
"""
from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import statistics
import sys
import time
import uuid
from typing import Any

import aiohttp

_here = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("latency", os.path.join(_here, "matrix-reply-latency.py"))
latency = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(latency)  # type: ignore[union-attr]
API = latency.API

SHORT = "Three people could help with graph databases: Alice Smith, Bob Jones and Carol White."
LONG = ("Three people could help with 'which graph database for our supplier network':\n"
        "1. Alice Smith — statistics, social network analysis; 4 conversations this month, "
        "usually answers within the hour\n"
        "2. Bob Jones — databases and SQL, open source; on holiday until Monday\n"
        "3. Carol White — automation, dashboards and reporting; rated 4.8 by 12 colleagues\n"
        "Reply with a number, a name, or 'anyone' — or 'none of them' to keep looking. "
        "I will ask the person you pick and introduce you both in a new room once they accept. "
        "Nothing is shared with anyone until then; you can withdraw at any time with !withdraw.")


def content(variant: str, colleague: str, answered: str) -> dict[str, Any]:
    """The message content of a variant; each includes the parts of the ones before it."""
    order = ["text", "notice", "reply", "mentions", "html", "long"]
    level = order.index(variant)
    body = LONG if variant == "long" else SHORT
    message: dict[str, Any] = {"msgtype": "m.text" if level == 0 else "m.notice", "body": body}
    if level >= 2:
        message["m.relates_to"] = {"m.in_reply_to": {"event_id": answered}}
    if level >= 3:
        message["m.mentions"] = {"user_ids": [colleague]}
    if level >= 4:
        html = body.replace("Alice Smith", "<b>Alice Smith</b>").replace("Bob Jones", "<b>Bob Jones</b>")
        message["format"] = "org.matrix.custom.html"
        message["formatted_body"] = html.replace("\n", "<br>")
    return message


def parse_metrics(text: str) -> dict[str, float]:
    """The samples of Prometheus' text format, by name and labels as written."""
    samples: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            try:
                samples[name] = float(value)
            except ValueError:
                continue
    return samples


def servlet_cpu(samples: dict[str, float], servlet: str) -> float:
    """CPU seconds (user + system) Synapse spent answering requests of one servlet."""
    total = 0.0
    for name, value in samples.items():
        if (name.startswith("synapse_http_server_response_ru_utime_seconds_total")
                or name.startswith("synapse_http_server_response_ru_stime_seconds_total")) \
                and f'servlet="{servlet}"' in name:
            total += value
    return total


def background_cpu(samples: dict[str, float]) -> float:
    """CPU seconds of Synapse's background processes (notifier, push, caches…)."""
    return sum(value for name, value in samples.items()
               if name.startswith("synapse_background_process_ru_utime_seconds_total")
               or name.startswith("synapse_background_process_ru_stime_seconds_total"))


class Reader:
    """One account long-polling /sync; counts the messages it sees from `watch`."""

    def __init__(self, session: aiohttp.ClientSession, homeserver: str, token: str, watch: str) -> None:
        self.session, self.homeserver, self.token, self.watch = session, homeserver, token, watch
        self.since = ""
        self.seen: set[str] = set()
        self.changed = asyncio.Event()

    async def start(self) -> None:
        self.since = (await latency.call(self.session, "GET", f"{self.homeserver}{API}/sync?timeout=0",
                                         self.token))["next_batch"]

    async def listen(self) -> None:
        while True:
            batch = await latency.call(self.session, "GET", f"{self.homeserver}{API}/sync?timeout=30000"
                                       f"&since={self.since}", self.token, timeout=45)
            self.since = batch["next_batch"]
            for room in batch.get("rooms", {}).get("join", {}).values():
                for event in room.get("timeline", {}).get("events", []):
                    if event.get("sender") == self.watch and event.get("type") == "m.room.message":
                        self.seen.add(event["event_id"])
            self.changed.set()

    async def wait_for(self, event_id: str) -> None:
        deadline = time.monotonic() + 30
        while event_id not in self.seen:
            self.changed.clear()
            await asyncio.wait_for(self.changed.wait(), max(0.1, deadline - time.monotonic()))


async def measure(homeserver: str, messages: int, rounds: int) -> list[dict[str, Any]]:
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        bot = await latency.register(session, homeserver, f"cost-bot-{uuid.uuid4().hex[:8]}")
        colleague = await latency.register(session, homeserver, f"cost-colleague-{uuid.uuid4().hex[:8]}")
        room = (await latency.call(session, "POST", f"{homeserver}{API}/createRoom", colleague["access_token"],
                                   {"invite": [bot["user_id"]], "is_direct": True,
                                    "preset": "private_chat"}))["room_id"]
        await latency.call(session, "POST", f"{homeserver}{API}/join/{room}", bot["access_token"], {})
        asked = await latency.call(session, "PUT", latency.send_url(homeserver, room), colleague["access_token"],
                                   {"msgtype": "m.text", "body": "who knows graph databases?"})
        reader = Reader(session, homeserver, colleague["access_token"], bot["user_id"])
        echo = Reader(session, homeserver, bot["access_token"], bot["user_id"])
        await reader.start()
        await echo.start()
        listeners = [asyncio.create_task(reader.listen()), asyncio.create_task(echo.listen())]

        async def scrape() -> dict[str, float]:
            async with session.get(f"{homeserver}/_synapse/metrics") as response:
                if response.status != 200:
                    raise RuntimeError(f"/_synapse/metrics -> {response.status}: is enable_metrics on?")
                return parse_metrics(await response.text())

        variants = ["text", "notice", "reply", "mentions", "html", "long"]
        figures: dict[str, dict[str, list[float]]] = {v: {"total": [], "send": [], "sync": [], "background": [],
                                                           "latency": []} for v in variants}
        try:
            # One unmeasured pass warms Synapse's caches.
            for variant in variants:
                sent = await latency.call(session, "PUT", latency.send_url(homeserver, room), bot["access_token"],
                                          content(variant, colleague["user_id"], asked["event_id"]))
                await reader.wait_for(sent["event_id"])
            for round_number in range(rounds):
                shift = round_number % len(variants)
                for variant in variants[shift:] + variants[:shift]:
                    before = await scrape()
                    waits: list[float] = []
                    for _ in range(messages):
                        started = time.perf_counter()
                        sent = await latency.call(session, "PUT", latency.send_url(homeserver, room),
                                                  bot["access_token"],
                                                  content(variant, colleague["user_id"], asked["event_id"]))
                        await reader.wait_for(sent["event_id"])
                        await echo.wait_for(sent["event_id"])
                        waits.append((time.perf_counter() - started) * 1000)
                    after = await scrape()
                    per = 1000 / messages
                    row = figures[variant]
                    row["total"].append((after["process_cpu_seconds_total"] - before["process_cpu_seconds_total"]) * per)
                    row["send"].append((servlet_cpu(after, "RoomSendEventRestServlet")
                                        - servlet_cpu(before, "RoomSendEventRestServlet")) * per)
                    row["sync"].append((servlet_cpu(after, "SyncRestServlet")
                                        - servlet_cpu(before, "SyncRestServlet")) * per)
                    row["background"].append((background_cpu(after) - background_cpu(before)) * per)
                    row["latency"].append(statistics.median(waits))
        finally:
            for listener in listeners:
                listener.cancel()
            await asyncio.gather(*listeners, return_exceptions=True)
    sizes = {v: len(json.dumps(content(v, colleague["user_id"], asked["event_id"])).encode()) for v in variants}
    return [{"variant": v, "content_bytes": sizes[v], "rounds": rounds, "messages": messages,
             **{f"{k}_ms": round(statistics.median(values), 2) for k, values in figures[v].items()}}
            for v in variants]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--homeserver", required=True, help="e.g. http://127.0.0.1:8008 (metrics on)")
    parser.add_argument("--messages", type=int, default=100, help="messages per variant and round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--format", choices=["text", "json"], default="text")
    arguments = parser.parse_args()
    rows = asyncio.run(measure(arguments.homeserver.rstrip("/"), arguments.messages, arguments.rounds))
    if arguments.format == "json":
        print(json.dumps(rows, indent=2))
        return
    print("| content | bytes | Synapse CPU ms/message | send request | sync requests | background | "
          "seen after (ms) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(f"| {row['variant']} | {row['content_bytes']} | {row['total_ms']} | {row['send_ms']} | "
              f"{row['sync_ms']} | {row['background_ms']} | {row['latency_ms']} |")
    print(f"({rows[0]['rounds']} rounds × {rows[0]['messages']} messages per content; medians over rounds)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
