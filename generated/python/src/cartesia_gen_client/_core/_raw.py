"""Raw responses: `client.with_raw_response(client.voices.get)(...)` returns the parsed result together with the
HTTP response it came from (status, headers, request id), as TypeScript's `withResponse()` does."""

from __future__ import annotations

from contextvars import ContextVar, Token
from typing import Generic, Optional, Tuple, TypeVar

import httpx

from ._errors import ClientError
from ._spec import ErrorSpec

R = TypeVar("R")


class _Capture:
    """What one raw call saw: the successful response, and its body when it was read whole."""

    def __init__(self) -> None:
        self.response: Optional[httpx.Response] = None
        self.content: Optional[bytes] = None


# Set only while a `with_raw_response` call runs, in its own context (thread or task): other calls never see it.
_capture: ContextVar[Optional[_Capture]] = ContextVar("raw_response_capture", default=None)


def start_capture() -> Tuple[_Capture, Token[Optional[_Capture]]]:
    capture = _Capture()
    return capture, _capture.set(capture)


def stop_capture(token: Token[Optional[_Capture]]) -> None:
    _capture.reset(token)


def note_response(response: httpx.Response) -> None:
    capture = _capture.get()
    if capture is not None and capture.response is None:
        capture.response = response


def note_content(response: httpx.Response, content: bytes) -> None:
    capture = _capture.get()
    if capture is not None and capture.response is response:
        capture.content = content


class APIResponse(Generic[R]):
    """A method's result with the HTTP response it came from. For a JSON or text method the body has been read
    (`content`); for a streamed one (audio, events) the result is the stream, still unread."""

    def __init__(self, capture: _Capture, parsed: R, errors: ErrorSpec) -> None:
        if capture.response is None:
            raise ClientError("with_raw_response takes a method of this client that sends an HTTP request.")
        self.http_response: httpx.Response = capture.response
        self.content: Optional[bytes] = capture.content
        self._parsed = parsed
        self.request_id: Optional[str] = next(
            (self.headers[h] for h in errors.request_id_headers if self.headers.get(h)), None
        )

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> R:
        """The method's result, typed as the method returns it."""
        return self._parsed

    def __repr__(self) -> str:
        # No URL: with a query credential it would carry the secret.
        return f"<APIResponse [{self.status_code}] request_id={self.request_id!r}>"
