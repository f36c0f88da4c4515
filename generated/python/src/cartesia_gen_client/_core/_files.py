"""File inputs for multipart and binary bodies: bytes, paths and file objects, with a file name."""

from __future__ import annotations

import io
import mimetypes
import os
from dataclasses import dataclass
from typing import IO, Optional, Tuple, Union

from ._errors import InvalidRequestError

FileContent = Union[bytes, bytearray, memoryview, IO[bytes], "os.PathLike[str]"]
"""File contents: bytes, a binary file object (`open(path, "rb")`), or a path (`pathlib.Path`)."""

DEFAULT_FILENAME = "upload"


@dataclass(frozen=True)
class NamedFile:
    """File contents with an explicit file name and media type (see `to_file`)."""

    content: Union[FileContent, str]
    filename: Optional[str] = None
    content_type: Optional[str] = None


FileTypes = Union[
    FileContent,
    NamedFile,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
]
"""Anything the client sends as a file: contents, a `NamedFile`, or `(filename, contents[, content_type])`."""


def to_file(content: Union[FileContent, str], filename: Optional[str] = None, content_type: Optional[str] = None) -> NamedFile:
    """Wraps contents as a named upload, e.g. `to_file(data, "clip.wav", "audio/wav")`."""
    return NamedFile(content, filename if filename is not None else _name_of(content) or DEFAULT_FILENAME, content_type)


def is_file_input(value: object) -> bool:
    if isinstance(value, (bytes, bytearray, memoryview, NamedFile, os.PathLike, io.IOBase)):
        return True
    if isinstance(value, tuple) and len(value) in (2, 3):
        return (value[0] is None or isinstance(value[0], str)) and is_file_input(value[1])
    return hasattr(value, "read") and callable(getattr(value, "read"))


def _name_of(value: object) -> Optional[str]:
    if isinstance(value, os.PathLike):
        return os.path.basename(os.fspath(value)) or None
    name = getattr(value, "name", None)
    if isinstance(name, str) and name and not name.startswith("<"):
        return os.path.basename(name)
    return None


def read_file(value: object) -> Tuple[str, bytes, str]:
    """File name, contents and media type of a file input (read whole: a body must be replayable for retries)."""
    filename: Optional[str] = None
    content_type: Optional[str] = None
    content: object = value
    if isinstance(value, NamedFile):
        content, filename, content_type = value.content, value.filename, value.content_type
    elif isinstance(value, tuple):
        filename, content = value[0], value[1]
        content_type = value[2] if len(value) == 3 else None
    name = filename or _name_of(content) or DEFAULT_FILENAME
    data = _read(content)
    media = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return name, data, media


def _read(content: object) -> bytes:
    if isinstance(content, (bytes, bytearray, memoryview)):
        return bytes(content)
    if isinstance(content, str):
        return content.encode("utf-8")
    if isinstance(content, os.PathLike):
        with open(os.fspath(content), "rb") as handle:
            return handle.read()
    read = getattr(content, "read", None)
    if callable(read):
        data = read()
        if isinstance(data, str):
            return data.encode("utf-8")
        if isinstance(data, (bytes, bytearray, memoryview)):
            return bytes(data)
    raise InvalidRequestError(f"Cannot send {type(content).__name__} as a file: pass bytes, a path or a binary file object.")
