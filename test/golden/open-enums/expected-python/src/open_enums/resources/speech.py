# Generated from spec.yaml (Open Enums 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.speech` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Container,
        Language,
        ModelId,
        SampleRate,
        Speech,
    )

_SPEECH_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/speak",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Speech2(SyncAPIResource):
    """The `client.speech` resource."""

    def create(
        self,
        *,
        model_id: ModelId,
        language: Union[Language, NotGiven] = NOT_GIVEN,
        sample_rate: Union[SampleRate, NotGiven] = NOT_GIVEN,
        container: Container,
        accent: Union[Union[Literal["us", "uk"], str], NotGiven] = NOT_GIVEN,
        emotion: Union[Union[Literal["calm", "sad"], str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Speech:
        """`POST /speak`

        Args:
            accent: An inline open enum.
        """
        return cast("Speech", self._client._request(
            _SPEECH_CREATE,
            {},
            {},
            {
                "model_id": model_id,
                "language": language,
                "sample_rate": sample_rate,
                "container": container,
                "accent": accent,
                "emotion": emotion,
            },
            request_options,
            "Speech",
        ))


class AsyncSpeech2(AsyncAPIResource):
    """The `client.speech` resource."""

    async def create(
        self,
        *,
        model_id: ModelId,
        language: Union[Language, NotGiven] = NOT_GIVEN,
        sample_rate: Union[SampleRate, NotGiven] = NOT_GIVEN,
        container: Container,
        accent: Union[Union[Literal["us", "uk"], str], NotGiven] = NOT_GIVEN,
        emotion: Union[Union[Literal["calm", "sad"], str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Speech:
        """`POST /speak`

        Args:
            accent: An inline open enum.
        """
        return cast("Speech", await self._client._request(
            _SPEECH_CREATE,
            {},
            {},
            {
                "model_id": model_id,
                "language": language,
                "sample_rate": sample_rate,
                "container": container,
                "accent": accent,
                "emotion": emotion,
            },
            request_options,
            "Speech",
        ))
