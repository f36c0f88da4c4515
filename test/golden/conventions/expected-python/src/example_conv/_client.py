# Generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. Do not edit: regenerate instead.
"""The ConvClient and AsyncConvClient clients."""

from __future__ import annotations

import logging as _logging
from typing import Mapping, Optional

import httpx

from ._core._async_client import AsyncAPIClient
from ._core._logging import LogLevel
from ._core._spec import client_config
from ._core._sync_client import SyncAPIClient
from .errors import ERROR_CLASSES
from .resources.ping import AsyncPing, Ping

_CONFIG = client_config(
    {
        "client_name": "ConvClient",
        "package_name": "example-conv",
        "package_version": "3.0.0-beta.1",
        "base_url": "https://eu.conv.example.com/v2",
        "websocket_base_url": "wss://eu.conv.example.com/v2",
        "server": {
            "url": "https://{region}.conv.example.com/{base}",
            "variables": {"region": "eu", "base": "v2"},
            "enums": {"region": ["eu", "us"]},
        },
        "timeout": 15,
        "logger_name": "example_conv",
        "environment": {"log_level": "CONV_LOG", "base_url": "CONV_BASE_URL"},
        "api_version": {
            "header": "Conv-Version",
            "default": "2023-05-01",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
            "websocket_query_parameter": "conv_version",
        },
        "transport": {"tls": "optional", "loopback_exception": False},
        "retry": {
            "max_retries": 1,
            "initial_delay_ms": 500,
            "max_delay_ms": 8000,
            "statuses": [503],
            "status_ranges": [],
            "on_connection_error": False,
            "retry_after_headers": ["retry-after-ms", "retry-after"],
        },
        "errors": {
            "message_fields": ["message", "error", "detail", "title"],
            "request_id_headers": ["x-request-id", "request-id"],
        },
        "credentials": [{"scheme": "Key", "option": "token", "transport": "bearer", "env": "CONV_TOKEN"}],
    },
    ERROR_CLASSES,
)


class ConvClient(SyncAPIClient):
    """Synchronous client of the Conventions API.

    Use it with `with`, or call `close()` when done.
    """

    ping: Ping
    """The `client.ping` resource."""

    def __init__(
        self,
        *,
        token: Optional[str] = None,
        base_url: Optional[str] = None,
        server_variables: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, Optional[str]]] = None,
        version: Optional[str] = None,
        log_level: Optional[LogLevel] = None,
        logger: Optional[_logging.Logger] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        """Args:
            token: Defaults to the `CONV_TOKEN` environment variable. Sent as `Authorization: Bearer <value>`.
            base_url: Overrides the server (default https://eu.conv.example.com/v2) and the `CONV_BASE_URL` environment variable. Plain http is refused for credentials unless the host is loopback.
            server_variables: Values for the variables of the server URL.
            timeout: Seconds allowed for each step of an attempt: connect, write, each wait for bytes (default 15; float("inf") for none).
            max_retries: Retries after the first attempt (default 1).
            default_headers: Headers sent with every request; None removes one the client would send.
            version: API version to pin instead of 2023-05-01.
            log_level: "off", "error", "warn", "info" (retries, WebSocket connects and closes) or "debug" (every request and response, credentials masked); defaults to the `CONV_LOG` environment variable, else "warn".
            logger: The logging.Logger to write to (default: the package's own named logger).
            http_client: Your own httpx client (its pool, proxies, transport); you close it.
        """
        super().__init__(
            _CONFIG,
            credentials={"token": token},
            base_url=base_url,
            server_variables=server_variables,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            version=version,
            log_level=log_level,
            logger=logger,
            http_client=http_client,
        )
        self.ping = Ping(self)


class AsyncConvClient(AsyncAPIClient):
    """Asynchronous client of the Conventions API.

    Use it with `async with`, or `await client.close()` when done.
    """

    ping: AsyncPing
    """The `client.ping` resource."""

    def __init__(
        self,
        *,
        token: Optional[str] = None,
        base_url: Optional[str] = None,
        server_variables: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, Optional[str]]] = None,
        version: Optional[str] = None,
        log_level: Optional[LogLevel] = None,
        logger: Optional[_logging.Logger] = None,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        """Args:
            token: Defaults to the `CONV_TOKEN` environment variable. Sent as `Authorization: Bearer <value>`.
            base_url: Overrides the server (default https://eu.conv.example.com/v2) and the `CONV_BASE_URL` environment variable. Plain http is refused for credentials unless the host is loopback.
            server_variables: Values for the variables of the server URL.
            timeout: Seconds allowed for each step of an attempt: connect, write, each wait for bytes (default 15; float("inf") for none).
            max_retries: Retries after the first attempt (default 1).
            default_headers: Headers sent with every request; None removes one the client would send.
            version: API version to pin instead of 2023-05-01.
            log_level: "off", "error", "warn", "info" (retries, WebSocket connects and closes) or "debug" (every request and response, credentials masked); defaults to the `CONV_LOG` environment variable, else "warn".
            logger: The logging.Logger to write to (default: the package's own named logger).
            http_client: Your own httpx client (its pool, proxies, transport); you close it.
        """
        super().__init__(
            _CONFIG,
            credentials={"token": token},
            base_url=base_url,
            server_variables=server_variables,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            version=version,
            log_level=log_level,
            logger=logger,
            http_client=http_client,
        )
        self.ping = AsyncPing(self)
