# Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "Class",
]


Class = TypedDict(
    "Class",
    {
        "constructor": NotRequired[str],
        "__proto__": NotRequired[str],
        "toString": NotRequired[str],
        # */ /*
        "*/": NotRequired[str],
        "2nd": NotRequired[int],
        "a\u2028b": NotRequired[str],
    },
)
"""A schema named class */ globalThis.pwned = 5; /*"""
