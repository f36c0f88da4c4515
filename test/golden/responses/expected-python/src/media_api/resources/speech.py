# Generated from spec.yaml (Media API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.speech` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._binary import AsyncBinaryResponse, BinaryResponse
from .._core._spec import operation_spec
from .._core._streaming import AsyncEventStream, EventStream
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import RequestOptions

if TYPE_CHECKING:
    from ..models import (
        SpeechEventDecoded,
    )

_SPEECH_SYNTHESIZE = operation_spec(
    {
        "method": "POST",
        "path": "/speech",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "binary", "accept": "audio/mpeg"},
        "security": [],
    }
)

_SPEECH_STREAM = operation_spec(
    {
        "method": "POST",
        "path": "/speech/stream",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "event-stream", "accept": "text/event-stream", "base64_fields": ["data"]},
        "security": [],
    }
)


class Speech(SyncAPIResource):
    """The `client.speech` resource."""

    def synthesize(
        self,
        *,
        text: str,
        request_options: Optional[RequestOptions] = None,
    ) -> BinaryResponse:
        """Synthesize speech as MP3.

        `POST /speech`

        Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).
        """
        return self._client._request_binary(
            _SPEECH_SYNTHESIZE,
            {},
            {},
            {"text": text},
            request_options,
        )

    def stream(
        self,
        *,
        text: str,
        request_options: Optional[RequestOptions] = None,
    ) -> EventStream[SpeechEventDecoded]:
        """`POST /speech/stream`"""
        return self._client._request_events(
            _SPEECH_STREAM,
            {},
            {},
            {"text": text},
            request_options,
            "SpeechEventDecoded",
        )


class AsyncSpeech(AsyncAPIResource):
    """The `client.speech` resource."""

    async def synthesize(
        self,
        *,
        text: str,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncBinaryResponse:
        """Synthesize speech as MP3.

        `POST /speech`

        Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).
        """
        return await self._client._request_binary(
            _SPEECH_SYNTHESIZE,
            {},
            {},
            {"text": text},
            request_options,
        )

    async def stream(
        self,
        *,
        text: str,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncEventStream[SpeechEventDecoded]:
        """`POST /speech/stream`"""
        return await self._client._request_events(
            _SPEECH_STREAM,
            {},
            {},
            {"text": text},
            request_options,
            "SpeechEventDecoded",
        )
