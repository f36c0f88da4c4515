# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Re-voice recorded speech with a different voice while keeping its delivery."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Optional, Union

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._binary import AsyncBinaryResponse, BinaryResponse
from .._core._files import FileTypes
from .._core._spec import operation_spec
from .._core._streaming import AsyncEventStream, EventStream
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        OutputFormatContainer,
        RawEncoding,
        VoiceChangerSSEEventDecoded,
    )

_VOICE_CHANGER_BYTES = operation_spec(
    {
        "method": "POST",
        "path": "/voice-changer/bytes",
        "body": {
            "encoding": "multipart",
            "content_type": "multipart/form-data",
            "merged": True,
            "required": True,
        },
        "response": {"kind": "binary", "accept": "audio/wav"},
        "security": [["APIKeyAuth"]],
    }
)

_VOICE_CHANGER_SSE = operation_spec(
    {
        "method": "POST",
        "path": "/voice-changer/sse",
        "body": {
            "encoding": "multipart",
            "content_type": "multipart/form-data",
            "merged": True,
            "required": True,
        },
        "response": {"kind": "event-stream", "accept": "text/event-stream", "base64_fields": ["data"]},
        "security": [["APIKeyAuth"]],
    }
)


class VoiceChanger(SyncAPIResource):
    """Re-voice recorded speech with a different voice while keeping its delivery."""

    def bytes(
        self,
        *,
        clip: Union[FileTypes, NotGiven] = NOT_GIVEN,
        voice_id: Union[str, NotGiven] = NOT_GIVEN,
        output_format_container: Union[OutputFormatContainer, NotGiven] = NOT_GIVEN,
        output_format_sample_rate: Union[Literal[8000, 16000, 22050, 24000, 44100, 48000], NotGiven] = NOT_GIVEN,
        output_format_encoding: Union[Optional[RawEncoding], NotGiven] = NOT_GIVEN,
        output_format_bit_rate: Union[Optional[int], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> BinaryResponse:
        """Voice Changer (Bytes)

        Re-speaks an uploaded speech clip in another voice while keeping its intonation, and returns the result as an audio file. Billed at 15 characters per second of input audio.

        `POST /voice-changer/bytes`

        Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).

        Args:
            output_format_encoding: Needed when the container is `raw` or `wav`.
            output_format_bit_rate: Needed when the container is `mp3`.
        """
        return self._client._request_binary(
            _VOICE_CHANGER_BYTES,
            {},
            {},
            {
                "clip": clip,
                "voice[id]": voice_id,
                "output_format[container]": output_format_container,
                "output_format[sample_rate]": output_format_sample_rate,
                "output_format[encoding]": output_format_encoding,
                "output_format[bit_rate]": output_format_bit_rate,
            },
            request_options,
        )

    def sse(
        self,
        *,
        clip: Union[FileTypes, NotGiven] = NOT_GIVEN,
        voice_id: Union[str, NotGiven] = NOT_GIVEN,
        output_format_container: Union[OutputFormatContainer, NotGiven] = NOT_GIVEN,
        output_format_sample_rate: Union[Literal[8000, 16000, 22050, 24000, 44100, 48000], NotGiven] = NOT_GIVEN,
        output_format_encoding: Union[Optional[RawEncoding], NotGiven] = NOT_GIVEN,
        output_format_bit_rate: Union[Optional[int], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> EventStream[VoiceChangerSSEEventDecoded]:
        """Voice Changer (SSE)

        `POST /voice-changer/sse`

        Args:
            output_format_encoding: Needed when the container is `raw` or `wav`.
            output_format_bit_rate: Needed when the container is `mp3`.
        """
        return self._client._request_events(
            _VOICE_CHANGER_SSE,
            {},
            {},
            {
                "clip": clip,
                "voice[id]": voice_id,
                "output_format[container]": output_format_container,
                "output_format[sample_rate]": output_format_sample_rate,
                "output_format[encoding]": output_format_encoding,
                "output_format[bit_rate]": output_format_bit_rate,
            },
            request_options,
            "VoiceChangerSSEEventDecoded",
        )


class AsyncVoiceChanger(AsyncAPIResource):
    """Re-voice recorded speech with a different voice while keeping its delivery."""

    async def bytes(
        self,
        *,
        clip: Union[FileTypes, NotGiven] = NOT_GIVEN,
        voice_id: Union[str, NotGiven] = NOT_GIVEN,
        output_format_container: Union[OutputFormatContainer, NotGiven] = NOT_GIVEN,
        output_format_sample_rate: Union[Literal[8000, 16000, 22050, 24000, 44100, 48000], NotGiven] = NOT_GIVEN,
        output_format_encoding: Union[Optional[RawEncoding], NotGiven] = NOT_GIVEN,
        output_format_bit_rate: Union[Optional[int], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncBinaryResponse:
        """Voice Changer (Bytes)

        Re-speaks an uploaded speech clip in another voice while keeping its intonation, and returns the result as an audio file. Billed at 15 characters per second of input audio.

        `POST /voice-changer/bytes`

        Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).

        Args:
            output_format_encoding: Needed when the container is `raw` or `wav`.
            output_format_bit_rate: Needed when the container is `mp3`.
        """
        return await self._client._request_binary(
            _VOICE_CHANGER_BYTES,
            {},
            {},
            {
                "clip": clip,
                "voice[id]": voice_id,
                "output_format[container]": output_format_container,
                "output_format[sample_rate]": output_format_sample_rate,
                "output_format[encoding]": output_format_encoding,
                "output_format[bit_rate]": output_format_bit_rate,
            },
            request_options,
        )

    async def sse(
        self,
        *,
        clip: Union[FileTypes, NotGiven] = NOT_GIVEN,
        voice_id: Union[str, NotGiven] = NOT_GIVEN,
        output_format_container: Union[OutputFormatContainer, NotGiven] = NOT_GIVEN,
        output_format_sample_rate: Union[Literal[8000, 16000, 22050, 24000, 44100, 48000], NotGiven] = NOT_GIVEN,
        output_format_encoding: Union[Optional[RawEncoding], NotGiven] = NOT_GIVEN,
        output_format_bit_rate: Union[Optional[int], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncEventStream[VoiceChangerSSEEventDecoded]:
        """Voice Changer (SSE)

        `POST /voice-changer/sse`

        Args:
            output_format_encoding: Needed when the container is `raw` or `wav`.
            output_format_bit_rate: Needed when the container is `mp3`.
        """
        return await self._client._request_events(
            _VOICE_CHANGER_SSE,
            {},
            {},
            {
                "clip": clip,
                "voice[id]": voice_id,
                "output_format[container]": output_format_container,
                "output_format[sample_rate]": output_format_sample_rate,
                "output_format[encoding]": output_format_encoding,
                "output_format[bit_rate]": output_format_bit_rate,
            },
            request_options,
            "VoiceChangerSSEEventDecoded",
        )
