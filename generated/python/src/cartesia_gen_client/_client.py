# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The Cartesia and AsyncCartesia clients."""

from __future__ import annotations

import logging as _logging
from typing import Mapping, Optional

import httpx

from ._core._async_client import AsyncAPIClient
from ._core._logging import LogLevel
from ._core._spec import client_config
from ._core._sync_client import SyncAPIClient
from .errors import ERROR_CLASSES
from .resources.access_token import AccessToken, AsyncAccessToken
from .resources.agents import Agents, AsyncAgents
from .resources.api_status import ApiStatus, AsyncApiStatus
from .resources.datasets import AsyncDatasets, Datasets
from .resources.fine_tunes import AsyncFineTunes, FineTunes
from .resources.infill import AsyncInfill, Infill
from .resources.pronunciation_dicts import AsyncPronunciationDicts, PronunciationDicts
from .resources.stt import AsyncStt, Stt
from .resources.tts import AsyncTts, Tts
from .resources.voice_changer import AsyncVoiceChanger, VoiceChanger
from .resources.voices import AsyncVoices, Voices

_CONFIG = client_config(
    {
        "client_name": "Cartesia",
        "package_name": "cartesia-gen-client",
        "package_version": "1.0.0",
        "base_url": "https://api.cartesia.ai",
        "websocket_base_url": "wss://api.cartesia.ai",
        "timeout": 60,
        "logger_name": "cartesia_gen_client",
        "environment": {"log_level": "CARTESIA_LOG", "base_url": "CARTESIA_BASE_URL"},
        "api_version": {
            "header": "Cartesia-Version",
            "default": "2026-08-14",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
            "websocket_query_parameter": "cartesia_version",
        },
        "transport": {"tls": "required", "loopback_exception": True},
        "retry": {
            "max_retries": 2,
            "initial_delay_ms": 500,
            "max_delay_ms": 8000,
            "statuses": [408, 409, 429],
            "status_ranges": [5],
            "on_connection_error": True,
            "retry_after_headers": ["retry-after-ms", "retry-after"],
        },
        "errors": {
            "message_fields": ["message", "title", "error"],
            "request_id_headers": ["x-request-id", "request-id"],
            "request_id_field": "request_id",
            "status_field": "status_code",
            "in_stream": {"field": "type", "value": "error"},
        },
        "credentials": [
            {
                "scheme": "APIKeyAuth",
                "option": "api_key",
                "transport": "bearer",
                "env": "CARTESIA_API_KEY",
                "websocket_query_parameter": "api_key",
            },
            {
                "scheme": "TokenAuth",
                "option": "access_token",
                "transport": "bearer",
                "websocket_query_parameter": "access_token",
            },
        ],
        "pagination": {
            "after_parameter": "starting_after",
            "items_field": "data",
            "limit_parameter": "limit",
            "before_parameter": "ending_before",
            "has_more_field": "has_more",
            "next_cursor_field": "next_page",
            "item_cursor_field": "id",
        },
    },
    ERROR_CLASSES,
)


class Cartesia(SyncAPIClient):
    """Synchronous client of the Cartesia API.

    Cartesia's REST API for real-time voice AI: text-to-speech (audio bytes or server-sent events), batch speech-to-text, voice management (listing, cloning, localizing), the voice changer and infill, plus datasets, fine-tunes and pronunciation dictionaries for customizing output. It also manages voice agents (calls, metrics, deployments, phone numbers) and mints short-lived access tokens for client apps. `info.version` versions this document and the client package generated from it; the API version the client pins is given in `x-api-version`.

    Use it with `with`, or call `close()` when done.
    """

    agents: Agents
    """Manage voice agents along with their calls, recordings, LLM-as-a-Judge metrics, deployments and phone numbers."""

    api_status: ApiStatus
    """Check that the API is reachable and which version it runs."""

    access_token: AccessToken
    """Mint short-lived access tokens that let client apps call the API without holding an API key."""

    datasets: Datasets
    """Manage datasets, the collections of files used to train fine-tunes."""

    fine_tunes: FineTunes
    """Create and manage fine-tunes and list the voices produced from them."""

    infill: Infill
    """Generate speech that bridges two existing audio segments."""

    pronunciation_dicts: PronunciationDicts
    """Manage pronunciation dictionaries that map text to custom pronunciations during speech generation."""

    stt: Stt
    """Speech-to-text: transcribe recorded audio files into text."""

    tts: Tts
    """Text-to-speech: turn text into audio, returned as a byte stream or as server-sent events."""

    voice_changer: VoiceChanger
    """Re-voice recorded speech with a different voice while keeping its delivery."""

    voices: Voices
    """Browse, clone, localize, update and delete the voices used for generation."""

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        access_token: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, Optional[str]]] = None,
        version: Optional[str] = None,
        log_level: Optional[LogLevel] = None,
        logger: Optional[_logging.Logger] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        """Args:
            api_key: Long-lived API key, sent as a bearer token. Meant for server-side code only; never ship it in browser or mobile apps. Defaults to the `CARTESIA_API_KEY` environment variable. Sent as `Authorization: Bearer <value>`.
            access_token: Short-lived access token (JWT), sent as a bearer token, for browser and mobile client apps. Your server mints it with `POST /access-token`. Sent as `Authorization: Bearer <value>`.
            base_url: Overrides the server (default https://api.cartesia.ai) and the `CARTESIA_BASE_URL` environment variable. Plain http is refused for credentials unless the host is loopback.
            timeout: Seconds allowed for each step of an attempt: connect, write, each wait for bytes (default 60; float("inf") for none).
            max_retries: Retries after the first attempt (default 2).
            default_headers: Headers sent with every request; None removes one the client would send.
            version: API version to pin instead of 2026-08-14.
            log_level: "off", "error", "warn", "info" (retries, WebSocket connects and closes) or "debug" (every request and response, credentials masked); defaults to the `CARTESIA_LOG` environment variable, else "warn".
            logger: The logging.Logger to write to (default: the package's own named logger).
            http_client: Your own httpx client (its pool, proxies, transport); you close it.
        """
        super().__init__(
            _CONFIG,
            credentials={"api_key": api_key, "access_token": access_token},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            version=version,
            log_level=log_level,
            logger=logger,
            http_client=http_client,
        )
        self.agents = Agents(self)
        self.api_status = ApiStatus(self)
        self.access_token = AccessToken(self)
        self.datasets = Datasets(self)
        self.fine_tunes = FineTunes(self)
        self.infill = Infill(self)
        self.pronunciation_dicts = PronunciationDicts(self)
        self.stt = Stt(self)
        self.tts = Tts(self)
        self.voice_changer = VoiceChanger(self)
        self.voices = Voices(self)


