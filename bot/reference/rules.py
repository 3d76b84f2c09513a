"""The rule-file reference: every table and key of the installed cogs' schema, with its
type, default, description and an example, read from the pydantic models.

`keys(catalog)` walks the assembled rule-file model; `render(catalog)` writes the page.
Examples are TOML snippets built from each field's `examples`, its default or a sample
of its type; the reference's tests check that every one of them is a valid rule file.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from bot.plugins import Catalog
from bot.reference.values import (
    default_text,
    describe,
    field_kind,
    is_table_list,
    kind_of,
    model_in,
    sample,
    split,
    toml_value,
)
from bot.rules.types import Kind

CORE_ORDER = ("community", "platforms", "channels", "roles", "permissions", "cogs")


@dataclass(frozen=True, slots=True)
class KeyDoc:
    """One key of a rule file as the reference shows it."""

    path: tuple[str, ...]
    type: str
    default: str | None
    description: str
    example: str | None
    required: bool
    is_table: bool
    in_list: bool
    """Inside a list of tables ([[...]]): its example is the list's."""

    @property
    def dotted(self) -> str:
        return ".".join(self.path)


def keys(catalog: Catalog) -> Iterator[KeyDoc]:
    """Every key, tables first then their keys, core tables then each cog's."""
    model = catalog.rule_model
    order = [*CORE_ORDER, *(t for m in catalog for t in m.sections)]
    for table in order:
        yield from _walk(model.model_fields[table], (table,), in_list=False)


def _walk(field: FieldInfo, path: tuple[str, ...], in_list: bool) -> Iterator[KeyDoc]:
    sub = model_in(field.annotation)
    description = " ".join((field.description or (sub.__doc__ if sub else "") or "").split())
    yield KeyDoc(
        path=path,
        type=describe(field.annotation, field.metadata),
        default=default_text(field),
        description=description,
        example=None
        if in_list or (sub and not is_table_list(field.annotation))
        else _example(field, path),
        required=field.is_required(),
        is_table=sub is not None,
        in_list=in_list,
    )
    if sub is not None:
        listed = in_list or is_table_list(field.annotation)
        for name, child in sub.model_fields.items():
            yield from _walk(child, (*path, name), listed)


def _example(field: FieldInfo, path: tuple[str, ...]) -> str:
    """A TOML snippet that sets this key (inside its table)."""
    *tables, key = path
    value = _example_value(field)
    if is_table_list(field.annotation):
        blocks = []
        for entry in value:
            if isinstance(entry, BaseModel):
                entry = entry.model_dump(exclude_none=True)
            lines = [f"[[{'.'.join(path)}]]"]
            entry_model = model_in(field.annotation)
            for name, item in entry.items():
                kind = field_kind(entry_model.model_fields[name]) if entry_model else None
                lines.append(f"{name} = {toml_value(item, kind)}")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)
    if not tables and isinstance(value, dict):  # a top-level table of names: [cogs] ...
        kind = field_kind(field)
        return "\n".join([f"[{key}]", *(f"{k} = {toml_value(v, kind)}" for k, v in value.items())])
    header = f"[{'.'.join(tables)}]\n" if tables else ""
    return f"{header}{key} = {toml_value(value, field_kind(field))}"


def _example_value(field: FieldInfo) -> Any:
    if field.examples:
        return field.examples[0]
    default = None if field.is_required() else field.get_default(call_default_factory=True)
    bare, inner = split(field.annotation)
    kind = kind_of([*field.metadata, *inner])
    if (
        isinstance(default, bool)
        or default in (None, [], {})
        or typing.get_origin(bare) is typing.Literal
    ):
        return sample(field.annotation, list(field.metadata), default)
    if isinstance(default, BaseModel):
        return default.model_dump()
    if kind is not None and kind.name == "retention" and default is None:
        return kind.sample
    return default


def kinds(catalog: Catalog) -> list[Kind]:
    """Every named value type used by a key, for the page's glossary."""
    found: dict[str, Kind] = {}

    def visit(annotation: Any, metadata: list[Any]) -> None:
        bare, inner = split(annotation)
        kind = kind_of([*metadata, *inner])
        if kind is not None:
            found.setdefault(kind.name, kind)
        for arg in typing.get_args(bare):
            if arg is not None:
                visit(arg, [])

    def walk(model: type[BaseModel]) -> None:
        for field in model.model_fields.values():
            visit(field.annotation, list(field.metadata))
            sub = model_in(field.annotation)
            if sub is not None:
                walk(sub)

    walk(catalog.rule_model)
    return sorted(found.values(), key=lambda kind: kind.name)


def render(catalog: Catalog) -> str:
    owners = {table: manifest.name for manifest in catalog for table in manifest.sections}
    out = [
        "# Rule-file reference",
        "",
        "<!-- Generated by `python -m bot.reference` from the schema. Do not edit. -->",
        "",
        "One TOML file per community. Only `[community]` is required; every other key has the",
        "default shown. Unknown keys, wrong types and bad values are errors that name the",
        "file and line, and a broken edit never replaces the rules that are running.",
        "The core owns the first tables; every other table belongs to a cog, and a table",
        "whose cog is not installed is an error (`hearth cogs` lists what is installed).",
        "",
        "## Value types",
        "",
        "| type | how to write it |",
        "|---|---|",
        *(f"| {kind.name} | {kind.help} |" for kind in kinds(catalog)),
        "",
        "## Tables",
        "",
        "| table | owned by |",
        "|---|---|",
    ]
    for table in [*CORE_ORDER, *(t for m in catalog for t in m.sections)]:
        owner = f"the `{owners[table]}` cog" if table in owners else "the core"
        out.append(f"| [`[{table}]`](#{table}) | {owner} |")
    for key in keys(catalog):
        out += _render_key(key, owners)
    return "\n".join(out).rstrip() + "\n"


def _render_key(key: KeyDoc, owners: dict[str, str]) -> list[str]:
    if len(key.path) == 1:
        owner = owners.get(key.path[0])
        where = f"Owned by the `{owner}` cog." if owner else "Owned by the core."
        lines = ["", f"## `[{key.dotted}]` {{#{key.dotted}}}", "", f"{key.description} {where}"]
        return lines if key.is_table else [*lines, "", *_facts(key, describe=False)]
    if key.is_table and not key.example:
        kind = "a list of tables" if key.type.startswith("list") else "a table"
        return ["", f"### `{key.dotted}`", "", f"{key.description} ({kind})"]
    return ["", f"{'###' if key.is_table else '####'} `{key.dotted}`", "", *_facts(key)]


def _facts(key: KeyDoc, describe: bool = True) -> list[str]:
    if key.required:
        state = "**required**"
    else:
        state = "not set by default" if key.default == "not set" else f"default `{key.default}`"
    lines = [f"{key.type} · {state}"]
    if key.description and describe:
        lines += ["", key.description]
    if key.example:
        lines += ["", "```toml", key.example, "```"]
    return lines


def example_files(catalog: Catalog) -> Iterator[tuple[str, str]]:
    """(key, example TOML) for every key that has one (the tests validate them)."""
    for key in keys(catalog):
        if key.example:
            yield key.dotted, key.example
