# Generated from spec.yaml (Auth Zoo 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The AuthZoo and AsyncAuthZoo clients."""

from __future__ import annotations

import logging as _logging
from typing import Mapping, Optional

import httpx

from ._core._async_client import AsyncAPIClient
from ._core._logging import LogLevel
from ._core._spec import client_config
from ._core._sync_client import SyncAPIClient
from .errors import ERROR_CLASSES
from .resources.probe import AsyncProbe, Probe

_CONFIG = client_config(
    {
        "client_name": "AuthZoo",
        "package_name": "auth-zoo",
        "package_version": "1.0.0",
        "base_url": "https://auth.example.com",
        "websocket_base_url": "wss://auth.example.com",
        "timeout": 60,
        "logger_name": "auth_zoo",
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
        "credentials": [
            {
                "scheme": "ServerKey",
                "option": "api_key",
                "transport": "bearer",
                "env": "ZOO_API_KEY",
                "websocket_query_parameter": "api_key",
            },
            {"scheme": "ClientToken", "option": "access_token", "transport": "bearer"},
            {
                "scheme": "HeaderKey",
                "option": "header_key",
                "transport": "apiKey",
                "in": "header",
                "parameter_name": "X-Api-Key",
            },
            {
                "scheme": "QueryKey",
                "option": "query_key",
                "transport": "apiKey",
                "in": "query",
                "parameter_name": "key",
            },
            {
                "scheme": "CookieKey",
                "option": "cookie_key",
                "transport": "apiKey",
                "in": "cookie",
                "parameter_name": "sid",
            },
            {"scheme": "Basic", "option": "basic", "transport": "basic"},
            {"scheme": "OAuth", "option": "o_auth", "transport": "bearer"},
            {"scheme": "Oidc", "option": "oidc", "transport": "bearer"},
        ],
    },
    ERROR_CLASSES,
)


class AuthZoo(SyncAPIClient):
    """Synchronous client of the Auth Zoo.

    Use it with `with`, or call `close()` when done.
    """

    probe: Probe
    """The `client.probe` resource."""

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        access_token: Optional[str] = None,
        header_key: Optional[str] = None,
        query_key: Optional[str] = None,
        cookie_key: Optional[str] = None,
        basic: Optional[str] = None,
        o_auth: Optional[str] = None,
        oidc: Optional[str] = None,
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
            api_key: Secret key for servers. Defaults to the `ZOO_API_KEY` environment variable. Sent as `Authorization: Bearer <value>`.
            access_token: Sent as `Authorization: Bearer <value>`.
            header_key: Sent in the header `X-Api-Key`.
            query_key: Sent in the query `key`.
            cookie_key: Sent in the cookie `sid`.
            basic: Given as `user:password`; sent as `Authorization: Basic ...`.
            o_auth: Sent as `Authorization: Bearer <value>`.
            oidc: Sent as `Authorization: Bearer <value>`.
            base_url: Overrides the server (default https://auth.example.com). Plain http is refused for credentials unless the host is loopback.
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
            credentials={"api_key": api_key, "access_token": access_token, "header_key": header_key, "query_key": query_key, "cookie_key": cookie_key, "basic": basic, "o_auth": o_auth, "oidc": oidc},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            version=version,
            log_level=log_level,
            logger=logger,
            http_client=http_client,
        )
        self.probe = Probe(self)


class AsyncAuthZoo(AsyncAPIClient):
    """Asynchronous client of the Auth Zoo.

    Use it with `async with`, or `await client.close()` when done.
    """

    probe: AsyncProbe
    """The `client.probe` resource."""

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        access_token: Optional[str] = None,
        header_key: Optional[str] = None,
        query_key: Optional[str] = None,
        cookie_key: Optional[str] = None,
        basic: Optional[str] = None,
        o_auth: Optional[str] = None,
        oidc: Optional[str] = None,
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
            api_key: Secret key for servers. Defaults to the `ZOO_API_KEY` environment variable. Sent as `Authorization: Bearer <value>`.
            access_token: Sent as `Authorization: Bearer <value>`.
            header_key: Sent in the header `X-Api-Key`.
            query_key: Sent in the query `key`.
            cookie_key: Sent in the cookie `sid`.
            basic: Given as `user:password`; sent as `Authorization: Basic ...`.
            o_auth: Sent as `Authorization: Bearer <value>`.
            oidc: Sent as `Authorization: Bearer <value>`.
            base_url: Overrides the server (default https://auth.example.com). Plain http is refused for credentials unless the host is loopback.
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
            credentials={"api_key": api_key, "access_token": access_token, "header_key": header_key, "query_key": query_key, "cookie_key": cookie_key, "basic": basic, "o_auth": o_auth, "oidc": oidc},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            version=version,
            log_level=log_level,
            logger=logger,
            http_client=http_client,
        )
        self.probe = AsyncProbe(self)
