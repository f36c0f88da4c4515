"""What goes on the wire: version header and its overrides, credentials chosen per operation, query, path and
headers, for the sync and the async client."""

from __future__ import annotations

import asyncio

import pytest
from cartesia_gen_client import AsyncCartesia, Cartesia, InvalidRequestError
from cartesia_gen_client.errors import ConfigurationError, InsecureTransportError, MissingCredentialError
from support import Reply, Server

STATUS = {"ok": True, "version": "v"}


def test_version_header_default_client_and_request_override(server: Server) -> None:
    server.script(Reply(json=STATUS))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        client.api_status.get()
        client.api_status.get(request_options={"version": "2025-11-04"})
    with Cartesia(api_key="sk", base_url=server.url, version="2025-04-16") as client:
        client.api_status.get()
    assert [r.headers["cartesia-version"] for r in server.received] == ["2026-08-14", "2025-11-04", "2025-04-16"]


def test_version_must_match_the_pattern(server: Server) -> None:
    with pytest.raises(ConfigurationError, match="does not look like"):
        Cartesia(api_key="sk", base_url=server.url, version="latest")
    with Cartesia(api_key="sk", base_url=server.url) as client:
        with pytest.raises(ConfigurationError):
            client.api_status.get(request_options={"version": "x"})
    assert server.received == []


def test_api_key_from_the_environment(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARTESIA_API_KEY", "sk_env")
    with Cartesia(base_url=server.url) as client:
        client.voices.get("v1")
    assert server.received[0].headers["authorization"] == "Bearer sk_env"
    # An empty option means "no key": the environment is not read.
    with Cartesia(api_key="", base_url=server.url) as client:
        with pytest.raises(MissingCredentialError, match="api_key"):
            client.voices.get("v1")


def test_credentials_follow_each_operations_security_alternatives(server: Server) -> None:
    with Cartesia(access_token="tok", base_url=server.url) as client:
        client.api_status.get()  # accepts TokenAuth or APIKeyAuth
        with pytest.raises(MissingCredentialError, match="api_key"):
            client.voices.list()  # APIKeyAuth only
    with Cartesia(access_token="tok", api_key="sk", base_url=server.url) as client:
        client.api_status.get()  # TokenAuth comes first
        client.voices.get("v")
    assert [r.headers["authorization"] for r in server.received] == ["Bearer tok", "Bearer tok", "Bearer sk"]


def test_credentials_never_travel_over_plain_http_to_other_hosts() -> None:
    with pytest.raises(InsecureTransportError, match="plain http"):
        Cartesia(api_key="sk", base_url="http://api.example.com")
    Cartesia(base_url="http://api.example.com").close()  # no credential, nothing to protect
    Cartesia(api_key="sk", base_url="http://localhost:1").close()
    Cartesia(api_key="sk", base_url="http://[::1]:1").close()
    Cartesia(api_key="sk", base_url="https://api.example.com").close()


def test_repr_hides_credentials() -> None:
    client = Cartesia(api_key="sk_secret", base_url="http://127.0.0.1:1")
    assert "sk_secret" not in repr(client) and "api_key" in repr(client)
    client.close()


def test_query_arrays_booleans_and_unset_parameters(server: Server) -> None:
    server.script(Reply(json={"data": [], "has_more": False}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        list(client.voices.list(limit=2, is_owner=False, expand=["preview_file_url"], q="a b&c"))
    received = server.received[0]
    assert received.query == {"limit": ["2"], "is_owner": ["false"], "expand[]": ["preview_file_url"], "q": ["a b&c"]}


def test_path_values_are_one_encoded_segment(server: Server) -> None:
    with Cartesia(api_key="sk", base_url=server.url) as client:
        client.voices.get("a/b c?#%é")
        for bad in (".", "..", ""):
            with pytest.raises(InvalidRequestError):
                client.voices.get(bad)
    assert [r.raw_path for r in server.received] == ["/voices/a%2Fb%20c%3F%23%25%C3%A9"]


def test_headers_default_extra_removed_and_refused(server: Server) -> None:
    with Cartesia(api_key="sk", base_url=server.url, default_headers={"X-App": "demo", "Cartesia-Version": None}) as client:
        client.api_status.get(request_options={"headers": {"X-Trace": "t1"}, "query": {"debug": True}})
        with pytest.raises(InvalidRequestError, match="line break"):
            client.api_status.get(request_options={"headers": {"X-Bad": "a\r\nInjected: 1"}})
    received = server.received[0]
    assert received.headers["x-app"] == "demo" and received.headers["x-trace"] == "t1"
    assert "cartesia-version" not in received.headers
    assert received.query == {"debug": ["true"]}
    assert received.headers["accept"] == "application/json"
    assert len(server.received) == 1


def test_async_client_sends_the_same_request(server: Server) -> None:
    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=server.url) as client:
            await client.voices.get("v 1", request_options={"version": "2024-06-10"})

    asyncio.run(main())
    received = server.received[0]
    assert received.raw_path == "/voices/v%201"
    assert received.headers["cartesia-version"] == "2024-06-10"
    assert received.headers["authorization"] == "Bearer sk"
