"""Hostile servers: bodies that stall after their first bytes, JSON that inflates without bound, WebSockets that go
silent after the handshake or send a message over the size limit. Each ends in the client's typed error, in
bounded time and memory; and timeouts too large for a timer mean "no timeout"."""

from __future__ import annotations

import asyncio
import contextlib
import json
import resource
import threading
import time
import zlib
from typing import Any, Callable, Iterator, List

import pytest
from cartesia_gen_client import (
    APIConnectionTimeoutError,
    AsyncCartesia,
    Cartesia,
    ConfigurationError,
    InvalidRequestError,
    ResponseTooLargeError,
    SocketClosedError,
)
from support import Reply, Server
from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection
from ws_support import WebSocketServer

TTS: Any = {
    "model_id": "sonic-3",
    "transcript": "Hi",
    "voice": "v",
    "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 24000},
}
STT: Any = {"model": "ink-whisper", "encoding": "pcm_s16le", "sample_rate": 16000}
# A hang test's bound: the client's timeouts below are 0.5 s, the stalled server waits 10 s.
BOUND = 5.0


def _stall_after_first_chunk(server: Server, first: bytes, content_type: str) -> threading.Event:
    release = threading.Event()
    server.before_chunk = lambda i: release.wait(10) if i == 1 else None
    server.script(Reply(chunks=[first, b"never in time"], headers={"content-type": content_type}))
    return release


def _within_bound(action: Callable[[], object]) -> BaseException:
    start = time.monotonic()
    with pytest.raises(Exception) as caught:
        action()
    assert time.monotonic() - start < BOUND
    return caught.value


def test_a_byte_stream_that_stalls_after_its_first_bytes_times_out(server: Server) -> None:
    release = _stall_after_first_chunk(server, b"first", "audio/wav")
    with Cartesia(api_key="sk", base_url=server.url, timeout=0.5) as client:
        response = client.tts.bytes(**TTS)
        chunks = response.iter_bytes()
        assert next(chunks) == b"first"
        assert isinstance(_within_bound(lambda: next(chunks)), APIConnectionTimeoutError)
    release.set()


def test_an_event_stream_that_stalls_after_its_first_event_times_out_sync_and_async(server: Server) -> None:
    event = b'data: {"type": "chunk", "data": "", "done": false}\n\n'
    release = _stall_after_first_chunk(server, event, "text/event-stream")
    with Cartesia(api_key="sk", base_url=server.url) as client:
        stream = iter(client.tts.sse(**TTS, request_options={"timeout": 0.5}))
        assert next(stream).type == "chunk"
        assert isinstance(_within_bound(lambda: next(stream)), APIConnectionTimeoutError)
    release.set()

    release = _stall_after_first_chunk(server, event, "text/event-stream")

    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=server.url, timeout=0.5) as client:
            stream = (await client.tts.sse(**TTS)).__aiter__()
            assert (await stream.__anext__()).type == "chunk"
            await stream.__anext__()

    assert isinstance(_within_bound(lambda: asyncio.run(main())), APIConnectionTimeoutError)
    release.set()


@pytest.mark.parametrize("timeout", [float("inf"), 2**31 / 1000, 1e10])
def test_a_timeout_past_what_a_timer_holds_means_no_timeout(server: Server, timeout: float) -> None:
    server.script(Reply(json={"id": "v"}))
    with Cartesia(api_key="sk", base_url=server.url, timeout=timeout) as client:
        assert client.voices.get("v").to_dict() == {"id": "v"}
        assert client.voices.get("v", request_options={"timeout": timeout}).id == "v"

    async def main() -> object:
        async with AsyncCartesia(api_key="sk", base_url=server.url) as client:
            return await client.voices.get("v", request_options={"timeout": timeout})

    assert asyncio.run(main()).to_dict() == {"id": "v"}  # type: ignore[attr-defined]


