"""Hostile servers and careless callers: redirects never carry a credential to another origin or over plain http,
the client's credentials never show in what it reports, and the base URL and server variables cannot smuggle a
password in or move the host."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import traceback
from typing import Any, Iterator, List
from urllib.parse import urlsplit

import httpx
import pytest
from cartesia_gen_client import (
    APIConnectionError,
    AsyncCartesia,
    AuthenticationError,
    Cartesia,
    ConfigurationError,
    InsecureTransportError,
    RedirectError,
    SocketClosedError,
    StreamEventError,
)
from support import Reply, Server
from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection
from ws_support import WebSocketServer
from zoo import POST_JSON, acall, async_zoo, call, zoo

KEY = "zk_live_0123456789abcdef"
TTS: Any = {
    "model_id": "sonic-3",
    "transcript": "Hi",
    "voice": "v",
    "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 24000},
}
STT: Any = {"model": "ink-whisper", "encoding": "pcm_s16le", "sample_rate": 16000}


@pytest.fixture
def other() -> Iterator[Server]:
    """A second loopback server: same host, another port, so another origin."""
    with Server() as running:
        yield running


def test_a_custom_header_api_key_does_not_follow_a_redirect_to_another_origin(server: Server, other: Server) -> None:
    server.script(Reply(307, headers={"location": f"{other.url}/landed?x=1"}))
    other.script(Reply(json={"ok": True}))
    with zoo(server.url, header_key=KEY) as client:
        assert call(client, POST_JSON, {"name": "n"}) == {"ok": True}
    assert server.received[0].headers["x-api-key"] == KEY
    landed = other.received[0]
    # 307 keeps the method and the body; the credential header stays behind.
    assert (landed.method, landed.path, landed.query, landed.json()) == ("POST", "/landed", {"x": ["1"]}, {"name": "n"})
    assert "x-api-key" not in landed.headers and "authorization" not in landed.headers


def test_a_callers_own_http_client_does_not_follow_redirects_by_itself(server: Server, other: Server) -> None:
    server.script(Reply(302, headers={"location": f"{other.url}/landed"}))
    other.script(Reply(json={"ok": True}))
    with httpx.Client(follow_redirects=True) as http, zoo(server.url, header_key=KEY, http_client=http) as client:
        assert call(client) == {"ok": True}
    assert "x-api-key" not in other.received[0].headers


def test_async_redirects_drop_credentials_across_origins_and_keep_them_within_one(server: Server, other: Server) -> None:
    server.script(Reply(308, headers={"location": "/moved"}), Reply(301, headers={"location": f"{other.url}/landed"}))
    other.script(Reply(json={"ok": True}))

    async def main() -> object:
        async with async_zoo(server.url, header_key=KEY) as client:
            return await acall(client)

    assert asyncio.run(main()) == {"ok": True}
    assert [r.path for r in server.received] == ["/things", "/moved"]
    assert server.received[1].headers["x-api-key"] == KEY
    assert "x-api-key" not in other.received[0].headers


def test_bearer_tokens_do_not_follow_a_redirect_to_another_origin(server: Server, other: Server) -> None:
    server.script(Reply(307, headers={"location": f"{other.url}/landed"}))
    other.script(Reply(json=[]))
    with Cartesia(api_key=KEY, base_url=server.url) as client:
        client.voices.get("v")
    assert server.received[0].headers["authorization"] == f"Bearer {KEY}"
    assert "authorization" not in other.received[0].headers


@pytest.mark.parametrize("status", [301, 302, 303])
def test_301_302_303_turn_a_post_into_a_get_without_its_body(server: Server, status: int) -> None:
    server.script(Reply(status, headers={"location": "/landed"}), Reply(json={"ok": True}))
    with zoo(server.url, header_key=KEY) as client:
        call(client, POST_JSON, {"name": "n"})
    landed = server.received[1]
    assert (landed.method, landed.path, landed.body) == ("GET", "/landed", b"")
    assert "content-type" not in landed.headers


def test_a_redirect_to_plain_http_elsewhere_is_refused_before_connecting(server: Server) -> None:
    server.script(Reply(307, headers={"location": "http://example.invalid/steal"}))
    with zoo(server.url, header_key=KEY, max_retries=3) as client:
        with pytest.raises(InsecureTransportError, match="example.invalid"):
            call(client)
    assert len(server.received) == 1


def test_a_redirect_loop_stops_with_a_typed_error(server: Server) -> None:
    server.script(Reply(302, headers={"location": "/again"}))
    with zoo(server.url, header_key=KEY) as client:
        with pytest.raises(RedirectError, match="20 redirects"):
            call(client)
    assert len(server.received) == 21


def test_a_redirect_to_another_scheme_is_refused(server: Server) -> None:
    server.script(Reply(302, headers={"location": "file:///etc/passwd"}))
    with zoo(server.url, header_key=KEY) as client:
        with pytest.raises(RedirectError, match="not an http"):
            call(client)


def _leaks(texts: List[str]) -> List[str]:
    return [t for t in texts if KEY in t]


def test_credentials_a_server_echoes_are_redacted_from_errors(server: Server) -> None:
    echo = {"message": f"Invalid key {KEY}", "request_id": f"req-{KEY}", "details": [{"key": KEY, KEY: "as a key"}]}
    server.script(Reply(401, json=echo, headers={"x-echo": f"Bearer {KEY}"}))
    with Cartesia(api_key=KEY, base_url=server.url, max_retries=0) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.voices.get("v")
    error = caught.value
    shown = [str(error), repr(error), error.message, repr(error.body), repr(error.args), str(error.request_id), repr(list(error.headers.items()))]
    assert _leaks(shown) == []
    assert error.message == "401 Invalid key ***"
    assert error.body == {"message": "Invalid key ***", "request_id": "req-***", "details": [{"key": "***", "***": "as a key"}]}
    assert error.headers["x-echo"] == "Bearer ***"


def test_credentials_are_redacted_in_their_encoded_forms_too(server: Server) -> None:
    key = "zk/live+0123456789=="
    server.script(Reply(400, json={"message": "bad key zk%2Flive%2B0123456789%3D%3D"}))

    async def main() -> str:
        async with async_zoo(server.url, query_key=key) as client:
            with pytest.raises(Exception) as caught:
                await acall(client)
            return str(caught.value)

    assert asyncio.run(main()) == "400 bad key ***"


def test_credentials_echoed_in_an_event_stream_error_are_redacted(server: Server) -> None:
    error = json.dumps({"type": "error", "status_code": 401, "message": f"bad key {KEY}", "key": KEY})
    server.script(Reply(body=f"event: error\ndata: {error}\n\n".encode(), headers={"content-type": "text/event-stream"}))
    with Cartesia(api_key=KEY, base_url=server.url) as client:
        with pytest.raises(StreamEventError) as caught:
            list(client.tts.sse(**TTS))
    assert _leaks([str(caught.value), repr(caught.value.body)]) == []
    assert caught.value.body == {"type": "error", "status_code": 401, "message": "bad key ***", "key": "***"}


def _echo_error(connection: ServerConnection) -> None:
    with contextlib.suppress(ConnectionClosed):
        connection.send(json.dumps({"type": "error", "message": f"bad key {KEY}"}))
        connection.recv()


def _close_naming_the_key(connection: ServerConnection) -> None:
    connection.close(4001, f"closing for {KEY}")


def test_credentials_echoed_on_a_websocket_are_redacted() -> None:
    with WebSocketServer(_echo_error) as echo, Cartesia(api_key=KEY, base_url=echo.url) as client:
        with client.stt.websocket(**STT) as session:
            with pytest.raises(StreamEventError) as error:
                list(session)
    with WebSocketServer(_close_naming_the_key) as closing, Cartesia(api_key=KEY, base_url=closing.url) as client:
        with client.stt.websocket(**STT) as session:
            with pytest.raises(SocketClosedError) as closed:
                list(session)
            assert session.close_info is not None and session.close_info.reason == "closing for ***"
    assert _leaks([str(error.value), repr(error.value.body), str(closed.value), closed.value.reason]) == []
    assert str(closed.value) == "The WebSocket closed (code 4001: closing for ***) before the stream was complete."


def _answer_with_a_broken_status_line_naming_the_key(listener: socket.socket) -> None:
    connection, _ = listener.accept()
    with connection:
        connection.recv(65536)
        connection.sendall(f"HTTP/1.1 2OO {KEY}\r\n\r\n".encode())


def test_credentials_in_a_connection_errors_message_are_redacted() -> None:
    # h11 quotes an invalid status line in its error: a server can make it repeat the key it received.
    with socket.create_server(("127.0.0.1", 0)) as listener:
        thread = threading.Thread(target=_answer_with_a_broken_status_line_naming_the_key, args=(listener,), daemon=True)
        thread.start()
        with Cartesia(api_key=KEY, base_url=f"http://127.0.0.1:{listener.getsockname()[1]}", max_retries=0) as client:
            with pytest.raises(APIConnectionError) as caught:
                client.voices.get("v")
        thread.join(5)
    shown = "".join(traceback.format_exception(caught.value))
    assert "***" in str(caught.value) and _leaks([shown]) == []


def test_a_base_url_with_a_password_is_refused_without_showing_it() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Cartesia(api_key=KEY, base_url="https://user:hunter2-password@api.example.com")
    assert "hunter2" not in str(caught.value) and KEY not in str(caught.value)
    assert "user name or password" in str(caught.value)
    with pytest.raises(ConfigurationError):
        AsyncCartesia(base_url="https://token@api.example.com")


def test_server_variables_keep_to_their_enum_and_cannot_move_the_host() -> None:
    def host(**variables: str) -> str:
        with zoo(server_variables=variables) as client:
            return client.base_url

    assert host(region="us") == "https://us.zoo.example/v1"
    with pytest.raises(ConfigurationError, match="must be one of eu, us"):
        host(region="evil.example/#")
    with pytest.raises(ConfigurationError, match='Unknown server variable "tenant"'):
        host(tenant="x")
    moved = host(base="x/../@evil.example?q=")
    assert urlsplit(moved).hostname == "eu.zoo.example"
    assert moved == "https://eu.zoo.example/x%2F..%2F%40evil.example%3Fq%3D"
