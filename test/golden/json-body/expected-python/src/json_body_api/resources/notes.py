# Generated from spec.yaml (JSON Body API 2.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.notes` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        NewNoteParam,
        Note,
        NotesSearchBody,
    )

_NOTES_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/notes",
        "body": {"encoding": "json", "content_type": "application/json", "merged": False, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_NOTES_UPDATE = operation_spec(
    {
        "method": "PATCH",
        "path": "/notes/{id}",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": False},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_NOTES_SET_LABELS = operation_spec(
    {
        "method": "PUT",
        "path": "/notes/{id}/labels",
        "body": {"encoding": "json", "content_type": "application/json", "merged": False, "required": True},
        "response": {"kind": "none"},
        "security": [],
    }
)

_NOTES_SEARCH = operation_spec(
    {
        "method": "POST",
        "path": "/notes/search",
        "query": [{"name": "query"}],
        "body": {"encoding": "json", "content_type": "application/json", "merged": False, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Notes(SyncAPIResource):
    """The `client.notes` resource."""

    def create(
        self,
        *,
        body: NewNoteParam,
        request_options: Optional[RequestOptions] = None,
    ) -> Note:
        """Create a note.

        `POST /notes`
        """
        return cast("Note", self._client._request(
            _NOTES_CREATE,
            {},
            {},
            body,
            request_options,
            "Note",
        ))

    def update(
        self,
        id: str,
        *,
        title: Union[str, NotGiven] = NOT_GIVEN,
        pinned: Union[bool, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Note:
        """`PATCH /notes/{id}`"""
        return cast("Note", self._client._request(
            _NOTES_UPDATE,
            {"id": id},
            {},
            {"title": title, "pinned": pinned},
            request_options,
            "Note",
        ))

    def set_labels(
        self,
        id: str,
        *,
        body: List[str],
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """The body is an array, so it is passed as `body`.

        `PUT /notes/{id}/labels`
        """
        self._client._request(
            _NOTES_SET_LABELS,
            {"id": id},
            {},
            body,
            request_options,
        )

    def search(
        self,
        *,
        query: Union[str, NotGiven] = NOT_GIVEN,
        body: NotesSearchBody,
        request_options: Optional[RequestOptions] = None,
    ) -> List[Note]:
        """A body field shares its name with a query parameter, so the body is passed as `body`.

        `POST /notes/search`
        """
        return cast("List[Note]", self._client._request(
            _NOTES_SEARCH,
            {},
            {"query": query},
            body,
            request_options,
            "List[Note]",
        ))


class AsyncNotes(AsyncAPIResource):
    """The `client.notes` resource."""

    async def create(
        self,
        *,
        body: NewNoteParam,
        request_options: Optional[RequestOptions] = None,
    ) -> Note:
        """Create a note.

        `POST /notes`
        """
        return cast("Note", await self._client._request(
            _NOTES_CREATE,
            {},
            {},
            body,
            request_options,
            "Note",
        ))

    async def update(
        self,
        id: str,
        *,
        title: Union[str, NotGiven] = NOT_GIVEN,
        pinned: Union[bool, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Note:
        """`PATCH /notes/{id}`"""
        return cast("Note", await self._client._request(
            _NOTES_UPDATE,
            {"id": id},
            {},
            {"title": title, "pinned": pinned},
            request_options,
            "Note",
        ))

    async def set_labels(
        self,
        id: str,
        *,
        body: List[str],
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """The body is an array, so it is passed as `body`.

        `PUT /notes/{id}/labels`
        """
        await self._client._request(
            _NOTES_SET_LABELS,
            {"id": id},
            {},
            body,
            request_options,
        )

    async def search(
        self,
        *,
        query: Union[str, NotGiven] = NOT_GIVEN,
        body: NotesSearchBody,
        request_options: Optional[RequestOptions] = None,
    ) -> List[Note]:
        """A body field shares its name with a query parameter, so the body is passed as `body`.

        `POST /notes/search`
        """
        return cast("List[Note]", await self._client._request(
            _NOTES_SEARCH,
            {},
            {"query": query},
            body,
            request_options,
            "List[Note]",
        ))
