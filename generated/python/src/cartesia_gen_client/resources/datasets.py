# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Manage datasets, the collections of files used to train fine-tunes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._files import FileTypes
from .._core._pagination import AsyncPager, SyncPage
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Dataset,
        DatasetFile,
    )

_DATASETS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/datasets/",
        "query": [{"name": "limit"}, {"name": "starting_after"}, {"name": "ending_before"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_DATASETS_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/datasets/",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_DATASETS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/datasets/{id}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_DATASETS_DELETE = operation_spec(
    {
        "method": "DELETE",
        "path": "/datasets/{id}",
        "response": {"kind": "none"},
        "security": [["APIKeyAuth"]],
    }
)

_DATASETS_UPDATE = operation_spec(
    {
        "method": "PATCH",
        "path": "/datasets/{id}",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "none"},
        "security": [["APIKeyAuth"]],
    }
)

_DATASETS_FILES_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/datasets/{id}/files",
        "query": [{"name": "limit"}, {"name": "starting_after"}, {"name": "ending_before"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_DATASETS_FILES_UPLOAD = operation_spec(
    {
        "method": "POST",
        "path": "/datasets/{id}/files",
        "body": {
            "encoding": "multipart",
            "content_type": "multipart/form-data",
            "merged": True,
            "required": True,
        },
        "response": {"kind": "none"},
        "security": [["APIKeyAuth"]],
    }
)

_DATASETS_FILES_DELETE = operation_spec(
    {
        "method": "DELETE",
        "path": "/datasets/{id}/files/{fileID}",
        "response": {"kind": "none"},
        "security": [["APIKeyAuth"]],
    }
)


class Datasets(SyncAPIResource):
    """Manage datasets, the collections of files used to train fine-tunes."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.files = DatasetsFiles(client)

    def list(
        self,
        *,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[Dataset]:
        """Lists your datasets, a page at a time.

        `GET /datasets/`

        Returns the first page; iterate it for every item across pages.

        Args:
            limit: Page size: how many datasets to return, from 1 to 100.
            starting_after: Pagination cursor: a dataset ID to continue after. If a page of 20 ends with `dataset_abc123`, pass `starting_after=dataset_abc123` to get the following page.
            ending_before: Pagination cursor: a dataset ID to stop before. If a page of 20 begins with `dataset_abc123`, pass `ending_before=dataset_abc123` to get the preceding page.
        """
        return self._client._request_page(
            _DATASETS_LIST,
            {},
            {"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            NOT_GIVEN,
            request_options,
            "Dataset",
        )

    def create(
        self,
        *,
        name: str,
        description: str,
        request_options: Optional[RequestOptions] = None,
    ) -> Dataset:
        """Creates a dataset.

        `POST /datasets/`

        Args:
            name: Name of the dataset to create.
            description: Description of the dataset to create (optional).
        """
        return cast("Dataset", self._client._request(
            _DATASETS_CREATE,
            {},
            {},
            {"name": name, "description": description},
            request_options,
            "Dataset",
        ))

    def get(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Dataset:
        """Fetches one dataset by ID.

        `GET /datasets/{id}`

        Args:
            id: Identifier of the dataset to fetch.
        """
        return cast("Dataset", self._client._request(
            _DATASETS_GET,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
            "Dataset",
        ))

    def delete(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Deletes a dataset.

        `DELETE /datasets/{id}`

        Args:
            id: Identifier of the dataset to delete.
        """
        self._client._request(
            _DATASETS_DELETE,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
        )

    def update(
        self,
        id: str,
        *,
        name: str,
        description: str,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Changes the name or description of a dataset.

        `PATCH /datasets/{id}`

        Args:
            id: Identifier of the dataset to change.
            name: Name to change the dataset to.
            description: Description to change the dataset to.
        """
        self._client._request(
            _DATASETS_UPDATE,
            {"id": id},
            {},
            {"name": name, "description": description},
            request_options,
        )


class DatasetsFiles(SyncAPIResource):
    """The `client.datasets.files` resource."""

    def list(
        self,
        id: str,
        *,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[DatasetFile]:
        """Lists the files in a dataset, a page at a time.

        `GET /datasets/{id}/files`

        Returns the first page; iterate it for every item across pages.

        Args:
            id: Identifier of the dataset whose files are listed.
            limit: Page size: how many files to return, from 1 to 100.
            starting_after: Pagination cursor: a file ID to continue after. If a page of 20 ends with `file_abc123`, pass `starting_after=file_abc123` to get the following page.
            ending_before: Pagination cursor: a file ID to stop before. If a page of 20 begins with `file_abc123`, pass `ending_before=file_abc123` to get the preceding page.
        """
        return self._client._request_page(
            _DATASETS_FILES_LIST,
            {"id": id},
            {"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            NOT_GIVEN,
            request_options,
            "DatasetFile",
        )

    def upload(
        self,
        id: str,
        *,
        file: Union[FileTypes, NotGiven] = NOT_GIVEN,
        purpose: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Uploads a file into a dataset.

        `POST /datasets/{id}/files`

        Args:
            id: Identifier of the dataset that receives the file.
            purpose: What the file is for, such as `fine_tune`.
        """
        self._client._request(
            _DATASETS_FILES_UPLOAD,
            {"id": id},
            {},
            {"file": file, "purpose": purpose},
            request_options,
        )

    def delete(
        self,
        id: str,
        file_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Deletes one file from a dataset.

        `DELETE /datasets/{id}/files/{fileID}`

        Args:
            id: Identifier of the dataset that holds the file.
            file_id: Identifier of the file to delete.
        """
        self._client._request(
            _DATASETS_FILES_DELETE,
            {"id": id, "fileID": file_id},
            {},
            NOT_GIVEN,
            request_options,
        )


class AsyncDatasets(AsyncAPIResource):
    """Manage datasets, the collections of files used to train fine-tunes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.files = AsyncDatasetsFiles(client)

    def list(
        self,
        *,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Dataset]:
        """Lists your datasets, a page at a time.

        `GET /datasets/`

        Returns the first page; iterate it for every item across pages.

        Args:
            limit: Page size: how many datasets to return, from 1 to 100.
            starting_after: Pagination cursor: a dataset ID to continue after. If a page of 20 ends with `dataset_abc123`, pass `starting_after=dataset_abc123` to get the following page.
            ending_before: Pagination cursor: a dataset ID to stop before. If a page of 20 begins with `dataset_abc123`, pass `ending_before=dataset_abc123` to get the preceding page.
        """
        return self._client._request_page(
            _DATASETS_LIST,
            {},
            {"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            NOT_GIVEN,
            request_options,
            "Dataset",
        )

    async def create(
        self,
        *,
        name: str,
        description: str,
        request_options: Optional[RequestOptions] = None,
    ) -> Dataset:
        """Creates a dataset.

        `POST /datasets/`

        Args:
            name: Name of the dataset to create.
            description: Description of the dataset to create (optional).
        """
        return cast("Dataset", await self._client._request(
            _DATASETS_CREATE,
            {},
            {},
            {"name": name, "description": description},
            request_options,
            "Dataset",
        ))

    async def get(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Dataset:
        """Fetches one dataset by ID.

        `GET /datasets/{id}`

        Args:
            id: Identifier of the dataset to fetch.
        """
        return cast("Dataset", await self._client._request(
            _DATASETS_GET,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
            "Dataset",
        ))

    async def delete(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Deletes a dataset.

        `DELETE /datasets/{id}`

        Args:
            id: Identifier of the dataset to delete.
        """
        await self._client._request(
            _DATASETS_DELETE,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def update(
        self,
        id: str,
        *,
        name: str,
        description: str,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Changes the name or description of a dataset.

        `PATCH /datasets/{id}`

        Args:
            id: Identifier of the dataset to change.
            name: Name to change the dataset to.
            description: Description to change the dataset to.
        """
        await self._client._request(
            _DATASETS_UPDATE,
            {"id": id},
            {},
            {"name": name, "description": description},
            request_options,
        )


class AsyncDatasetsFiles(AsyncAPIResource):
    """The `client.datasets.files` resource."""

    def list(
        self,
        id: str,
        *,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[DatasetFile]:
        """Lists the files in a dataset, a page at a time.

        `GET /datasets/{id}/files`

        Returns the first page; iterate it for every item across pages.

        Args:
            id: Identifier of the dataset whose files are listed.
            limit: Page size: how many files to return, from 1 to 100.
            starting_after: Pagination cursor: a file ID to continue after. If a page of 20 ends with `file_abc123`, pass `starting_after=file_abc123` to get the following page.
            ending_before: Pagination cursor: a file ID to stop before. If a page of 20 begins with `file_abc123`, pass `ending_before=file_abc123` to get the preceding page.
        """
        return self._client._request_page(
            _DATASETS_FILES_LIST,
            {"id": id},
            {"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            NOT_GIVEN,
            request_options,
            "DatasetFile",
        )

    async def upload(
        self,
        id: str,
        *,
        file: Union[FileTypes, NotGiven] = NOT_GIVEN,
        purpose: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Uploads a file into a dataset.

        `POST /datasets/{id}/files`

        Args:
            id: Identifier of the dataset that receives the file.
            purpose: What the file is for, such as `fine_tune`.
        """
        await self._client._request(
            _DATASETS_FILES_UPLOAD,
            {"id": id},
            {},
            {"file": file, "purpose": purpose},
            request_options,
        )

    async def delete(
        self,
        id: str,
        file_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Deletes one file from a dataset.

        `DELETE /datasets/{id}/files/{fileID}`

        Args:
            id: Identifier of the dataset that holds the file.
            file_id: Identifier of the file to delete.
        """
        await self._client._request(
            _DATASETS_FILES_DELETE,
            {"id": id, "fileID": file_id},
            {},
            NOT_GIVEN,
            request_options,
        )
