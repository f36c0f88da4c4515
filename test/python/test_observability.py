"""Logging (levels, the spec's CARTESIA_LOG, what debug lines hold, retries, WebSocket connects and closes, no
credential in any line), the User-Agent of requests and handshakes, and CARTESIA_BASE_URL below the option."""

from __future__ import annotations

import asyncio
import logging
import os
import platform
import re
import subprocess
import sys
from typing import Iterator, List

import httpx
import pytest

import cartesia_gen_client
from cartesia_gen_client import AsyncCartesia, Cartesia, ChannelOptions, ConfigurationError, InsecureTransportError, InternalServerError
from support import Reply, Server
from ws_support import RealtimeServer

API_KEY = "sk_car_python_SECRET_4e2b9d"
ACCESS_TOKEN = "tok_python_SECRET_77aa01"
LOGGER = "cartesia_gen_client"
OK = Reply(json={"ok": True}, headers={"x-request-id": "req_py_1"})
UNAVAILABLE = Reply(503, json={"message": "try again"}, headers={"retry-after-ms": "0"})


@pytest.fixture(autouse=True)
def clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("CARTESIA_LOG", raising=False)
    monkeypatch.delenv("CARTESIA_BASE_URL", raising=False)
    logger = logging.getLogger(LOGGER)
    saved = logger.level
    yield
    # A level a test asked for stays on the package logger: put it back for the next test.
    logger.setLevel(saved)


@pytest.fixture
def realtime() -> Iterator[RealtimeServer]:
    with RealtimeServer() as server:
        yield server


def ours(caplog: pytest.LogCaptureFixture) -> List[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER]


def everything(caplog: pytest.LogCaptureFixture) -> str:
    """Every line and every structured field the client logged: what any handler could write out."""
    return "\n".join(f"{r.getMessage()} {r.__dict__}" for r in ours(caplog))


def expected_user_agent() -> str:
    return (
        # The package's own version: it moves with every release the public-API report makes.
        f"cartesia-gen-client/{cartesia_gen_client.__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
        f" {platform.system()}/{platform.machine()}"
    )


