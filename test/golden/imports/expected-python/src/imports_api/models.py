# Generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import List, Literal, Optional

from typing_extensions import NotRequired, TypeAlias, TypedDict

from ._core._models import BaseModel

__all__ = [
    "Album",
    "AlbumId",
    "Image",
    "Mode",
    "Notes",
    "Problem",
    "Region",
    "Session",
    "SortOrder",
    "Status",
    "Tag",
    "Track",
    "TrackEvent",
    "TrackKind",
    "TrackPage",
    "Unused",
    "AlbumParam",
    "TracksLiveEvent",
    "TracksLiveSessionTagFields",
]


class Album(BaseModel):
    id: Optional[str] = None
    title: Optional[str] = None


AlbumId: TypeAlias = str


Image: TypeAlias = bytes


Mode: TypeAlias = Literal["full", "preview"]


Notes: TypeAlias = str


class Problem(BaseModel):
    message: Optional[str] = None


Region: TypeAlias = Literal["eu", "us"]


Session: TypeAlias = str


SortOrder: TypeAlias = Literal["asc", "desc"]


class Status(BaseModel):
    ok: Optional[bool] = None


class Tag(TypedDict):
    op: NotRequired[str]
    label: NotRequired[str]


class Track(BaseModel):
    id: str
    kind: Optional[TrackKind] = None


class TrackEvent(BaseModel):
    track: Track


TrackKind: TypeAlias = Literal["song", "interlude"]


class TrackPage(BaseModel):
    items: List[Track]
    more: bool


class Unused(TypedDict):
    reason: NotRequired[str]


class AlbumParam(TypedDict):
    id: NotRequired[str]
    title: NotRequired[str]


TracksLiveEvent: TypeAlias = "TrackEvent"
"""Messages the server sends on `/tracks/live`."""


class TracksLiveSessionTagFields(TypedDict):
    """Further fields of the `tag` command of `/tracks/live`."""

    label: str
