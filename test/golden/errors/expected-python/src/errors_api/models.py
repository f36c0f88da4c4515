# Generated from spec.yaml (Errors API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing import Optional

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "Problem",
    "ThingsGetResponse",
]


class Problem(TypedDict):
    title: NotRequired[str]
    detail: NotRequired[Optional[str]]
    trace: NotRequired[str]


class ThingsGetResponse(TypedDict):
    id: NotRequired[str]
