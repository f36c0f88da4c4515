# Generated from spec.yaml (Form Ref API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import Optional

from typing_extensions import NotRequired, TypedDict

from ._core._files import FileTypes
from ._core._models import BaseModel

__all__ = [
    "UploadRequest",
    "UploadRequestParam",
]


class UploadRequest(BaseModel):
    filename: Optional[str] = None
    file: bytes


class UploadRequestParam(TypedDict):
    filename: NotRequired[str]
    file: FileTypes
