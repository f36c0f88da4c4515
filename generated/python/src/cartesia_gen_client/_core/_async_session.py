"""Realtime sessions over one WebSocket for the async client (`websockets.asyncio`): one stream of typed events,
or many contexts multiplexed by an id field. A reader task routes messages into per-reader queues; when unread
events pile up it stops reading the socket, so the server slows down instead of memory growing."""

from __future__ import annotations

import asyncio
import json
from collections import deque
from typing import (
    Any,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Deque,
    Dict,
    Generator,
    Generic,
    Iterable,
    List,
    Mapping,
    Optional,
    Tuple,
    TypeVar,
    Union,
    cast,
)

from typing_extensions import Protocol, Self
from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed

from ._channel import (
    MAX_MESSAGE,
    NORMAL_CLOSURE,
    PAUSE_AT,
    RESUME_AT,
    CloseInfo,
    ErrorFactory,
    audio_bytes,
    close_info,
    decode_message,
    event_error,
    handshake_error,
    idle_timeout_error,
    new_context_id,
    size_of,
)
from ._errors import ClientError, SocketClosedError
from ._parse import parse_as, wire_value
from ._redact import NO_SECRETS, Redactor
from ._spec import ChannelSpec, ErrorSpec
from ._timeouts import wait_limit

E = TypeVar("E")
S = TypeVar("S")
Audio = Union[bytes, bytearray, memoryview]


async def connect(
    url: str,
    redacted: str,
    headers: Dict[str, str],
    timeout: float,
    limit: Optional[float],
    error_from: ErrorFactory,
    user_agent: Optional[str] = None,
) -> ClientConnection:
    try:
        return await ws_connect(url, additional_headers=headers, open_timeout=limit, max_size=MAX_MESSAGE, user_agent_header=user_agent)
    except Exception as exc:
        raise handshake_error(exc, redacted, timeout, error_from) from None


class _Closable(Protocol):
    idle_timeout: Optional[float]
    _redactor: Redactor
    _on_close: Optional[Callable[[int, str], None]]

    async def close(self, code: int = ..., reason: str = ...) -> CloseInfo: ...


C = TypeVar("C", bound=_Closable)


class AsyncChannelConnection(Generic[C]):
    """A channel being opened: `await` it for the session, or `async with` it to close the session on exit."""

    def __init__(self, open_session: Callable[[], Awaitable[C]]) -> None:
        self._open = open_session
        self._session: Optional[C] = None

    def __await__(self) -> Generator[Any, None, C]:
        return self._open().__await__()

    async def __aenter__(self) -> C:
        self._session = await self._open()
        return self._session

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()


class _Queue(Generic[E]):
    """Events of one reader: what arrived, then the end or an error (reported once, after what arrived)."""

    def __init__(self, session: "AsyncSocketSession[Any]") -> None:
        self._session = session
        self.items: Deque[Tuple[E, int]] = deque()
        self.finished = False
        self.error: Optional[BaseException] = None
        self._wakeup = asyncio.Event()

    @property
    def ended(self) -> bool:
        return self.finished or self.error is not None

    def push(self, item: E, size: int) -> None:
        if not self.ended:
            self.items.append((item, size))
            self._session._account(size)
            self._wakeup.set()

    def end(self) -> None:
        if not self.ended:
            self.finished = True
            self._wakeup.set()

    def fail(self, error: BaseException) -> None:
        if not self.ended:
            self.error = error
            self._wakeup.set()

    def discard(self) -> None:
        while self.items:
            self._session._account(-self.items.popleft()[1])
        self.end()

    async def drain(self) -> AsyncIterator[E]:
        while True:
            if self.items:
                item, size = self.items.popleft()
                self._session._account(-size)
                yield item
                continue
            if self.error is not None:
                error, self.error = self.error, None
                self.finished = True
                raise error
            if self.finished:
                return
            self._wakeup.clear()
            idle = self._session.idle_timeout
            try:
                await asyncio.wait_for(self._wakeup.wait(), wait_limit(idle))
            except asyncio.TimeoutError:
                raise idle_timeout_error(idle or 0) from None


