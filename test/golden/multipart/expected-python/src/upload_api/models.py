# Generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "Metadata",
    "StoredFile",
    "MetadataOrigin",
    "FilesUploadOptions",
    "FormsSubmitAddress",
]


class Metadata(TypedDict):
    source: NotRequired[str]
    origin: NotRequired[MetadataOrigin]


StoredFile = TypedDict(
    "StoredFile",
    {
        "id": str,
        "bytes": int,
    },
)


class MetadataOrigin(TypedDict):
    host: NotRequired[str]
    port: NotRequired[int]


class FilesUploadOptions(TypedDict):
    dedupe: NotRequired[bool]


class FormsSubmitAddress(TypedDict):
    city: NotRequired[str]
    zip: NotRequired[str]
