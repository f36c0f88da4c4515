# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Generate speech that bridges two existing audio segments."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._binary import AsyncBinaryResponse, BinaryResponse
from .._core._files import FileTypes
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        InfillModel,
        OutputFormat,
    )

_INFILL_BYTES = operation_spec(
    {
        "method": "POST",
        "path": "/infill/bytes",
        "body": {
            "encoding": "multipart",
            "content_type": "multipart/form-data",
            "merged": True,
            "required": True,
            "fields": {"output_format": {"style": "deepObject", "explode": True}},
        },
        "response": {"kind": "binary", "accept": "audio/wav"},
        "security": [["APIKeyAuth"]],
    }
)


class Infill(SyncAPIResource):
    """Generate speech that bridges two existing audio segments."""

    def bytes(
        self,
        *,
        left_audio: Union[FileTypes, NotGiven] = NOT_GIVEN,
        right_audio: Union[FileTypes, NotGiven] = NOT_GIVEN,
        model_id: Union[InfillModel, NotGiven] = NOT_GIVEN,
        language: Union[str, NotGiven] = NOT_GIVEN,
        transcript: Union[str, NotGiven] = NOT_GIVEN,
        voice_id: Union[str, NotGiven] = NOT_GIVEN,
        output_format: Union[OutputFormat, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> BinaryResponse:
        """Infill (Bytes)

        Generates speech that bridges two existing audio segments, so new words can be slotted in between recorded speech with natural-sounding transitions. Supply `left_audio`, `right_audio` or both; at least one is required. **Cost: 1 credit per character of the infill transcript, plus a flat 300 credits.** Output varies from run to run. For the best results, give a longer infill transcript (the model then has room to blend in), cut the segments at natural pauses (so word-level timestamps need not be exact), and trim right up to the point to be filled while leaving as much silence as possible in the left and right segments (this makes transitions smoother).

        `POST /infill/bytes`

        Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).

        Args:
            language: Language of the transcript.
            transcript: Text to speak in the generated infill.
            voice_id: Identifier of the voice that speaks the generated audio.
        """
        return self._client._request_binary(
            _INFILL_BYTES,
            {},
            {},
            {
                "left_audio": left_audio,
                "right_audio": right_audio,
                "model_id": model_id,
                "language": language,
                "transcript": transcript,
                "voice_id": voice_id,
                "output_format": output_format,
            },
            request_options,
        )


class AsyncInfill(AsyncAPIResource):
    """Generate speech that bridges two existing audio segments."""

    async def bytes(
        self,
        *,
        left_audio: Union[FileTypes, NotGiven] = NOT_GIVEN,
        right_audio: Union[FileTypes, NotGiven] = NOT_GIVEN,
        model_id: Union[InfillModel, NotGiven] = NOT_GIVEN,
        language: Union[str, NotGiven] = NOT_GIVEN,
        transcript: Union[str, NotGiven] = NOT_GIVEN,
        voice_id: Union[str, NotGiven] = NOT_GIVEN,
        output_format: Union[OutputFormat, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncBinaryResponse:
        """Infill (Bytes)

        Generates speech that bridges two existing audio segments, so new words can be slotted in between recorded speech with natural-sounding transitions. Supply `left_audio`, `right_audio` or both; at least one is required. **Cost: 1 credit per character of the infill transcript, plus a flat 300 credits.** Output varies from run to run. For the best results, give a longer infill transcript (the model then has room to blend in), cut the segments at natural pauses (so word-level timestamps need not be exact), and trim right up to the point to be filled while leaving as much silence as possible in the left and right segments (this makes transitions smoother).

        `POST /infill/bytes`

        Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).

        Args:
            language: Language of the transcript.
            transcript: Text to speak in the generated infill.
            voice_id: Identifier of the voice that speaks the generated audio.
        """
        return await self._client._request_binary(
            _INFILL_BYTES,
            {},
            {},
            {
                "left_audio": left_audio,
                "right_audio": right_audio,
                "model_id": model_id,
                "language": language,
                "transcript": transcript,
                "voice_id": voice_id,
                "output_format": output_format,
            },
            request_options,
        )
