"""Errors the client raises. The generated `errors` module adds one subclass of `APIError` per status class."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence, Type

import httpx


class ClientError(Exception):
    """Base class of every error this client raises."""


class ConfigurationError(ClientError):
    """The client was set up in a way that cannot work (bad option, credential where it must not go)."""


class InsecureTransportError(ConfigurationError):
    """A request was refused before it left, because it would send a credential in clear text."""


class MissingCredentialError(ConfigurationError):
    """The operation needs a credential the client does not hold."""


class InvalidRequestError(ClientError):
    """A request the arguments cannot make (missing path value, header with a line break, bad file, ...)."""


class APIError(ClientError):
    """The server answered with an error status. `body` is the parsed JSON body, the raw text, or None."""

    status: int
    headers: httpx.Headers
    body: object
    request_id: Optional[str]
    message: str

    def __init__(self, status: int, headers: httpx.Headers, body: object, message: str, request_id: Optional[str]) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers
        self.body = body
        self.message = message
        self.request_id = request_id


class StreamEventError(APIError):
    """An error the server sent inside a stream (an SSE error event, or an error message on a WebSocket)."""


class APIConnectionError(ClientError):
    """The request never got a response: DNS, refused or reset connection, TLS failure, ..."""

    def __init__(self, message: str = "Connection error.") -> None:
        super().__init__(message)


class APIConnectionTimeoutError(APIConnectionError):
    """No response arrived within the timeout."""

    def __init__(self, message: str = "Request timed out.") -> None:
        super().__init__(message)


class RedirectError(ClientError):
    """A redirect the client will not follow: too many hops, or a Location that is not an http(s) URL."""


class APIUserAbortError(ClientError):
    """The caller stopped the request or stream (closed it) before it completed."""

    def __init__(self, message: str = "Request was aborted.") -> None:
        super().__init__(message)


class APIResponseParseError(ClientError):
    """A response body could not be read as the operation declares (for example invalid JSON)."""

    def __init__(self, message: str, status: int, headers: httpx.Headers) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers


class ResponseTooLargeError(APIResponseParseError):
    """A response body grew past the client's `max_response_bytes` (counted after decompression) and was dropped."""


class SocketClosedError(APIConnectionError):
    """The WebSocket closed before the session or a context was finished."""

    def __init__(self, code: int, reason: str) -> None:
        detail = f": {reason}" if reason else ""
        super().__init__(f"The WebSocket closed (code {code}{detail}) before the stream was complete.")
        self.code = code
        self.reason = reason


class ProtocolError(ClientError):
    """A message arrived that the protocol does not allow (for example text that is not JSON)."""


class BackpressureError(ClientError):
    """The caller reads far slower than the server sends, and unread events exceed the client's limit."""


@dataclass(frozen=True)
class ErrorClassEntry:
    """Maps a status to its typed error class: an exact code, or a range (`status` is its first digit)."""

    status: int
    range: bool
    cls: Type[APIError]


def error_class_for(status: int, classes: Sequence[ErrorClassEntry]) -> Type[APIError]:
    """The most specific error class for a status (exact codes are listed before ranges)."""
    for entry in classes:
        if (status // 100 == entry.status) if entry.range else (status == entry.status):
            return entry.cls
    return APIError
