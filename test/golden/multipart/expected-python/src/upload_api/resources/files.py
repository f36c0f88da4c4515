# Generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.files` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Literal, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._files import FileTypes
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        FilesUploadOptions,
        Metadata,
        StoredFile,
    )

_FILES_UPLOAD = operation_spec(
    {
        "method": "POST",
        "path": "/files",
        "query": [{"name": "overwrite"}],
        "body": {
            "encoding": "multipart",
            "content_type": "multipart/form-data",
            "merged": True,
            "required": True,
            "fields": {
                "metadata": {"style": "deepObject", "explode": True},
                "options": {"style": "json", "explode": True},
                "tags": {"style": "pipeDelimited", "explode": False},
            },
        },
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_FILES_UPLOAD_RAW = operation_spec(
    {
        "method": "POST",
        "path": "/files/raw",
        "body": {
            "encoding": "binary",
            "content_type": "application/octet-stream",
            "merged": False,
            "required": True,
        },
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Files(SyncAPIResource):
    """The `client.files` resource."""

    def upload(
        self,
        *,
        overwrite: Union[bool, NotGiven] = NOT_GIVEN,
        file: FileTypes,
        purpose: Literal["fine_tune", "assistants"],
        labels: Union[List[str], NotGiven] = NOT_GIVEN,
        attachments: Union[List[FileTypes], NotGiven] = NOT_GIVEN,
        metadata: Union[Metadata, NotGiven] = NOT_GIVEN,
        options: Union[FilesUploadOptions, NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> StoredFile:
        """Upload a file with metadata.

        `POST /files`

        Args:
            file: The file contents.
        """
        return cast("StoredFile", self._client._request(
            _FILES_UPLOAD,
            {},
            {"overwrite": overwrite},
            {
                "file": file,
                "purpose": purpose,
                "labels[]": labels,
                "attachments": attachments,
                "metadata": metadata,
                "options": options,
                "tags": tags,
            },
            request_options,
            "StoredFile",
        ))

    def upload_raw(
        self,
        *,
        body: FileTypes,
        request_options: Optional[RequestOptions] = None,
    ) -> StoredFile:
        """`POST /files/raw`"""
        return cast("StoredFile", self._client._request(
            _FILES_UPLOAD_RAW,
            {},
            {},
            body,
            request_options,
            "StoredFile",
        ))


class AsyncFiles(AsyncAPIResource):
    """The `client.files` resource."""

    async def upload(
        self,
        *,
        overwrite: Union[bool, NotGiven] = NOT_GIVEN,
        file: FileTypes,
        purpose: Literal["fine_tune", "assistants"],
        labels: Union[List[str], NotGiven] = NOT_GIVEN,
        attachments: Union[List[FileTypes], NotGiven] = NOT_GIVEN,
        metadata: Union[Metadata, NotGiven] = NOT_GIVEN,
        options: Union[FilesUploadOptions, NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> StoredFile:
        """Upload a file with metadata.

        `POST /files`

        Args:
            file: The file contents.
        """
        return cast("StoredFile", await self._client._request(
            _FILES_UPLOAD,
            {},
            {"overwrite": overwrite},
            {
                "file": file,
                "purpose": purpose,
                "labels[]": labels,
                "attachments": attachments,
                "metadata": metadata,
                "options": options,
                "tags": tags,
            },
            request_options,
            "StoredFile",
        ))

    async def upload_raw(
        self,
        *,
        body: FileTypes,
        request_options: Optional[RequestOptions] = None,
    ) -> StoredFile:
        """`POST /files/raw`"""
        return cast("StoredFile", await self._client._request(
            _FILES_UPLOAD_RAW,
            {},
            {},
            body,
            request_options,
            "StoredFile",
        ))
