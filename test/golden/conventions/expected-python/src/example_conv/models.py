# Generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import Optional

from ._core._models import BaseModel

__all__ = [
    "PingPingResponse",
]


class PingPingResponse(BaseModel):
    ok: Optional[bool] = None
