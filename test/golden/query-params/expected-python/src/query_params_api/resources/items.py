# Generated from spec.yaml (Query Params API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.items` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Literal, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Item,
        ItemsSearchFilter,
    )

_ITEMS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/stores/{storeId}/items/{itemId}",
        "headers": [{"name": "X-Trace-Id"}],
        "cookies": [{"name": "session"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_ITEMS_SEARCH = operation_spec(
    {
        "method": "GET",
        "path": "/items",
        "query": [
            {"name": "q"},
            {"name": "limit"},
            {"name": "in_stock"},
            {"name": "tags"},
            {"name": "ids", "explode": False},
            {"name": "expand[]"},
            {"name": "sort"},
            {"name": "filter", "style": "deepObject", "explode": True},
            {"name": "since"},
        ],
        "headers": [{"name": "Api-Version", "fixed": "2024-01-01"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Items(SyncAPIResource):
    """The `client.items` resource."""

    def get(
        self,
        store_id: str,
        item_id: int,
        *,
        x_trace_id: Union[str, NotGiven] = NOT_GIVEN,
        session: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Item:
        """Get one item of a store.

        `GET /stores/{storeId}/items/{itemId}`

        Args:
            x_trace_id: Correlates logs.
        """
        return cast("Item", self._client._request(
            _ITEMS_GET,
            {"storeId": store_id, "itemId": item_id},
            {"X-Trace-Id": x_trace_id, "session": session},
            NOT_GIVEN,
            request_options,
            "Item",
        ))

    def search(
        self,
        *,
        q: str,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        in_stock: Union[bool, NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        ids: Union[List[int], NotGiven] = NOT_GIVEN,
        expand: Union[List[Literal["price", "stock"]], NotGiven] = NOT_GIVEN,
        sort: Union[Literal["asc", "desc"], NotGiven] = NOT_GIVEN,
        filter: Union[ItemsSearchFilter, NotGiven] = NOT_GIVEN,
        since: Union[str, NotGiven] = NOT_GIVEN,
        api_version: Union[Literal["2024-01-01"], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> List[Item]:
        """Search items.

        `GET /items`

        Args:
            q: Free text.
            tags: Any of these tags.
        """
        return cast("List[Item]", self._client._request(
            _ITEMS_SEARCH,
            {},
            {
                "q": q,
                "limit": limit,
                "in_stock": in_stock,
                "tags": tags,
                "ids": ids,
                "expand[]": expand,
                "sort": sort,
                "filter": filter,
                "since": since,
                "Api-Version": api_version,
            },
            NOT_GIVEN,
            request_options,
            "List[Item]",
        ))


class AsyncItems(AsyncAPIResource):
    """The `client.items` resource."""

    async def get(
        self,
        store_id: str,
        item_id: int,
        *,
        x_trace_id: Union[str, NotGiven] = NOT_GIVEN,
        session: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Item:
        """Get one item of a store.

        `GET /stores/{storeId}/items/{itemId}`

        Args:
            x_trace_id: Correlates logs.
        """
        return cast("Item", await self._client._request(
            _ITEMS_GET,
            {"storeId": store_id, "itemId": item_id},
            {"X-Trace-Id": x_trace_id, "session": session},
            NOT_GIVEN,
            request_options,
            "Item",
        ))

    async def search(
        self,
        *,
        q: str,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        in_stock: Union[bool, NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        ids: Union[List[int], NotGiven] = NOT_GIVEN,
        expand: Union[List[Literal["price", "stock"]], NotGiven] = NOT_GIVEN,
        sort: Union[Literal["asc", "desc"], NotGiven] = NOT_GIVEN,
        filter: Union[ItemsSearchFilter, NotGiven] = NOT_GIVEN,
        since: Union[str, NotGiven] = NOT_GIVEN,
        api_version: Union[Literal["2024-01-01"], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> List[Item]:
        """Search items.

        `GET /items`

        Args:
            q: Free text.
            tags: Any of these tags.
        """
        return cast("List[Item]", await self._client._request(
            _ITEMS_SEARCH,
            {},
            {
                "q": q,
                "limit": limit,
                "in_stock": in_stock,
                "tags": tags,
                "ids": ids,
                "expand[]": expand,
                "sort": sort,
                "filter": filter,
                "since": since,
                "Api-Version": api_version,
            },
            NOT_GIVEN,
            request_options,
            "List[Item]",
        ))