def test_debug_line_holds_method_url_status_duration_attempt_request_id_and_masked_headers(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(OK)
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    with Cartesia(api_key=API_KEY, base_url=server.url, log_level="debug") as client:
        client.api_status.get()
    [record] = ours(caplog)
    assert record.levelno == logging.DEBUG
    assert re.match(rf"\[Cartesia\] GET {re.escape(server.url)}/ -> 200 in \d+ ms \(attempt 1, request id req_py_1\)", record.getMessage())
    assert record.http_method == "GET" and record.http_status == 200 and record.attempt == 1  # type: ignore[attr-defined]
    assert record.request_id == "req_py_1" and record.duration_ms >= 0  # type: ignore[attr-defined]
    assert record.request_headers["authorization"] == "[REDACTED]"  # type: ignore[attr-defined]
    assert record.request_headers["cartesia-version"] == "2026-08-14"  # type: ignore[attr-defined]
    assert record.response_headers["x-request-id"] == "req_py_1"  # type: ignore[attr-defined]
    assert API_KEY not in everything(caplog)


def test_info_logs_retries_with_attempt_numbers_and_no_request_lines(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    server.script(UNAVAILABLE, UNAVAILABLE, OK)
    with Cartesia(api_key=API_KEY, base_url=server.url, log_level="info") as client:
        client.api_status.get()
    messages = [r.getMessage() for r in ours(caplog)]
    assert [m.split(":")[-1].strip() for m in messages] == ["attempt 2 of 3 in 0 ms.", "attempt 3 of 3 in 0 ms."]
    assert all(re.match(r"\[Cartesia\] Retrying GET \S+ after status 503", m) for m in messages)
    assert all(r.levelno == logging.INFO for r in ours(caplog))


def test_async_client_logs_every_attempt_at_debug(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    server.script(UNAVAILABLE, OK)

    async def main() -> None:
        async with AsyncCartesia(api_key=API_KEY, base_url=server.url, log_level="debug") as client:
            await client.api_status.get()

    asyncio.run(main())
    debug = [r for r in ours(caplog) if r.levelno == logging.DEBUG]
    assert [(r.attempt, r.http_status) for r in debug] == [(1, 503), (2, 200)]  # type: ignore[attr-defined]
    assert len([r for r in ours(caplog) if r.levelno == logging.INFO]) == 1


@pytest.mark.parametrize("level", ["warn", "error", "off"])
def test_quieter_levels_log_nothing_for_requests_and_retries(level: str, server: Server, caplog: pytest.LogCaptureFixture) -> None:
    server.script(UNAVAILABLE, OK)
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    with Cartesia(api_key=API_KEY, base_url=server.url, log_level=level) as client:  # type: ignore[arg-type]
        client.api_status.get()
    assert ours(caplog) == []


def test_default_is_warn_and_the_root_logger_is_left_alone(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    root = logging.getLogger()
    root_level, root_handlers = root.level, list(root.handlers)
    server.script(UNAVAILABLE, OK)
    with Cartesia(api_key=API_KEY, base_url=server.url, log_level="debug") as client:
        client.api_status.get()
    assert (root.level, root.handlers) == (root_level, root_handlers)
    caplog.clear()
    logging.getLogger(LOGGER).setLevel(logging.NOTSET)
    server.script(UNAVAILABLE, OK)
    with Cartesia(api_key=API_KEY, base_url=server.url) as client:
        assert client._log.level == "warn"
        client.api_status.get()
    assert ours(caplog) == []


def test_cartesia_log_sets_the_level_below_the_option(server: Server, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARTESIA_LOG", "DEBUG")
    server.script(OK)
    with Cartesia(api_key=API_KEY, base_url=server.url) as client:
        client.api_status.get()
    assert [r.levelno for r in ours(caplog)] == [logging.DEBUG]
    caplog.clear()
    server.script(UNAVAILABLE, OK)
    with Cartesia(api_key=API_KEY, base_url=server.url, log_level="warn") as client:
        client.api_status.get()
    assert ours(caplog) == []


def test_invalid_cartesia_log_warns_and_uses_the_default(server: Server, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARTESIA_LOG", "loud")
    with Cartesia(api_key=API_KEY, base_url=server.url) as client:
        assert client._log.level == "warn"
    [record] = ours(caplog)
    assert record.levelno == logging.WARNING
    assert record.getMessage() == "[Cartesia] Ignoring CARTESIA_LOG: it is not a log level (off, error, warn, info, debug); logging at 'warn'."


def test_invalid_option_or_logger_is_a_configuration_error(server: Server) -> None:
    with pytest.raises(ConfigurationError, match=r"Invalid log_level 'verbose': pass one of off, error, warn, info, debug"):
        Cartesia(api_key=API_KEY, base_url=server.url, log_level="verbose")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="Invalid logger"):
        Cartesia(api_key=API_KEY, base_url=server.url, logger=print)  # type: ignore[arg-type]


def test_a_logger_of_the_callers_own(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    server.script(OK)
    mine = logging.getLogger("my_app.cartesia")
    with Cartesia(api_key=API_KEY, base_url=server.url, log_level="debug", logger=mine) as client:
        client.api_status.get()
    assert [r.name for r in caplog.records] == ["my_app.cartesia"]
    mine.setLevel(logging.NOTSET)


def test_no_credential_in_any_line_even_when_the_server_echoes_it(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    def echo(received: object) -> Reply:
        auth = getattr(received, "headers")["authorization"]
        return Reply(500, json={"message": f"bad {auth}"}, headers={"x-echo": auth, "retry-after-ms": "0"})

    server.handler = echo  # type: ignore[assignment]
    for credentials in ({"api_key": API_KEY}, {"access_token": ACCESS_TOKEN}):
        caplog.clear()
        with Cartesia(**credentials, base_url=server.url, log_level="debug", max_retries=1) as client:  # type: ignore[arg-type]
            with pytest.raises(InternalServerError):
                client.api_status.get()
        text = everything(caplog)
        assert len(ours(caplog)) == 3  # two attempts and the retry between them
        assert API_KEY not in text and ACCESS_TOKEN not in text
        assert "'x-echo': 'Bearer ***'" in text


def test_user_agent_on_requests_and_the_callers_own_wins(server: Server) -> None:
    server.script(OK)
    with Cartesia(api_key=API_KEY, base_url=server.url) as client:
        client.api_status.get()
        client.api_status.get(request_options={"headers": {"User-Agent": "one-off/1"}})
    with Cartesia(api_key=API_KEY, base_url=server.url, default_headers={"user-agent": "my-app/2.0"}) as client:
        client.api_status.get()
    assert [r.headers["user-agent"] for r in server.received] == [expected_user_agent(), "one-off/1", "my-app/2.0"]


def test_websocket_handshake_user_agent_and_connect_close_logs(realtime: RealtimeServer, caplog: pytest.LogCaptureFixture) -> None:
    base = f"http://127.0.0.1:{realtime.port}"
    # The query form, so that the logged URLs hold credentials to mask.
    query: ChannelOptions = {"websocket_credentials": "query"}
    with Cartesia(api_key=API_KEY, base_url=base, log_level="info") as client:
        with client.tts.websocket(channel_options=query):
            pass

    async def main() -> None:
        async with AsyncCartesia(access_token=ACCESS_TOKEN, base_url=base, log_level="info") as client:
            async with client.stt.websocket(model="ink-whisper", encoding="pcm_s16le", sample_rate=16000, channel_options=query):
                pass

    asyncio.run(main())
    with Cartesia(api_key=API_KEY, base_url=base, default_headers={"User-Agent": "my-app/2.0"}) as client:
        with client.tts.websocket():
            pass
    assert [h["user-agent"] for h in realtime.headers] == [expected_user_agent()] * 2 + ["my-app/2.0"]
    messages = [r.getMessage() for r in ours(caplog)]
    assert [re.sub(r"ws://\S+", "<url>", m) for m in messages] == [
        "[Cartesia] WebSocket connected to <url> in %s ms" % re.search(r"in (\d+) ms", messages[0]).group(1),  # type: ignore[union-attr]
        "[Cartesia] WebSocket to <url> closed: 1000",
        "[Cartesia] WebSocket connected to <url> in %s ms" % re.search(r"in (\d+) ms", messages[2]).group(1),  # type: ignore[union-attr]
        "[Cartesia] WebSocket to <url> closed: 1000",
    ]
    assert "api_key=[REDACTED]" in messages[0] and "access_token=[REDACTED]" in messages[2]
    assert API_KEY not in everything(caplog) and ACCESS_TOKEN not in everything(caplog)


def test_cartesia_base_url_below_the_option(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    server.script(OK)
    monkeypatch.setenv("CARTESIA_BASE_URL", server.url)
    with Cartesia(api_key=API_KEY) as client:
        assert client.base_url == server.url
        client.api_status.get()
    assert len(server.received) == 1
    monkeypatch.setenv("CARTESIA_BASE_URL", "http://127.0.0.1:9")
    with Cartesia(api_key=API_KEY, base_url=server.url) as client:
        assert client.base_url == server.url


def test_cartesia_base_url_is_checked_like_the_option(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARTESIA_BASE_URL", "http://api.example.com")
    with pytest.raises(InsecureTransportError):
        Cartesia(api_key=API_KEY)
    monkeypatch.setenv("CARTESIA_BASE_URL", "https://user:hunter2@api.example.com")
    with pytest.raises(ConfigurationError, match=r"^CARTESIA_BASE_URL: The base URL carries a user name or password") as caught:
        Cartesia(api_key=API_KEY)
    assert "hunter2" not in str(caught.value)


PROGRAM = """
import logging, sys
from cartesia_gen_client import Cartesia
if sys.argv[2] == "configured":
    logging.basicConfig(stream=sys.stdout, format="%(name)s %(levelname)s %(message)s")
with Cartesia(api_key=sys.argv[3], base_url=sys.argv[1], log_level="debug") as client:
    client.api_status.get()
"""


@pytest.mark.parametrize("setup", ["unconfigured", "configured"])
def test_lines_reach_stderr_until_the_program_configures_logging_and_then_only_its_handlers(setup: str, server: Server) -> None:
    server.script(OK)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, server.url, setup, API_KEY], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    ours_out, other = (done.stderr, done.stdout) if setup == "unconfigured" else (done.stdout, done.stderr)
    lines = ours_out.strip().splitlines()
    assert len(lines) == 1 and re.search(r"DEBUG cartesia_gen_client: \[Cartesia\] GET \S+ -> 200|cartesia_gen_client DEBUG \[Cartesia\] GET \S+ -> 200", lines[0])
    assert other == ""
    assert API_KEY not in done.stdout + done.stderr
