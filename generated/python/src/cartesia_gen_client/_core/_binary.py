"""Binary responses (audio, files) handed over unbuffered: iterate the chunks, or read the body whole."""

from __future__ import annotations

import os
from typing import AsyncIterator, Iterator, Optional, TypeVar, Union

import httpx

from ._errors import APIConnectionError, APIConnectionTimeoutError, APIUserAbortError

B = TypeVar("B", bound="BinaryResponse")
A = TypeVar("A", bound="AsyncBinaryResponse")


def stream_error(exc: Exception) -> Exception:
    """A failure while a body streams: a timeout, a lost connection, or the caller having closed it."""
    if isinstance(exc, httpx.StreamClosed):
        return APIUserAbortError("The response was closed before its body was read.")
    if isinstance(exc, httpx.TimeoutException):
        return APIConnectionTimeoutError("Timed out while streaming the response body.")
    return APIConnectionError(f"Connection lost while streaming the response body: {exc}")


class _Base:
    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._taken = False

    @property
    def status(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def content_type(self) -> Optional[str]:
        value = self.response.headers.get("content-type")
        return value if isinstance(value, str) else None

    def _take(self) -> None:
        if self._taken:
            raise APIUserAbortError("The response body has already been read or closed.")
        self._taken = True


class BinaryResponse(_Base):
    """A streamed binary body. Iterate it for chunks as they arrive; `read()` reads it whole. Closes when done."""

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """Chunks as they arrive; leaving the loop early (break, exception) releases the connection."""
        self._take()
        try:
            for chunk in self.response.iter_bytes(chunk_size):
                yield chunk
        except (httpx.StreamError, httpx.TransportError) as exc:
            raise stream_error(exc) from exc
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_bytes()

    def read(self) -> bytes:
        """The whole body."""
        return b"".join(self.iter_bytes())

    def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        """Streams the body into a file, chunk by chunk."""
        with open(file, "wb") as handle:
            for chunk in self.iter_bytes():
                handle.write(chunk)

    def close(self) -> None:
        """Releases the connection without reading the rest of the body."""
        self._taken = True
        self.response.close()

    def __enter__(self: B) -> B:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncBinaryResponse(_Base):
    """A streamed binary body. Iterate it with `async for`; `await read()` reads it whole. Closes when done."""

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        self._take()
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
        except (httpx.StreamError, httpx.TransportError) as exc:
            raise stream_error(exc) from exc
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self.iter_bytes()

    async def read(self) -> bytes:
        return b"".join([chunk async for chunk in self.iter_bytes()])

    async def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        with open(file, "wb") as handle:
            async for chunk in self.iter_bytes():
                handle.write(chunk)

    async def close(self) -> None:
        self._taken = True
        await self.response.aclose()

    async def __aenter__(self: A) -> A:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
