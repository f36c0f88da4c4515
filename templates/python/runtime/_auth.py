"""Credentials and the transport rules: which credential an operation uses, how it travels, and where it may go."""

from __future__ import annotations

import base64
import os
import re
from typing import Dict, List, Mapping, Optional, Sequence, Tuple
from urllib.parse import quote, urlsplit

from ._errors import ConfigurationError, InsecureTransportError, MissingCredentialError
from ._spec import ClientConfig, CredentialSpec
from ._url import encode_component, is_loopback_host


def read_env(name: str) -> Optional[str]:
    value = os.environ.get(name)
    return value.strip() if value is not None and value.strip() != "" else None


def resolve_credentials(config: ClientConfig, given: Mapping[str, Optional[str]]) -> Dict[str, str]:
    """Scheme → credential: the option when given (an empty string means none), else its environment variable."""
    held: Dict[str, str] = {}
    for credential in config.credentials:
        value = given.get(credential.option)
        if value is not None and not isinstance(value, str):
            raise ConfigurationError(f"The `{credential.option}` option must be a string.")
        if value is None and credential.env:
            value = read_env(credential.env)
        if value:
            held[credential.scheme] = value
    return held


def describe(credential: CredentialSpec) -> str:
    return f"`{credential.option}`" + (f" (or set {credential.env})" if credential.env else "")


def choose(config: ClientConfig, held: Mapping[str, str], security: Sequence[Sequence[str]], what: str) -> List[CredentialSpec]:
    """The first credential set the client holds (a held set beats the empty one, which means optional)."""
    if not security:
        return []
    by_scheme = {c.scheme: c for c in config.credentials}
    for alternative in security:
        if alternative and all(scheme in held for scheme in alternative):
            return [by_scheme[scheme] for scheme in alternative]
    if any(len(alternative) == 0 for alternative in security):
        return []
    options = [" + ".join(describe(by_scheme[s]) for s in alternative if s in by_scheme) for alternative in security]
    raise MissingCredentialError(f"This {what} needs a credential: pass {' or '.join(options)} when creating the client.")


def authenticate(
    config: ClientConfig, held: Mapping[str, str], security: Sequence[Sequence[str]], what: str = "request"
) -> Tuple[Dict[str, str], List[str]]:
    """Headers and encoded query pairs for the credential set chosen for an operation (or a channel's handshake)."""
    headers: Dict[str, str] = {}
    query: List[str] = []
    for credential in choose(config, held, security, what):
        value = held[credential.scheme]
        if credential.transport == "bearer":
            headers["authorization"] = f"Bearer {value}"
        elif credential.transport == "basic":
            headers["authorization"] = "Basic " + base64.b64encode(value.encode("utf-8")).decode("ascii")
        elif credential.location == "query":
            query.append(f"{encode_component(credential.parameter_name or '')}={encode_component(value)}")
        elif credential.location == "cookie":
            pair = f"{credential.parameter_name}={encode_component(value)}"
            headers["cookie"] = f"{headers['cookie']}; {pair}" if "cookie" in headers else pair
        else:
            headers[credential.parameter_name or "authorization"] = value
    return headers, query


def check_transport(config: ClientConfig, url: str) -> None:
    """Refuses plain http/ws to a host other than loopback when credentials would travel in clear text."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError as exc:
        raise ConfigurationError(f"Invalid base URL: {url}") from exc
    if not parts.scheme or not host:
        raise ConfigurationError(f"Invalid base URL: {url}")
    plain = parts.scheme.lower() in ("http", "ws")
    if config.tls_required and plain and not (config.loopback_exception and is_loopback_host(host)):
        raise InsecureTransportError(
            f"Refusing to send credentials over plain {parts.scheme.lower()} to {host}: anyone on the network could read"
            " them. Use https (plain http is only allowed to localhost)."
        )


def check_version(config: ClientConfig, version: Optional[str]) -> None:
    spec = config.api_version
    if version is None or spec is None or spec.pattern is None:
        return
    if not isinstance(version, str) or re.search(spec.pattern, version) is None:
        raise ConfigurationError(
            f'API version "{version}" does not look like {spec.pattern}; pass a version such as "{spec.default}".'
        )


def server_url(config: ClientConfig, variables: Optional[Mapping[str, str]]) -> Optional[str]:
    """The spec's server URL with the caller's variable values (or the defaults) filled in. A value must be one of
    the variable's `enum` when the spec lists one; any other value is percent-encoded whole, so that it cannot
    change the URL's host or add a path, query or user name."""
    if config.server_url is None or variables is None:
        return config.base_url
    known = config.server_variables
    for name in variables:
        if name not in known:
            raise ConfigurationError(f'Unknown server variable "{name}"; the server URL has: {", ".join(known) or "none"}.')

    def fill(match: "re.Match[str]") -> str:
        name = match.group(1)
        value = variables.get(name)
        if not value:
            return known.get(name, "")
        if not isinstance(value, str):
            raise ConfigurationError(f'The server variable "{name}" must be a string.')
        allowed = config.server_variable_enums.get(name)
        if allowed is None:
            return quote(value, safe="")
        if value not in allowed:
            raise ConfigurationError(f'The server variable "{name}" must be one of {", ".join(allowed)}; pass one of those.')
        return value

    return re.sub(r"\{([^}]+)\}", fill, config.server_url)
