# Generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The PagedAPI and AsyncPagedAPI clients."""

from __future__ import annotations

import logging as _logging
from typing import Mapping, Optional

import httpx

from ._core._async_client import AsyncAPIClient
from ._core._logging import LogLevel
from ._core._spec import client_config
from ._core._sync_client import SyncAPIClient
from .errors import ERROR_CLASSES
from .resources.groups import AsyncGroups, Groups
from .resources.users import AsyncUsers, Users

_CONFIG = client_config(
    {
        "client_name": "PagedAPI",
        "package_name": "paged-api",
        "package_version": "1.0.0",
        "base_url": "https://paged.example.com",
        "websocket_base_url": "wss://paged.example.com",
        "timeout": 60,
        "logger_name": "paged_api",
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
        "pagination": {
            "after_parameter": "after",
            "items_field": "items",
            "limit_parameter": "limit",
            "before_parameter": "before",
            "has_more_field": "more",
            "item_cursor_field": "id",
        },
    },
    ERROR_CLASSES,
)


class PagedAPI(SyncAPIClient):
    """Synchronous client of the Paged API.

    Use it with `with`, or call `close()` when done.
    """

    users: Users
    """The `client.users` resource."""

    groups: Groups
    """The `client.groups` resource."""

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
            base_url: Overrides the server (default https://paged.example.com). Plain http is refused for credentials unless the host is loopback.
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
        self.users = Users(self)
        self.groups = Groups(self)


class AsyncPagedAPI(AsyncAPIClient):
    """Asynchronous client of the Paged API.

    Use it with `async with`, or `await client.close()` when done.
    """

    users: AsyncUsers
    """The `client.users` resource."""

    groups: AsyncGroups
    """The `client.groups` resource."""

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
            base_url: Overrides the server (default https://paged.example.com). Plain http is refused for credentials unless the host is loopback.
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
        self.users = AsyncUsers(self)
        self.groups = AsyncGroups(self)
