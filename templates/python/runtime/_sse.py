"""Server-Sent Events, parsed as the WHATWG HTML standard specifies (section 9.2): events split across network
chunks, multi-line `data:`, comments, `event:`/`id:`/`retry:` fields, and CR, LF or CRLF line ends."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import AsyncIterable, AsyncIterator, Iterable, Iterator, List, Optional


@dataclass(frozen=True)
class ServerSentEvent:
    event: str
    """The `event:` field, `message` when absent."""
    data: str
    """All `data:` lines joined by a line feed."""
    id: str
    """The last event id seen so far in the stream (it persists across events, as in the standard)."""
    retry: Optional[int] = None
    """Reconnection time in milliseconds, when the event carried a valid `retry:` field."""


class SSEParser:
    """Incremental parser: feed it text as it arrives; it returns the events completed so far."""

    def __init__(self) -> None:
        self._buffer = ""
        self._pending_cr = False
        self._data: List[str] = []
        self._event = ""
        self._last_id = ""
        self._retry: Optional[int] = None

    def feed(self, chunk: str) -> List[ServerSentEvent]:
        events: List[ServerSentEvent] = []
        if chunk == "":
            return events
        text = chunk
        # A CR that ended the previous chunk already ended a line; an LF right after it belongs to that end.
        if self._pending_cr and text.startswith("\n"):
            text = text[1:]
        self._pending_cr = False
        start = 0
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "\n" or ch == "\r":
                self._line(self._buffer + text[start:i], events)
                self._buffer = ""
                if ch == "\r":
                    if i + 1 < len(text):
                        if text[i + 1] == "\n":
                            i += 1
                    else:
                        self._pending_cr = True
                start = i + 1
            i += 1
        self._buffer += text[start:]
        return events

    def end(self) -> List[ServerSentEvent]:
        """At the end of the stream: the standard discards an event not terminated by a blank line."""
        self._buffer = ""
        self._data = []
        return []

    def _line(self, line: str, events: List[ServerSentEvent]) -> None:
        if line == "":
            self._dispatch(events)
            return
        if line.startswith(":"):
            return
        field, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id":
            if "\0" not in value:
                self._last_id = value
        elif field == "retry":
            if value.isascii() and value.isdigit():
                self._retry = int(value)

    def _dispatch(self, events: List[ServerSentEvent]) -> None:
        if self._data:
            events.append(ServerSentEvent(self._event or "message", "\n".join(self._data), self._last_id, self._retry))
        self._data = []
        self._event = ""
        self._retry = None


def iter_events(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    """Decodes a byte stream (UTF-8, split anywhere) into events."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    parser = SSEParser()
    for chunk in chunks:
        yield from parser.feed(decoder.decode(chunk))
    yield from parser.feed(decoder.decode(b"", final=True))
    parser.end()


async def aiter_events(chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    parser = SSEParser()
    async for chunk in chunks:
        for event in parser.feed(decoder.decode(chunk)):
            yield event
    for event in parser.feed(decoder.decode(b"", final=True)):
        yield event
    parser.end()
