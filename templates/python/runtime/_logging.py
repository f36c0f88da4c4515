"""What the client logs and where: a level (option, else the spec's environment variable, else `warn`) applied to
the package's named logger (or one the caller passes), never to the root logger. Every line goes through the
redactor, and headers and query parameters that carry credentials are masked whole."""

from __future__ import annotations

import logging
import os
import platform
import re
import sys
import time
from typing import Iterable, Mapping, Optional

from typing_extensions import Literal

import httpx

from ._errors import ConfigurationError
from ._redact import Redactor

LogLevel = Literal["off", "error", "warn", "info", "debug"]
LEVELS: Mapping[str, int] = {
    "off": logging.CRITICAL + 10,
    "error": logging.ERROR,
    "warn": logging.WARNING,
    "info": logging.INFO,
    "debug": logging.DEBUG,
}
DEFAULT_LEVEL = "warn"
MASK = "[REDACTED]"
# Headers whose whole value is a credential or a session, whatever the client holds.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


class _FallbackHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes the client's lines to stderr only while nothing else would handle them: a program that configures
    logging (basicConfig, a framework, pytest's caplog) gets them through its own handlers, never twice."""

    def emit(self, record: logging.LogRecord) -> None:
        current: Optional[logging.Logger] = logging.getLogger(record.name)
        while current is not None:
            if any(handler is not self for handler in current.handlers):
                return
            if not current.propagate:
                break
            current = current.parent
        super().emit(record)


def _install_fallback(logger: logging.Logger) -> None:
    if not any(isinstance(handler, _FallbackHandler) for handler in logger.handlers):
        handler = _FallbackHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)


