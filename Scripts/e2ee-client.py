#!/usr/bin/env python3
"""A real end-to-end-encrypting Matrix client for HubBot's integration tests.

It plays a colleague who talks to HubBot in (encrypted) rooms, using
matrix-nio with E2EE. Driven by JSON lines on stdin, it answers with JSON lines
on stdout (one object a line, flushed); diagnostics go to stderr only.

  .venv/bin/python Scripts/e2ee-client.py --homeserver URL --user @name:localhost \
      --password PW --store DIR [--device-id ID]

The account must exist. The nio store lives in DIR; the same DIR and device id
is the same device on the next run (without --device-id, the id the server
gave the first time is kept in DIR/device_id). Another --device-id is a second
device of the same person (a device id the server already knows cannot start
afresh with an empty DIR: that is an error). Every device of every user is trusted.

Lines it prints by itself ("backlog": came with the first sync, i.e. history from
before this run; "index": position in that room's list of messages):
  {"event":"ready","device_id":D}            after login, key upload and first sync
  {"event":"error","error":E}                login or first sync failed (exit 1)
  {"event":"joined","room":R}                auto-joined a room it was invited to
  {"event":"message","room","sender","event_id","body","encrypted","msgtype",
   "relates_to","backlog","index"}           a message from someone else
  {"event":"undecryptable","room","sender","event_id","session_id","backlog","index"}
                                             if its key comes later, a "message" line
                                             with the same event_id and index follows
  {"event":"reaction","room","sender","event_id","encrypted","relates_to"}

Commands, one JSON object a line. Each gets exactly one reply line,
{"reply":id,"ok":true,...} or {"reply":id,"ok":false,"error":"..."}. They run
concurrently: a waiting command does not hold up the others.
  {"id":1,"cmd":"create_dm","invite":U,"encrypted":true}  -> "room" (encrypted: default true)
  {"id":2,"cmd":"wait_joined","room":R,"user":U,"timeout":60}
  {"id":3,"cmd":"send","room":R,"text":T}                 -> "event_id"
        optional "msgtype" (default m.text) and "relates_to" (m.relates_to content)
  {"id":4,"cmd":"wait_message","room":R,"sender":U,"contains":T,"timeout":90,"after":A}
        -> "message": {...}; on timeout ok false and "seen": [bodies]. sender, contains
        and after are optional; after=N skips the room's first N messages,
        after=EVENT_ID (any event, e.g. one this client sent) takes only later ones.
  {"id":5,"cmd":"messages","room":R}                      -> "messages": [...]
  {"id":6,"cmd":"rooms"}  -> "rooms": [{"room","encrypted","joined","invited","via_invite"}]
  {"id":6,"cmd":"invites"}               -> "rooms": [R, ...] joined on invite in this run
  {"id":7,"cmd":"is_encrypted","room":R}                  -> "encrypted"
  {"id":8,"cmd":"react","room":R,"event_id":E,"key":K}    -> "event_id"
  {"id":10,"cmd":"send_keyless","room":R,"text":T}     -> "event_id", "session_id": encrypted
        with a new Megolm session whose key is not shared (a late key share)
  {"id":11,"cmd":"share_keys","room":R}   shares that session (from its first message) now
  {"id":9,"cmd":"quit"}   commands still waiting get ok false, then this reply; exit 0.
The end of stdin also ends it (exit 0).
"""
import argparse, asyncio, json, logging, os, random, sys, threading, time, uuid
from collections import defaultdict

from nio import (AsyncClient, AsyncClientConfig, DirectRoomsResponse, EncryptionError, Event,
                 ForwardedRoomKeyEvent, InviteMemberEvent, JoinResponse, KeysUploadResponse,
                 LoginResponse,
                 MegolmEvent, ReactionEvent, RoomCreateResponse, RoomKeyEvent, RoomMessage,
                 RoomSendResponse, SyncResponse)
from nio.api import Api, RoomPreset

log = logging.getLogger("e2ee-client")
MEGOLM = "m.megolm.v1.aes-sha2"


def emit(obj):
    """Writes one JSON line to stdout (ASCII-escaped, so locale never matters)."""
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


