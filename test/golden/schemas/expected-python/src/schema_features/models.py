# Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import Annotated, Any, Dict, List, Literal, Optional, Union

from typing_extensions import NotRequired, TypeAlias, TypedDict

from ._core._models import BaseModel, Field

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
    "CatParam",
    "DogParam",
    "PetParam",
]


class Cat(BaseModel):
    kind: Literal["cat"]
    lives: int


class Circle(BaseModel):
    type: Literal["circle"]
    r: float


class Closed(BaseModel):
    a: Optional[str] = None


Color: TypeAlias = Literal["red", "green", "blue"]
"""A primary color."""


class Dog(BaseModel):
    kind: Literal["dog"]
    good: Optional[bool] = None


Either: TypeAlias = Union[str, float]


Forest: TypeAlias = List["TreeNode"]


Labels: TypeAlias = Dict[str, str]


Nullable: TypeAlias = Optional[str]
"""Use Color.

Deprecated.
"""


Open: TypeAlias = Dict[str, Any]


Pet: TypeAlias = Annotated[Union["Cat", "Dog"], Field(discriminator="kind")]


Priority: TypeAlias = Literal[1, 2, 3]


Shape: TypeAlias = Annotated[Union["Circle", "Square"], Field(discriminator="type")]


class Square(BaseModel):
    type: Literal["square"]
    side: float


class Stamped(BaseModel):
    at: str


class TreeNode(BaseModel):
    value: str
    children: Optional[List[TreeNode]] = None
    forest: Optional[Forest] = None


class CatParam(TypedDict):
    kind: Literal["cat"]
    lives: int


class DogParam(TypedDict):
    kind: Literal["dog"]
    good: NotRequired[Optional[bool]]


PetParam: TypeAlias = Union["CatParam", "DogParam"]
