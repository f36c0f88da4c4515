# Generated from spec.yaml (Auth Zoo 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.probe` resource."""

from __future__ import annotations

from typing import Optional

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

_PROBE_HEADER_KEY = operation_spec(
    {"method": "GET", "path": "/header-key", "response": {"kind": "none"}, "security": [["HeaderKey"]]}
)

_PROBE_QUERY_KEY = operation_spec(
    {"method": "GET", "path": "/query-key", "response": {"kind": "none"}, "security": [["QueryKey"]]}
)

_PROBE_COOKIE_KEY = operation_spec(
    {"method": "GET", "path": "/cookie-key", "response": {"kind": "none"}, "security": [["CookieKey"]]}
)

_PROBE_BASIC = operation_spec(
    {"method": "GET", "path": "/basic", "response": {"kind": "none"}, "security": [["Basic"]]}
)

_PROBE_OAUTH = operation_spec(
    {"method": "GET", "path": "/oauth", "response": {"kind": "none"}, "security": [["OAuth"], ["Oidc"]]}
)

_PROBE_BOTH = operation_spec(
    {
        "method": "GET",
        "path": "/both",
        "response": {"kind": "none"},
        "security": [["HeaderKey", "Basic"]],
    }
)

_PROBE_PUBLIC = operation_spec(
    {"method": "GET", "path": "/public", "response": {"kind": "none"}, "security": []}
)

_PROBE_OPTIONAL = operation_spec(
    {
        "method": "GET",
        "path": "/optional",
        "response": {"kind": "none"},
        "security": [[], ["ClientToken"]],
    }
)

_PROBE_INHERITED = operation_spec(
    {"method": "GET", "path": "/default", "response": {"kind": "none"}, "security": [["ServerKey"]]}
)


class Probe(SyncAPIResource):
    """The `client.probe` resource."""

    def header_key(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /header-key`"""
        self._client._request(
            _PROBE_HEADER_KEY,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    def query_key(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /query-key`"""
        self._client._request(
            _PROBE_QUERY_KEY,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    def cookie_key(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /cookie-key`"""
        self._client._request(
            _PROBE_COOKIE_KEY,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    def basic(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /basic`"""
        self._client._request(
            _PROBE_BASIC,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    def oauth(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /oauth`"""
        self._client._request(
            _PROBE_OAUTH,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    def both(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /both`"""
        self._client._request(
            _PROBE_BOTH,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    def public(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /public`"""
        self._client._request(
            _PROBE_PUBLIC,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    def optional(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /optional`"""
        self._client._request(
            _PROBE_OPTIONAL,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    def inherited(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /default`"""
        self._client._request(
            _PROBE_INHERITED,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )


class AsyncProbe(AsyncAPIResource):
    """The `client.probe` resource."""

    async def header_key(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /header-key`"""
        await self._client._request(
            _PROBE_HEADER_KEY,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def query_key(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /query-key`"""
        await self._client._request(
            _PROBE_QUERY_KEY,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def cookie_key(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /cookie-key`"""
        await self._client._request(
            _PROBE_COOKIE_KEY,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def basic(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /basic`"""
        await self._client._request(
            _PROBE_BASIC,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def oauth(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /oauth`"""
        await self._client._request(
            _PROBE_OAUTH,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def both(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /both`"""
        await self._client._request(
            _PROBE_BOTH,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def public(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /public`"""
        await self._client._request(
            _PROBE_PUBLIC,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def optional(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /optional`"""
        await self._client._request(
            _PROBE_OPTIONAL,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def inherited(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /default`"""
        await self._client._request(
            _PROBE_INHERITED,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )
