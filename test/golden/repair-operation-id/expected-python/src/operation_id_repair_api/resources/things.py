# Generated from spec.yaml (Operation Id Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.things` resource."""

from __future__ import annotations

from typing import List, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

_THINGS_LIST_THINGS = operation_spec(
    {
        "method": "GET",
        "path": "/things",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_THINGS_LIST_THINGS2 = operation_spec(
    {
        "method": "GET",
        "path": "/things/archived",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Things(SyncAPIResource):
    """The `client.things` resource."""

    def list_things(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[str]:
        """`GET /things`"""
        return cast("List[str]", self._client._request(
            _THINGS_LIST_THINGS,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "List[str]",
        ))

    def list_things2(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[str]:
        """`GET /things/archived`"""
        return cast("List[str]", self._client._request(
            _THINGS_LIST_THINGS2,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "List[str]",
        ))


class AsyncThings(AsyncAPIResource):
    """The `client.things` resource."""

    async def list_things(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[str]:
        """`GET /things`"""
        return cast("List[str]", await self._client._request(
            _THINGS_LIST_THINGS,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "List[str]",
        ))

    async def list_things2(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[str]:
        """`GET /things/archived`"""
        return cast("List[str]", await self._client._request(
            _THINGS_LIST_THINGS2,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "List[str]",
        ))
