# Generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import List, Optional

from typing_extensions import TypedDict

from ._core._models import BaseModel

__all__ = [
    "Plain",
    "Team",
    "TeamInput",
    "User",
    "UserInput",
]


class Plain(BaseModel):
    a: Optional[str] = None


class Team(BaseModel):
    """Refers to User, so what the client sends differs from what it receives here too."""

    name: str
    members: List[User]


class TeamInput(TypedDict):
    """Refers to User, so what the client sends differs from what it receives here too."""

    name: str
    members: List[UserInput]


class User(BaseModel):
    id: str
    email: str
    created_at: str


class UserInput(TypedDict):
    email: str
    password: str
