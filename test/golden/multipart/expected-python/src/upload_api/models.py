# Generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing_extensions import NotRequired, TypedDict

from ._core._models import BaseModel, Field

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


class StoredFile(BaseModel):
    id: str
    bytes_: int = Field(alias="bytes")


class MetadataOrigin(TypedDict):
    host: NotRequired[str]
    port: NotRequired[int]


class FilesUploadOptions(TypedDict):
    dedupe: NotRequired[bool]


class FormsSubmitAddress(TypedDict):
    city: NotRequired[str]
    zip: NotRequired[str]
