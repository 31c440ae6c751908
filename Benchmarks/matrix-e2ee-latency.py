#!/usr/bin/env python3
"""HubBot's reply latency and CPU in encrypted direct chats against plain ones.

Scripts/bench-e2ee.sh runs this against a throwaway local Synapse and a running
HubBot; the roles can also be run by hand with the .venv Python (matrix-nio 0.26
with vodozemac, aiohttp):

  register  Create an account with a device and token (for the bot); prints
            "USER_ID ACCESS_TOKEN".
              python matrix-e2ee-latency.py register --homeserver URL --name bench-bot
  drive     Phases interleaved, plain, encrypted, plain, encrypted (--rounds 2). Each phase
            has N fresh colleagues (--colleagues 5), each a matrix-nio client with E2EE on
            (Scripts/e2ee-client.py's Colleague: key upload, a /sync loop, Megolm key sharing
            as Element does it). Each opens a direct chat with the bot (with m.room.encryption
            in initial_state for the encrypted phases, without it for the plain ones), waits
            until the bot has joined, sends --warmup messages (default 3, not counted), then
            M measured ones (--messages 20), one at a time, each after the previous reply.
            The message is "!status", which HubBot answers at once, in reply to it.
            Latency = the moment the colleague's client has the (decrypted) reply from the
            bot, m.in_reply_to the message - the moment just before the send (so it includes
            what the client does before sending in an encrypted room: joined_members once,
            keys_query and, when needed, sharing the Megolm session). A reply not there
            within 30 s after the send is a failure. CPU time of HubBot (--hubbot-pid) and
            Synapse (--synapse-pid), read from /proc/PID/stat (utime+stime) just before and
            after the measured messages of each phase, divided by the replies.
            The machine may be shared: before each phase it waits until other processes use
            under --noise-limit cores (default 0.2), and a phase during which they used more
            (from /proc/stat less HubBot, Synapse and this driver) is run again, up to
            --noise-retries times (the discarded ones are listed in the output).
            Prints one JSON line; a readable summary goes to stderr.
              python matrix-e2ee-latency.py drive --homeserver URL --bot-user @b:localhost \\
                  --hubbot-pid PID [--synapse-pid PID] [--colleagues 5] [--messages 20] \\
                  [--warmup 3] [--rounds 2] [--only plain|encrypted] [--order p,e,e,p] [--text '!status']
"""
from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import logging
import math
import os
import resource
import shutil
import signal
import sys
import tempfile
import time
import uuid
from types import SimpleNamespace
from typing import Any

import aiohttp
from nio import MegolmEvent

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
API = "/_matrix/client/v3"
REPLY_TIMEOUT = 30.0  # seconds a colleague waits for each reply, counted from the send
JOIN_TIMEOUT = 60.0   # seconds to wait for the bot to join a new direct chat
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
log = logging.getLogger("e2ee-bench")


