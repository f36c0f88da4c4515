# Generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing import List, Literal

from typing_extensions import NotRequired, TypeAlias, TypedDict

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
    "TracksLiveEvent",
    "TracksLiveSessionTagFields",
]


class Album(TypedDict):
    id: NotRequired[str]
    title: NotRequired[str]


AlbumId: TypeAlias = str


Image: TypeAlias = bytes


Mode: TypeAlias = Literal["full", "preview"]


Notes: TypeAlias = str


class Problem(TypedDict):
    message: NotRequired[str]


Region: TypeAlias = Literal["eu", "us"]


Session: TypeAlias = str


SortOrder: TypeAlias = Literal["asc", "desc"]


class Status(TypedDict):
    ok: NotRequired[bool]


class Tag(TypedDict):
    op: NotRequired[str]
    label: NotRequired[str]


class Track(TypedDict):
    id: str
    kind: NotRequired[TrackKind]


class TrackEvent(TypedDict):
    track: Track


TrackKind: TypeAlias = Literal["song", "interlude"]


class TrackPage(TypedDict):
    items: List[Track]
    more: bool


class Unused(TypedDict):
    reason: NotRequired[str]


TracksLiveEvent: TypeAlias = "TrackEvent"
"""Messages the server sends on `/tracks/live`."""


class TracksLiveSessionTagFields(TypedDict):
    """Further fields of the `tag` command of `/tracks/live`."""

    label: str
