# Generated from spec.yaml (Schema Keyword Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.notes` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Note,
        NoteParam,
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


class Notes(SyncAPIResource):
    """The `client.notes` resource."""

    def create(
        self,
        *,
        body: NoteParam,
        request_options: Optional[RequestOptions] = None,
    ) -> Note:
        """`POST /notes`"""
        return cast("Note", self._client._request(
            _NOTES_CREATE,
            {},
            {},
            body,
            request_options,
            "Note",
        ))


class AsyncNotes(AsyncAPIResource):
    """The `client.notes` resource."""

    async def create(
        self,
        *,
        body: NoteParam,
        request_options: Optional[RequestOptions] = None,
    ) -> Note:
        """`POST /notes`"""
        return cast("Note", await self._client._request(
            _NOTES_CREATE,
            {},
            {},
            body,
            request_options,
            "Note",
        ))
