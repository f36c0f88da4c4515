"""A small client built straight from the runtime, for what the Cartesia spec does not declare: an API key in a
custom header and in the query, and a server URL with variables (one with an `enum`)."""

from __future__ import annotations

from typing import Any, Optional

from cartesia_gen_client._core._async_client import AsyncAPIClient
from cartesia_gen_client._core._spec import OperationSpec, client_config, operation_spec
from cartesia_gen_client._core._sync_client import SyncAPIClient
from cartesia_gen_client._core._types import NOT_GIVEN
from cartesia_gen_client.errors import ERROR_CLASSES

CONFIG = client_config(
    {
        "client_name": "Zoo",
        "package_name": "zoo",
        "package_version": "1.0.0",
        "base_url": "https://eu.zoo.example/v1",
        "timeout": 5,
        "server": {"url": "https://{region}.zoo.example/{base}", "variables": {"region": "eu", "base": "v1"}, "enums": {"region": ["eu", "us"]}},
        "retry": {"max_retries": 0, "on_connection_error": False},
        "errors": {"message_fields": ["message"]},
        "credentials": [
            {"scheme": "HeaderKey", "option": "header_key", "transport": "apiKey", "in": "header", "parameter_name": "X-Api-Key"},
            {"scheme": "QueryKey", "option": "query_key", "transport": "apiKey", "in": "query", "parameter_name": "key"},
        ],
    },
    ERROR_CLASSES,
)

GET_JSON = operation_spec({"method": "GET", "path": "/things", "response": {"kind": "json"}, "security": [["HeaderKey"], ["QueryKey"]]})
POST_JSON = operation_spec(
    {
        "method": "POST",
        "path": "/things",
        "body": {"encoding": "json", "content_type": "application/json", "merged": False, "required": True},
        "response": {"kind": "json"},
        "security": [["HeaderKey"], ["QueryKey"]],
    }
)


def zoo(base_url: Optional[str] = None, **options: Any) -> SyncAPIClient:
    credentials = {"header_key": options.pop("header_key", None), "query_key": options.pop("query_key", None)}
    return SyncAPIClient(CONFIG, credentials=credentials, base_url=base_url, **options)


def async_zoo(base_url: Optional[str] = None, **options: Any) -> AsyncAPIClient:
    credentials = {"header_key": options.pop("header_key", None), "query_key": options.pop("query_key", None)}
    return AsyncAPIClient(CONFIG, credentials=credentials, base_url=base_url, **options)


def call(client: SyncAPIClient, op: OperationSpec = GET_JSON, body: object = NOT_GIVEN, **options: Any) -> object:
    return client._request(op, {}, {}, body, dict(options) if options else None)  # type: ignore[arg-type]


async def acall(client: AsyncAPIClient, op: OperationSpec = GET_JSON, body: object = NOT_GIVEN, **options: Any) -> object:
    return await client._request(op, {}, {}, body, dict(options) if options else None)  # type: ignore[arg-type]

