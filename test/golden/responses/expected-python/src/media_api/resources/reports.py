# Generated from spec.yaml (Media API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.reports` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        ReportsGetResponse,
    )

_REPORTS_EXPORT = operation_spec(
    {
        "method": "GET",
        "path": "/reports/export",
        "response": {"kind": "text", "accept": "text/csv"},
        "security": [],
    }
)

_REPORTS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/reports/{id}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_REPORTS_DELETE = operation_spec(
    {"method": "DELETE", "path": "/reports/{id}", "response": {"kind": "none"}, "security": []}
)


class Reports(SyncAPIResource):
    """The `client.reports` resource."""

    def export(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> str:
        """`GET /reports/export`"""
        return self._client._request_text(
            _REPORTS_EXPORT,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    def get(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> ReportsGetResponse:
        """`GET /reports/{id}`"""
        return cast("ReportsGetResponse", self._client._request(
            _REPORTS_GET,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
            "ReportsGetResponse",
        ))

    def delete(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`DELETE /reports/{id}`"""
        self._client._request(
            _REPORTS_DELETE,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
        )


class AsyncReports(AsyncAPIResource):
    """The `client.reports` resource."""

    async def export(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> str:
        """`GET /reports/export`"""
        return await self._client._request_text(
            _REPORTS_EXPORT,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def get(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> ReportsGetResponse:
        """`GET /reports/{id}`"""
        return cast("ReportsGetResponse", await self._client._request(
            _REPORTS_GET,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
            "ReportsGetResponse",
        ))

    async def delete(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`DELETE /reports/{id}`"""
        await self._client._request(
            _REPORTS_DELETE,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
        )
