# Generated from spec.yaml (Parameter Duplicate Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.things` resource."""

from __future__ import annotations

from typing import List, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

_THINGS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/things",
        "query": [{"name": "limit"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Things(SyncAPIResource):
    """The `client.things` resource."""

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> List[str]:
        """`GET /things`"""
        return cast("List[str]", self._client._request(
            _THINGS_LIST,
            {},
            {"limit": limit},
            NOT_GIVEN,
            request_options,
            "List[str]",
        ))


class AsyncThings(AsyncAPIResource):
    """The `client.things` resource."""

    async def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> List[str]:
        """`GET /things`"""
        return cast("List[str]", await self._client._request(
            _THINGS_LIST,
            {},
            {"limit": limit},
            NOT_GIVEN,
            request_options,
            "List[str]",
        ))
