"""Retries: which statuses are retried, exponential backoff with jitter, and the server's Retry-After."""

from __future__ import annotations

import email.utils
import random
import re
import time
from typing import Mapping, Optional

from ._spec import RetrySpec

JITTER = 0.25
MAX_RETRY_AFTER = 60.0


def should_retry(retry: RetrySpec, status: int) -> bool:
    return status in retry.statuses or status // 100 in retry.status_ranges


def backoff(retry: RetrySpec, attempt: int) -> float:
    """Seconds before retry number `attempt + 1`: initial × 2^attempt, capped, minus up to 25% jitter."""
    delay = min(float(retry.initial_delay_ms) * (2.0**attempt), float(retry.max_delay_ms)) / 1000
    return delay * (1 - random.random() * JITTER)


def retry_delay(retry: RetrySpec, attempt: int, headers: Mapping[str, str]) -> Optional[float]:
    """
    The server's delay (milliseconds, seconds or an HTTP date), else the backoff; None when the server asks for a
    longer wait than a client should block for: the error then reaches the caller, who can decide.
    """
    for name in retry.retry_after_headers:
        value = headers.get(name)
        if value is None:
            continue
        seconds: Optional[float] = None
        text = value.strip()
        if name.endswith("-ms"):
            seconds = _number(text, 1000)
        elif re.fullmatch(r"\d+(\.\d+)?", text):
            seconds = float(text)
        else:
            try:
                when = email.utils.parsedate_to_datetime(text)
                seconds = when.timestamp() - time.time()
            except (TypeError, ValueError, IndexError):
                seconds = None
        if seconds is None or seconds != seconds:
            continue
        if seconds > MAX_RETRY_AFTER:
            return None
        return max(0.0, seconds)
    return backoff(retry, attempt)


def _number(text: str, per_second: float) -> Optional[float]:
    try:
        return float(text) / per_second
    except ValueError:
        return None
