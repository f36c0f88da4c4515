"""Event-stream (SSE) responses as typed iterators of the events (their JSON payloads parsed into the models), with
base64 fields decoded to bytes and in-stream errors raised as typed errors, as the API's conventions say."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any, AsyncIterator, Dict, Generic, Iterator, Mapping, Optional, Sequence, TypeVar, cast

import httpx

from ._binary import stream_error
from ._errors import APIUserAbortError, StreamEventError
from ._parse import parse_as
from ._redact import NO_SECRETS, Redactor
from ._spec import ErrorSpec
from ._sse import ServerSentEvent, aiter_events, iter_events

T = TypeVar("T")


def decode_base64_fields(message: Dict[str, object], fields: Sequence[str]) -> Dict[str, object]:
    """Replaces the named base64 text fields of a message by their bytes, in place."""
    for name in fields:
        value = message.get(name)
        if isinstance(value, str):
            try:
                message[name] = base64.b64decode(value, validate=False)
            except (binascii.Error, ValueError):
                pass  # not base64 after all: handed over as sent
    return message


def stream_event_error(
    errors: ErrorSpec, payload: object, status: int, headers: httpx.Headers, redactor: Redactor = NO_SECRETS
) -> StreamEventError:
    # A server may echo the credential it received in an error event: never pass it on.
    payload = redactor.value(payload)
    info = errors.describe(payload)
    message = info.message or "The stream reported an error."
    return StreamEventError(info.status if info.status is not None else status, headers, payload, message, info.request_id)


def decode_event(
    event: ServerSentEvent, errors: ErrorSpec, fields: Sequence[str], response: httpx.Response, redactor: Redactor = NO_SECRETS
) -> Optional[object]:
    """The event's payload, None for keep-alive events; raises the error an error event carries."""
    if event.data == "" or event.data == "[DONE]":
        return None
    try:
        payload: object = json.loads(event.data)
    except ValueError:
        payload = event.data
    record = payload if isinstance(payload, dict) else None
    if event.event == "error" or (record is not None and errors.is_stream_error(record)):
        raise stream_event_error(errors, payload, response.status_code, redactor.headers(response.headers), redactor)
    return decode_base64_fields(record, fields) if record is not None else payload


class _Base(Generic[T]):
    def __init__(
        self,
        response: httpx.Response,
        errors: ErrorSpec,
        base64_fields: Sequence[str] = (),
        redactor: Redactor = NO_SECRETS,
        parse: Any = None,
    ) -> None:
        self.response = response
        self._parse = parse
        self._errors = errors
        self._redactor = redactor
        self._fields = tuple(base64_fields)
        self._taken = False

    def _take(self) -> None:
        if self._taken:
            raise APIUserAbortError("The event stream has already been read or closed.")
        self._taken = True


class EventStream(_Base[T]):
    """The events of a streamed response. Iterate it once; leaving the loop early releases the connection."""

    def events(self) -> Iterator[ServerSentEvent]:
        """The raw events (event name, data text, id), for what the typed view does not cover."""
        self._take()
        try:
            yield from iter_events(self.response.iter_bytes())
        except (httpx.StreamError, httpx.TransportError) as exc:
            raise stream_error(exc) from exc
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[T]:
        for event in self.events():
            payload = decode_event(event, self._errors, self._fields, self.response, self._redactor)
            if payload is not None:
                yield cast(T, parse_as(self._parse, payload))

    def close(self) -> None:
        """Stops reading and releases the connection."""
        self._taken = True
        self.response.close()

    def __enter__(self) -> "EventStream[T]":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncEventStream(_Base[T]):
    """The events of a streamed response, for `async for`."""

    async def events(self) -> AsyncIterator[ServerSentEvent]:
        self._take()
        try:
            async for event in aiter_events(self.response.aiter_bytes()):
                yield event
        except (httpx.StreamError, httpx.TransportError) as exc:
            raise stream_error(exc) from exc
        finally:
            await self.response.aclose()

    async def _payloads(self) -> AsyncIterator[T]:
        async for event in self.events():
            payload = decode_event(event, self._errors, self._fields, self.response, self._redactor)
            if payload is not None:
                yield cast(T, parse_as(self._parse, payload))

    def __aiter__(self) -> AsyncIterator[T]:
        return self._payloads()

    async def close(self) -> None:
        self._taken = True
        await self.response.aclose()

    async def __aenter__(self) -> "AsyncEventStream[T]":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
