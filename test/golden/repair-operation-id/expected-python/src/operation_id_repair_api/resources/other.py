# Generated from spec.yaml (Operation Id Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.other` resource."""

from __future__ import annotations

from typing import List, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

_OTHER_LIST_THINGS = operation_spec(
    {
        "method": "GET",
        "path": "/other/things",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Other(SyncAPIResource):
    """The `client.other` resource."""

    def list_things(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[str]:
        """`GET /other/things`"""
        return cast("List[str]", self._client._request(
            _OTHER_LIST_THINGS,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "List[str]",
        ))


class AsyncOther(AsyncAPIResource):
    """The `client.other` resource."""

    async def list_things(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[str]:
        """`GET /other/things`"""
        return cast("List[str]", await self._client._request(
            _OTHER_LIST_THINGS,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "List[str]",
        ))
