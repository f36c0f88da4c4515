"""Raw responses (`client.with_raw_response(method)(...)`: status, headers, request id, and the typed result) and the
generic `client.request()` for endpoints the spec does not describe: same credential, version, retries, errors and
redirect rules as a generated method, and never a credential sent to another origin. Sync and async, on the wire."""

from __future__ import annotations

import asyncio

import pytest
from cartesia_gen_client import (
    APIResponse,
    AsyncCartesia,
    BinaryResponse,
    Cartesia,
    ClientError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    SyncPage,
)
from support import Reply, Server

VOICE = {"id": "v1", "name": "Narrator", "description": "Warm", "is_owner": True, "is_public": False, "language": "en", "created_at": "2025-01-01T00:00:00Z"}


def test_raw_response_of_a_json_method_sync(server: Server) -> None:
    server.script(Reply(json=VOICE, headers={"x-request-id": "req_raw_1", "x-ratelimit-remaining": "41"}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        raw = client.with_raw_response(client.voices.get)("v1", expand=["preview_file_url"])
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-remaining"] == "41"
    assert raw.request_id == "req_raw_1"
    assert raw.content is not None and b'"Narrator"' in raw.content
    voice = raw.parse()
    assert voice.name == "Narrator"
    assert repr(raw) == "<APIResponse [200] request_id='req_raw_1'>"
    # The call itself went out as usual.
    assert server.received[0].path == "/voices/v1" and server.received[0].query == {"expand[]": ["preview_file_url"]}


def test_raw_response_async_and_of_a_page(server: Server) -> None:
    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=server.url) as client:
            raw = await client.with_raw_response(client.voices.get)("v1")
            assert raw.status_code == 200 and raw.request_id == "req_async"
            assert raw.parse().id == "v1"

    server.script(Reply(json=VOICE, headers={"request-id": "req_async"}))
    asyncio.run(main())
    server.script(Reply(json={"data": [VOICE], "has_more": False}, headers={"x-request-id": "req_page"}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        page = client.with_raw_response(client.voices.list)(limit=1)
        assert page.request_id == "req_page"
        assert isinstance(page.parse(), SyncPage)
        assert [v.id for v in page.parse()] == ["v1"]


def test_raw_response_of_a_binary_method_leaves_the_stream_unread(server: Server) -> None:
    server.script(Reply(body=b"RIFF-audio", headers={"content-type": "audio/wav", "x-request-id": "req_bin"}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        raw = client.with_raw_response(client.tts.bytes)(
            model_id="sonic-3",
            transcript="Hello, world.",
            voice="v1",
            output_format={"container": "wav", "encoding": "pcm_s16le", "sample_rate": 44100},
        )
        assert raw.content is None and raw.request_id == "req_bin"
        audio = raw.parse()
        assert isinstance(audio, BinaryResponse)
        assert audio.read() == b"RIFF-audio"


def test_an_error_is_raised_as_usual_and_a_non_request_is_refused(server: Server) -> None:
    server.script(Reply(404, json={"message": "No such voice"}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        with pytest.raises(NotFoundError, match="No such voice"):
            client.with_raw_response(client.voices.get)("nope")
        with pytest.raises(ClientError, match="sends an HTTP request"):
            client.with_raw_response(lambda: 42)()


def test_generic_request_goes_out_like_a_generated_method(server: Server) -> None:
    server.script(Reply(201, json={"id": "beta_1"}))
    with Cartesia(api_key="sk", base_url=server.url, default_headers={"x-team": "voice"}) as client:
        result = client.request(
            "post",
            "/beta/things",
            query={"limit": 2, "tags": ["a", "b"]},
            body={"name": "A thing", "sample_rate": 44100},
            headers={"x-extra": "yes"},
        )
    assert result == {"id": "beta_1"}
    sent = server.received[0]
    assert sent.method == "POST" and sent.path == "/beta/things"
    assert sent.query == {"limit": ["2"], "tags": ["a", "b"]}
    assert sent.headers["authorization"] == "Bearer sk"
    assert sent.headers["cartesia-version"] == "2026-08-14"
    assert sent.headers["x-team"] == "voice" and sent.headers["x-extra"] == "yes"
    assert sent.headers["content-type"] == "application/json"
    assert sent.json() == {"name": "A thing", "sample_rate": 44100}


def test_generic_request_retries_and_raises_typed_errors_async(server: Server) -> None:
    async def main() -> None:
        async with AsyncCartesia(access_token="tok", base_url=server.url, max_retries=1) as client:
            server.script(Reply(429, json={"message": "slow"}, headers={"retry-after-ms": "1"}), Reply(404, json={"message": "gone"}))
            with pytest.raises(NotFoundError, match="gone"):
                await client.request("GET", "beta/missing", request_options={"version": "2024-06-10"})
            assert [r.path for r in server.received] == ["/beta/missing", "/beta/missing"]
            assert all(r.headers["authorization"] == "Bearer tok" for r in server.received)
            assert all(r.headers["cartesia-version"] == "2024-06-10" for r in server.received)
            server.script(Reply(429, json={"message": "slow"}, headers={"retry-after-ms": "1"}))
            with pytest.raises(RateLimitError):
                await client.request("DELETE", "/beta/x")
            assert [r.method for r in server.received] == ["DELETE", "DELETE"]
            server.script(Reply(body=b"plain words", headers={"content-type": "text/plain"}))
            raw = await client.with_raw_response(client.request)("GET", "/beta/text", response_kind="text")
            assert raw.parse() == "plain words" and raw.status_code == 200

    asyncio.run(main())


def test_generic_request_sends_text_and_bytes(server: Server) -> None:
    server.script(Reply(json={}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        client.request("POST", "/s", body="hello")
        client.request("PUT", "/b", body=b"\x01\x02", headers={"content-type": "audio/wav"})
        assert client.request("DELETE", "/n", response_kind="none") is None
    text, data, _ = server.received
    assert text.headers["content-type"] == "text/plain; charset=utf-8" and text.body == b"hello"
    assert data.headers["content-type"] == "audio/wav" and data.body == b"\x01\x02"


def test_generic_request_refuses_other_origins_and_bad_input(server: Server) -> None:
    with Server() as other:
        other.script(Reply(json={}))
        server.script(Reply(json={"here": True}))
        with Cartesia(api_key="sk", base_url=server.url) as client:
            assert client.request("GET", f"{server.url}/beta/abs") == {"here": True}
            for path in (f"{other.url}/steal", "//127.0.0.1:1/steal", "https://api.example.com/v1"):
                with pytest.raises(InvalidRequestError, match="must be under the client's base URL") as error:
                    client.request("GET", path)
                assert "steal" not in str(error.value)
            with pytest.raises(InvalidRequestError, match="HTTP method"):
                client.request("GET /x", "/x")
            with pytest.raises(InvalidRequestError, match="pass query parameters in `query`"):
                client.request("GET", "/x?a=1")
        assert other.received == []
    assert [r.path for r in server.received] == ["/beta/abs"]


def test_generic_request_drops_the_credential_on_a_redirect_to_another_origin(server: Server) -> None:
    with Server() as other:
        other.script(Reply(json={"moved": True}))
        server.script(Reply(307, headers={"location": f"{other.url}/elsewhere"}))
        with Cartesia(api_key="sk", base_url=server.url) as client:
            assert client.request("GET", "/beta/moved") == {"moved": True}
        assert "authorization" not in other.received[0].headers
