"""Timeouts as the caller gives them (seconds, `float('inf')` for none) turned into what httpx and websockets take."""

from __future__ import annotations

import math
from typing import Optional

from ._errors import InvalidRequestError

# The longest wait a timer can hold (2^31 - 1 ms, as in JavaScript): a longer timeout, or infinity, means none.
# httpx and the socket module would otherwise fail with OverflowError on such values.
MAX_TIMEOUT = (2**31 - 1) / 1000


def transport_timeout(seconds: float) -> Optional[float]:
    """None (wait forever) for infinity and anything past MAX_TIMEOUT; a positive number of seconds otherwise."""
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or math.isnan(seconds) or seconds <= 0:
        raise InvalidRequestError(f"A timeout must be a positive number of seconds (float('inf') for none), not {seconds!r}.")
    return None if seconds > MAX_TIMEOUT else float(seconds)


def wait_limit(seconds: Optional[float]) -> Optional[float]:
    """As transport_timeout, with None (no timeout asked for) passed through."""
    return None if seconds is None else transport_timeout(seconds)
