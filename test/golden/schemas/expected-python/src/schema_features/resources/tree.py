# Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.tree` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        TreeNode,
    )

_TREE_GET = operation_spec(
    {
        "method": "GET",
        "path": "/tree",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Tree(SyncAPIResource):
    """The `client.tree` resource."""

    def get(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> TreeNode:
        """`GET /tree`"""
        return cast("TreeNode", self._client._request(
            _TREE_GET,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "TreeNode",
        ))


class AsyncTree(AsyncAPIResource):
    """The `client.tree` resource."""

    async def get(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> TreeNode:
        """`GET /tree`"""
        return cast("TreeNode", await self._client._request(
            _TREE_GET,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "TreeNode",
        ))
