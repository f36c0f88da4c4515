# Generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from typing_extensions import TypeAlias

from ._core._models import BaseModel, Field

__all__ = [
    "ClassListParams",
    "Error",
    "N2FAStatus",
    "N2faStatus2",
    "Page",
    "Record",
]


ClassListParams: TypeAlias = Dict[str, Any]
"""Collides with a generated params type name."""


class Error(BaseModel):
    message: Optional[str] = None


class N2FAStatus(BaseModel):
    enabled: Optional[bool] = None


N2faStatus2: TypeAlias = str
"""Collides with the one above once names become identifiers."""


class Page(BaseModel):
    x_items: Optional[List[Record]] = Field(default=None, alias="x-items")


class Record(BaseModel):
    my_field: Optional[str] = Field(default=None, alias="my-field")
    n2nd: Optional[int] = Field(default=None, alias="2nd")
    class_: Optional[str] = Field(default=None, alias="class")
