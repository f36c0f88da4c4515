"""Received data as pydantic models: attribute access, unknown fields kept, and lenient parsing, so that a server
that adds a field, a variant or an enum value, or sends a value of another type than the spec says, never makes
a call fail after it succeeded on the wire."""

from __future__ import annotations

import builtins
import functools
import importlib
import types
import typing
from typing import Any, Dict, Set, Tuple, Type, Union, get_args, get_origin

import pydantic
from pydantic import ConfigDict, Field, TypeAdapter, ValidationError
from typing_extensions import Annotated, Literal

__all__ = ["BaseModel", "Field", "parse_as"]

_UNION_TYPES: Tuple[Any, ...] = (Union, types.UnionType)


class BaseModel(pydantic.BaseModel):
    """Base of the models the client returns. Fields the spec does not declare are kept (`model_extra`), fields
    are set by attribute name or by wire name, and `model_fields_set` tells an absent field from a null one."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        # Schemas are built on first use, not at import: importing the package stays cheap.
        defer_build=True,
        # Bytes (decoded base64 audio) go to JSON and come back as base64, so to_json() round-trips.
        ser_json_bytes="base64",
        val_json_bytes="base64",
    )

    def to_dict(self, *, mode: str = "python", exclude_unset: bool = True) -> Dict[str, Any]:
        """The model as a dict keyed by wire names; fields the server did not send are left out by default."""
        # A leniently parsed model may hold values of other types than its fields say: dump them without warning.
        return self.model_dump(mode=mode, by_alias=True, exclude_unset=exclude_unset, warnings=False)

    def to_json(self, *, indent: Union[int, None] = 2, exclude_unset: bool = True) -> str:
        """The model as JSON keyed by wire names (bytes as base64)."""
        return self.model_dump_json(indent=indent, by_alias=True, exclude_unset=exclude_unset, warnings=False)


@functools.lru_cache(maxsize=None)
def _namespace() -> Dict[str, Any]:
    """Where type names are resolved: models.py, with the typing names and `builtins` that type expressions use."""
    models = importlib.import_module(__name__.rsplit(".", 2)[0] + ".models")
    return {**vars(typing), "builtins": builtins, **vars(models)}


@functools.lru_cache(maxsize=None)
def _resolved(type_: Any) -> Any:
    """The type, given as a name or expression of models.py (as the resource modules do, which import the models for
    the type checker only), or holding such names in quotes (as models.py's aliases do), resolved."""
    holder = type("_Holder", (), {"__annotations__": {"value": type_}})
    return typing.get_type_hints(holder, globalns=_namespace(), include_extras=True)["value"]


@functools.lru_cache(maxsize=None)
def _adapter(type_: Any) -> TypeAdapter[Any]:
    return TypeAdapter(_resolved(type_))


def parse_as(type_: Any, value: object) -> Any:
    """`value` (decoded JSON) as `type_`: validated, or, when it does not match, built as close to it as it goes."""
    if type_ is None or type_ is Any:
        return value
    try:
        return _adapter(type_).validate_python(value)
    except ValidationError:
        return _construct(_resolved(type_), value)


def _construct(type_: Any, value: object) -> Any:
    """Builds what validates and keeps the rest as received: a model whose field holds an unexpected value keeps
    that value, a list keeps its items, a union takes the member whose literal fields match."""
    if value is None:
        return None
    origin = get_origin(type_)
    if origin is Annotated:
        return parse_as(get_args(type_)[0], value)
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return _construct_model(type_, value) if isinstance(value, dict) else value
    if origin is list and isinstance(value, list):
        item = (get_args(type_) or (Any,))[0]
        return [parse_as(item, v) for v in value]
    if origin is dict and isinstance(value, dict):
        args = get_args(type_)
        item = args[1] if len(args) == 2 else Any
        return {k: parse_as(item, v) for k, v in value.items()}
    if origin in _UNION_TYPES:
        return _construct_union(get_args(type_), value)
    return value


def _construct_model(model: Type[pydantic.BaseModel], value: Dict[str, object]) -> pydantic.BaseModel:
    fields: Dict[str, object] = {}
    known: Set[str] = set()
    for name, info in model.model_fields.items():
        key = info.alias or name
        known.update((key, name))
        if key in value:
            fields[name] = parse_as(info.annotation, value[key])
        elif name in value:
            fields[name] = parse_as(info.annotation, value[name])
    extra = {k: v for k, v in value.items() if k not in known}
    return model.model_construct(set(fields) | set(extra), **fields, **extra)


def _construct_union(members: Tuple[Any, ...], value: object) -> Any:
    models = [m for m in members if isinstance(m, type) and issubclass(m, pydantic.BaseModel)]
    if isinstance(value, dict) and models:
        for model in models:
            if _literals_match(model, value):
                return _construct_model(model, value)
        # A variant the spec does not know yet: every field kept, readable as attributes.
        return BaseModel.model_validate(value)
    return value


def _literals_match(model: Type[pydantic.BaseModel], value: Dict[str, object]) -> bool:
    """True when the model has Literal-typed fields (a union's tag) and value holds one of their values in each."""
    tagged = False
    for name, info in model.model_fields.items():
        if get_origin(info.annotation) is not Literal:
            continue
        tagged = True
        if value.get(info.alias or name) not in get_args(info.annotation):
            return False
    return tagged