class Colleague:
    def __init__(self, args):
        self.args = args
        self.client = AsyncClient(args.homeserver, args.user, device_id=args.device_id,
                                  store_path=args.store,
                                  config=AsyncClientConfig(encryption_enabled=True))
        self.messages = defaultdict(list)  # room id -> message objects, in timeline order
        self.timeline_pos = {}             # event id -> order of arrival, for every timeline event
        self.undecrypted = {}              # event id -> (room id, MegolmEvent) to retry later
        self.invited_rooms = []            # rooms joined because of an invite
        self.joining = set()
        self.first_sync_done = False
        self.withheld = {}                 # room id -> unshared Megolm session (index 0) of send_keyless

    # ---- start-up and the sync loop ----

    async def upload_keys(self):
        """Uploads the device keys and one-time keys. A server that knows this device id
        with other keys (from a run whose store was deleted) refuses them. Deleting
        that device would not help: peers that saw the old keys (nio among them)
        refuse new keys for a known device id. So that is an error."""
        upload = await self.client.keys_upload()
        if isinstance(upload, KeysUploadResponse):
            return
        if not self.client.olm.account.shared:  # a new store: its keys never got up
            raise RuntimeError(f"device {self.client.device_id} exists on the server with "
                               f"other keys; use its old store or a new --device-id ({upload})")
        log.warning("one-time key upload failed, sync_forever retries: %s", upload)

    async def start(self):
        resp = await self.client.login(self.args.password, device_name="e2ee-client")
        if not isinstance(resp, LoginResponse):
            raise RuntimeError(f"login failed: {resp}")
        if self.args.device_id is None:  # the next run without --device-id is this device
            with open(os.path.join(self.args.store, "device_id"), "w") as f:
                f.write(resp.device_id)
        self.client.add_event_callback(self.on_timeline_event, Event)
        self.client.add_event_callback(self.on_invite, InviteMemberEvent)
        self.client.add_to_device_callback(self.on_room_key, (RoomKeyEvent, ForwardedRoomKeyEvent))
        if self.client.should_upload_keys:
            await self.upload_keys()
        # Synapse answers a full-state sync at once whatever the timeout, but caches
        # the answer for minutes keyed on (user, device, timeout, ...): a restarted
        # device would get its previous run's stale first sync. A fresh timeout
        # value makes the key new.
        sync = await self.client.sync(timeout=random.randint(1, 10**9), full_state=True)
        if not isinstance(sync, SyncResponse):
            raise RuntimeError(f"first sync failed: {sync}")
        self.first_sync_done = True
        emit({"event": "ready", "device_id": self.client.device_id})

    async def sync_loop(self):
        """nio's sync_forever also uploads one-time keys, queries and claims keys and
        sends queued to-device messages between syncs. It is restarted after errors."""
        while True:
            try:
                await self.client.sync_forever(timeout=10000)
            except asyncio.CancelledError:
                raise
            except Exception as e:  # a dropped connection must not end the client
                log.warning("sync loop failed, restarting: %r", e)
                await asyncio.sleep(1)

    # ---- callbacks (an exception here would end sync_forever, so none escape) ----

    async def on_timeline_event(self, room, event):
        if isinstance(event, InviteMemberEvent):  # invite state, not the timeline
            return
        try:
            self.timeline_pos[event.event_id] = len(self.timeline_pos)
            if event.sender != self.client.user_id:
                self.handle(room.room_id, event)
        except Exception:
            log.exception("while handling event %s", getattr(event, "event_id", "?"))

    def handle(self, room_id, event):
        if isinstance(event, (RoomMessage, MegolmEvent)):
            self.record(room_id, event)
        elif isinstance(event, ReactionEvent):
            emit({"event": "reaction", "room": room_id, "sender": event.sender,
                  "event_id": event.event_id, "encrypted": bool(event.decrypted),
                  "relates_to": event.source.get("content", {}).get("m.relates_to")})

    def record(self, room_id, event):
        """Stores and prints a message (or an undecryptable one). A message that was
        undecryptable before takes its place in the list when its key arrives."""
        content = event.source.get("content", {})
        msg = {"event": "message", "room": room_id, "sender": event.sender,
               "event_id": event.event_id}
        if isinstance(event, MegolmEvent):
            msg.update(event="undecryptable", session_id=event.session_id)
            self.undecrypted[event.event_id] = (room_id, event)
        else:
            msg.update(body=content.get("body"), encrypted=event.decrypted,
                       msgtype=content.get("msgtype"), relates_to=content.get("m.relates_to"))
        room_messages = self.messages[room_id]
        earlier = [i for i, m in enumerate(room_messages) if m["event_id"] == event.event_id]
        if earlier:
            msg["backlog"], msg["index"] = room_messages[earlier[0]]["backlog"], earlier[0]
            room_messages[earlier[0]] = msg
        else:
            msg["backlog"], msg["index"] = not self.first_sync_done, len(room_messages)
            room_messages.append(msg)
        emit(msg)

    async def on_room_key(self, key):
        """A room key came in: try again the messages it may unlock."""
        try:
            for event_id, (room_id, megolm) in list(self.undecrypted.items()):
                if megolm.session_id != key.session_id:
                    continue
                try:
                    decrypted = self.client.decrypt_event(megolm)
                except EncryptionError:
                    continue
                del self.undecrypted[event_id]
                if not isinstance(decrypted, RoomMessage):  # e.g. a reaction: not a message
                    kept = [m for m in self.messages[room_id] if m["event_id"] != event_id]
                    self.messages[room_id] = [dict(m, index=i) for i, m in enumerate(kept)]
                self.handle(room_id, decrypted)
        except Exception:
            log.exception("while retrying decryption")

    async def on_invite(self, room, event):
        if (event.state_key != self.client.user_id or event.membership != "invite"
                or room.room_id in self.joining):
            return
        self.joining.add(room.room_id)
        asyncio.ensure_future(self.join(room.room_id))

    async def join(self, room_id):
        resp = await self.client.join(room_id)
        if isinstance(resp, JoinResponse):
            self.invited_rooms.append(room_id)
            emit({"event": "joined", "room": room_id})
        else:
            log.warning("could not join %s: %s", room_id, resp)
            self.joining.discard(room_id)

    # ---- helpers ----

    async def room(self, room_id, timeout=15):
        """The room, once a sync has brought it (a room just created or joined may lag)."""
        deadline = time.monotonic() + timeout
        while room_id not in self.client.rooms:
            if time.monotonic() > deadline:
                raise RuntimeError(f"unknown room {room_id}")
            await asyncio.sleep(0.1)
        return self.client.rooms[room_id]

    async def prepare_encryption(self, room_id):
        """Makes sure every device of every member (joined or invited) has this room's
        current Megolm session, as Element does before sending."""
        client, room = self.client, self.client.rooms[room_id]
        if not room.members_synced:
            await client.joined_members(room_id)
        # Re-read the members' device lists every time: a device that logged in a
        # moment ago may not have reached us by sync yet. When a list changed, nio
        # drops the outbound session, so a new one is shared with all devices below.
        client.olm.users_for_key_query.update(room.users)
        await client.keys_query()
        if client.olm.should_share_group_session(room_id):
            if room_id in client.sharing_session:  # another command is sharing it right now
                await client.sharing_session[room_id].wait()
            else:
                await client.share_group_session(room_id, ignore_unverified_devices=True)

    async def send_event(self, room_id, event_type, content):
        """Sends an event, encrypted if the room is. nio's room_send would leave an
        m.reaction unencrypted, so the encryption is done here for every type. After
        prepare_encryption, encrypt() cannot meet GroupEncryptionError (session not
        shared) nor, with ignore_unverified_devices, OlmUnverifiedDeviceError."""
        if (await self.room(room_id)).encrypted:
            await self.prepare_encryption(room_id)
            event_type, content = self.client.encrypt(room_id, event_type, dict(content))
        method, path, data = Api.room_send(self.client.access_token, room_id, event_type,
                                           content, uuid.uuid4())
        resp = await self.client._send(RoomSendResponse, method, path, data, (room_id,))
        if not isinstance(resp, RoomSendResponse):
            raise RuntimeError(f"send failed: {resp}")
        return resp.event_id

    async def mark_direct(self, room_id, user_id):
        """Adds the room to m.direct in account data, as Element does for a new DM
        (nio can read m.direct but has no call to write account data)."""
        current = await self.client.list_direct_rooms()
        direct = dict(current.rooms) if isinstance(current, DirectRoomsResponse) else {}
        direct[user_id] = list(direct.get(user_id, [])) + [room_id]
        path = Api._build_path(["user", self.client.user_id, "account_data", "m.direct"],
                               {"access_token": self.client.access_token})
        resp = await self.client.send("PUT", path, json.dumps(direct))
        if resp.status != 200:
            raise RuntimeError(f"m.direct update failed: HTTP {resp.status} {await resp.text()}")

    def matches(self, msg, cmd):
        after = cmd.get("after")
        if msg["event"] != "message":
            return False
        if cmd.get("sender") and msg["sender"] != cmd["sender"]:
            return False
        if cmd.get("contains") and cmd["contains"] not in (msg["body"] or ""):
            return False
        if isinstance(after, int):
            return msg["index"] >= after
        if isinstance(after, str):  # wait until that event is in our timeline, then compare
            if after not in self.timeline_pos or msg["event_id"] not in self.timeline_pos:
                return False
            return self.timeline_pos[msg["event_id"]] > self.timeline_pos[after]
        return True

    # ---- commands ----

    async def cmd_create_dm(self, cmd):
        invitee = cmd["invite"]
        state = [{"type": "m.room.encryption", "state_key": "",
                  "content": {"algorithm": MEGOLM}}] if cmd.get("encrypted", True) else []
        resp = await self.client.room_create(is_direct=True, preset=RoomPreset.trusted_private_chat,
                                             invite=[invitee], initial_state=state)
        if not isinstance(resp, RoomCreateResponse):
            raise RuntimeError(f"room creation failed: {resp}")
        await self.mark_direct(resp.room_id, invitee)
        await self.room(resp.room_id)
        return {"room": resp.room_id}

    async def cmd_wait_joined(self, cmd):
        room = await self.room(cmd["room"])
        deadline = time.monotonic() + cmd.get("timeout", 60)
        while (user := room.users.get(cmd["user"])) is None or user.invited:
            if time.monotonic() > deadline:
                raise RuntimeError(f"timeout: {cmd['user']} has not joined {cmd['room']}")
            await asyncio.sleep(0.1)
        return {}

    async def cmd_send(self, cmd):
        content = {"msgtype": cmd.get("msgtype", "m.text"), "body": cmd["text"]}
        if cmd.get("relates_to"):
            content["m.relates_to"] = cmd["relates_to"]
        return {"event_id": await self.send_event(cmd["room"], "m.room.message", content)}

    async def cmd_react(self, cmd):
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": cmd["event_id"],
                                    "key": cmd["key"]}}
        return {"event_id": await self.send_event(cmd["room"], "m.reaction", content)}

    async def cmd_wait_message(self, cmd):
        deadline = time.monotonic() + cmd.get("timeout", 90)
        while True:
            for msg in self.messages[cmd["room"]]:
                if self.matches(msg, cmd):
                    return {"message": msg}
            if time.monotonic() > deadline:
                seen = [m.get("body") if m["event"] == "message" else "<undecryptable>"
                        for m in self.messages[cmd["room"]]]
                return {"ok": False, "error": "timeout", "seen": seen}
            await asyncio.sleep(0.1)

    async def cmd_messages(self, cmd):
        return {"messages": self.messages[cmd["room"]]}

    async def cmd_rooms(self, _cmd):
        return {"rooms": [{"room": r.room_id, "encrypted": r.encrypted,
                           "joined": sorted(u for u, m in r.users.items() if not m.invited),
                           "invited": sorted(r.invited_users), "via_invite": r.room_id in self.invited_rooms}
                          for r in self.client.rooms.values()]}

    async def cmd_invites(self, _cmd):
        return {"rooms": list(self.invited_rooms)}

    async def cmd_send_keyless(self, cmd):
        """Sends an encrypted message with a new Megolm session whose key nobody has
        yet (a chat app whose key share is late); share_keys sends the key later."""
        from nio.crypto.sessions import OutboundGroupSession
        room_id = cmd["room"]
        session = OutboundGroupSession()
        self.withheld[room_id] = OutboundGroupSession.from_pickle(session.pickle())  # still at index 0
        payload = {"type": "m.room.message", "room_id": room_id,
                   "content": {"msgtype": "m.text", "body": cmd["text"]}}
        content = {"algorithm": MEGOLM,
                   "sender_key": self.client.olm.account.identity_keys["curve25519"],
                   "ciphertext": session._session.encrypt(json.dumps(payload).encode()).to_base64(),
                   "session_id": session.id, "device_id": self.client.device_id}
        method, path, data = Api.room_send(self.client.access_token, room_id, "m.room.encrypted",
                                           content, uuid.uuid4())
        resp = await self.client._send(RoomSendResponse, method, path, data, (room_id,))
        if not isinstance(resp, RoomSendResponse):
            raise RuntimeError(f"send failed: {resp}")
        return {"event_id": resp.event_id, "session_id": session.id}

    async def cmd_share_keys(self, cmd):
        """Shares the session of the last send_keyless in the room with every device of its
        members, from index 0; later sends use a new session."""
        room_id = cmd["room"]
        session = self.withheld.pop(room_id)
        room = await self.room(room_id)
        if not room.members_synced:
            await self.client.joined_members(room_id)
        self.client.olm.users_for_key_query.update(room.users)
        await self.client.keys_query()
        self.client.olm.outbound_group_sessions[room_id] = session
        await self.client.share_group_session(room_id, ignore_unverified_devices=True)
        del self.client.olm.outbound_group_sessions[room_id]
        return {"session_id": session.id}

    async def cmd_is_encrypted(self, cmd):
        return {"encrypted": (await self.room(cmd["room"])).encrypted}

    async def run_command(self, line):
        """Runs one command line and prints exactly one reply line for it."""
        command_id = None
        try:
            cmd = json.loads(line)
            command_id = cmd.get("id")
            handler = getattr(self, "cmd_" + str(cmd.get("cmd")), None)
            if handler is None:
                raise ValueError(f"unknown command {cmd.get('cmd')!r}")
            reply = {"reply": command_id, "ok": True}
            reply.update(await handler(cmd))
        except Exception as e:
            log.exception("command failed: %s", line.strip())
            reply = {"reply": command_id, "ok": False, "error": f"{type(e).__name__}: {e}"}
        except asyncio.CancelledError:  # still pending at quit or end of input
            reply = {"reply": command_id, "ok": False, "error": "cancelled: the client is quitting"}
        emit(reply)


