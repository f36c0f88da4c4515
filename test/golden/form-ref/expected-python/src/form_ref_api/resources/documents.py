# Generated from spec.yaml (Form Ref API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.documents` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._files import FileTypes
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        UploadRequest,
    )

_DOCUMENTS_UPLOAD = operation_spec(
    {
        "method": "POST",
        "path": "/documents",
        "body": {
            "encoding": "multipart",
            "content_type": "multipart/form-data",
            "merged": True,
            "required": True,
        },
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Documents(SyncAPIResource):
    """The `client.documents` resource."""

    def upload(
        self,
        *,
        filename: Union[str, NotGiven] = NOT_GIVEN,
        file: FileTypes,
        request_options: Optional[RequestOptions] = None,
    ) -> UploadRequest:
        """`POST /documents`"""
        return cast("UploadRequest", self._client._request(
            _DOCUMENTS_UPLOAD,
            {},
            {},
            {"filename": filename, "file": file},
            request_options,
            "UploadRequest",
        ))


class AsyncDocuments(AsyncAPIResource):
    """The `client.documents` resource."""

    async def upload(
        self,
        *,
        filename: Union[str, NotGiven] = NOT_GIVEN,
        file: FileTypes,
        request_options: Optional[RequestOptions] = None,
    ) -> UploadRequest:
        """`POST /documents`"""
        return cast("UploadRequest", await self._client._request(
            _DOCUMENTS_UPLOAD,
            {},
            {},
            {"filename": filename, "file": file},
            request_options,
            "UploadRequest",
        ))
