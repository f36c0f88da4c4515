"""The API's conventions and each operation's wire shape, as data rendered from the spec (see the generated client)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional, Sequence, Tuple, Union

from ._errors import ErrorClassEntry

Scalar = Union[str, int, float, bool]


@dataclass(frozen=True)
class ParamSpec:
    """How one parameter goes on the wire; `name` is its wire name."""

    name: str
    style: str = "form"
    explode: bool = True
    fixed: Optional[Scalar] = None


@dataclass(frozen=True)
class FieldWire:
    """How one form field becomes parts, as the spec's `encoding` entry for it says (see `form_parts`)."""

    style: str
    explode: bool


@dataclass(frozen=True)
class BodySpec:
    encoding: str
    content_type: str
    merged: bool
    required: bool
    fields: Mapping[str, FieldWire] = field(default_factory=dict)
    """Form fields whose encoding the spec declares; the others go by their value's shape."""


@dataclass(frozen=True)
class ResponseSpec:
    kind: str
    accept: Optional[str] = None
    base64_fields: Tuple[str, ...] = ()


@dataclass(frozen=True)
class OperationSpec:
    """One operation of the spec: the generated methods pass it with the caller's values."""

    method: str
    path: str
    response: ResponseSpec
    query: Tuple[ParamSpec, ...] = ()
    headers: Tuple[ParamSpec, ...] = ()
    cookies: Tuple[ParamSpec, ...] = ()
    body: Optional[BodySpec] = None
    security: Tuple[Tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class ChannelSpec:
    """One realtime channel of the spec."""

    path: str
    query: Tuple[ParamSpec, ...] = ()
    security: Tuple[Tuple[str, ...], ...] = ()
    base64_fields: Tuple[str, ...] = ()
    context_id_field: Optional[str] = None
    context_end_field: Optional[str] = None


@dataclass(frozen=True)
class CredentialSpec:
    scheme: str
    option: str
    transport: str
    location: Optional[str] = None
    parameter_name: Optional[str] = None
    env: Optional[str] = None
    websocket_query_parameter: Optional[str] = None


@dataclass(frozen=True)
class ApiVersionSpec:
    header: str
    default: str
    pattern: Optional[str] = None
    websocket_query_parameter: Optional[str] = None


@dataclass(frozen=True)
class RetrySpec:
    max_retries: int = 2
    initial_delay_ms: int = 500
    max_delay_ms: int = 8000
    statuses: Tuple[int, ...] = ()
    status_ranges: Tuple[int, ...] = ()
    on_connection_error: bool = True
    retry_after_headers: Tuple[str, ...] = ()


@dataclass(frozen=True)
class ErrorInfo:
    message: Optional[str] = None
    request_id: Optional[str] = None
    status: Optional[int] = None


@dataclass(frozen=True)
class ErrorSpec:
    message_fields: Tuple[str, ...] = ()
    request_id_headers: Tuple[str, ...] = ()
    request_id_field: Optional[str] = None
    status_field: Optional[str] = None
    in_stream: Optional[Tuple[str, str]] = None
    classes: Tuple[ErrorClassEntry, ...] = ()

    def describe(self, body: object) -> ErrorInfo:
        """Message, request id and status of an error body, by the API's error convention."""
        if not isinstance(body, dict):
            return ErrorInfo()
        message = next((v for v in (body.get(f) for f in self.message_fields) if isinstance(v, str) and v != ""), None)
        request_id = body.get(self.request_id_field) if self.request_id_field else None
        status = body.get(self.status_field) if self.status_field else None
        return ErrorInfo(
            message=message,
            request_id=request_id if isinstance(request_id, str) and request_id != "" else None,
            status=status if isinstance(status, int) and not isinstance(status, bool) else None,
        )

    def is_stream_error(self, message: Mapping[str, object]) -> bool:
        return self.in_stream is not None and message.get(self.in_stream[0]) == self.in_stream[1]


@dataclass(frozen=True)
class CursorConvention:
    after_parameter: str
    items_field: str
    limit_parameter: Optional[str] = None
    before_parameter: Optional[str] = None
    has_more_field: Optional[str] = None
    next_cursor_field: Optional[str] = None
    item_cursor_field: Optional[str] = None


@dataclass(frozen=True)
class ClientConfig:
    """Everything about the API the client needs at run time, rendered from the spec's conventions."""

    client_name: str
    package_name: str
    package_version: str
    base_url: Optional[str]
    timeout: float
    retry: RetrySpec
    errors: ErrorSpec
    tls_required: bool = True
    loopback_exception: bool = True
    websocket_base_url: Optional[str] = None
    server_url: Optional[str] = None
    server_variables: Mapping[str, str] = field(default_factory=dict)
    server_variable_enums: Mapping[str, Tuple[str, ...]] = field(default_factory=dict)
    """The values a server variable may take, for the variables whose spec lists an `enum`."""
    api_version: Optional[ApiVersionSpec] = None
    credentials: Tuple[CredentialSpec, ...] = ()
    pagination: Optional[CursorConvention] = None
    logger_name: str = "api_client"
    """The named logger the client logs to (the package's import name)."""
    log_level_env: Optional[str] = None
    """Environment variable holding the log level, when the spec names one."""
    base_url_env: Optional[str] = None
    """Environment variable holding the base URL, when the spec names one."""


def _params(items: Any, default_style: str) -> Tuple[ParamSpec, ...]:
    out = []
    for item in items or ():
        style = item.get("style", default_style)
        out.append(ParamSpec(item["name"], style, item.get("explode", style == "form"), item.get("fixed")))
    return tuple(out)


def _security(items: Any) -> Tuple[Tuple[str, ...], ...]:
    return tuple(tuple(str(s) for s in alternative) for alternative in items or ())


def _body(data: Mapping[str, Any]) -> BodySpec:
    fields = {name: FieldWire(wire["style"], wire["explode"]) for name, wire in (data.get("fields") or {}).items()}
    return BodySpec(data["encoding"], data["content_type"], data["merged"], data["required"], fields)


def operation_spec(data: Mapping[str, Any]) -> OperationSpec:
    """Builds an operation's descriptor from the plain data the generated code holds."""
    body = data.get("body")
    response = data["response"]
    return OperationSpec(
        method=data["method"],
        path=data["path"],
        response=ResponseSpec(response["kind"], response.get("accept"), tuple(response.get("base64_fields", ()))),
        query=_params(data.get("query"), "form"),
        headers=_params(data.get("headers"), "simple"),
        cookies=_params(data.get("cookies"), "form"),
        body=_body(body) if body else None,
        security=_security(data.get("security")),
    )


def channel_spec(data: Mapping[str, Any]) -> ChannelSpec:
    context = data.get("context") or {}
    return ChannelSpec(
        path=data["path"],
        query=_params(data.get("query"), "form"),
        security=_security(data.get("security")),
        base64_fields=tuple(data.get("base64_fields", ())),
        context_id_field=context.get("id_field"),
        context_end_field=context.get("end_field"),
    )


def client_config(data: Mapping[str, Any], error_classes: Sequence[ErrorClassEntry]) -> ClientConfig:
    """Builds the client's configuration from the plain data the generated client module holds."""
    version: Optional[Dict[str, Any]] = data.get("api_version")
    retry = data.get("retry", {})
    errors = data.get("errors", {})
    in_stream = errors.get("in_stream")
    server = data.get("server")
    pagination = data.get("pagination")
    transport = data.get("transport", {})
    environment = data.get("environment", {})
    return ClientConfig(
        client_name=data["client_name"],
        package_name=data["package_name"],
        package_version=data["package_version"],
        base_url=data.get("base_url"),
        timeout=float(data["timeout"]),
        retry=RetrySpec(
            max_retries=retry.get("max_retries", 2),
            initial_delay_ms=retry.get("initial_delay_ms", 500),
            max_delay_ms=retry.get("max_delay_ms", 8000),
            statuses=tuple(retry.get("statuses", ())),
            status_ranges=tuple(retry.get("status_ranges", ())),
            on_connection_error=retry.get("on_connection_error", True),
            retry_after_headers=tuple(h.lower() for h in retry.get("retry_after_headers", ())),
        ),
        errors=ErrorSpec(
            message_fields=tuple(errors.get("message_fields", ())),
            request_id_headers=tuple(errors.get("request_id_headers", ())),
            request_id_field=errors.get("request_id_field"),
            status_field=errors.get("status_field"),
            in_stream=(in_stream["field"], in_stream["value"]) if in_stream else None,
            classes=tuple(error_classes),
        ),
        tls_required=transport.get("tls", "required") == "required",
        loopback_exception=transport.get("loopback_exception", True),
        websocket_base_url=data.get("websocket_base_url"),
        server_url=server["url"] if server else None,
        server_variables=dict(server["variables"]) if server else {},
        server_variable_enums={k: tuple(v) for k, v in server.get("enums", {}).items()} if server else {},
        api_version=ApiVersionSpec(
            version["header"], version["default"], version.get("pattern"), version.get("websocket_query_parameter")
        )
        if version
        else None,
        credentials=tuple(
            CredentialSpec(
                scheme=c["scheme"],
                option=c["option"],
                transport=c["transport"],
                location=c.get("in"),
                parameter_name=c.get("parameter_name"),
                env=c.get("env"),
                websocket_query_parameter=c.get("websocket_query_parameter"),
            )
            for c in data.get("credentials", ())
        ),
        pagination=CursorConvention(**pagination) if pagination else None,
        logger_name=data.get("logger_name", "api_client"),
        log_level_env=environment.get("log_level"),
        base_url_env=environment.get("base_url"),
    )
