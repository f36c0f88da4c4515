# Generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing import List

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "Plain",
    "Team",
    "TeamInput",
    "User",
    "UserInput",
]


class Plain(TypedDict):
    a: NotRequired[str]


class Team(TypedDict):
    """Refers to User, so what the client sends differs from what it receives here too."""

    name: str
    members: List[User]


class TeamInput(TypedDict):
    """Refers to User, so what the client sends differs from what it receives here too."""

    name: str
    members: List[UserInput]


class User(TypedDict):
    id: str
    email: str
    created_at: str


class UserInput(TypedDict):
    email: str
    password: str
