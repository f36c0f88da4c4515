"""What realtime sessions share, sync or async: decoding messages, errors sent in the stream, handshake failures,
and the limits that keep memory bounded whatever the reader does."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Callable, Dict, Optional, Sequence, Union

import httpx
from websockets.exceptions import ConnectionClosed, InvalidStatus, InvalidURI, WebSocketException

from ._errors import APIConnectionError, APIConnectionTimeoutError, APIError, ProtocolError, StreamEventError
from ._redact import Redactor
from ._spec import ErrorSpec
from ._streaming import decode_base64_fields, stream_event_error

NORMAL_CLOSURE = 1000
ABNORMAL_CLOSURE = 1006
MESSAGE_TOO_BIG = 1009
# Unread events a session may hold: above PAUSE_AT it stops reading the socket (the server then slows down)
# until readers bring it under RESUME_AT; a reader that never catches up fails at GIVE_UP_AT.
PAUSE_AT = 4 << 20
RESUME_AT = 1 << 20
GIVE_UP_AT = 64 << 20
MAX_MESSAGE = 16 << 20

ErrorFactory = Callable[[int, httpx.Headers, bytes, str], APIError]


@dataclass(frozen=True)
class CloseInfo:
    code: int
    reason: str


def close_info(exc: Optional[ConnectionClosed]) -> CloseInfo:
    sent = exc.sent if exc is not None else None
    if sent is not None and sent.code == MESSAGE_TOO_BIG:
        # websockets closed the socket itself: the server sent more than the client accepts in one message.
        return CloseInfo(MESSAGE_TOO_BIG, f"message too big: the server sent a message over the {MAX_MESSAGE >> 20} MiB limit")
    frame = exc.rcvd if exc is not None else None
    return CloseInfo(frame.code, frame.reason) if frame is not None else CloseInfo(ABNORMAL_CLOSURE, "")


def idle_timeout_error(seconds: float) -> APIConnectionTimeoutError:
    return APIConnectionTimeoutError(
        f"No message from the server within {seconds} s (the channel's `timeout`); the session is still open."
    )


def decode_message(data: Union[str, bytes], base64_fields: Sequence[str]) -> Dict[str, object]:
    """A JSON text frame as a dict with its base64 fields decoded; anything else is a protocol error."""
    if not isinstance(data, str):
        raise ProtocolError("The server sent a binary frame where JSON text was expected.")
    try:
        parsed = json.loads(data)
    except ValueError:
        raise ProtocolError(f"The server sent a frame that is not JSON ({len(data)} characters).") from None
    if not isinstance(parsed, dict):
        raise ProtocolError("The server sent a JSON frame that is not an object.")
    return decode_base64_fields(parsed, base64_fields)


def event_error(event: Dict[str, object], errors: ErrorSpec, redactor: Redactor) -> Optional[StreamEventError]:
    """The typed error an error message carries (the API's `inStream` marker), or None."""
    if not errors.is_stream_error(event):
        return None
    return stream_event_error(errors, event, 500, httpx.Headers(), redactor)


def handshake_error(exc: BaseException, redacted: str, timeout: float, error_from: ErrorFactory) -> Exception:
    """The client's error for a failed handshake; the URL shown never carries the credential."""
    if isinstance(exc, InvalidStatus):
        response = exc.response
        headers = httpx.Headers(list(response.headers.raw_items()))
        return error_from(response.status_code, headers, bytes(response.body or b""), response.reason_phrase)
    if isinstance(exc, TimeoutError):
        return APIConnectionTimeoutError(f"The WebSocket handshake with {redacted} timed out after {timeout} s.")
    if isinstance(exc, InvalidURI):
        return APIConnectionError(f"Could not open the WebSocket to {redacted}: invalid URL.")
    if isinstance(exc, (OSError, WebSocketException)):
        return APIConnectionError(f"Could not open the WebSocket to {redacted}: {type(exc).__name__}.")
    return APIConnectionError(f"Could not open the WebSocket to {redacted}.")


def size_of(event: Dict[str, object]) -> int:
    """Approximate bytes an event holds, for the limits above."""
    size = 64
    for value in event.values():
        if isinstance(value, (bytes, str)):
            size += len(value)
    return size


def new_context_id() -> str:
    return str(uuid.uuid4())


def audio_bytes(chunk: Union[bytes, bytearray, memoryview, str]) -> bytes:
    return chunk.encode("utf-8") if isinstance(chunk, str) else bytes(chunk)
