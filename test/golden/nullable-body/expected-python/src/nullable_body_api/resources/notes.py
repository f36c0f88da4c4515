# Generated from spec.yaml (Nullable Body API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.notes` resource."""

from __future__ import annotations

from typing import Optional, Union

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

_NOTES_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/notes",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": False},
        "response": {"kind": "none"},
        "security": [],
    }
)

_NOTES_REPLACE = operation_spec(
    {
        "method": "PUT",
        "path": "/notes/{id}",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": False},
        "response": {"kind": "none"},
        "security": [],
    }
)

_NOTES_UPDATE = operation_spec(
    {
        "method": "PATCH",
        "path": "/notes/{id}",
        "query": [{"name": "dryRun"}],
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": False},
        "response": {"kind": "none"},
        "security": [],
    }
)


class Notes(SyncAPIResource):
    """The `client.notes` resource."""

    def create(
        self,
        *,
        text: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`POST /notes`"""
        self._client._request(
            _NOTES_CREATE,
            {},
            {},
            {"text": text},
            request_options,
        )

    def replace(
        self,
        id: str,
        *,
        text: Union[str, NotGiven] = NOT_GIVEN,
        pinned: Union[bool, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`PUT /notes/{id}`"""
        self._client._request(
            _NOTES_REPLACE,
            {"id": id},
            {},
            {"text": text, "pinned": pinned},
            request_options,
        )

    def update(
        self,
        id: str,
        *,
        dry_run: Union[bool, NotGiven] = NOT_GIVEN,
        text: Union[str, NotGiven] = NOT_GIVEN,
        pinned: Union[bool, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`PATCH /notes/{id}`"""
        self._client._request(
            _NOTES_UPDATE,
            {"id": id},
            {"dryRun": dry_run},
            {"text": text, "pinned": pinned},
            request_options,
        )


class AsyncNotes(AsyncAPIResource):
    """The `client.notes` resource."""

    async def create(
        self,
        *,
        text: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`POST /notes`"""
        await self._client._request(
            _NOTES_CREATE,
            {},
            {},
            {"text": text},
            request_options,
        )

    async def replace(
        self,
        id: str,
        *,
        text: Union[str, NotGiven] = NOT_GIVEN,
        pinned: Union[bool, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`PUT /notes/{id}`"""
        await self._client._request(
            _NOTES_REPLACE,
            {"id": id},
            {},
            {"text": text, "pinned": pinned},
            request_options,
        )

    async def update(
        self,
        id: str,
        *,
        dry_run: Union[bool, NotGiven] = NOT_GIVEN,
        text: Union[str, NotGiven] = NOT_GIVEN,
        pinned: Union[bool, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`PATCH /notes/{id}`"""
        await self._client._request(
            _NOTES_UPDATE,
            {"id": id},
            {"dryRun": dry_run},
            {"text": text, "pinned": pinned},
            request_options,
        )
