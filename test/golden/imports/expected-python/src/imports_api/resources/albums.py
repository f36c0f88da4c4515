# Generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.albums` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._binary import AsyncBinaryResponse, BinaryResponse
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Album,
        AlbumId,
    )

_ALBUMS_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/albums",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_ALBUMS_COVER = operation_spec(
    {
        "method": "GET",
        "path": "/albums/{albumId}/cover",
        "response": {"kind": "binary", "accept": "image/png"},
        "security": [],
    }
)

_ALBUMS_NOTES = operation_spec(
    {
        "method": "GET",
        "path": "/albums/{albumId}/notes",
        "response": {"kind": "text", "accept": "text/plain"},
        "security": [],
    }
)


class Albums(SyncAPIResource):
    """The `client.albums` resource."""

    def create(
        self,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        title: str,
        request_options: Optional[RequestOptions] = None,
    ) -> Album:
        """`POST /albums`"""
        return cast("Album", self._client._request(
            _ALBUMS_CREATE,
            {},
            {},
            {"id": id, "title": title},
            request_options,
            "Album",
        ))

    def cover(
        self,
        album_id: AlbumId,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> BinaryResponse:
        """`GET /albums/{albumId}/cover`

        Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).
        """
        return self._client._request_binary(
            _ALBUMS_COVER,
            {"albumId": album_id},
            {},
            NOT_GIVEN,
            request_options,
        )

    def notes(
        self,
        album_id: AlbumId,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> str:
        """`GET /albums/{albumId}/notes`"""
        return self._client._request_text(
            _ALBUMS_NOTES,
            {"albumId": album_id},
            {},
            NOT_GIVEN,
            request_options,
        )


class AsyncAlbums(AsyncAPIResource):
    """The `client.albums` resource."""

    async def create(
        self,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        title: str,
        request_options: Optional[RequestOptions] = None,
    ) -> Album:
        """`POST /albums`"""
        return cast("Album", await self._client._request(
            _ALBUMS_CREATE,
            {},
            {},
            {"id": id, "title": title},
            request_options,
            "Album",
        ))

    async def cover(
        self,
        album_id: AlbumId,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncBinaryResponse:
        """`GET /albums/{albumId}/cover`

        Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).
        """
        return await self._client._request_binary(
            _ALBUMS_COVER,
            {"albumId": album_id},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def notes(
        self,
        album_id: AlbumId,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> str:
        """`GET /albums/{albumId}/notes`"""
        return await self._client._request_text(
            _ALBUMS_NOTES,
            {"albumId": album_id},
            {},
            NOT_GIVEN,
            request_options,
        )
