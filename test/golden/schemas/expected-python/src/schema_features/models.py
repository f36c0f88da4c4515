# Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from typing_extensions import NotRequired, TypeAlias, TypedDict

__all__ = [
    "Cat",
    "Circle",
    "Closed",
    "Color",
    "Dog",
    "Either",
    "Forest",
    "Labels",
    "Nullable",
    "Open",
    "Pet",
    "Priority",
    "Shape",
    "Square",
    "Stamped",
    "TreeNode",
]


class Cat(TypedDict):
    kind: Literal["cat"]
    lives: int


class Circle(TypedDict):
    type: Literal["circle"]
    r: float


class Closed(TypedDict):
    a: NotRequired[str]


Color: TypeAlias = Literal["red", "green", "blue"]
"""A primary color."""


class Dog(TypedDict):
    kind: Literal["dog"]
    good: NotRequired[Optional[bool]]


Either: TypeAlias = Union[str, float]


Forest: TypeAlias = List["TreeNode"]


Labels: TypeAlias = Dict[str, str]


Nullable: TypeAlias = Optional[str]
"""Use Color.

Deprecated.
"""


Open: TypeAlias = Dict[str, Any]


Pet: TypeAlias = Union["Cat", "Dog"]


Priority: TypeAlias = Literal[1, 2, 3]


Shape: TypeAlias = Union["Circle", "Square"]


class Square(TypedDict):
    type: Literal["square"]
    side: float


class Stamped(TypedDict):
    at: str


class TreeNode(TypedDict):
    value: str
    children: NotRequired[List[TreeNode]]
    forest: NotRequired[Forest]
