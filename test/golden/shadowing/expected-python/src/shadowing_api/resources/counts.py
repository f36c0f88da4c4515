# Generated from spec.yaml (Shadowing API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.counts` resource."""

from __future__ import annotations

from typing import Dict, List, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

_COUNTS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/counts",
        "query": [{"name": "cast"}, {"name": "str"}, {"name": "list"}],
        "headers": [{"name": "int"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Counts(SyncAPIResource):
    """The `client.counts` resource."""

    def get(
        self,
        *,
        cast_: Union[str, NotGiven] = NOT_GIVEN,
        str_: Union[str, NotGiven] = NOT_GIVEN,
        list: Union[str, NotGiven] = NOT_GIVEN,
        int_: Union[int, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Dict[str, List[int]]:
        """`GET /counts`

        Args:
            list: Not evaluated by the body (it writes List)
        """
        return cast("Dict[str, List[int]]", self._client._request(
            _COUNTS_GET,
            {},
            {"cast": cast_, "str": str_, "list": list, "int": int_},
            NOT_GIVEN,
            request_options,
            "Dict[str, List[int]]",
        ))


class AsyncCounts(AsyncAPIResource):
    """The `client.counts` resource."""

    async def get(
        self,
        *,
        cast_: Union[str, NotGiven] = NOT_GIVEN,
        str_: Union[str, NotGiven] = NOT_GIVEN,
        list: Union[str, NotGiven] = NOT_GIVEN,
        int_: Union[int, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Dict[str, List[int]]:
        """`GET /counts`

        Args:
            list: Not evaluated by the body (it writes List)
        """
        return cast("Dict[str, List[int]]", await self._client._request(
            _COUNTS_GET,
            {},
            {"cast": cast_, "str": str_, "list": list, "int": int_},
            NOT_GIVEN,
            request_options,
            "Dict[str, List[int]]",
        ))