def test_a_timeout_that_is_not_a_positive_number_is_refused(server: Server) -> None:
    for bad in (0, -1, float("nan")):
        with pytest.raises(ConfigurationError, match="positive number of seconds"):
            Cartesia(api_key="sk", base_url=server.url, timeout=bad)
    with Cartesia(api_key="sk", base_url=server.url) as client:
        with pytest.raises(InvalidRequestError, match="positive number of seconds"):
            client.voices.get("v", request_options={"timeout": -5})
    assert server.received == []


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """1 GiB of JSON-ish zeros, gzip-compressed to about 1 MB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"0" * (1 << 20)
    parts = [compressor.compress(b"[" + block[1:])]
    parts.extend(compressor.compress(block) for _ in range(1023))
    parts.append(compressor.flush())
    return b"".join(parts)


def _max_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def test_a_json_body_that_inflates_past_the_limit_fails_in_bounded_memory(server: Server, gzip_bomb: bytes) -> None:
    assert len(gzip_bomb) < 2 << 20
    server.script(Reply(body=gzip_bomb, headers={"content-type": "application/json", "content-encoding": "gzip"}))
    before = _max_rss_mib()
    with Cartesia(api_key="sk", base_url=server.url) as client:
        with pytest.raises(ResponseTooLargeError, match="larger than 67108864 bytes") as caught:
            client.voices.get("v")
    assert caught.value.status == 200
    # Reading stops at 64 MiB (plus one decompressed network read); the whole body would take 1 GiB, twice.
    assert _max_rss_mib() - before < 400


def test_the_size_limit_is_configurable_per_client_and_per_request(server: Server) -> None:
    server.script(Reply(json={"name": "x" * 2000}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        assert client.voices.get("v").name == "x" * 2000
        with pytest.raises(ResponseTooLargeError, match="larger than 1000 bytes"):
            client.voices.get("v", request_options={"max_response_bytes": 1000})
        client.max_response_bytes = 1500
        with pytest.raises(ResponseTooLargeError):
            client.voices.get("v")

    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=server.url) as client:
            await client.voices.get("v", request_options={"max_response_bytes": 1000})

    with pytest.raises(ResponseTooLargeError):
        asyncio.run(main())


def _silent(connection: ServerConnection) -> None:
    # Reads what the client sends and never answers, until the client goes away.
    with contextlib.suppress(ConnectionClosed):
        for _ in connection:
            pass


def _huge(connection: ServerConnection) -> None:
    with contextlib.suppress(ConnectionClosed):
        connection.send(json.dumps({"type": "transcript", "text": "a" * (17 << 20)}))
        for _ in connection:
            pass


@pytest.fixture
def silent() -> Iterator[WebSocketServer]:
    server = WebSocketServer(_silent)
    yield server
    server.close()


@pytest.fixture
def huge() -> Iterator[WebSocketServer]:
    server = WebSocketServer(_huge)
    yield server
    server.close()


def _in_thread(action: Callable[[], object]) -> BaseException:
    """Runs `action` in a thread and returns what it raised; fails (rather than hangs) when it is still waiting."""
    raised: List[BaseException] = []

    def run() -> None:
        try:
            action()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            raised.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(BOUND)
    assert not thread.is_alive(), "still waiting for the server after the timeout"
    assert raised, "returned instead of raising"
    return raised[0]


def test_a_websocket_that_goes_silent_after_the_handshake_times_out_sync(silent: WebSocketServer) -> None:
    with Cartesia(api_key="sk", base_url=silent.url) as client:
        session = client.stt.websocket(**STT, channel_options={"timeout": 0.5})
        session.send_audio(b"\x00" * 10)
        error = _in_thread(lambda: list(session))
        session.close()
    assert isinstance(error, APIConnectionTimeoutError), repr(error)
    assert "0.5 s" in str(error)


def test_a_websocket_that_goes_silent_after_the_handshake_times_out_async(silent: WebSocketServer) -> None:
    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=silent.url) as client:
            async with client.tts.websocket(channel_options={"timeout": 0.5}) as session:
                context = session.context(TTS)
                await context.push("Hello")
                await asyncio.wait_for(context.__aiter__().__anext__(), BOUND)

    assert isinstance(_in_thread(lambda: asyncio.run(main())), APIConnectionTimeoutError)


def test_a_websocket_message_over_the_size_limit_reports_message_too_big(huge: WebSocketServer) -> None:
    with Cartesia(api_key="sk", base_url=huge.url) as client:
        with client.stt.websocket(**STT) as session:
            error = _in_thread(lambda: list(session))
    assert isinstance(error, SocketClosedError), repr(error)
    assert error.code == 1009 and "message too big" in str(error)

    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=huge.url) as client:
            async with await client.stt.websocket(**STT) as session:
                async for _ in session:
                    pass

    error = _in_thread(lambda: asyncio.run(main()))
    assert isinstance(error, SocketClosedError), repr(error)
    assert error.code == 1009 and "message too big" in str(error)


def test_a_channel_timeout_of_inf_means_none(silent: WebSocketServer) -> None:
    with Cartesia(api_key="sk", base_url=silent.url, timeout=float("inf")) as client:
        with client.stt.websocket(**STT, channel_options={"timeout": float("inf")}) as session:
            assert session.is_open and session.idle_timeout == float("inf")

    async def main() -> bool:
        async with AsyncCartesia(api_key="sk", base_url=silent.url) as client:
            async with await client.stt.websocket(**STT, channel_options={"timeout": float("inf")}) as session:
                return session.is_open

    assert asyncio.run(main())
