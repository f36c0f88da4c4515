# Generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The N2NamesCollideCo and AsyncN2NamesCollideCo clients."""

from __future__ import annotations

import logging as _logging
from typing import Mapping, Optional

import httpx

from ._core._async_client import AsyncAPIClient
from ._core._logging import LogLevel
from ._core._spec import client_config
from ._core._sync_client import SyncAPIClient
from .errors import ERROR_CLASSES
from .resources.class_ import AsyncClass, Class
from .resources.n2fa import AsyncN2fa, N2fa

_CONFIG = client_config(
    {
        "client_name": "N2NamesCollideCo",
        "package_name": "2-names-collide-co",
        "package_version": "1.0.0",
        "base_url": "https://names.example.com",
        "websocket_base_url": "wss://names.example.com",
        "timeout": 60,
        "logger_name": "n2_names_collide_co",
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


class N2NamesCollideCo(SyncAPIClient):
    """Synchronous client of the 2 Names: Collide & Co.

    Use it with `with`, or call `close()` when done.
    """

    class_: Class
    """The `client.class_` resource."""

    n2fa: N2fa
    """The `client.n2fa` resource."""

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
            base_url: Overrides the server (default https://names.example.com). Plain http is refused for credentials unless the host is loopback.
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
        self.class_ = Class(self)
        self.n2fa = N2fa(self)


class AsyncN2NamesCollideCo(AsyncAPIClient):
    """Asynchronous client of the 2 Names: Collide & Co.

    Use it with `async with`, or `await client.close()` when done.
    """

    class_: AsyncClass
    """The `client.class_` resource."""

    n2fa: AsyncN2fa
    """The `client.n2fa` resource."""

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
            base_url: Overrides the server (default https://names.example.com). Plain http is refused for credentials unless the host is loopback.
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
        self.class_ = AsyncClass(self)
        self.n2fa = AsyncN2fa(self)
