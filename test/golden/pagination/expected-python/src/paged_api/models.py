# Generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing import List

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "User",
    "UserPage",
    "GroupsListResponse",
]


class User(TypedDict):
    id: str
    email: NotRequired[str]


class UserPage(TypedDict):
    items: List[User]
    more: bool


class GroupsListResponse(TypedDict):
    items: NotRequired[List[str]]
