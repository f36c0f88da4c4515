# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Manage pronunciation dictionaries that map text to custom pronunciations during speech generation."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._pagination import AsyncPager, SyncPage
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        PronunciationDict,
        PronunciationDictItemParam,
    )

_PRONUNCIATION_DICTS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/pronunciation-dicts/",
        "query": [{"name": "limit"}, {"name": "starting_after"}, {"name": "ending_before"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_PRONUNCIATION_DICTS_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/pronunciation-dicts/",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_PRONUNCIATION_DICTS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/pronunciation-dicts/{id}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_PRONUNCIATION_DICTS_DELETE = operation_spec(
    {
        "method": "DELETE",
        "path": "/pronunciation-dicts/{id}",
        "response": {"kind": "none"},
        "security": [["APIKeyAuth"]],
    }
)

_PRONUNCIATION_DICTS_UPDATE = operation_spec(
    {
        "method": "PATCH",
        "path": "/pronunciation-dicts/{id}",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)


class PronunciationDicts(SyncAPIResource):
    """Manage pronunciation dictionaries that map text to custom pronunciations during speech generation."""

    def list(
        self,
        *,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[PronunciationDict]:
        """Lists the authenticated user's pronunciation dictionaries, a page at a time.

        `GET /pronunciation-dicts/`

        Returns the first page; iterate it for every item across pages.

        Args:
            limit: Page size: how many dictionaries to return, from 1 to 100.
            starting_after: Pagination cursor: a dictionary ID to continue after. If a page of 20 ends with `dict_abc123`, pass `starting_after=dict_abc123` to get the following page.
            ending_before: Pagination cursor: a dictionary ID to stop before. If a page of 20 begins with `dict_abc123`, pass `ending_before=dict_abc123` to get the preceding page.
        """
        return self._client._request_page(
            _PRONUNCIATION_DICTS_LIST,
            {},
            {"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            NOT_GIVEN,
            request_options,
            "PronunciationDict",
        )

    def create(
        self,
        *,
        name: str,
        items: Union[Optional[List[PronunciationDictItemParam]], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> PronunciationDict:
        """Creates a pronunciation dictionary.

        `POST /pronunciation-dicts/`

        Args:
            name: Name of the dictionary to create.
            items: Entries to start the dictionary with (optional).
        """
        return cast("PronunciationDict", self._client._request(
            _PRONUNCIATION_DICTS_CREATE,
            {},
            {},
            {"name": name, "items": items},
            request_options,
            "PronunciationDict",
        ))

    def get(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> PronunciationDict:
        """Fetches one pronunciation dictionary by ID.

        `GET /pronunciation-dicts/{id}`

        Args:
            id: Identifier of the dictionary to fetch.
        """
        return cast("PronunciationDict", self._client._request(
            _PRONUNCIATION_DICTS_GET,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
            "PronunciationDict",
        ))

    def delete(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Deletes a pronunciation dictionary.

        `DELETE /pronunciation-dicts/{id}`

        Args:
            id: Identifier of the dictionary to delete.
        """
        self._client._request(
            _PRONUNCIATION_DICTS_DELETE,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
        )

    def update(
        self,
        id: str,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        items: Union[Optional[List[PronunciationDictItemParam]], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> PronunciationDict:
        """Modifies the name or entries of a pronunciation dictionary.

        `PATCH /pronunciation-dicts/{id}`

        Args:
            id: Identifier of the dictionary to modify.
            name: Name to change the dictionary to.
            items: New list of pronunciation entries for the dictionary.
        """
        return cast("PronunciationDict", self._client._request(
            _PRONUNCIATION_DICTS_UPDATE,
            {"id": id},
            {},
            {"name": name, "items": items},
            request_options,
            "PronunciationDict",
        ))


class AsyncPronunciationDicts(AsyncAPIResource):
    """Manage pronunciation dictionaries that map text to custom pronunciations during speech generation."""

    def list(
        self,
        *,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[PronunciationDict]:
        """Lists the authenticated user's pronunciation dictionaries, a page at a time.

        `GET /pronunciation-dicts/`

        Returns the first page; iterate it for every item across pages.

        Args:
            limit: Page size: how many dictionaries to return, from 1 to 100.
            starting_after: Pagination cursor: a dictionary ID to continue after. If a page of 20 ends with `dict_abc123`, pass `starting_after=dict_abc123` to get the following page.
            ending_before: Pagination cursor: a dictionary ID to stop before. If a page of 20 begins with `dict_abc123`, pass `ending_before=dict_abc123` to get the preceding page.
        """
        return self._client._request_page(
            _PRONUNCIATION_DICTS_LIST,
            {},
            {"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            NOT_GIVEN,
            request_options,
            "PronunciationDict",
        )

    async def create(
        self,
        *,
        name: str,
        items: Union[Optional[List[PronunciationDictItemParam]], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> PronunciationDict:
        """Creates a pronunciation dictionary.

        `POST /pronunciation-dicts/`

        Args:
            name: Name of the dictionary to create.
            items: Entries to start the dictionary with (optional).
        """
        return cast("PronunciationDict", await self._client._request(
            _PRONUNCIATION_DICTS_CREATE,
            {},
            {},
            {"name": name, "items": items},
            request_options,
            "PronunciationDict",
        ))

    async def get(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> PronunciationDict:
        """Fetches one pronunciation dictionary by ID.

        `GET /pronunciation-dicts/{id}`

        Args:
            id: Identifier of the dictionary to fetch.
        """
        return cast("PronunciationDict", await self._client._request(
            _PRONUNCIATION_DICTS_GET,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
            "PronunciationDict",
        ))

    async def delete(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Deletes a pronunciation dictionary.

        `DELETE /pronunciation-dicts/{id}`

        Args:
            id: Identifier of the dictionary to delete.
        """
        await self._client._request(
            _PRONUNCIATION_DICTS_DELETE,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def update(
        self,
        id: str,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        items: Union[Optional[List[PronunciationDictItemParam]], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> PronunciationDict:
        """Modifies the name or entries of a pronunciation dictionary.

        `PATCH /pronunciation-dicts/{id}`

        Args:
            id: Identifier of the dictionary to modify.
            name: Name to change the dictionary to.
            items: New list of pronunciation entries for the dictionary.
        """
        return cast("PronunciationDict", await self._client._request(
            _PRONUNCIATION_DICTS_UPDATE,
            {"id": id},
            {},
            {"name": name, "items": items},
            request_options,
            "PronunciationDict",
        ))
