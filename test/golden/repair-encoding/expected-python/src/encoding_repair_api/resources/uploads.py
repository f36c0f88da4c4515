# Generated from spec.yaml (Encoding Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.uploads` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._files import FileTypes
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        UploadsCreateSettings,
    )

_UPLOADS_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/uploads",
        "body": {
            "encoding": "multipart",
            "content_type": "multipart/form-data",
            "merged": True,
            "required": True,
        },
        "response": {"kind": "none"},
        "security": [],
    }
)


class Uploads(SyncAPIResource):
    """The `client.uploads` resource."""

    def create(
        self,
        *,
        file: Union[FileTypes, NotGiven] = NOT_GIVEN,
        title: Union[str, NotGiven] = NOT_GIVEN,
        settings: Union[UploadsCreateSettings, NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`POST /uploads`"""
        self._client._request(
            _UPLOADS_CREATE,
            {},
            {},
            {"file": file, "title": title, "settings": settings, "tags": tags},
            request_options,
        )


class AsyncUploads(AsyncAPIResource):
    """The `client.uploads` resource."""

    async def create(
        self,
        *,
        file: Union[FileTypes, NotGiven] = NOT_GIVEN,
        title: Union[str, NotGiven] = NOT_GIVEN,
        settings: Union[UploadsCreateSettings, NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`POST /uploads`"""
        await self._client._request(
            _UPLOADS_CREATE,
            {},
            {},
            {"file": file, "title": title, "settings": settings, "tags": tags},
            request_options,
        )