class AsyncCartesia(AsyncAPIClient):
    """Asynchronous client of the Cartesia API.

    Cartesia's REST API for real-time voice AI: text-to-speech (audio bytes or server-sent events), batch speech-to-text, voice management (listing, cloning, localizing), the voice changer and infill, plus datasets, fine-tunes and pronunciation dictionaries for customizing output. It also manages voice agents (calls, metrics, deployments, phone numbers) and mints short-lived access tokens for client apps. `info.version` versions this document and the client package generated from it; the API version the client pins is given in `x-api-version`.

    Use it with `async with`, or `await client.close()` when done.
    """

    agents: AsyncAgents
    """Manage voice agents along with their calls, recordings, LLM-as-a-Judge metrics, deployments and phone numbers."""

    api_status: AsyncApiStatus
    """Check that the API is reachable and which version it runs."""

    access_token: AsyncAccessToken
    """Mint short-lived access tokens that let client apps call the API without holding an API key."""

    datasets: AsyncDatasets
    """Manage datasets, the collections of files used to train fine-tunes."""

    fine_tunes: AsyncFineTunes
    """Create and manage fine-tunes and list the voices produced from them."""

    infill: AsyncInfill
    """Generate speech that bridges two existing audio segments."""

    pronunciation_dicts: AsyncPronunciationDicts
    """Manage pronunciation dictionaries that map text to custom pronunciations during speech generation."""

    stt: AsyncStt
    """Speech-to-text: transcribe recorded audio files into text."""

    tts: AsyncTts
    """Text-to-speech: turn text into audio, returned as a byte stream or as server-sent events."""

    voice_changer: AsyncVoiceChanger
    """Re-voice recorded speech with a different voice while keeping its delivery."""

    voices: AsyncVoices
    """Browse, clone, localize, update and delete the voices used for generation."""

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        access_token: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, Optional[str]]] = None,
        version: Optional[str] = None,
        log_level: Optional[LogLevel] = None,
        logger: Optional[_logging.Logger] = None,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        """Args:
            api_key: Long-lived API key, sent as a bearer token. Meant for server-side code only; never ship it in browser or mobile apps. Defaults to the `CARTESIA_API_KEY` environment variable. Sent as `Authorization: Bearer <value>`.
            access_token: Short-lived access token (JWT), sent as a bearer token, for browser and mobile client apps. Your server mints it with `POST /access-token`. Sent as `Authorization: Bearer <value>`.
            base_url: Overrides the server (default https://api.cartesia.ai) and the `CARTESIA_BASE_URL` environment variable. Plain http is refused for credentials unless the host is loopback.
            timeout: Seconds allowed for each step of an attempt: connect, write, each wait for bytes (default 60; float("inf") for none).
            max_retries: Retries after the first attempt (default 2).
            default_headers: Headers sent with every request; None removes one the client would send.
            version: API version to pin instead of 2026-08-14.
            log_level: "off", "error", "warn", "info" (retries, WebSocket connects and closes) or "debug" (every request and response, credentials masked); defaults to the `CARTESIA_LOG` environment variable, else "warn".
            logger: The logging.Logger to write to (default: the package's own named logger).
            http_client: Your own httpx client (its pool, proxies, transport); you close it.
        """
        super().__init__(
            _CONFIG,
            credentials={"api_key": api_key, "access_token": access_token},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            version=version,
            log_level=log_level,
            logger=logger,
            http_client=http_client,
        )
        self.agents = AsyncAgents(self)
        self.api_status = AsyncApiStatus(self)
        self.access_token = AsyncAccessToken(self)
        self.datasets = AsyncDatasets(self)
        self.fine_tunes = AsyncFineTunes(self)
        self.infill = AsyncInfill(self)
        self.pronunciation_dicts = AsyncPronunciationDicts(self)
        self.stt = AsyncStt(self)
        self.tts = AsyncTts(self)
        self.voice_changer = AsyncVoiceChanger(self)
        self.voices = AsyncVoices(self)