def load(name: str, path: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


e2ee = load("e2ee_client", os.path.join(ROOT, "Scripts", "e2ee-client.py"))
e2ee.emit = lambda obj: None  # its JSON event lines would mix with this script's output
plain_driver = load("matrix_reply_latency", os.path.join(ROOT, "Benchmarks", "matrix-reply-latency.py"))
call = plain_driver.call  # one client-server request; waits out 429s (counted in plain_driver.counters)


# --- measuring ---------------------------------------------------------------------------

def cpu_ms(pid: int | None) -> float | None:
    """utime+stime of a process in ms, or None (no pid, or it is gone)."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) * 1000 / CLOCK_TICKS


def machine_busy_ms() -> float:
    """CPU time all processors spent on anything but idle/iowait since boot, in ms."""
    with open("/proc/stat") as f:
        ticks = [int(v) for v in f.readline().split()[1:9]]
    return (sum(ticks) - ticks[3] - ticks[4]) * 1000 / CLOCK_TICKS


def own_cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (usage.ru_utime + usage.ru_stime) * 1000


def percentile(values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile; None without values."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] if ordered else None


def rounded(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def per(total: float | None, count: int) -> float | None:
    return None if total is None or count == 0 else total / count


# --- a colleague -------------------------------------------------------------------------

class BenchColleague(e2ee.Colleague):
    """Scripts/e2ee-client.py's colleague, noting when each reply from the bot is in hand."""

    def __init__(self, args: SimpleNamespace, bot: str, oddities: dict[str, int]) -> None:
        super().__init__(args)
        self.bot = bot
        self.oddities = oddities
        self.room_id = ""
        self.encrypted_room = False
        self.sync_task: asyncio.Future | None = None
        self.replies: dict[str, float] = {}  # answered event id -> when the reply was in hand
        self.waiting: dict[str, asyncio.Future[float]] = {}
        self.late: set[str] = set()          # bot events that came undecryptable
        self.others: set[str] = set()        # beginnings of bot messages that answer nothing

    def record(self, room_id: str, event: Any) -> None:
        super().record(room_id, event)
        now = time.perf_counter()
        if event.sender != self.bot or room_id != self.room_id:
            return
        if isinstance(event, MegolmEvent):  # its key has not come (yet): on_room_key retries
            self.oddities["undecryptable"] += 1
            self.late.add(event.event_id)
            log.warning("%s: undecryptable event %s from the bot (session %s)",
                        self.client.user_id, event.event_id, event.session_id)
            return
        if event.event_id in self.late:
            self.late.discard(event.event_id)
            self.oddities["decrypted_late"] += 1
        if bool(event.decrypted) != self.encrypted_room:
            self.oddities["encryption_mismatch"] += 1
            log.warning("%s: a reply %s in a%s room", self.client.user_id,
                        "encrypted" if event.decrypted else "unencrypted",
                        "n encrypted" if self.encrypted_room else " plain")
        content = event.source.get("content", {})
        answered = ((content.get("m.relates_to") or {}).get("m.in_reply_to") or {}).get("event_id")
        if not answered:
            self.oddities["bot_messages_not_replies"] += 1
            self.others.add((content.get("body") or "")[:60])
            return
        self.replies.setdefault(answered, now)
        future = self.waiting.pop(answered, None)
        if future is not None and not future.done():
            future.set_result(now)

    async def open(self, encrypted: bool) -> None:
        """Log in (a new device), first sync, open the direct chat, wait for the bot."""
        await self.start()
        self.sync_task = asyncio.ensure_future(self.sync_loop())
        self.encrypted_room = encrypted
        self.room_id = (await self.cmd_create_dm({"invite": self.bot, "encrypted": encrypted}))["room"]
        await self.cmd_wait_joined({"room": self.room_id, "user": self.bot, "timeout": JOIN_TIMEOUT})
        if (await self.room(self.room_id)).encrypted != encrypted:
            raise RuntimeError(f"{self.room_id}: encrypted is not {encrypted}")

    async def ask(self, text: str) -> tuple[float | None, float]:
        """Sends one message; returns (latency ms or None on timeout, ms until the send returned)."""
        started = time.perf_counter()
        event_id = await self.send_event(self.room_id, "m.room.message", {"msgtype": "m.text", "body": text})
        sent = time.perf_counter()
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        if event_id in self.replies:  # the reply came before the send request returned
            future.set_result(self.replies[event_id])
        else:
            self.waiting[event_id] = future
        try:
            answered = await asyncio.wait_for(future, REPLY_TIMEOUT)
        except asyncio.TimeoutError:
            self.waiting.pop(event_id, None)
            log.warning("%s: no reply to %s within %.0f s", self.client.user_id, event_id, REPLY_TIMEOUT)
            return None, (sent - started) * 1000
        return (answered - started) * 1000, (sent - started) * 1000

    async def close(self) -> None:
        if self.sync_task is not None:
            self.sync_task.cancel()
            await asyncio.gather(self.sync_task, return_exceptions=True)
        await self.client.close()


# --- a phase -----------------------------------------------------------------------------

async def run_phase(options: argparse.Namespace, session: aiohttp.ClientSession, encrypted: bool,
                    number: int, workdir: str) -> dict[str, Any]:
    mode = "encrypted" if encrypted else "plain"
    oddities = {"undecryptable": 0, "decrypted_late": 0, "encryption_mismatch": 0,
                "bot_messages_not_replies": 0, "send_errors": 0}
    cpu_start = (cpu_ms(options.hubbot_pid), cpu_ms(options.synapse_pid), own_cpu_ms(), machine_busy_ms())
    setup_started = time.perf_counter()
    gate = asyncio.Semaphore(8)  # registration, login and room creation are heavy for Synapse

    async def prepare(index: int) -> BenchColleague:
        async with gate:
            name = f"bench-{mode[0]}{number}-{index}-{uuid.uuid4().hex[:8]}"
            password = f"{name}-password"
            account = await call(session, "POST", f"{options.homeserver}{API}/register",
                                 body={"username": name, "password": password, "inhibit_login": True,
                                       "auth": {"type": "m.login.dummy"}})
            store = os.path.join(workdir, name)
            os.makedirs(store)
            person = BenchColleague(SimpleNamespace(homeserver=options.homeserver, user=account["user_id"],
                                                    password=password, store=store, device_id=None),
                                    options.bot_user, oddities)
            await person.open(encrypted)
            return person

    people: list[BenchColleague] = []
    try:
        prepared = await asyncio.gather(*(prepare(i) for i in range(options.colleagues)),
                                        return_exceptions=True)
        people = [p for p in prepared if isinstance(p, BenchColleague)]
        errors = [p for p in prepared if not isinstance(p, BenchColleague)]
        if errors:
            raise RuntimeError(f"{len(errors)} colleagues could not start: {errors[0]!r}")
        await asyncio.sleep(1.0)  # let the bot settle in the rooms it just joined
        setup_seconds = time.perf_counter() - setup_started

        async def converse(person: BenchColleague, count: int, latencies: list[float],
                           sends: list[float], failures: list[str]) -> None:
            for _ in range(count):
                try:
                    latency, send = await person.ask(options.text)
                except Exception as error:  # a failed send is a failure, not the end of the run
                    oddities["send_errors"] += 1
                    failures.append(repr(error))
                    log.warning("%s: send failed: %r", person.client.user_id, error)
                    continue
                sends.append(send)
                if latency is None:
                    failures.append("timeout")
                else:
                    latencies.append(latency)

        # Warm-up: not counted; the first reply of each colleague is kept apart.
        warm_latencies: list[float] = []
        warm_failures: list[str] = []
        first: list[float] = []
        if options.warmup > 0:
            async def warm(person: BenchColleague) -> None:
                mine: list[float] = []
                await converse(person, options.warmup, mine, [], warm_failures)
                warm_latencies.extend(mine)
                if mine:
                    first.append(mine[0])
            await asyncio.gather(*(warm(p) for p in people))
        warm_end = (cpu_ms(options.hubbot_pid), cpu_ms(options.synapse_pid), own_cpu_ms(), machine_busy_ms())

        latencies: list[float] = []
        sends: list[float] = []
        failures: list[str] = []
        started = time.perf_counter()
        await asyncio.gather(*(converse(p, options.messages, latencies, sends, failures) for p in people))
        seconds = time.perf_counter() - started
        end = (cpu_ms(options.hubbot_pid), cpu_ms(options.synapse_pid), own_cpu_ms(), machine_busy_ms())
    finally:
        await asyncio.gather(*(p.close() for p in people), return_exceptions=True)

    def spent(i: int, a: tuple, b: tuple) -> float | None:
        return None if a[i] is None or b[i] is None else b[i] - a[i]

    replies = len(latencies)
    return {
        "mode": mode, "phase": number, "colleagues": len(people), "replies": replies,
        "failures": len(failures), "seconds": round(seconds, 2),
        "latencies": latencies, "sends": sends,
        "hubbot_cpu_ms": rounded(spent(0, warm_end, end)), "synapse_cpu_ms": rounded(spent(1, warm_end, end)),
        "driver_cpu_ms": rounded(spent(2, warm_end, end)),
        # Everything else the machine did meanwhile (other processes: a build or test run skews the figures).
        "other_cpu_ms": rounded(None if None in (spent(0, warm_end, end), spent(1, warm_end, end)) else
                                spent(3, warm_end, end) - spent(0, warm_end, end) - spent(1, warm_end, end)
                                - spent(2, warm_end, end)),
        "send_p50_ms": rounded(percentile(sends, 0.5)),
        "setup_seconds": round(setup_seconds, 2),
        "setup_hubbot_cpu_ms": rounded(spent(0, cpu_start, warm_end)),  # setup and warm-up
        "warmup_replies": len(warm_latencies), "warmup_failures": len(warm_failures),
        "warmup_p50_ms": rounded(percentile(warm_latencies, 0.5)),
        "first_reply_ms": [round(v, 1) for v in first],
        **oddities,
        "bot_messages_not_replies_seen": sorted({body for p in people for body in p.others})[:3],
    }


def summarize(phases: list[dict[str, Any]]) -> dict[str, Any]:
    """One mode's phases together."""
    latencies = [v for p in phases for v in p["latencies"]]
    sends = [v for p in phases for v in p["sends"]]
    replies = len(latencies)
    seconds = sum(p["seconds"] for p in phases)

    def total(key: str) -> float | None:
        values = [p[key] for p in phases]
        return None if any(v is None for v in values) else sum(values)

    first = [v for p in phases for v in p["first_reply_ms"]]
    return {
        "phases": len(phases), "replies": replies, "failures": sum(p["failures"] for p in phases),
        "p50_ms": rounded(percentile(latencies, 0.50)), "p90_ms": rounded(percentile(latencies, 0.90)),
        "p99_ms": rounded(percentile(latencies, 0.99)), "max_ms": rounded(max(latencies, default=None)),
        "mean_ms": rounded(sum(latencies) / replies if replies else None),
        "replies_per_s": rounded(replies / seconds if seconds else None, 2),
        "hubbot_cpu_ms_per_reply": rounded(per(total("hubbot_cpu_ms"), replies), 2),
        "synapse_cpu_ms_per_reply": rounded(per(total("synapse_cpu_ms"), replies), 2),
        "driver_cpu_ms_per_reply": rounded(per(total("driver_cpu_ms"), replies), 2),
        # cores' worth of CPU that other processes used while these phases measured
        "other_cpu_share": rounded(None if total("other_cpu_ms") is None or not seconds
                                   else total("other_cpu_ms") / (seconds * 1000), 2),
        "send_p50_ms": rounded(percentile(sends, 0.50)), "send_p99_ms": rounded(percentile(sends, 0.99)),
        "first_reply_p50_ms": rounded(percentile(first, 0.50)), "first_reply_max_ms": rounded(max(first, default=None)),
        "warmup_p50_ms": rounded(percentile([p["warmup_p50_ms"] for p in phases if p["warmup_p50_ms"] is not None], 0.5)),
        "setup_hubbot_cpu_ms_per_colleague": rounded(per(total("setup_hubbot_cpu_ms"),
                                                         sum(p["colleagues"] for p in phases)), 1),
        **{key: sum(p[key] for p in phases) for key in
           ("undecryptable", "decrypted_late", "encryption_mismatch", "bot_messages_not_replies", "send_errors",
            "warmup_failures")},
    }


def busy_sample(options: argparse.Namespace) -> tuple[float, float]:
    """(machine busy ms, ms of it that HubBot, Synapse and this driver used)."""
    ours = sum(v for v in (cpu_ms(options.hubbot_pid), cpu_ms(options.synapse_pid)) if v is not None)
    return machine_busy_ms(), ours + own_cpu_ms()


async def wait_until_quiet(options: argparse.Namespace) -> None:
    """Waits (at most --quiet-wait s) until other processes (a build, a test run) have used
    under --noise-limit cores for three 3-second windows in a row."""
    deadline = time.monotonic() + options.quiet_wait
    calm, told = 0, False
    while calm < 3 and time.monotonic() < deadline:
        before = busy_sample(options)
        await asyncio.sleep(3)
        after = busy_sample(options)
        other = ((after[0] - before[0]) - (after[1] - before[1])) / 3000
        calm = calm + 1 if other < options.noise_limit else 0
        if calm == 0 and not told:
            print(f"e2ee-bench: other processes use {other:.2f} cores; waiting for a quiet machine "
                  f"(at most {options.quiet_wait:.0f} s)", file=sys.stderr, flush=True)
            told = True
    if calm < 3:
        print("e2ee-bench: the machine did not get quiet; measuring anyway", file=sys.stderr, flush=True)


async def drive(options: argparse.Namespace) -> dict[str, Any]:
    workdir = tempfile.mkdtemp(prefix="bench-e2ee-")
    order = [False, True] * options.rounds
    if options.only:
        order = [options.only == "encrypted"] * options.rounds
    if options.order:
        order = [{"plain": False, "p": False, "encrypted": True, "e": True}[m] for m in options.order.split(",")]
    phases: list[dict[str, Any]] = []
    discarded: list[dict[str, Any]] = []
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            for number, encrypted in enumerate(order, 1):
                for attempt in range(options.noise_retries + 1):
                    await wait_until_quiet(options)
                    phase = await run_phase(options, session, encrypted, number, workdir)
                    other = (None if phase["other_cpu_ms"] is None or not phase["seconds"]
                             else round(phase["other_cpu_ms"] / phase["seconds"] / 1000, 2))
                    phase["other_cores"] = other
                    noisy = other is not None and other > options.noise_limit
                    print(f"e2ee-bench: phase {number} {phase['mode']:9}: {phase['replies']} replies, "
                          f"{phase['failures']} failures, p50 {rounded(percentile(phase['latencies'], .5))} ms, "
                          f"p99 {rounded(percentile(phase['latencies'], .99))} ms, HubBot CPU "
                          f"{rounded(per(phase['hubbot_cpu_ms'], phase['replies']), 2)} ms/reply, "
                          f"first replies {phase['first_reply_ms']} ms, send p50 {phase['send_p50_ms']} ms, other "
                          f"processes {other} cores" + (" - NOISY" if noisy else ""), file=sys.stderr, flush=True)
                    if noisy and attempt < options.noise_retries:
                        print(f"e2ee-bench: other processes used {other} cores (> {options.noise_limit}): "
                              f"phase {number} is discarded and run again", file=sys.stderr, flush=True)
                        discarded.append(phase)
                        continue
                    phases.append(phase)
                    break
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    result: dict[str, Any] = {
        "hubbot": options.hubbot_label, "colleagues": options.colleagues, "messages": options.messages,
        "warmup": options.warmup, "rounds": options.rounds, "text": options.text,
        "order": [p["mode"] for p in phases],
    }
    for mode in ("plain", "encrypted"):
        chosen = [p for p in phases if p["mode"] == mode]
        if chosen:
            result[mode] = summarize(chosen)
    if "plain" in result and "encrypted" in result:
        plain, enc = result["plain"], result["encrypted"]
        ratio = lambda a, b: None if a is None or not b else round(a / b, 2)
        result["encrypted_over_plain"] = {
            "p50": ratio(enc["p50_ms"], plain["p50_ms"]), "p99": ratio(enc["p99_ms"], plain["p99_ms"]),
            "hubbot_cpu_per_reply": ratio(enc["hubbot_cpu_ms_per_reply"], plain["hubbot_cpu_ms_per_reply"])}
    result["phases"] = [{k: v for k, v in p.items() if k not in ("latencies", "sends")} |
                        {"p50_ms": rounded(percentile(p["latencies"], .5)),
                         "p99_ms": rounded(percentile(p["latencies"], .99))} for p in phases]
    result["discarded_noisy_phases"] = [{"mode": p["mode"], "phase": p["phase"], "other_cores": p["other_cores"],
                                         "p50_ms": rounded(percentile(p["latencies"], .5))} for p in discarded]
    result["rate_limited"] = plain_driver.counters["429"]
    return result


def print_summary(result: dict[str, Any]) -> None:
    def cell(v: Any) -> str:
        return "-" if v is None else str(v)
    rows = [("", "plain", "encrypted")]
    for label, key in (("replies", "replies"), ("failures (30 s)", "failures"), ("p50 ms", "p50_ms"),
                       ("p90 ms", "p90_ms"), ("p99 ms", "p99_ms"), ("max ms", "max_ms"), ("mean ms", "mean_ms"),
                       ("replies/s", "replies_per_s"), ("HubBot CPU ms/reply", "hubbot_cpu_ms_per_reply"),
                       ("Synapse CPU ms/reply", "synapse_cpu_ms_per_reply"),
                       ("driver CPU ms/reply", "driver_cpu_ms_per_reply"),
                       ("other processes' CPU (cores)", "other_cpu_share"),
                       ("send p50 ms (client side)", "send_p50_ms"),
                       ("first reply p50 ms (warm-up)", "first_reply_p50_ms"),
                       ("first reply max ms", "first_reply_max_ms"),
                       ("HubBot CPU ms/colleague setup", "setup_hubbot_cpu_ms_per_colleague"),
                       ("undecryptable (late-decrypted)", None)):
        values = []
        for mode in ("plain", "encrypted"):
            r = result.get(mode)
            if r is None:
                values.append("-")
            elif key is None:
                values.append(f"{r['undecryptable']} ({r['decrypted_late']})")
            else:
                values.append(cell(r[key]))
        rows.append((label, *values))
    width = [max(len(row[i]) for row in rows) for i in range(3)]
    print(f"e2ee-bench: HubBot {result['hubbot']}; {result['colleagues']} colleagues x {result['messages']} "
          f"messages ({result['warmup']} warm-up) per phase; order {' '.join(result['order'])}",
          file=sys.stderr)
    for row in rows:
        print("  " + row[0].ljust(width[0]) + "  " + row[1].rjust(width[1]) + "  " + row[2].rjust(width[2]),
              file=sys.stderr)
    if "encrypted_over_plain" in result:
        print(f"  encrypted/plain: {result['encrypted_over_plain']}", file=sys.stderr)
    sys.stderr.flush()


async def register_and_print(homeserver: str, name: str) -> None:
    async with aiohttp.ClientSession() as session:
        account = await call(session, "POST", f"{homeserver}{API}/register",
                             body={"username": name, "password": f"{name}-password",
                                   "initial_device_display_name": "HubBot benchmark",
                                   "auth": {"type": "m.login.dummy"}})
        print(account["user_id"], account["access_token"])


async def run_until_signalled(job: Any) -> Any:
    """SIGTERM or SIGINT cancel the job (the colleagues' clients are closed on the way out)."""
    task = asyncio.ensure_future(job)
    for stop in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(stop, task.cancel)
    return await task


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    roles = parser.add_subparsers(dest="role", required=True)
    for role in ("register", "drive"):
        roles.add_parser(role).add_argument("--homeserver", required=True, help="e.g. http://127.0.0.1:8008")
    roles.choices["register"].add_argument("--name", required=True)
    d = roles.choices["drive"]
    d.add_argument("--bot-user", required=True, help="the bot's user id")
    d.add_argument("--hubbot-pid", type=int, help="for HubBot's CPU time")
    d.add_argument("--synapse-pid", type=int, help="for Synapse's CPU time")
    d.add_argument("--hubbot-label", default="?", help="which binary (shown in the output)")
    d.add_argument("--colleagues", type=int, default=5, help="per phase (fresh ones each phase)")
    d.add_argument("--messages", type=int, default=20, help="measured messages per colleague")
    d.add_argument("--warmup", type=int, default=3, help="messages per colleague not counted")
    d.add_argument("--rounds", type=int, default=2, help="plain+encrypted pairs")
    d.add_argument("--only", choices=("plain", "encrypted"), help="run only this mode (--rounds phases)")
    d.add_argument("--order", help="phases in this order instead, e.g. plain,encrypted,encrypted,plain (or p,e,e,p)")
    d.add_argument("--noise-limit", type=float, default=0.2,
                   help="cores other processes may use during a phase before it counts as noisy (default 0.2)")
    d.add_argument("--noise-retries", type=int, default=3, help="times a noisy phase is run again (default 3)")
    d.add_argument("--quiet-wait", type=float, default=600,
                   help="seconds to wait for a quiet machine before each phase (default 600)")
    d.add_argument("--text", default="!status", help="the message (default !status)")
    options = parser.parse_args()
    options.homeserver = options.homeserver.rstrip("/")
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    if options.role == "register":
        asyncio.run(register_and_print(options.homeserver, options.name))
        return
    try:
        result = asyncio.run(run_until_signalled(drive(options)))
    except asyncio.CancelledError:
        print("e2ee-bench: stopped by a signal", file=sys.stderr)
        sys.exit(130)
    print(json.dumps(result), flush=True)
    print_summary(result)


if __name__ == "__main__":
    main()
