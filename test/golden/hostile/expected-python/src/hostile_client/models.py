# Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import Optional

from ._core._models import BaseModel, Field

__all__ = [
    "Class",
]


class Class(BaseModel):
    """A schema named class */ globalThis.pwned = 5; /*"""

    constructor: Optional[str] = None
    proto__: Optional[str] = Field(default=None, alias="__proto__")
    toString: Optional[str] = None
    field: Optional[str] = Field(default=None, alias="*/")
    """*/ /*"""
    n2nd: Optional[int] = Field(default=None, alias="2nd")
    a_b: Optional[str] = Field(default=None, alias="a\u2028b")
