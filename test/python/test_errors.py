"""Typed errors by status (from the IR's error classes), with status, headers, body and request id; connection,
timeout, parse and abort errors."""

from __future__ import annotations

import asyncio
import socket

import pytest
from cartesia_gen_client import (
    APIConnectionError,
    APIConnectionTimeoutError,
    APIError,
    APIResponseParseError,
    APIUserAbortError,
    AsyncCartesia,
    Cartesia,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from support import Reply, Server


def test_status_classes_message_and_request_id(server: Server) -> None:
    server.script(
        Reply(404, json={"message": "No voice"}, headers={"x-request-id": "req_h"}),
        Reply(503, json={"title": "Down", "request_id": "req_b"}),
        Reply(418, body=b"teapot", headers={"content-type": "text/plain"}),
    )
    with Cartesia(api_key="sk", base_url=server.url, max_retries=0) as client:
        with pytest.raises(NotFoundError) as not_found:
            client.voices.get("v")
        with pytest.raises(InternalServerError) as down:
            client.voices.get("v")
        with pytest.raises(APIError) as teapot:
            client.voices.get("v")
    assert not_found.value.status == 404 and not_found.value.request_id == "req_h"
    assert str(not_found.value) == "404 No voice" and not_found.value.body == {"message": "No voice"}
    assert not_found.value.headers["x-request-id"] == "req_h"
    assert down.value.status == 503 and down.value.request_id == "req_b" and "Down" in str(down.value)
    assert type(teapot.value) is APIError and teapot.value.body == "teapot"


def test_async_errors_are_the_same_classes(server: Server) -> None:
    server.script(Reply(429, json={"message": "slow"}, headers={"retry-after": "120"}))

    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=server.url) as client:
            with pytest.raises(RateLimitError, match="slow"):
                await client.api_status.get()

    asyncio.run(main())
    assert len(server.received) == 1  # a Retry-After beyond a minute is not waited for


def test_invalid_json_is_a_parse_error(server: Server) -> None:
    server.script(Reply(body=b'{"ok": tru', headers={"content-type": "application/json"}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        with pytest.raises(APIResponseParseError) as error:
            client.api_status.get()
    assert error.value.status == 200


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_errors_are_retried_then_raised() -> None:
    client = Cartesia(api_key="sk", base_url=f"http://127.0.0.1:{_closed_port()}", max_retries=1)
    with pytest.raises(APIConnectionError):
        client.api_status.get()
    client.close()


def test_timeouts_per_client_and_per_request(server: Server) -> None:
    server.script(Reply(json={}, delay=1.0))
    with Cartesia(api_key="sk", base_url=server.url, timeout=0.2, max_retries=0) as client:
        with pytest.raises(APIConnectionTimeoutError):
            client.api_status.get()
    with Cartesia(api_key="sk", base_url=server.url, max_retries=0) as client:
        with pytest.raises(APIConnectionTimeoutError):
            client.api_status.get(request_options={"timeout": 0.2})

    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=server.url, timeout=0.2, max_retries=0) as client:
            with pytest.raises(APIConnectionTimeoutError):
                await client.api_status.get()

    asyncio.run(main())


def test_a_closed_stream_cannot_be_read(server: Server) -> None:
    server.script(Reply(body=b"audio", headers={"content-type": "audio/wav"}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        response = client.agents.calls.download_audio("c")
        response.close()
        with pytest.raises(APIUserAbortError):
            response.read()