def stdin_lines(loop):
    """Reads stdin on a daemon thread (works for pipes, files and terminals alike and
    never holds up the exit); the queue yields lines, then None at the end."""
    queue = asyncio.Queue()

    def reader():
        for line in sys.stdin:
            loop.call_soon_threadsafe(queue.put_nowait, line)
        loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=reader, daemon=True).start()
    return queue


async def main(args):
    os.makedirs(args.store, exist_ok=True)
    saved = os.path.join(args.store, "device_id")
    if args.device_id is None and os.path.exists(saved):
        args.device_id = open(saved).read().strip() or None
    colleague = Colleague(args)
    lines = stdin_lines(asyncio.get_running_loop())
    tasks, quit_command = set(), None
    try:
        try:
            await colleague.start()
        except Exception as e:
            emit({"event": "error", "error": f"{type(e).__name__}: {e}"})
            raise
        sync_task = asyncio.ensure_future(colleague.sync_loop())
        while (line := await lines.get()) is not None:
            if not line.strip():
                continue
            try:  # quit is handled here; run_command reports bad lines
                cmd = json.loads(line)
                if cmd.get("cmd") == "quit":
                    quit_command = cmd
                    break
            except Exception:
                pass
            task = asyncio.ensure_future(colleague.run_command(line))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        # Let commands that came just before quit start (quick ones finish right
        # away); the ones still waiting are cancelled, and they too get a reply.
        await asyncio.sleep(0)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if quit_command is not None:
            emit({"reply": quit_command.get("id"), "ok": True})
        sync_task.cancel()
        await asyncio.gather(sync_task, return_exceptions=True)
    finally:
        await colleague.client.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--homeserver", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--device-id")
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("nio").setLevel(logging.WARNING)
    asyncio.run(main(parser.parse_args()))
