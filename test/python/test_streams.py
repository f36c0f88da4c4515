"""Streamed responses: binary bodies handed over unbuffered, server-sent events parsed by a real SSE parser with
base64 fields decoded and in-stream errors raised, and cursor pagination over every item."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from typing import Any, List

import pytest
from cartesia_gen_client import AsyncCartesia, Cartesia, SSEParser, StreamEventError
from support import Reply, Server

TTS = {
    "model_id": "sonic-3",
    "transcript": "Hi",
    "voice": "v",
    "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 24000},
}


def test_binary_chunks_arrive_before_the_body_ends(server: Server) -> None:
    release = threading.Event()
    server.before_chunk = lambda i: release.wait(5) if i == 1 else None
    server.script(Reply(chunks=[b"first", b"second"], headers={"content-type": "audio/wav"}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        response = client.tts.bytes(**TTS)  # type: ignore[arg-type]
        assert response.status == 200 and response.content_type == "audio/wav"
        chunks = response.iter_bytes()
        assert next(chunks) == b"first"  # the server is still holding back the second chunk
        release.set()
        assert b"".join(chunks) == b"second"
    assert server.received[0].json() == TTS


def test_async_binary_read_whole(server: Server) -> None:
    server.script(Reply(chunks=[b"a", b"b", b"c"], headers={"content-type": "audio/wav"}))

    async def main() -> bytes:
        async with AsyncCartesia(api_key="sk", base_url=server.url) as client:
            response = await client.tts.bytes(**TTS)  # type: ignore[arg-type]
            return await response.read()

    assert asyncio.run(main()) == b"abc"


def _sse(*events: str) -> Reply:
    return Reply(body="".join(f"{e}\n\n" for e in events).encode(), headers={"content-type": "text/event-stream"})


CHUNK = json.dumps({"type": "chunk", "data": base64.b64encode(b"\x00\x01").decode(), "done": False})
DONE = json.dumps({"type": "done", "done": True})
ERROR = json.dumps({"type": "error", "status_code": 429, "message": "Busy", "request_id": "req_sse"})


def test_sse_events_with_base64_decoded(server: Server) -> None:
    server.script(_sse(f"data: {CHUNK}", ": comment", "data: [DONE]", f"data: {DONE}"))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        events = list(client.tts.sse(**TTS))  # type: ignore[arg-type]
    assert [e.to_dict() for e in events] == [{"type": "chunk", "data": b"\x00\x01", "done": False}, {"type": "done", "done": True}]
    assert server.received[0].headers["accept"] == "text/event-stream"


def test_sse_error_events_raise_typed_errors_sync_and_async(server: Server) -> None:
    server.script(_sse(f"data: {CHUNK}", f"data: {ERROR}"))
    seen: List[Any] = []
    with Cartesia(api_key="sk", base_url=server.url) as client:
        with pytest.raises(StreamEventError) as error:
            for event in client.tts.sse(**TTS):  # type: ignore[arg-type]
                seen.append(event)
    assert len(seen) == 1
    assert error.value.status == 429 and error.value.request_id == "req_sse" and "Busy" in str(error.value)

    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=server.url) as client:
            stream = await client.tts.sse(**TTS)  # type: ignore[arg-type]
            with pytest.raises(StreamEventError, match="Busy"):
                async for _ in stream:
                    pass

    asyncio.run(main())


def test_sse_parser_follows_the_standard() -> None:
    parser = SSEParser()
    events = []
    for chunk in ["data: a\r", "\ndata: b\r\n\r", "\n:comment\nevent: x\nid: 7\nretry: 15\ndata:c\n\n", "data: lost"]:
        events.extend(parser.feed(chunk))
    assert [(e.event, e.data, e.id, e.retry) for e in events] == [("message", "a\nb", "", None), ("x", "c", "7", 15)]
    assert parser.end() == []


def _page(ids: List[str], more: bool) -> Reply:
    return Reply(json={"data": [{"id": i} for i in ids], "has_more": more})


def test_pagination_walks_every_page_sync(server: Server) -> None:
    server.script(_page(["a", "b"], True), _page(["c"], False))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        page = client.datasets.list(limit=2)
        assert [d.id for d in page.data] == ["a", "b"] and page.has_next_page()
        assert [d.id for d in page] == ["a", "b", "c"]
    assert [r.query for r in server.received] == [{"limit": ["2"]}, {"limit": ["2"], "starting_after": ["b"]}]


def test_pagination_async_iterates_items_or_awaits_the_first_page(server: Server) -> None:
    server.script(_page(["a"], True), _page(["b"], True), _page([], False))

    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=server.url) as client:
            assert [d.id async for d in client.voices.list()] == ["a", "b"]
            server.script(_page(["x"], True), _page(["y"], False))
            pager = client.voices.list(ending_before="z")
            first = await pager
            assert [d.id for d in first.data] == ["x"]
            assert await pager is first  # awaited twice, requested once
            second = await first.get_next_page()
            assert [d.id for d in second.data] == ["y"] and not second.has_next_page()

    asyncio.run(main())
    # Paging backwards moves the `before` cursor.
    assert server.received[-1].query == {"ending_before": ["x"]}
