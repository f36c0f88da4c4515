# Generated from spec.yaml (Type Alias Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "Settings",
]


class Settings(TypedDict):
    enabled: bool
    count: int
    ratio: NotRequired[float]
    total: NotRequired[int]
    label: NotRequired[str]
    tags: NotRequired[List[str]]
    extra: NotRequired[Dict[str, float]]
    misspelt: NotRequired[Any]
    either: NotRequired[Optional[int]]
