"""A small realtime server on loopback (`websockets`, in its own thread and event loop) that speaks enough of the
TTS and STT protocols for the client's sessions, and records what it receives."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from typing import Any, Callable, Dict, List, Optional, Union
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import ServerConnection, serve
from websockets.http11 import Request, Response
from websockets.sync import server as sync_server


class RealtimeServer:
    def __init__(self) -> None:
        self.paths: List[str] = []
        self.headers: List[Dict[str, str]] = []
        """The handshake headers of each connection, names lower-cased."""
        self.messages: List[Union[str, bytes]] = []
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._stop: Optional[asyncio.Future[None]] = None
        self.port = 0
        self._thread = threading.Thread(target=self._run, daemon=True)

    def query(self, index: int = -1) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.paths[index]).query)

    def json_messages(self, at_least: int = 0, timeout: float = 5.0) -> List[Any]:
        """The JSON messages received so far. With `at_least`, first waits (up to `timeout` s) until the server's
        thread has received that many: a message the server answers nothing to (a cancel) may still be in flight
        when the client is done."""
        deadline = time.monotonic() + timeout
        while True:
            found = [json.loads(m) for m in self.messages if isinstance(m, str) and m.startswith("{")]
            if len(found) >= at_least or time.monotonic() >= deadline:
                return found
            time.sleep(0.01)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._main())

    async def _main(self) -> None:
        self._stop = self._loop.create_future()
        async with serve(self._handle, "127.0.0.1", 0, process_request=self._check) as server:
            self.port = list(server.sockets)[0].getsockname()[1]
            self._ready.set()
            await self._stop

    def _check(self, connection: ServerConnection, request: Request) -> Optional[Response]:
        """Records the handshake and, as the service does, refuses one without exactly one credential (the
        `Authorization` header, or the api_key / access_token query parameter) or without a version."""
        self.paths.append(request.path)
        headers = {name.lower(): value for name, value in request.headers.raw_items()}
        self.headers.append(headers)
        query = parse_qs(urlsplit(request.path).query)
        credentials = [name for name in ("api_key", "access_token") if name in query]
        if headers.get("authorization", "").startswith("Bearer "):
            credentials.append("authorization")
        if len(credentials) != 1:
            return connection.respond(401, f"expected exactly one credential; got {credentials}\n")
        if "cartesia_version" not in query and "cartesia-version" not in headers:
            return connection.respond(400, "no cartesia_version or Cartesia-Version\n")
        return None

    async def _handle(self, connection: ServerConnection) -> None:
        path = connection.request.path if connection.request else ""
        if path.startswith("/tts/websocket"):
            await self._tts(connection)
        else:
            await self._stt(connection)

    async def _tts(self, connection: ServerConnection) -> None:
        async for message in connection:
            self.messages.append(message)
            command = json.loads(message)
            context = command.get("context_id")
            if context == "boom":
                await connection.send(json.dumps({"type": "error", "context_id": context, "status_code": 400, "message": "Bad voice", "done": True}))
            elif command.get("continue") is False:
                audio = base64.b64encode(f"audio-{context}".encode()).decode()
                await connection.send(json.dumps({"type": "chunk", "context_id": context, "data": audio, "done": False, "step_time": 1}))
                await connection.send(json.dumps({"type": "done", "context_id": context, "done": True}))

    async def _stt(self, connection: ServerConnection) -> None:
        received = 0
        # Both STT sockets take `language` (ISO-639-1) on the handshake; transcripts name it when it was given.
        language = parse_qs(urlsplit(self.paths[-1]).query).get("language", [])
        async for message in connection:
            self.messages.append(message)
            if isinstance(message, bytes):
                received += len(message)
            elif message == "finalize":
                transcript = {"type": "transcript", "text": f"{received} bytes", "is_final": True}
                await connection.send(json.dumps({**transcript, **({"language": language[0]} if language else {})}))
                await connection.send(json.dumps({"type": "flush_done"}))
            elif isinstance(message, str) and message.startswith("{") and json.loads(message).get("type") == "close":
                # The turns socket's JSON close: end the session as the service does.
                await connection.close(1000)
                return
            elif message == "close":
                await connection.send(json.dumps({"type": "done"}))
                await connection.close(1000)
                return

    def __enter__(self) -> "RealtimeServer":
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        stop = self._stop
        if stop is not None:
            self._loop.call_soon_threadsafe(lambda: stop.done() or stop.set_result(None))
        self._thread.join(10)
        self._loop.close()


class WebSocketServer:
    """Accepts every handshake, then runs `behaviour` on the connection (in the server's thread)."""

    def __init__(self, behaviour: Callable[[sync_server.ServerConnection], None]) -> None:
        self._server = sync_server.serve(behaviour, "127.0.0.1", 0, max_size=None)
        self.url = f"http://127.0.0.1:{self._server.socket.getsockname()[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._thread.join(10)

    def __enter__(self) -> "WebSocketServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
