# Generated from spec.yaml (Operation Id Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The OperationIdRepairAPI and AsyncOperationIdRepairAPI clients."""

from __future__ import annotations

import logging as _logging
from typing import Mapping, Optional

import httpx

from ._core._async_client import AsyncAPIClient
from ._core._logging import LogLevel
from ._core._spec import client_config
from ._core._sync_client import SyncAPIClient
from .errors import ERROR_CLASSES
from .resources.other import AsyncOther, Other
from .resources.things import AsyncThings, Things

_CONFIG = client_config(
    {
        "client_name": "OperationIdRepairAPI",
        "package_name": "operation-id-repair-api",
        "package_version": "1.0.0",
        "base_url": "https://api.example.com/v1",
        "websocket_base_url": "wss://api.example.com/v1",
        "timeout": 60,
        "logger_name": "operation_id_repair_api",
        "transport": {"tls": "required", "loopback_exception": True},
        "retry": {
            "max_retries": 2,
            "initial_delay_ms": 500,
            "max_delay_ms": 8000,
            "statuses": [408, 409, 429],
            "status_ranges": [5],
            "on_connection_error": True,
            "retry_after_headers": ["retry-after-ms", "retry-after"],
        },
        "errors": {
            "message_fields": ["message", "error", "detail", "title"],
            "request_id_headers": ["x-request-id", "request-id"],
        },
        "credentials": [],
    },
    ERROR_CLASSES,
)


class OperationIdRepairAPI(SyncAPIClient):
    """Synchronous client of the Operation Id Repair API.

    Use it with `with`, or call `close()` when done.
    """

    things: Things
    """The `client.things` resource."""

    other: Other
    """The `client.other` resource."""

    def __init__(
        self,
        *,
        base_url: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, Optional[str]]] = None,
        version: Optional[str] = None,
        log_level: Optional[LogLevel] = None,
        logger: Optional[_logging.Logger] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        """Args:
            base_url: Overrides the server (default https://api.example.com/v1). Plain http is refused for credentials unless the host is loopback.
            timeout: Seconds allowed for each step of an attempt: connect, write, each wait for bytes (default 60; float("inf") for none).
            max_retries: Retries after the first attempt (default 2).
            default_headers: Headers sent with every request; None removes one the client would send.
            version: Unused: the API is not versioned by header.
            log_level: "off", "error", "warn", "info" (retries, WebSocket connects and closes) or "debug" (every request and response, credentials masked); default "warn".
            logger: The logging.Logger to write to (default: the package's own named logger).
            http_client: Your own httpx client (its pool, proxies, transport); you close it.
        """
        super().__init__(
            _CONFIG,
            credentials={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            version=version,
            log_level=log_level,
            logger=logger,
            http_client=http_client,
        )
        self.things = Things(self)
        self.other = Other(self)


class AsyncOperationIdRepairAPI(AsyncAPIClient):
    """Asynchronous client of the Operation Id Repair API.

    Use it with `async with`, or `await client.close()` when done.
    """

    things: AsyncThings
    """The `client.things` resource."""

    other: AsyncOther
    """The `client.other` resource."""

    def __init__(
        self,
        *,
        base_url: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, Optional[str]]] = None,
        version: Optional[str] = None,
        log_level: Optional[LogLevel] = None,
        logger: Optional[_logging.Logger] = None,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        """Args:
            base_url: Overrides the server (default https://api.example.com/v1). Plain http is refused for credentials unless the host is loopback.
            timeout: Seconds allowed for each step of an attempt: connect, write, each wait for bytes (default 60; float("inf") for none).
            max_retries: Retries after the first attempt (default 2).
            default_headers: Headers sent with every request; None removes one the client would send.
            version: Unused: the API is not versioned by header.
            log_level: "off", "error", "warn", "info" (retries, WebSocket connects and closes) or "debug" (every request and response, credentials masked); default "warn".
            logger: The logging.Logger to write to (default: the package's own named logger).
            http_client: Your own httpx client (its pool, proxies, transport); you close it.
        """
        super().__init__(
            _CONFIG,
            credentials={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            version=version,
            log_level=log_level,
            logger=logger,
            http_client=http_client,
        )
        self.things = AsyncThings(self)
        self.other = AsyncOther(self)