class AsyncSocketSession(Generic[E]):
    """A session of a single-stream channel: `async for` it for events; errors the server sends are raised."""

    idle_timeout: Optional[float] = None
    """Seconds a reader waits for the next message before APIConnectionTimeoutError (`ChannelOptions.timeout`)."""
    _redactor: Redactor = NO_SECRETS
    _on_close: Optional[Callable[[int, str], None]] = None
    """Told the close code and reason once the socket has closed (the client logs it)."""
    _event_type: Any = None
    """What readers get each event as (the channel's event models); routing reads the decoded dicts."""

    def __init__(self, socket: ClientConnection, spec: ChannelSpec, errors: ErrorSpec) -> None:
        self.socket = socket
        """The underlying `websockets` connection, for what the typed API does not cover."""
        self.spec = spec
        self._errors = errors
        self._events: _Queue[E] = _Queue(self)
        self._buffered = 0
        self._resume = asyncio.Event()
        self._resume.set()
        self._closing = False
        self.close_info: Optional[CloseInfo] = None
        """The close code and reason, once the socket has closed."""
        self._closed = asyncio.get_running_loop().create_future()
        self._reader = asyncio.ensure_future(self._read())

    @property
    def is_open(self) -> bool:
        return self.close_info is None and not self._closing

    async def closed(self) -> CloseInfo:
        """Waits until the socket has closed; returns the close code and reason."""
        return cast(CloseInfo, await asyncio.shield(self._closed))

    async def close(self, code: int = NORMAL_CLOSURE, reason: str = "") -> CloseInfo:
        """Closes the socket. Streams still open end normally."""
        if self.close_info is None and not self._closing:
            self._closing = True
            self._resume.set()
            try:
                await self.socket.close(code, reason)
            except Exception:
                pass
            self._finish(CloseInfo(code, reason))
        info = await self.closed()
        await asyncio.gather(self._reader, return_exceptions=True)
        return info

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def send_json(self, message: Mapping[str, object]) -> None:
        """Sends a JSON text frame."""
        await self._send(json.dumps(message, ensure_ascii=False, separators=(",", ":")))

    async def send_text(self, text: str) -> None:
        """Sends a literal text frame."""
        await self._send(text)

    async def send_audio(self, chunk: Audio) -> None:
        """Sends one binary frame of audio (waiting while the network is slower than the source)."""
        await self._send(audio_bytes(chunk))

    async def stream_audio(self, source: Union[Iterable[Audio], AsyncIterable[Audio]]) -> None:
        """Sends audio from any iterable or async iterable of chunks, frame by frame, as fast as the network takes it."""
        if isinstance(source, AsyncIterable):
            async for chunk in source:
                if not self.is_open:
                    return
                await self.send_audio(chunk)
        else:
            for chunk in source:
                if not self.is_open:
                    return
                await self.send_audio(chunk)

    async def _send(self, data: Union[str, bytes]) -> None:
        if not self.is_open:
            raise SocketClosedError(1006, "the socket is not open")
        try:
            await self.socket.send(data)
        except ConnectionClosed as exc:
            info = close_info(exc)
            raise SocketClosedError(info.code, self._redactor.text(info.reason)) from None

    def __aiter__(self) -> AsyncIterator[E]:
        return self._parsed(self._events.drain())

    async def _parsed(self, events: AsyncIterator[E]) -> AsyncIterator[E]:
        async for event in events:
            yield cast(E, parse_as(self._event_type, event))

    async def _read(self) -> None:
        info: Optional[CloseInfo] = None
        try:
            while True:
                await self._resume.wait()
                try:
                    data = await self.socket.recv()
                except ConnectionClosed as exc:
                    info = close_info(exc)
                    return
                try:
                    event = decode_message(data, self.spec.base64_fields)
                except ClientError as error:
                    self._fail_all(error)
                    self._closing = True
                    await self.socket.close(1002, "protocol error")
                    info = CloseInfo(1002, "protocol error")
                    return
                self._deliver(cast(E, event), event_error(event, self._errors, self._redactor))
        finally:
            self._finish(info or close_info(None))

    def _account(self, delta: int) -> None:
        self._buffered += delta
        if self._buffered > PAUSE_AT and not self._closing:
            self._resume.clear()
        elif self._buffered < RESUME_AT:
            self._resume.set()

    def _deliver(self, event: E, error: Optional[BaseException]) -> None:
        if error is not None:
            self._events.fail(error)
        else:
            self._events.push(event, size_of(cast(Dict[str, object], event)))

    def _ended(self, info: CloseInfo, by_client: bool) -> None:
        # A normal closure by the server ends the session's stream normally: that is how protocols say "done".
        if by_client or info.code == NORMAL_CLOSURE:
            self._events.end()
        else:
            self._events.fail(SocketClosedError(info.code, info.reason))

    def _fail_all(self, error: BaseException) -> None:
        self._events.fail(error)

    def _finish(self, info: CloseInfo) -> None:
        if self.close_info is not None:
            return
        info = CloseInfo(info.code, self._redactor.text(info.reason))
        self.close_info = info
        self._ended(info, self._closing)
        if self._on_close is not None:
            self._on_close(info.code, info.reason)
        if not self._closed.done():
            self._closed.set_result(info)


