# Generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import List, Optional

from ._core._models import BaseModel

__all__ = [
    "User",
    "UserPage",
    "GroupsListResponse",
]


class User(BaseModel):
    id: str
    email: Optional[str] = None


class UserPage(BaseModel):
    items: List[User]
    more: bool


class GroupsListResponse(BaseModel):
    items: Optional[List[str]] = None
