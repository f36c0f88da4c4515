# Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.items` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Class,
    )

_ITEMS_CONSTRUCTOR = operation_spec(
    {
        "method": "GET",
        "path": "/items/{id}",
        "query": [{"name": "q*/x"}, {"name": "class"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Items(SyncAPIResource):
    """The `client.items` resource."""

    def constructor(
        self,
        id: str,
        *,
        q_x: Union[str, NotGiven] = NOT_GIVEN,
        class_: Union[Literal["a'b", "c\"d", "e`f", "${g}", "*/"], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Class:
        """Get */ globalThis.pwned = 3; /* an item

        Backticks ` and ${interpolation} and </script><script>alert(1)</script> and \\ backslashes \\u0041.

        `GET /items/{id}`

        Args:
            id: */ export const pwned = 4; /*
            q_x: quote ' and " and ` and ${x}
        """
        return cast("Class", self._client._request(
            _ITEMS_CONSTRUCTOR,
            {"id": id},
            {"q*/x": q_x, "class": class_},
            NOT_GIVEN,
            request_options,
            "Class",
        ))


class AsyncItems(AsyncAPIResource):
    """The `client.items` resource."""

    async def constructor(
        self,
        id: str,
        *,
        q_x: Union[str, NotGiven] = NOT_GIVEN,
        class_: Union[Literal["a'b", "c\"d", "e`f", "${g}", "*/"], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Class:
        """Get */ globalThis.pwned = 3; /* an item

        Backticks ` and ${interpolation} and </script><script>alert(1)</script> and \\ backslashes \\u0041.

        `GET /items/{id}`

        Args:
            id: */ export const pwned = 4; /*
            q_x: quote ' and " and ` and ${x}
        """
        return cast("Class", await self._client._request(
            _ITEMS_CONSTRUCTOR,
            {"id": id},
            {"q*/x": q_x, "class": class_},
            NOT_GIVEN,
            request_options,
            "Class",
        ))
