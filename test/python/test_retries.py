"""Retries per the IR's retry policy: which statuses, how many, exponential backoff with jitter, and Retry-After
in milliseconds, seconds or as an HTTP date."""

from __future__ import annotations

import asyncio
import email.utils
import time

import pytest
from cartesia_gen_client import AsyncCartesia, BadRequestError, Cartesia, ConflictError, InternalServerError
from cartesia_gen_client._core._retry import backoff, retry_delay
from cartesia_gen_client._core._spec import RetrySpec
from support import Reply, Server

OK = Reply(json={"ok": True})


def test_retryable_statuses_are_retried_until_success(server: Server) -> None:
    server.script(Reply(503, headers={"retry-after-ms": "10"}), Reply(409, headers={"retry-after": "0"}), OK)
    with Cartesia(api_key="sk", base_url=server.url) as client:
        assert client.api_status.get().ok is True
    assert len(server.received) == 3


def test_other_statuses_are_not_retried(server: Server) -> None:
    server.script(Reply(400, json={"message": "bad"}), OK)
    with Cartesia(api_key="sk", base_url=server.url) as client:
        with pytest.raises(BadRequestError):
            client.api_status.get()
    assert len(server.received) == 1


def test_max_retries_per_client_and_per_request(server: Server) -> None:
    server.script(Reply(500, headers={"retry-after": "0"}))
    with Cartesia(api_key="sk", base_url=server.url, max_retries=3) as client:
        with pytest.raises(InternalServerError):
            client.api_status.get()
        assert len(server.received) == 4
        server.received.clear()
        with pytest.raises(InternalServerError):
            client.api_status.get(request_options={"max_retries": 0})
        assert len(server.received) == 1


def test_retry_after_as_an_http_date_is_waited_for(server: Server) -> None:
    when = email.utils.formatdate(time.time() + 2, usegmt=True)
    server.script(Reply(429, headers={"retry-after": when}), OK)
    started = time.monotonic()
    with Cartesia(api_key="sk", base_url=server.url) as client:
        client.api_status.get()
    assert time.monotonic() - started >= 0.9  # whole seconds in the date: between 1 and 2 s remain
    assert len(server.received) == 2


def test_async_client_retries_too(server: Server) -> None:
    server.script(Reply(409, headers={"retry-after-ms": "5"}), Reply(409, headers={"retry-after-ms": "5"}))

    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=server.url, max_retries=1) as client:
            with pytest.raises(ConflictError):
                await client.api_status.get()

    asyncio.run(main())
    assert len(server.received) == 2


def test_backoff_doubles_with_jitter_and_a_ceiling() -> None:
    retry = RetrySpec(initial_delay_ms=500, max_delay_ms=8000, retry_after_headers=("retry-after-ms", "retry-after"))
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (5, 8.0), (9, 8.0)]:
        delays = [backoff(retry, attempt) for _ in range(50)]
        assert all(ceiling * 0.75 <= d <= ceiling for d in delays), (attempt, min(delays), max(delays))
    assert retry_delay(retry, 0, {"retry-after-ms": "250"}) == 0.25
    assert retry_delay(retry, 0, {"retry-after": "3"}) == 3.0
    assert retry_delay(retry, 0, {"retry-after": "120"}) is None  # too long to block for: surface the error
    assert retry_delay(retry, 0, {"retry-after": "soon"}) is not None  # unreadable: back off instead
    past = email.utils.formatdate(time.time() - 60, usegmt=True)
    assert retry_delay(retry, 0, {"retry-after": past}) == 0.0
