#!/usr/bin/env python3
"""IRC reply latency: N colleagues each send M messages to a bot in a private query,
one at a time, and time each reply (first PRIVMSG/NOTICE from the bot containing
--expect). Prints one JSON object: count, p50_ms, p90_ms, p99_ms, max_ms, missing."""
import argparse, asyncio, json, time


async def colleague(index, args, latencies, missing):
    reader, writer = await asyncio.open_connection("127.0.0.1", args.port)
    nick = f"c{index}x{int(time.time() * 1000) % 100000}"
    writer.write(f"NICK {nick}\r\nUSER {nick} 0 * :bench\r\n".encode())
    await writer.drain()
    replies = asyncio.Queue()

    async def read():
        while True:
            line = await reader.readline()
            if not line:
                return
            text = line.decode("utf-8", "replace").rstrip("\r\n")
            if text.startswith("PING"):
                writer.write(("PONG" + text[4:] + "\r\n").encode())
            parts = text.split(" ", 3)
            if len(parts) >= 2 and parts[1] == "001":
                await replies.put("001")
            if len(parts) == 4 and parts[1] in ("PRIVMSG", "NOTICE") and parts[0][1:].split("!")[0].lower() == args.bot.lower():
                if args.expect in parts[3]:
                    await replies.put(time.monotonic())

    reading = asyncio.create_task(read())
    await asyncio.wait_for(replies.get(), 30)  # welcome
    for _ in range(args.messages):
        sent = time.monotonic()
        writer.write(f"PRIVMSG {args.bot} :{args.text}\r\n".encode())
        await writer.drain()
        try:
            received = await asyncio.wait_for(replies.get(), args.timeout)
            latencies.append((received - sent) * 1000)
        except asyncio.TimeoutError:
            missing.append(1)
    writer.write(b"QUIT :done\r\n")
    await writer.drain()
    reading.cancel()
    writer.close()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))] if ordered else None


async def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--bot", default="HubBot")
    parser.add_argument("--colleagues", type=int, default=10)
    parser.add_argument("--messages", type=int, default=20)
    parser.add_argument("--text", default="hi")
    parser.add_argument("--expect", default="Tell me in a sentence")
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()
    latencies, missing = [], []
    await asyncio.gather(*(colleague(i, args, latencies, missing) for i in range(args.colleagues)))
    print(json.dumps({
        "count": len(latencies), "missing": len(missing),
        "p50_ms": percentile(latencies, 0.5), "p90_ms": percentile(latencies, 0.9),
        "p99_ms": percentile(latencies, 0.99), "max_ms": max(latencies) if latencies else None,
    }))


asyncio.run(main())
