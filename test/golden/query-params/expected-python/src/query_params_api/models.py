# Generated from spec.yaml (Query Params API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing_extensions import NotRequired, TypedDict

from ._core._models import BaseModel

__all__ = [
    "Item",
    "ItemsSearchFilter",
]


class Item(BaseModel):
    id: int
    name: str


class ItemsSearchFilter(TypedDict):
    color: NotRequired[str]
    size: NotRequired[int]
