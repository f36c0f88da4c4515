"""Realtime channels from the IR's `channels`: the TTS WebSocket (multiplexed contexts, the commands of `send`,
typed events with audio decoded, in-stream errors) and STT sessions sending audio from iterables, sync and async,
against a `websockets` server on loopback."""

from __future__ import annotations

import asyncio
from typing import AsyncIterator, Iterator

import pytest
from cartesia_gen_client import (
    AsyncCartesia,
    AuthenticationError,
    Cartesia,
    InsecureTransportError,
    MissingCredentialError,
    PermissionDeniedError,
    StreamEventError,
)
from cartesia_gen_client.models import TtsWebsocketSettings
from ws_support import RealtimeServer

SETTINGS: TtsWebsocketSettings = {
    "model_id": "sonic-3",
    "voice": "v1",
    "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 24000},
}


@pytest.fixture
def realtime() -> Iterator[RealtimeServer]:
    with RealtimeServer() as server:
        yield server


def test_tts_contexts_sync(realtime: RealtimeServer) -> None:
    with Cartesia(api_key="sk", base_url=f"http://127.0.0.1:{realtime.port}") as client:
        with client.tts.websocket() as session:
            first = session.context(SETTINGS, id="ctx-a")
            second = session.generate("Bye", **SETTINGS)
            first.push("Hello ", language="en")
            first.flush()
            first.end()
            assert list(first.iter_bytes()) == [b"audio-ctx-a"]
            events = list(second)
            assert [e.type for e in events] == ["chunk", "done"]
            assert events[0].to_dict()["data"] == f"audio-{second.id}".encode()
            assert first.done and second.done and session.open_contexts == []
            cancelled = session.context(SETTINGS)
            cancelled.cancel()
            assert list(cancelled) == []
    # Version and credential travel in headers: the URL, which proxies and servers log, carries neither.
    assert realtime.paths == ["/tts/websocket"] and realtime.query() == {}
    assert realtime.headers[-1]["authorization"] == "Bearer sk"
    assert realtime.headers[-1]["cartesia-version"] == "2026-08-14"
    push, flush, end_a, end_b, cancel = _by_kind(realtime)
    assert push == {**SETTINGS, "language": "en", "transcript": "Hello ", "continue": True, "context_id": "ctx-a"}
    assert flush == {**SETTINGS, "transcript": "", "continue": True, "flush": True, "context_id": "ctx-a"}
    assert end_a == {**SETTINGS, "transcript": "", "continue": False, "context_id": "ctx-a"}
    assert end_b["transcript"] == "Bye" and end_b["continue"] is False
    assert cancel == {"cancel": True, "context_id": cancel["context_id"]}


def _by_kind(realtime: RealtimeServer) -> list:  # type: ignore[type-arg]
    messages = realtime.json_messages(at_least=5)
    ctx_a = [m for m in messages if m.get("context_id") == "ctx-a"]
    others = [m for m in messages if m.get("context_id") != "ctx-a"]
    return [ctx_a[0], ctx_a[1], ctx_a[2], others[0], others[1]]


def test_tts_context_errors_and_access_token_async(realtime: RealtimeServer) -> None:
    async def main() -> None:
        async with AsyncCartesia(access_token="tok", base_url=f"http://localhost:{realtime.port}") as client:
            async with client.tts.websocket(channel_options={"version": "2025-11-04"}) as session:
                ok = session.context(SETTINGS)
                bad = session.context(SETTINGS, id="boom")
                await bad.end("x")
                await ok.push("Hello")
                await ok.end("")
                with pytest.raises(StreamEventError) as error:
                    async for _ in bad:
                        pass
                assert error.value.status == 400 and "Bad voice" in str(error.value)
                chunks = [chunk async for chunk in ok.iter_bytes()]
                assert chunks == [f"audio-{ok.id}".encode()]
                generated = await session.generate("again", **SETTINGS)
                assert [e.type async for e in generated] == ["chunk", "done"]

    asyncio.run(main())
    assert realtime.query() == {}
    assert realtime.headers[-1]["authorization"] == "Bearer tok"
    assert realtime.headers[-1]["cartesia-version"] == "2025-11-04"


def test_the_query_form_is_an_explicit_opt_in(realtime: RealtimeServer) -> None:
    async def main() -> None:
        async with AsyncCartesia(access_token="tok", base_url=f"http://127.0.0.1:{realtime.port}") as client:
            async with client.tts.websocket(channel_options={"websocket_credentials": "query"}):
                pass

    asyncio.run(main())
    with Cartesia(api_key="sk", base_url=f"http://127.0.0.1:{realtime.port}") as client:
        client.stt.websocket(model="ink-whisper", encoding="pcm_s16le", sample_rate=16000, channel_options={"websocket_credentials": "query"}).close()
    assert realtime.query(0) == {"cartesia_version": ["2026-08-14"], "access_token": ["tok"]}
    assert realtime.query(1)["api_key"] == ["sk"] and realtime.query(1)["cartesia_version"] == ["2026-08-14"]
    assert all("authorization" not in headers and "cartesia-version" not in headers for headers in realtime.headers)


