# Generated from spec.yaml (Type Alias Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from ._core._models import BaseModel

__all__ = [
    "Settings",
]


class Settings(BaseModel):
    enabled: bool
    count: int
    ratio: Optional[float] = None
    total: Optional[int] = None
    label: Optional[str] = None
    tags: Optional[List[str]] = None
    extra: Optional[Dict[str, float]] = None
    misspelt: Any = None
    either: Optional[int] = None
