# Generated from spec.yaml (Schema Not Object Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import Any, Optional

from typing_extensions import TypeAlias

from ._core._models import BaseModel

__all__ = [
    "Odd",
    "Thing",
]


Odd: TypeAlias = Any


class Thing(BaseModel):
    id: Optional[str] = None
    blob: Any = None