def test_stt_streams_audio_from_an_iterable_sync(realtime: RealtimeServer) -> None:
    def audio() -> Iterator[bytes]:
        yield b"\x00" * 100
        yield bytearray(b"\x01" * 60)

    with Cartesia(api_key="sk", base_url=f"http://127.0.0.1:{realtime.port}") as client:
        session = client.stt.websocket(model="ink-whisper", encoding="pcm_s16le", sample_rate=16000, keyterm=["Cartesia", "Sonic"])
        session.stream_audio(audio())
        session.finalize()
        session.end()
        events = list(session)
        session.close()
    assert [e.to_dict() for e in events] == [{"type": "transcript", "text": "160 bytes", "is_final": True}, {"type": "flush_done"}, {"type": "done"}]
    assert type(events[0]).__name__ == "STTManualFinalizeTranscriptResponse" and events[0].text == "160 bytes"
    query = realtime.query()
    assert query["keyterm"] == ["Cartesia", "Sonic"] and query["sample_rate"] == ["16000"] and query["model"] == ["ink-whisper"]
    assert realtime.messages[-2:] == ["finalize", "close"]


def test_stt_turns_from_an_async_iterable(realtime: RealtimeServer) -> None:
    async def audio() -> AsyncIterator[bytes]:
        for _ in range(3):
            yield b"\x02" * 10
            await asyncio.sleep(0)

    async def main() -> list:  # type: ignore[type-arg]
        async with AsyncCartesia(api_key="sk", base_url=f"http://127.0.0.1:{realtime.port}") as client:
            session = await client.stt.websocket(model="ink-whisper", encoding="pcm_s16le", sample_rate=16000)
            await session.stream_audio(audio())
            await session.send_text("finalize")
            await session.send_text("close")
            events = [event async for event in session]
            info = await session.closed()
            assert info.code == 1000
            return events

    assert asyncio.run(main())[0].to_dict() == {"type": "transcript", "text": "30 bytes", "is_final": True}


def test_channel_credentials_and_transport_rules(realtime: RealtimeServer) -> None:
    with Cartesia(base_url=f"http://127.0.0.1:{realtime.port}") as client:
        with pytest.raises(MissingCredentialError, match="channel"):
            client.tts.websocket()
    with Cartesia(api_key="sk") as client:
        client.base_url = "http://realtime.example.com"
        with pytest.raises(InsecureTransportError):
            client.tts.websocket()
    assert realtime.paths == []


def test_a_refused_handshake_is_a_typed_error() -> None:
    from support import Reply, Server

    with Server() as server:
        server.script(Reply(401, json={"message": "Invalid API key"}))
        with Cartesia(api_key="sk", base_url=server.url) as client:
            with pytest.raises(AuthenticationError, match="Invalid API key") as error:
                client.tts.websocket()
        assert "sk" not in str(error.value).replace("sk_", "")
        assert server.received[0].query == {} and server.received[0].headers["authorization"] == "Bearer sk"


def test_a_handshake_refused_403_is_a_permission_error_async() -> None:
    from support import Reply, Server

    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=server.url) as client:
            with pytest.raises(PermissionDeniedError, match="Not on this plan"):
                await client.tts.websocket()

    with Server() as server:
        server.script(Reply(403, json={"message": "Not on this plan"}))
        asyncio.run(main())


def test_api_2026_08_14_on_the_sockets(realtime: RealtimeServer) -> None:
    """The voice as an id or an open object with locale and normalization; ISO-639-1 `language` on both STT
    sockets; the turn_* handshake parameters and the `config` command."""
    with Cartesia(api_key="sk", base_url=f"http://127.0.0.1:{realtime.port}") as client:
        with client.tts.websocket() as session:
            by_id = session.generate("Hi.", **{**SETTINGS, "voice": "a0e99841-438c-4a64-b679-ae501e7d6091", "locale": "en-GB", "normalization": "off"})
            by_object = session.generate("Hi.", **{**SETTINGS, "voice": {"id": "v2"}, "language": None})
            assert [e.type for e in by_id] == ["chunk", "done"] and [e.type for e in by_object] == ["chunk", "done"]
        first, second = realtime.json_messages(at_least=2)
        assert (first["voice"], first["locale"], first["normalization"]) == ("a0e99841-438c-4a64-b679-ae501e7d6091", "en-GB", "off")
        assert second["voice"] == {"id": "v2"} and second["language"] is None

        manual = client.stt.websocket(model="ink-whisper", encoding="pcm_s16le", sample_rate=16000, language="es")
        manual.send_audio(b"\x00" * 8)
        manual.finalize()
        manual.end()
        assert list(manual)[0].to_dict() == {"type": "transcript", "text": "8 bytes", "is_final": True, "language": "es"}
        manual.close()

        turns = client.stt.turns.websocket(model="ink-2", encoding="pcm_s16le", sample_rate=16000, language="fr", turn_end_threshold=0.3, turn_end_timeout_ms=1200)
        turns.configure(turn={"start_threshold": 0.7, "end_timeout_ms": 1200})
        turns.end()
        assert list(turns) == []
        turns.close()
    query = realtime.query()
    assert (query["language"], query["turn_end_threshold"], query["turn_end_timeout_ms"]) == (["fr"], ["0.3"], ["1200"])
    assert realtime.json_messages()[-2:] == [{"type": "config", "turn": {"start_threshold": 0.7, "end_timeout_ms": 1200}}, {"type": "close"}]
