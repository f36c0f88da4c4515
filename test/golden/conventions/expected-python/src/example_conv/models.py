# Generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "PingPingResponse",
]


class PingPingResponse(TypedDict):
    ok: NotRequired[bool]
