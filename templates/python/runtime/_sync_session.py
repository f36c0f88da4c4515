"""Realtime sessions over one WebSocket for the sync client (`websockets.sync`): one stream of typed events, or
many contexts multiplexed by an id field, each with its own events and errors. Events are read from the socket
as readers ask for them (no thread of our own), so a slow reader slows the server down."""

from __future__ import annotations

import json
import threading
from collections import deque
from typing import Any, Callable, Deque, Dict, Generic, Iterable, Iterator, List, Mapping, Optional, Tuple, TypeVar, Union, cast

from typing_extensions import Self
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection
from websockets.sync.client import connect as ws_connect

from ._channel import (
    GIVE_UP_AT,
    MAX_MESSAGE,
    NORMAL_CLOSURE,
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
from ._errors import BackpressureError, ClientError, SocketClosedError
from ._parse import parse_as, wire_value
from ._redact import NO_SECRETS, Redactor
from ._spec import ChannelSpec, ErrorSpec
from ._timeouts import wait_limit

E = TypeVar("E")
S = TypeVar("S")


def connect(
    url: str,
    redacted: str,
    headers: Dict[str, str],
    timeout: float,
    limit: Optional[float],
    error_from: ErrorFactory,
    user_agent: Optional[str] = None,
) -> ClientConnection:
    try:
        # Entered as a context manager (the session closes it): the form every websockets version accepts.
        return ws_connect(
            url, additional_headers=headers, open_timeout=limit, max_size=MAX_MESSAGE, user_agent_header=user_agent
        ).__enter__()
    except Exception as exc:
        raise handshake_error(exc, redacted, timeout, error_from) from None


class _Queue(Generic[E]):
    """Events of one reader: what arrived, then the end or an error (reported once, after what arrived)."""

    def __init__(self) -> None:
        self.items: Deque[Tuple[E, int]] = deque()
        self.finished = False
        self.error: Optional[BaseException] = None

    @property
    def ended(self) -> bool:
        return self.finished or self.error is not None


class SocketSession(Generic[E]):
    """A session of a single-stream channel: iterate it for events; errors the server sends are raised."""

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
        self._lock = threading.RLock()
        self._events: _Queue[E] = _Queue()
        self._buffered = 0
        self._closing = False
        self.close_info: Optional[CloseInfo] = None
        """The close code and reason, once the socket has closed."""

    @property
    def is_open(self) -> bool:
        return self.close_info is None and not self._closing

    def close(self, code: int = NORMAL_CLOSURE, reason: str = "") -> CloseInfo:
        """Closes the socket. Streams still open end normally."""
        if self.close_info is None:
            self._closing = True
            try:
                self.socket.close(code, reason)
            except Exception:
                pass
            self._finish(CloseInfo(code, reason))
        assert self.close_info is not None
        return self.close_info

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send_json(self, message: Mapping[str, object]) -> None:
        """Sends a JSON text frame."""
        self._send(json.dumps(message, ensure_ascii=False, separators=(",", ":")))

    def send_text(self, text: str) -> None:
        """Sends a literal text frame."""
        self._send(text)

    def send_audio(self, chunk: Union[bytes, bytearray, memoryview]) -> None:
        """Sends one binary frame of audio."""
        self._send(audio_bytes(chunk))

    def stream_audio(self, source: Iterable[Union[bytes, bytearray, memoryview]]) -> None:
        """Sends audio from any iterable of chunks (a file read in blocks, a generator), frame by frame."""
        for chunk in source:
            if not self.is_open:
                return
            self.send_audio(chunk)

    def _send(self, data: Union[str, bytes]) -> None:
        if not self.is_open:
            raise SocketClosedError(1006, "the socket is not open")
        try:
            self.socket.send(data)
        except ConnectionClosed as exc:
            info = close_info(exc)
            raise SocketClosedError(info.code, self._redactor.text(info.reason)) from None

    def __iter__(self) -> Iterator[E]:
        return self._drain(self._events)

    def _drain(self, queue: _Queue[E]) -> Iterator[E]:
        while True:
            if queue.items:
                item, size = queue.items.popleft()
                self._buffered -= size
                yield cast(E, parse_as(self._event_type, item))
                continue
            if queue.error is not None:
                error, queue.error = queue.error, None
                queue.finished = True
                raise error
            if queue.finished:
                return
            with self._lock:
                if not queue.items and not queue.ended:
                    self._pump()

    def _pump(self) -> None:
        """Reads one message from the socket and routes it (called with the lock held)."""
        if self.close_info is not None:
            return
        try:
            data = self.socket.recv(timeout=wait_limit(self.idle_timeout))
        except ConnectionClosed as exc:
            self._finish(close_info(exc))
            return
        except TimeoutError:
            raise idle_timeout_error(self.idle_timeout or 0) from None
        try:
            event = decode_message(data, self.spec.base64_fields)
        except ClientError as error:
            self._fail_all(error)
            self.close(1002, "protocol error")
            return
        self._deliver(cast(E, event), event_error(event, self._errors, self._redactor))

    def _push(self, queue: _Queue[E], event: E) -> None:
        if queue.ended:
            return
        size = size_of(cast(Dict[str, object], event))
        queue.items.append((event, size))
        self._buffered += size
        if self._buffered > GIVE_UP_AT:
            more = GIVE_UP_AT >> 20
            self._fail_all(BackpressureError(f"More than {more} MiB of events are waiting to be read; read them faster."))
            self.close(1008, "client too slow")

    def _deliver(self, event: E, error: Optional[BaseException]) -> None:
        if error is not None:
            _fail(self._events, error)
        else:
            self._push(self._events, event)

    def _ended(self, info: CloseInfo, by_client: bool) -> None:
        # A normal closure by the server ends the session's stream normally: that is how protocols say "done".
        if by_client or info.code == NORMAL_CLOSURE:
            self._events.finished = True
        else:
            _fail(self._events, SocketClosedError(info.code, info.reason))

    def _fail_all(self, error: BaseException) -> None:
        _fail(self._events, error)

    def _finish(self, info: CloseInfo) -> None:
        if self.close_info is not None:
            return
        info = CloseInfo(info.code, self._redactor.text(info.reason))
        self.close_info = info
        self._ended(info, self._closing)
        if self._on_close is not None:
            self._on_close(info.code, info.reason)


def _fail(queue: _Queue[E], error: BaseException) -> None:
    if not queue.ended:
        queue.error = error


class ContextSession(SocketSession[E]):
    """A session whose events belong to contexts, named by the channel's context id field."""

    def __init__(self, socket: ClientConnection, spec: ChannelSpec, errors: ErrorSpec) -> None:
        super().__init__(socket, spec, errors)
        self._contexts: Dict[str, _Queue[E]] = {}

    @property
    def open_contexts(self) -> List[str]:
        """Ids of the contexts still receiving."""
        return list(self._contexts)

    def _attach(self, context_id: str) -> _Queue[E]:
        if context_id in self._contexts:
            raise ValueError(f'A context with id "{context_id}" is already open on this socket.')
        if not self.is_open:
            raise SocketClosedError(1006, "the socket is closed")
        queue: _Queue[E] = _Queue()
        self._contexts[context_id] = queue
        return queue

    def _detach(self, context_id: str, queue: _Queue[E]) -> None:
        if self._contexts.get(context_id) is queue:
            del self._contexts[context_id]
            while queue.items:
                self._buffered -= queue.items.popleft()[1]

    def _deliver(self, event: E, error: Optional[BaseException]) -> None:
        record = cast(Dict[str, object], event)
        context_id = record.get(self.spec.context_id_field or "")
        queue = self._contexts.get(context_id) if isinstance(context_id, str) else None
        end = self.spec.context_end_field
        if queue is not None:
            if error is not None:
                _fail(queue, error)
            else:
                self._push(queue, event)
            if error is not None or (end is not None and record.get(end) is True):
                queue.finished = queue.finished or queue.error is None
                del self._contexts[cast(str, context_id)]
        elif context_id is None:
            if error is not None:
                # An error that names no context concerns them all.
                for other in list(self._contexts.values()):
                    _fail(other, error)
                self._contexts.clear()
            super()._deliver(event, error)
        # Events of contexts nobody reads any more are dropped.

    def _ended(self, info: CloseInfo, by_client: bool) -> None:
        # A context still waiting for its last event when the socket closes was cut short, unless we closed it.
        for queue in self._contexts.values():
            if by_client:
                queue.finished = True
            else:
                _fail(queue, SocketClosedError(info.code, info.reason))
        self._contexts.clear()
        super()._ended(info, by_client)

    def _fail_all(self, error: BaseException) -> None:
        for queue in self._contexts.values():
            _fail(queue, error)
        self._contexts.clear()
        super()._fail_all(error)


class SocketContext(Generic[E, S]):
    """One context of a multiplexed session: its commands carry its id, and only its events arrive here."""

    def __init__(self, session: ContextSession[E], settings: S, id: Optional[str] = None) -> None:
        self.session = session
        self.settings = settings
        """Settings repeated by the commands that send them (for example model, voice and format)."""
        self.id = id if id is not None else new_context_id()
        self._queue = session._attach(self.id)

    @property
    def done(self) -> bool:
        """True once the context has ended (its last event, an error, a cancel, or the socket closing)."""
        return self._queue.ended and not self._queue.items

    def __iter__(self) -> Iterator[E]:
        """This context's events, in order; ends after its last event and raises the errors sent for it."""
        try:
            yield from self.session._drain(self._queue)
        finally:
            self.session._detach(self.id, self._queue)

    def iter_bytes(self) -> Iterator[bytes]:
        """The decoded binary payload of each event that carries one (the audio, for TTS), in order."""
        for event in self:
            for name in self.session.spec.base64_fields:
                value = wire_value(event, name)
                if isinstance(value, bytes):
                    yield value

    def _command(self, fields: Mapping[str, object], fixed: Mapping[str, object], with_settings: bool, ends_context: bool = False) -> None:
        """Sends a command: the settings when asked, the caller's fields, the fields the protocol fixes, the id."""
        base = cast(Mapping[str, object], self.settings) if with_settings and isinstance(self.settings, Mapping) else {}
        self.session.send_json({**base, **fields, **fixed, self.session.spec.context_id_field or "context_id": self.id})
        if ends_context:
            self._queue.finished = True
            self.session._detach(self.id, self._queue)
