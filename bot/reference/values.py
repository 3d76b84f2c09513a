"""How the reference shows a rule-file key: its type in words, its default and an example,
all read from the pydantic field, so the page cannot say something the schema does not.

Value types named with `bot.rules.types.Kind` (durations, words, time zones ...) are
shown by that name and get its sample in examples; bounds (`ge`, `max_length` ...) are
spelled out; durations and retentions are shown as "10m"/"forever", not seconds.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterable
from typing import Any, Literal, Union

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from bot.rules.types import Kind

NoneType = type(None)


def kind_of(metadata: list[Any]) -> Kind | None:
    return next((item for item in metadata if isinstance(item, Kind)), None)


def split(annotation: Any) -> tuple[Any, list[Any]]:
    """The bare type and the metadata of an Annotated[...] (or the type and [])."""
    if typing.get_origin(annotation) is typing.Annotated:
        bare, *metadata = typing.get_args(annotation)
        extra: list[Any] = []
        for item in metadata:
            extra.extend(item.metadata if isinstance(item, FieldInfo) else [item])
        return bare, extra
    return annotation, []


def optional(annotation: Any) -> tuple[Any, bool]:
    """(the type without None, whether None is allowed)."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not NoneType]
        if len(args) < len(typing.get_args(annotation)):
            return (args[0] if len(args) == 1 else Union[tuple(args)]), True  # noqa: UP007
    return annotation, False


def model_in(annotation: Any) -> type[BaseModel] | None:
    """The table model a key holds (directly, optionally or as a list of tables)."""
    bare, _ = split(optional(split(annotation)[0])[0])
    if typing.get_origin(bare) is list:
        bare = split(typing.get_args(bare)[0])[0]
    return bare if isinstance(bare, type) and issubclass(bare, BaseModel) else None


def is_table_list(annotation: Any) -> bool:
    bare = optional(split(annotation)[0])[0]
    return typing.get_origin(bare) is list and model_in(annotation) is not None


def describe(annotation: Any, metadata: Iterable[Any] = ()) -> str:
    """The type in words: "list of words or phrases (at most 500)"."""
    bare, inner = split(annotation)
    outer = [*metadata, *inner]
    bare, can_be_none = optional(bare)
    if kind_of(outer) is not None:  # the kind itself says what "not set" means
        can_be_none = False
    bare, more = split(bare)
    metadata = [*outer, *more]
    kind = kind_of(metadata)
    text = kind.name if kind else _describe_bare(bare)
    bounds = _bounds(metadata, text=bare is str, with_lengths=kind is None or bare is not str)
    if bounds:
        text += f" ({bounds})"
    return f"{text}, or not set" if can_be_none else text


def _describe_bare(bare: Any) -> str:
    origin = typing.get_origin(bare)
    if origin is Literal:
        return "one of " + _choices(bare)
    if origin is list:
        (item,) = typing.get_args(bare)
        if model_in(item):
            return "list of tables"
        item_bare = optional(split(item)[0])[0]
        if typing.get_origin(item_bare) is Literal:
            return "list of any of " + _choices(item_bare)
        return f"list of {_plural(_short(item))}"
    if origin is dict:
        key, value = typing.get_args(bare)
        return f"table of {_short(key)} = {_short(value)}"
    if isinstance(bare, type) and issubclass(bare, BaseModel):
        return "table"
    return {bool: "true or false", int: "whole number", float: "number", str: "text"}.get(
        bare, getattr(bare, "__name__", str(bare))
    )


def _short(annotation: Any) -> str:
    """A nested type without its own length bounds (they are said in the kind's help)."""
    bare, metadata = split(annotation)
    kind = kind_of(metadata)
    return kind.name if kind else _describe_bare(optional(bare)[0])


def _choices(literal: Any) -> str:
    return ", ".join(f"`{json.dumps(value)}`" for value in typing.get_args(literal))


def _plural(text: str) -> str:
    words = {"word or phrase": "words or phrases", "whole number": "whole numbers"}
    return words.get(text, text if text.endswith("s") else f"{text}s")