class ClientLog:
    """The client's logger at the client's level; formats nothing unless the level lets the line through."""

    def __init__(
        self,
        *,
        level: Optional[str],
        logger: Optional[logging.Logger],
        env_name: Optional[str],
        logger_name: str,
        client_name: str,
        redactor: Redactor,
        secret_headers: Iterable[str],
        secret_query: Iterable[str],
    ) -> None:
        # A bad option is the caller's mistake and raises; a bad environment value is the deployment's, so the
        # client still starts (at the default level) and says so once, as a warning.
        if level is not None and level not in LEVELS:
            raise ConfigurationError(f"Invalid log_level {level!r}: pass one of {', '.join(LEVELS)}.")
        if logger is not None and not isinstance(logger, logging.Logger):
            raise ConfigurationError("Invalid logger: pass a logging.Logger (for example logging.getLogger('my_app')).")
        self.logger = logger if logger is not None else logging.getLogger(logger_name)
        if logger is None:
            _install_fallback(self.logger)
        self._prefix = f"[{client_name}] "
        self._redactor = redactor
        self._secret_headers = SECRET_HEADERS | {h.lower() for h in secret_headers if h}
        names = sorted({re.escape(name) for name in secret_query if name})
        self._secret_query = re.compile(rf"([?&](?:{'|'.join(names)})=)[^&#]*") if names else None
        raw = os.environ.get(env_name, "").strip() if level is None and env_name else ""
        from_env = raw.lower() if raw.lower() in LEVELS else None
        self.level = level or from_env or DEFAULT_LEVEL
        self._threshold = LEVELS[self.level]
        # Only a level asked for lowers the logger's own; `off` and the default leave it to the program.
        if (level is not None or from_env is not None) and self.level != "off":
            if self.logger.level == logging.NOTSET or self.logger.level > self._threshold:
                self.logger.setLevel(self._threshold)
        if raw and from_env is None:
            self.warning(f"Ignoring {env_name}: it is not a log level ({', '.join(LEVELS)}); logging at {self.level!r}.")

    def enabled(self, level: int) -> bool:
        return level >= self._threshold and self.logger.isEnabledFor(level)

    def _emit(self, level: int, message: str, extra: Optional[Mapping[str, object]] = None) -> None:
        if self.enabled(level):
            details = self._redactor.value(dict(extra)) if extra else None
            self.logger.log(level, "%s", self._prefix + self._redactor.text(message), extra=details)  # type: ignore[arg-type]

    def error(self, message: str, extra: Optional[Mapping[str, object]] = None) -> None:
        self._emit(logging.ERROR, message, extra)

    def warning(self, message: str, extra: Optional[Mapping[str, object]] = None) -> None:
        self._emit(logging.WARNING, message, extra)

    def info(self, message: str, extra: Optional[Mapping[str, object]] = None) -> None:
        self._emit(logging.INFO, message, extra)

    def debug(self, message: str, extra: Optional[Mapping[str, object]] = None) -> None:
        self._emit(logging.DEBUG, message, extra)

    def url(self, url: str) -> str:
        """A URL as it may be logged: credential query parameters masked, whatever their length."""
        masked = self._secret_query.sub(rf"\g<1>{MASK}", url) if self._secret_query else url
        return self._redactor.text(masked)

    def headers(self, headers: Mapping[str, str]) -> Mapping[str, str]:
        """Headers as they may be logged: credential headers masked whole, other values holding a secret masked."""
        items = headers.multi_items() if isinstance(headers, httpx.Headers) else headers.items()
        return {
            name.lower(): MASK if name.lower() in self._secret_headers else self._redactor.text(value) for name, value in items
        }

    def exchange(
        self,
        method: str,
        url: str,
        attempt: int,
        started: float,
        request_headers: Mapping[str, str],
        request_id_headers: Iterable[str],
        response: Optional[httpx.Response] = None,
        failure: Optional[str] = None,
    ) -> None:
        """One attempt of a request, at debug level; `attempt` counts from 1."""
        if not self.enabled(logging.DEBUG):
            return
        shown = self.url(url)
        duration_ms = round((time.monotonic() - started) * 1000)
        request_id = next((response.headers[h] for h in request_id_headers if response.headers.get(h)), None) if response else None
        outcome = str(response.status_code) if response is not None else f"failed ({failure or 'no response'})"
        sent = self.headers(request_headers)
        received = self.headers(response.headers) if response is not None else None
        message = f"{method} {shown} -> {outcome} in {duration_ms} ms (attempt {attempt}"
        message += f", request id {request_id})" if request_id else ")"
        message += f"; request headers {sent}" + (f"; response headers {received}" if received is not None else "")
        self.debug(
            message,
            {
                "http_method": method,
                "http_url": shown,
                "http_status": response.status_code if response is not None else None,
                "duration_ms": duration_ms,
                "attempt": attempt,
                "request_id": request_id,
                "request_headers": sent,
                "response_headers": received,
            },
        )

    def retry(self, method: str, url: str, next_attempt: int, attempts: int, reason: str, delay: float) -> None:
        """A retry about to wait, at info level: which attempt comes next, why, and after how long."""
        if self.enabled(logging.INFO):
            self.info(
                f"Retrying {method} {self.url(url)} after {reason}: attempt {next_attempt} of {attempts} in {round(delay * 1000)} ms.",
                {"attempt": next_attempt, "attempts": attempts, "reason": reason},
            )


class SocketLog:
    """The log lines of one WebSocket: connecting (debug), connected, failed to open and closed (info)."""

    def __init__(self, log: ClientLog, redacted_url: str) -> None:
        self._log = log
        self._url = log.url(redacted_url)
        self._started = time.monotonic()
        log.debug(f"WebSocket connecting to {self._url}", {"ws_url": self._url})

    def opened(self) -> None:
        duration_ms = round((time.monotonic() - self._started) * 1000)
        self._log.info(f"WebSocket connected to {self._url} in {duration_ms} ms", {"ws_url": self._url, "duration_ms": duration_ms})

    def failed(self, error: BaseException) -> None:
        self._log.info(f"WebSocket to {self._url} failed to open: {error}", {"ws_url": self._url})

    def closed(self, code: int, reason: str) -> None:
        shown = f"{code} {reason}" if reason else str(code)
        self._log.info(f"WebSocket to {self._url} closed: {shown}", {"ws_url": self._url, "close_code": code})


def user_agent(package: str, version: str) -> str:
    """`<package>/<version> python/<version> httpx/<version> <OS>/<machine>`, sent with every request and handshake."""
    return (
        f"{package}/{version} python/{platform.python_version()} httpx/{httpx.__version__}"
        f" {platform.system() or 'unknown'}/{platform.machine() or 'unknown'}"
    )
