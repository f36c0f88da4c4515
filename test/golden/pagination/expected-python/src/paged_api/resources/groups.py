# Generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.groups` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        GroupsListResponse,
    )

_GROUPS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/groups",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Groups(SyncAPIResource):
    """The `client.groups` resource."""

    def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> GroupsListResponse:
        """Not paginated (no cursor parameter), so it returns the plain body.

        `GET /groups`
        """
        return cast("GroupsListResponse", self._client._request(
            _GROUPS_LIST,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "GroupsListResponse",
        ))


class AsyncGroups(AsyncAPIResource):
    """The `client.groups` resource."""

    async def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> GroupsListResponse:
        """Not paginated (no cursor parameter), so it returns the plain body.

        `GET /groups`
        """
        return cast("GroupsListResponse", await self._client._request(
            _GROUPS_LIST,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "GroupsListResponse",
        ))