def _bounds(metadata: list[Any], text: bool, with_lengths: bool = True) -> str:
    low = high = None
    parts = []
    for item in metadata:
        if isinstance(item, annotated_types.Ge):
            low = f"at least {item.ge}"
        elif isinstance(item, annotated_types.Gt):
            low = f"more than {item.gt}"
        elif isinstance(item, annotated_types.Le):
            high = f"at most {item.le}"
        elif isinstance(item, annotated_types.Lt):
            high = f"less than {item.lt}"
        elif not with_lengths:
            continue
        elif isinstance(item, annotated_types.MaxLen):
            parts.append(f"at most {item.max_length}" + (" characters" if text else ""))
        elif isinstance(item, annotated_types.MinLen) and (item.min_length > 1 or not text):
            parts.append(f"at least {item.min_length}" + (" characters" if text else ""))
    return ", ".join(part for part in (low, high, *parts) if part)


def seconds_text(seconds: int) -> str:
    """A whole number of seconds as the rule file writes it: 1209600 -> "14d"."""
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0 and not (unit == "w" and seconds % 86400 == 0):
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def toml_value(value: Any, kind: Kind | None = None) -> str:
    """A Python value as inline TOML, durations as "10m" (read from each field's Kind)."""
    if kind is not None and kind.name in ("duration", "retention"):
        if value is None:
            return '"forever"'
        if isinstance(value, int) and not isinstance(value, bool):
            return json.dumps(seconds_text(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        if "\\" in value and "'" not in value and "\n" not in value:
            return f"'{value}'"  # a literal string: patterns read as written
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, BaseModel):
        pairs = [
            f"{_key(name)} = {toml_value(getattr(value, name), field_kind(field))}"
            for name, field in type(value).model_fields.items()
            if getattr(value, name) is not None
        ]
        return "{ " + ", ".join(pairs) + " }" if pairs else "{}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item, kind) for item in value) + "]"
    if isinstance(value, dict):
        pairs = [f"{_key(k)} = {toml_value(v, kind)}" for k, v in value.items()]
        return "{ " + ", ".join(pairs) + " }" if pairs else "{}"
    raise TypeError(f"no TOML form for {value!r}")


def field_kind(field: FieldInfo) -> Kind | None:
    """The Kind of a field's value, or of its items or values (a list of durations)."""
    bare, inner = split(field.annotation)
    kind = kind_of([*field.metadata, *inner])
    if kind is not None:
        return kind
    bare, _ = optional(bare)
    bare, more = split(bare)
    kind = kind_of(more)
    if kind is not None:
        return kind
    args = typing.get_args(bare)
    return kind_of(split(args[-1])[1]) if args else None


def _key(name: Any) -> str:
    name = str(name)
    bare = name.replace("-", "").replace("_", "").isalnum() and name.isascii()
    return name if bare else json.dumps(name)


def default_text(field: FieldInfo) -> str | None:
    """The default as TOML; None for a required key or a table (its keys say theirs)."""
    if field.is_required():
        return None
    value = field.get_default(call_default_factory=True)
    if isinstance(value, BaseModel):
        return None
    kind = field_kind(field)
    if value is None:
        return '"forever"' if kind and kind.name == "retention" else "not set"
    return toml_value(value, kind)


def sample(annotation: Any, metadata: list[Any], default: Any = None) -> Any:
    """A plausible value of this type that is not the default, for examples."""
    bare, inner = split(annotation)
    bare, _ = optional(bare)
    bare, more = split(bare)
    metadata = [*metadata, *inner, *more]
    kind = kind_of(metadata)
    if kind is not None:
        return kind.sample
    origin = typing.get_origin(bare)
    if bare is bool:
        return not default if isinstance(default, bool) else True
    if origin is Literal:
        choices = typing.get_args(bare)
        return next((choice for choice in choices if choice != default), choices[0])
    if bare in (int, float):
        if isinstance(default, int | float) and not isinstance(default, bool):
            return default
        low = next((getattr(m, "ge", None) for m in metadata if hasattr(m, "ge")), None)
        return bare(low if low is not None else 1)
    if origin is list:
        return [sample(typing.get_args(bare)[0], [])]
    if origin is dict:
        key, value = typing.get_args(bare)
        return {sample(key, []): sample(value, [])}
    return "example"
