"""Keeps the client's credential values out of what it reports: error messages, error bodies and headers the
server echoes, and the causes chained to connection errors."""

from __future__ import annotations

import base64
import re
from typing import Iterable, Optional

import httpx

from ._url import encode_component

MASK = "***"
# Shorter values are not real credentials, and masking them would garble ordinary words in messages.
MIN_SECRET = 4


class Redactor:
    """Replaces every credential the client holds, as given and as it travels (URL-encoded, base64), by `***`."""

    def __init__(self, secrets: Iterable[str]) -> None:
        forms = set()
        for secret in secrets:
            if len(secret) < MIN_SECRET:
                continue
            forms.update({secret, encode_component(secret), base64.b64encode(secret.encode("utf-8")).decode("ascii")})
        ordered = sorted(forms, key=len, reverse=True)
        self._pattern: Optional["re.Pattern[str]"] = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def contains(self, text: str) -> bool:
        return self._pattern is not None and self._pattern.search(text) is not None

    def text(self, text: str) -> str:
        return self._pattern.sub(MASK, text) if self._pattern is not None else text

    def value(self, value: object) -> object:
        """A JSON-like value with every string (keys included) redacted."""
        if self._pattern is None:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(k) if isinstance(k, str) else k: self.value(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v) for v in value]
        return value

    def headers(self, headers: httpx.Headers) -> httpx.Headers:
        if self._pattern is None:
            return headers
        return httpx.Headers([(name, self.text(value)) for name, value in headers.multi_items()])

    def cause(self, exc: BaseException) -> Optional[BaseException]:
        """The exception to chain as a cause: None when its own message would show a credential."""
        return None if self.contains(str(exc)) else exc


NO_SECRETS = Redactor(())
"""The redactor of a client that holds no credential (and the default where none is passed)."""
