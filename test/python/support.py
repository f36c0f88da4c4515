"""A scriptable HTTP server on loopback (http.server in a thread) that records every request it receives."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional, Tuple, Union
from urllib.parse import parse_qs, urlsplit

Body = Union[bytes, str, Dict[str, Any], List[Any], None]


@dataclass
class Reply:
    status: int = 200
    json: Any = None
    body: Optional[bytes] = None
    headers: Dict[str, str] = field(default_factory=dict)
    chunks: Optional[List[bytes]] = None
    """Sent one by one (chunked), each after `before_chunk(i)` returns."""
    delay: float = 0.0


@dataclass
class Received:
    method: str
    path: str
    raw_path: str
    query: Dict[str, List[str]]
    headers: Dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def multipart(self) -> Tuple[Dict[str, str], Dict[str, Tuple[str, bytes, str]]]:
        """Fields and files (name → (filename, contents, content type)) of a multipart body."""
        message = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {self.headers['content-type']}\r\n\r\n".encode() + self.body
        )
        fields: Dict[str, str] = {}
        files: Dict[str, Tuple[str, bytes, str]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            filename = part.get_filename()
            payload = part.get_payload(decode=True)
            if filename is not None:
                files[str(name)] = (filename, payload, part.get_content_type())
            else:
                key = str(name)
                fields[key] = f"{fields[key]},{payload.decode()}" if key in fields else payload.decode()
        return fields, files


class Server:
    """Answers with the scripted replies in order (the last one repeats), or with `handler(received)`."""

    def __init__(self) -> None:
        self.received: List[Received] = []
        self.replies: List[Reply] = [Reply(json={})]
        self.handler: Optional[Callable[[Received], Reply]] = None
        self.before_chunk: Callable[[int], None] = lambda i: None
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def handle(self) -> None:
                # A client that closes a connection with a body unread resets it: not the server's failure.
                try:
                    super().handle()
                except ConnectionResetError:
                    pass

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                received = Received(
                    self.command,
                    parts.path,
                    self.path.split("?")[0],
                    parse_qs(parts.query, keep_blank_values=True),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                outer.received.append(received)
                reply = outer.handler(received) if outer.handler else outer._next()
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self._reply(reply)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _reply(self, reply: Reply) -> None:
                self.send_response(reply.status)
                headers = dict(reply.headers)
                if reply.chunks is not None:
                    headers.setdefault("content-type", "application/octet-stream")
                    self.send_header("transfer-encoding", "chunked")
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    for i, chunk in enumerate(reply.chunks):
                        outer.before_chunk(i)
                        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                        self.wfile.flush()
                    self.wfile.write(b"0\r\n\r\n")
                    return
                payload = reply.body if reply.body is not None else (b"" if reply.json is None else json.dumps(reply.json).encode())
                if reply.json is not None:
                    headers.setdefault("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._http.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}"
        self._thread = threading.Thread(target=lambda: self._http.serve_forever(poll_interval=0.02), daemon=True)

    def _next(self) -> Reply:
        return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]

    def script(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.received.clear()

    def __enter__(self) -> "Server":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.shutdown()
        self._http.server_close()
