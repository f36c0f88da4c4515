# Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.tostring` resource."""

from __future__ import annotations

from typing import Optional, Union

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

_TOSTRING_TO_STRING = operation_spec(
    {
        "method": "GET",
        "path": "/tostring",
        "query": [{"name": "constructor"}, {"name": "toString"}, {"name": "__proto__"}],
        "headers": [{"name": "hasOwnProperty"}],
        "response": {"kind": "none"},
        "security": [],
    }
)


class Tostring(SyncAPIResource):
    """The `client.tostring` resource."""

    def to_string(
        self,
        *,
        constructor: Union[str, NotGiven] = NOT_GIVEN,
        to_string: Union[str, NotGiven] = NOT_GIVEN,
        proto: Union[str, NotGiven] = NOT_GIVEN,
        has_own_property: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /tostring`"""
        self._client._request(
            _TOSTRING_TO_STRING,
            {},
            {
                "constructor": constructor,
                "toString": to_string,
                "__proto__": proto,
                "hasOwnProperty": has_own_property,
            },
            NOT_GIVEN,
            request_options,
        )


class AsyncTostring(AsyncAPIResource):
    """The `client.tostring` resource."""

    async def to_string(
        self,
        *,
        constructor: Union[str, NotGiven] = NOT_GIVEN,
        to_string: Union[str, NotGiven] = NOT_GIVEN,
        proto: Union[str, NotGiven] = NOT_GIVEN,
        has_own_property: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`GET /tostring`"""
        await self._client._request(
            _TOSTRING_TO_STRING,
            {},
            {
                "constructor": constructor,
                "toString": to_string,
                "__proto__": proto,
                "hasOwnProperty": has_own_property,
            },
            NOT_GIVEN,
            request_options,
        )