class AsyncContextSession(AsyncSocketSession[E]):
    """A session whose events belong to contexts, named by the channel's context id field."""

    def __init__(self, socket: ClientConnection, spec: ChannelSpec, errors: ErrorSpec) -> None:
        self._contexts: Dict[str, _Queue[E]] = {}
        super().__init__(socket, spec, errors)

    @property
    def open_contexts(self) -> List[str]:
        """Ids of the contexts still receiving."""
        return list(self._contexts)

    def _attach(self, context_id: str) -> _Queue[E]:
        if context_id in self._contexts:
            raise ValueError(f'A context with id "{context_id}" is already open on this socket.')
        if not self.is_open:
            raise SocketClosedError(1006, "the socket is closed")
        queue: _Queue[E] = _Queue(self)
        self._contexts[context_id] = queue
        return queue

    def _detach(self, context_id: str, queue: _Queue[E]) -> None:
        if self._contexts.get(context_id) is queue:
            del self._contexts[context_id]

    def _deliver(self, event: E, error: Optional[BaseException]) -> None:
        record = cast(Dict[str, object], event)
        context_id = record.get(self.spec.context_id_field or "")
        queue = self._contexts.get(context_id) if isinstance(context_id, str) else None
        end = self.spec.context_end_field
        if queue is not None:
            if error is not None:
                queue.fail(error)
            else:
                queue.push(event, size_of(record))
            if error is not None or (end is not None and record.get(end) is True):
                queue.end()
                self._detach(cast(str, context_id), queue)
        elif context_id is None:
            if error is not None:
                # An error that names no context concerns them all.
                for other in list(self._contexts.values()):
                    other.fail(error)
                self._contexts.clear()
            super()._deliver(event, error)
        # Events of contexts nobody reads any more are dropped.

    def _ended(self, info: CloseInfo, by_client: bool) -> None:
        for queue in self._contexts.values():
            if by_client:
                queue.end()
            else:
                queue.fail(SocketClosedError(info.code, info.reason))
        self._contexts.clear()
        super()._ended(info, by_client)

    def _fail_all(self, error: BaseException) -> None:
        for queue in self._contexts.values():
            queue.fail(error)
        self._contexts.clear()
        super()._fail_all(error)


class AsyncSocketContext(Generic[E, S]):
    """One context of a multiplexed session: its commands carry its id, and only its events arrive here."""

    def __init__(self, session: AsyncContextSession[E], settings: S, id: Optional[str] = None) -> None:
        self.session = session
        self.settings = settings
        """Settings repeated by the commands that send them (for example model, voice and format)."""
        self.id = id if id is not None else new_context_id()
        self._queue = session._attach(self.id)

    @property
    def done(self) -> bool:
        """True once the context has ended (its last event, an error, a cancel, or the socket closing)."""
        return self._queue.ended and not self._queue.items

    async def _events(self) -> AsyncIterator[E]:
        try:
            async for event in self._queue.drain():
                yield cast(E, parse_as(self.session._event_type, event))
        finally:
            self.session._detach(self.id, self._queue)

    def __aiter__(self) -> AsyncIterator[E]:
        """This context's events, in order; ends after its last event and raises the errors sent for it."""
        return self._events()

    async def iter_bytes(self) -> AsyncIterator[bytes]:
        """The decoded binary payload of each event that carries one (the audio, for TTS), in order."""
        async for event in self:
            for name in self.session.spec.base64_fields:
                value = wire_value(event, name)
                if isinstance(value, bytes):
                    yield value

    async def _command(
        self, fields: Mapping[str, object], fixed: Mapping[str, object], with_settings: bool, ends_context: bool = False
    ) -> None:
        """Sends a command: the settings when asked, the caller's fields, the fields the protocol fixes, the id."""
        base = cast(Mapping[str, object], self.settings) if with_settings and isinstance(self.settings, Mapping) else {}
        await self.session.send_json({**base, **fields, **fixed, self.session.spec.context_id_field or "context_id": self.id})
        if ends_context:
            self._queue.discard()
            self.session._detach(self.id, self._queue)
