# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Check that the API is reachable and which version it runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        APIInfo,
    )

_API_STATUS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["TokenAuth"], ["APIKeyAuth"]],
    }
)


class ApiStatus(SyncAPIResource):
    """Check that the API is reachable and which version it runs."""

    def get(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIInfo:
        """API Status and Version

        `GET /`
        """
        return cast("APIInfo", self._client._request(
            _API_STATUS_GET,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "APIInfo",
        ))


class AsyncApiStatus(AsyncAPIResource):
    """Check that the API is reachable and which version it runs."""

    async def get(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIInfo:
        """API Status and Version

        `GET /`
        """
        return cast("APIInfo", await self._client._request(
            _API_STATUS_GET,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "APIInfo",
        ))
