# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Create and manage fine-tunes and list the voices produced from them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._pagination import AsyncPager, SyncPage
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        FineTune,
        FineTuneBaseModel,
        Voice,
        VoiceAccent,
    )

_FINE_TUNES_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/fine-tunes/",
        "query": [{"name": "limit"}, {"name": "starting_after"}, {"name": "ending_before"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_FINE_TUNES_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/fine-tunes/",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_FINE_TUNES_GET = operation_spec(
    {
        "method": "GET",
        "path": "/fine-tunes/{id}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_FINE_TUNES_DELETE = operation_spec(
    {
        "method": "DELETE",
        "path": "/fine-tunes/{id}",
        "response": {"kind": "none"},
        "security": [["APIKeyAuth"]],
    }
)

_FINE_TUNES_LIST_VOICES = operation_spec(
    {
        "method": "GET",
        "path": "/fine-tunes/{id}/voices",
        "query": [{"name": "limit"}, {"name": "starting_after"}, {"name": "ending_before"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)


class FineTunes(SyncAPIResource):
    """Create and manage fine-tunes and list the voices produced from them."""

    def list(
        self,
        *,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[FineTune]:
        """Lists the authenticated user's fine-tunes, a page at a time.

        `GET /fine-tunes/`

        Returns the first page; iterate it for every item across pages.

        Args:
            limit: Page size: how many fine-tunes to return, from 1 to 100.
            starting_after: Pagination cursor: a fine-tune ID to continue after. If a page of 20 ends with `fine_tune_abc123`, pass `starting_after=fine_tune_abc123` to get the following page.
            ending_before: Pagination cursor: a fine-tune ID to stop before. If a page of 20 begins with `fine_tune_abc123`, pass `ending_before=fine_tune_abc123` to get the preceding page.
        """
        return self._client._request_page(
            _FINE_TUNES_LIST,
            {},
            {"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            NOT_GIVEN,
            request_options,
            "FineTune",
        )

    def create(
        self,
        *,
        name: str,
        description: str,
        language: str,
        model_id: FineTuneBaseModel,
        dataset: str,
        accent: Union[Optional[VoiceAccent], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> FineTune:
        """Creates a fine-tune.

        `POST /fine-tunes/`

        Args:
            name: Name of the fine-tune to create.
            description: Free-text description to store with the fine-tune.
            language: Language code the fine-tune will target.
            dataset: ID of the dataset holding the training files.
            accent: Accent of the voices the fine-tune will produce, as a catalog id from `GET /accents`.
        """
        return cast("FineTune", self._client._request(
            _FINE_TUNES_CREATE,
            {},
            {},
            {
                "name": name,
                "description": description,
                "language": language,
                "model_id": model_id,
                "dataset": dataset,
                "accent": accent,
            },
            request_options,
            "FineTune",
        ))

    def get(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> FineTune:
        """Fetches one fine-tune by ID.

        `GET /fine-tunes/{id}`

        Args:
            id: Identifier of the fine-tune to fetch.
        """
        return cast("FineTune", self._client._request(
            _FINE_TUNES_GET,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
            "FineTune",
        ))

    def delete(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Deletes a fine-tune.

        `DELETE /fine-tunes/{id}`

        Args:
            id: Identifier of the fine-tune to delete.
        """
        self._client._request(
            _FINE_TUNES_DELETE,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
        )

    def list_voices(
        self,
        id: str,
        *,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[Voice]:
        """Lists the voices produced by a fine-tune.

        `GET /fine-tunes/{id}/voices`

        Returns the first page; iterate it for every item across pages.

        Args:
            id: Identifier of the fine-tune whose voices are listed.
            limit: Page size: how many voices to return, from 1 to 100.
            starting_after: Pagination cursor: a voice ID to continue after. If a page of 20 ends with `voice_abc123`, pass `starting_after=voice_abc123` to get the following page.
            ending_before: Pagination cursor: a voice ID to stop before. If a page of 20 begins with `voice_abc123`, pass `ending_before=voice_abc123` to get the preceding page.
        """
        return self._client._request_page(
            _FINE_TUNES_LIST_VOICES,
            {"id": id},
            {"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            NOT_GIVEN,
            request_options,
            "Voice",
        )


class AsyncFineTunes(AsyncAPIResource):
    """Create and manage fine-tunes and list the voices produced from them."""

    def list(
        self,
        *,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[FineTune]:
        """Lists the authenticated user's fine-tunes, a page at a time.

        `GET /fine-tunes/`

        Returns the first page; iterate it for every item across pages.

        Args:
            limit: Page size: how many fine-tunes to return, from 1 to 100.
            starting_after: Pagination cursor: a fine-tune ID to continue after. If a page of 20 ends with `fine_tune_abc123`, pass `starting_after=fine_tune_abc123` to get the following page.
            ending_before: Pagination cursor: a fine-tune ID to stop before. If a page of 20 begins with `fine_tune_abc123`, pass `ending_before=fine_tune_abc123` to get the preceding page.
        """
        return self._client._request_page(
            _FINE_TUNES_LIST,
            {},
            {"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            NOT_GIVEN,
            request_options,
            "FineTune",
        )

    async def create(
        self,
        *,
        name: str,
        description: str,
        language: str,
        model_id: FineTuneBaseModel,
        dataset: str,
        accent: Union[Optional[VoiceAccent], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> FineTune:
        """Creates a fine-tune.

        `POST /fine-tunes/`

        Args:
            name: Name of the fine-tune to create.
            description: Free-text description to store with the fine-tune.
            language: Language code the fine-tune will target.
            dataset: ID of the dataset holding the training files.
            accent: Accent of the voices the fine-tune will produce, as a catalog id from `GET /accents`.
        """
        return cast("FineTune", await self._client._request(
            _FINE_TUNES_CREATE,
            {},
            {},
            {
                "name": name,
                "description": description,
                "language": language,
                "model_id": model_id,
                "dataset": dataset,
                "accent": accent,
            },
            request_options,
            "FineTune",
        ))

    async def get(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> FineTune:
        """Fetches one fine-tune by ID.

        `GET /fine-tunes/{id}`

        Args:
            id: Identifier of the fine-tune to fetch.
        """
        return cast("FineTune", await self._client._request(
            _FINE_TUNES_GET,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
            "FineTune",
        ))

    async def delete(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Deletes a fine-tune.

        `DELETE /fine-tunes/{id}`

        Args:
            id: Identifier of the fine-tune to delete.
        """
        await self._client._request(
            _FINE_TUNES_DELETE,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
        )

    def list_voices(
        self,
        id: str,
        *,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Voice]:
        """Lists the voices produced by a fine-tune.

        `GET /fine-tunes/{id}/voices`

        Returns the first page; iterate it for every item across pages.

        Args:
            id: Identifier of the fine-tune whose voices are listed.
            limit: Page size: how many voices to return, from 1 to 100.
            starting_after: Pagination cursor: a voice ID to continue after. If a page of 20 ends with `voice_abc123`, pass `starting_after=voice_abc123` to get the following page.
            ending_before: Pagination cursor: a voice ID to stop before. If a page of 20 begins with `voice_abc123`, pass `ending_before=voice_abc123` to get the preceding page.
        """
        return self._client._request_page(
            _FINE_TUNES_LIST_VOICES,
            {"id": id},
            {"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            NOT_GIVEN,
            request_options,
            "Voice",
        )
