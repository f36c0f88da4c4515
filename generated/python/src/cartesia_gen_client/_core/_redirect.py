"""Redirects, followed by the client rather than by httpx, so that every hop passes the client's own rules: at most
MAX_REDIRECTS hops; a credential header never reaches another origin (scheme, host and port); 301/302/303 turn a
request with a body into a GET, 307/308 resend it as it was. The https-only rule is applied to each hop by the
client (see `BaseAPIClient._redirect`)."""

from __future__ import annotations

from typing import FrozenSet, Optional, Sequence, Tuple
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from ._errors import RedirectError
from ._request import PreparedRequest
from ._spec import CredentialSpec

MAX_REDIRECTS = 20
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
# Headers that describe a body the redirected GET no longer has.
_BODY_HEADERS = ("content-type", "content-length", "content-encoding", "transfer-encoding")


def credential_headers(credentials: Sequence[CredentialSpec]) -> FrozenSet[str]:
    """Every header that may carry a credential: the standard ones and each header the spec's schemes name."""
    names = {"authorization", "proxy-authorization", "cookie"}
    names.update(c.parameter_name.lower() for c in credentials if c.location == "header" and c.parameter_name)
    return frozenset(names)


def origin(url: str) -> Tuple[str, str, Optional[int]]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or {"http": 80, "https": 443}.get(scheme)


def redirect_request(
    prepared: PreparedRequest, status: int, location: Optional[str], hops: int, secret_headers: FrozenSet[str]
) -> Optional[PreparedRequest]:
    """The request of the next hop, or None when the response is not a redirect to follow."""
    if status not in REDIRECT_STATUSES or not location:
        return None
    if hops >= MAX_REDIRECTS:
        raise RedirectError(f"Stopped after {MAX_REDIRECTS} redirects: the server keeps redirecting (a loop?).")
    try:
        target = urlsplit(urljoin(prepared.url, location.strip()))
        target.port  # raises ValueError on a port that is not a number
    except ValueError:
        raise RedirectError(f"The server redirected ({status}) to a Location that is not a valid URL.") from None
    if target.scheme.lower() not in ("http", "https") or not target.hostname:
        raise RedirectError(f"The server redirected ({status}) to a Location that is not an http(s) URL; not following it.")
    url = urlunsplit(target._replace(fragment=""))
    headers = httpx.Headers(prepared.headers)
    method, content = prepared.method, prepared.content
    if status in (301, 302, 303) and method not in ("GET", "HEAD"):
        method, content = "GET", None
        for name in _BODY_HEADERS:
            headers.pop(name, None)
    if origin(url) != origin(prepared.url):
        for name in secret_headers:
            headers.pop(name, None)
    return PreparedRequest(method, url, headers, content)
