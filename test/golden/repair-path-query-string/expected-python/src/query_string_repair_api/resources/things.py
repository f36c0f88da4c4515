# Generated from spec.yaml (Query String Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.things` resource."""

from __future__ import annotations

from typing import List, Literal, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

_THINGS_RANGE = operation_spec(
    {
        "method": "GET",
        "path": "/things/",
        "query": [{"name": "from"}, {"name": "to"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_THINGS_SEARCH = operation_spec(
    {
        "method": "GET",
        "path": "/search",
        "query": [{"name": "q"}, {"name": "kind", "fixed": "all"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Things(SyncAPIResource):
    """The `client.things` resource."""

    def range(
        self,
        *,
        from_: str,
        to: str,
        request_options: Optional[RequestOptions] = None,
    ) -> List[str]:
        """Things between two keys.

        `GET /things/`
        """
        return cast("List[str]", self._client._request(
            _THINGS_RANGE,
            {},
            {"from": from_, "to": to},
            NOT_GIVEN,
            request_options,
            "List[str]",
        ))

    def search(
        self,
        *,
        q: Union[int, NotGiven] = NOT_GIVEN,
        kind: Union[Literal["all"], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> List[str]:
        """Search every kind of thing; `q` is declared, `kind` is fixed by the path key.

        `GET /search`
        """
        return cast("List[str]", self._client._request(
            _THINGS_SEARCH,
            {},
            {"q": q, "kind": kind},
            NOT_GIVEN,
            request_options,
            "List[str]",
        ))


class AsyncThings(AsyncAPIResource):
    """The `client.things` resource."""

    async def range(
        self,
        *,
        from_: str,
        to: str,
        request_options: Optional[RequestOptions] = None,
    ) -> List[str]:
        """Things between two keys.

        `GET /things/`
        """
        return cast("List[str]", await self._client._request(
            _THINGS_RANGE,
            {},
            {"from": from_, "to": to},
            NOT_GIVEN,
            request_options,
            "List[str]",
        ))

    async def search(
        self,
        *,
        q: Union[int, NotGiven] = NOT_GIVEN,
        kind: Union[Literal["all"], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> List[str]:
        """Search every kind of thing; `q` is declared, `kind` is fixed by the path key.

        `GET /search`
        """
        return cast("List[str]", await self._client._request(
            _THINGS_SEARCH,
            {},
            {"q": q, "kind": kind},
            NOT_GIVEN,
            request_options,
            "List[str]",
        ))
