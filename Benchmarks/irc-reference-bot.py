#!/usr/bin/env python3
"""A minimal asyncio IRC bot for comparison: registers, and answers every private
PRIVMSG at once with a fixed line (no triage, no storage, no flood control)."""
import asyncio, sys

REPLY = "Hi! Tell me in a sentence what you're working on or what's broken."


async def main(port, nick):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"NICK {nick}\r\nUSER ref 0 * :reference\r\n".encode())
    await writer.drain()
    print("waiting for messages", flush=True)
    while True:
        line = await reader.readline()
        if not line:
            return
        text = line.decode("utf-8", "replace").rstrip("\r\n")
        if text.startswith("PING"):
            writer.write(("PONG" + text[4:] + "\r\n").encode())
            continue
        parts = text.split(" ", 3)
        if len(parts) == 4 and parts[1] == "PRIVMSG" and parts[2].lower() == nick.lower():
            sender = parts[0][1:].split("!")[0]
            writer.write(f"PRIVMSG {sender} :{REPLY}\r\n".encode())
            await writer.drain()


asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
