"""Careless callers: values HTTP cannot carry are InvalidRequestErrors raised before anything is sent (so never
retried, never a raw UnicodeEncodeError or a connection error), and nested deepObject values are encoded."""

from __future__ import annotations

import asyncio
from typing import Any, Callable

import pytest
from cartesia_gen_client import AsyncCartesia, Cartesia, InvalidRequestError
from support import Reply, Server

TTS: Any = {
    "model_id": "sonic-3",
    "transcript": "Hi",
    "voice": {"id": "v"},
    "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 24000},
}


def _refused(server: Server, call: Callable[[Cartesia], object], match: str) -> None:
    with Cartesia(api_key="sk", base_url=server.url, max_retries=3) as client:
        with pytest.raises(InvalidRequestError, match=match):
            call(client)
    assert server.received == []


@pytest.mark.parametrize(
    "headers, match",
    [
        ({"X-Trace": "a\x01b"}, "control"),
        ({"X-Trace": "a\x7fb"}, "control"),
        ({"X-Trace": "a\x00b"}, "control"),
        ({"X Trace": "v"}, "not a valid HTTP field name"),
        ({"X-Trace:": "v"}, "not a valid HTTP field name"),
        ({"X-Tr\u00e4ce": "v"}, "not a valid HTTP field name"),
        ({"X-Trace": "\ud800"}, "control or non-Latin-1"),
    ],
)
def test_headers_http_cannot_carry_are_refused_before_sending(server: Server, headers: Any, match: str) -> None:
    _refused(server, lambda c: c.voices.get("v", request_options={"headers": headers}), match)


def test_a_tab_in_a_header_value_is_allowed(server: Server) -> None:
    with Cartesia(api_key="sk", base_url=server.url) as client:
        client.voices.get("v", request_options={"headers": {"X-Trace": "a\tb"}})
    assert server.received[0].headers["x-trace"] == "a\tb"


def test_lone_surrogates_are_refused_in_paths_queries_and_bodies(server: Server) -> None:
    _refused(server, lambda c: c.voices.get("\ud800"), "lone surrogate")
    _refused(server, lambda c: c.voices.get("v", request_options={"query": {"q": "a\udfffb"}}), "lone surrogate")
    _refused(server, lambda c: c.tts.bytes(**{**TTS, "transcript": "\ud83d"}), "lone surrogate")


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_numbers_json_and_urls_cannot_hold_are_refused(server: Server, number: float) -> None:
    _refused(server, lambda c: c.voices.get("v", request_options={"query": {"n": number}}), "finite number")
    _refused(server, lambda c: c.tts.bytes(**TTS, request_options={"body": {"speed": number}}), "cannot be sent as JSON")


def test_async_client_refuses_the_same_values(server: Server) -> None:
    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=server.url, max_retries=3) as client:
            with pytest.raises(InvalidRequestError):
                await client.voices.get("v", request_options={"headers": {"X-Trace": "a\x01b"}})
            with pytest.raises(InvalidRequestError):
                await client.voices.get("v", request_options={"query": {"q": "\ud800"}})

    asyncio.run(main())
    assert server.received == []


def test_nested_deep_object_values_are_encoded_not_stringified(server: Server) -> None:
    server.script(Reply(json={"id": "v"}))
    query = {"filter": {"owner": {"id": "u 1", "team": {"name": "x"}}, "tags": ["a", "b"], "skip": None}}
    with Cartesia(api_key="sk", base_url=server.url) as client:
        client.voices.get("v", request_options={"query": query})
    assert server.received[0].query == {
        "filter[owner][id]": ["u 1"],
        "filter[owner][team][name]": ["x"],
        "filter[tags][]": ["a", "b"],
    }


def test_an_object_where_a_single_value_goes_is_refused(server: Server) -> None:
    _refused(server, lambda c: c.voices.get("v", request_options={"query": {"ids": [{"a": 1}]}}), "single value")
