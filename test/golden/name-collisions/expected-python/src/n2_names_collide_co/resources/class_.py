# Generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.class_` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Error,
        Page,
    )

_CLASS_GET_CLASS_DEFAULT_DEFAULT = operation_spec(
    {
        "method": "GET",
        "path": "/class/{default}/{Default}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_CLASS_LIST2 = operation_spec(
    {
        "method": "GET",
        "path": "/class",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_CLASS_LIST3 = operation_spec(
    {"method": "POST", "path": "/class", "response": {"kind": "none"}, "security": []}
)


class Class(SyncAPIResource):
    """The `client.class_` resource."""

    def get_class_default_default(
        self,
        default: str,
        default2: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Error:
        """Path params that are reserved words and differ only in case.

        `GET /class/{default}/{Default}`
        """
        return cast("Error", self._client._request(
            _CLASS_GET_CLASS_DEFAULT_DEFAULT,
            {"default": default, "Default": default2},
            {},
            NOT_GIVEN,
            request_options,
            "Error",
        ))

    def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Page:
        """`GET /class`"""
        return cast("Page", self._client._request(
            _CLASS_LIST2,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "Page",
        ))

    def list2(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Same method name as the GET after the tag prefix is dropped.

        `POST /class`
        """
        self._client._request(
            _CLASS_LIST3,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )


class AsyncClass(AsyncAPIResource):
    """The `client.class_` resource."""

    async def get_class_default_default(
        self,
        default: str,
        default2: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Error:
        """Path params that are reserved words and differ only in case.

        `GET /class/{default}/{Default}`
        """
        return cast("Error", await self._client._request(
            _CLASS_GET_CLASS_DEFAULT_DEFAULT,
            {"default": default, "Default": default2},
            {},
            NOT_GIVEN,
            request_options,
            "Error",
        ))

    async def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Page:
        """`GET /class`"""
        return cast("Page", await self._client._request(
            _CLASS_LIST2,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "Page",
        ))

    async def list2(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Same method name as the GET after the tag prefix is dropped.

        `POST /class`
        """
        await self._client._request(
            _CLASS_LIST3,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )
