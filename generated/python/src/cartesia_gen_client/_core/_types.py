"""Values and option shapes shared by the runtime and the generated code."""

from __future__ import annotations

from typing import Mapping, Optional

from typing_extensions import Literal, TypedDict, final


@final
class NotGiven:
    """The type of `NOT_GIVEN`: an argument left out (as opposed to `None`, which is sent as JSON null)."""

    _instance: Optional["NotGiven"] = None

    def __new__(cls) -> "NotGiven":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
"""Default of every optional argument: the client leaves the parameter or field out of the request."""


class RequestOptions(TypedDict, total=False):
    """Per-request options: the `request_options` argument of every method."""

    headers: Mapping[str, Optional[str]]
    """Extra headers; `None` removes a header the client would send."""
    query: Mapping[str, object]
    """Extra query parameters, sent beside the declared ones."""
    body: Mapping[str, object]
    """Extra JSON or form fields merged into the body (for fields the spec does not list)."""
    timeout: float
    """Seconds allowed for each step of an attempt: connecting, each write, and each read, so a streamed body may
    take longer in all as long as no wait between two chunks exceeds it. `float('inf')` (or more than 2^31 - 1 ms)
    means no timeout."""
    max_response_bytes: int
    """Largest JSON or text body read for this request, counted after decompression (default: the client's
    `max_response_bytes`, 64 MiB); a larger one raises ResponseTooLargeError. Streamed bodies are not limited."""
    max_retries: int
    """Retries after the first attempt, for connection errors and retryable statuses."""
    version: str
    """API version for this request only."""


class ChannelOptions(TypedDict, total=False):
    """Per-connection options: the `channel_options` argument of every method that opens a realtime channel."""

    timeout: float
    """Seconds to wait for the handshake and then, in the session, for each message a reader waits for
    (APIConnectionTimeoutError; the session stays open). Without it, the client's timeout bounds the handshake
    only. `float('inf')` means no timeout."""
    version: str
    """API version for this connection only."""
    query: Mapping[str, object]
    """Extra handshake query parameters."""
    websocket_credentials: Literal["headers", "query"]
    """Where the handshake carries the API version and the credential: `"headers"` (the default) keeps the
    credential out of the URL, which proxies and servers log; `"query"` sends both as query parameters, for a
    proxy or server that only reads those."""
