"""Every request the fake receives is checked against Discord's own OpenAPI description.

`tests/fakes/specs/discord/openapi.json` is Discord's published v10 description (MIT,
LICENSE beside it). A request whose path and method Discord does not have, whose path or
declared query parameters have the wrong type, or whose JSON body does not match the
operation's schema is answered the way Discord answers: 404 for an unknown route, 405 for
a wrong method, 400 with code 50035 and an error tree for a bad body.

Four deliberate relaxations, each matching the live API and its reference rather than
the preview description: snowflakes may be JSON integers (discord.py sends
`allowed_mentions.users` that way and Discord accepts it; Reference > Snowflakes);
permission sets may be strings (Topics > Permissions: "serialized into a string", which is
how discord.py sends overwrites); channel type 16 (GUILD_MEDIA, listed in Resources >
Channel > Channel Types) is a channel type; and a missing body counts as `{}`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[1] / "specs" / "discord" / "openapi.json"
BASE = "urn:discord-openapi"
METHODS = ("get", "put", "post", "patch", "delete")


@dataclass(frozen=True)
class Operation:
    template: str
    method: str
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    query: dict[str, dict[str, Any]]
    body_pointer: str | None


class SpecError(Exception):
    """A request Discord's description rejects: status, JSON code and an error tree."""

    def __init__(self, status: int, code: int, message: str, errors: Any = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.errors = status, code, message, errors


@cache
def _document() -> dict[str, Any]:
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    snowflake = spec["components"]["schemas"]["SnowflakeType"]
    spec["components"]["schemas"]["SnowflakeType"] = {
        "anyOf": [snowflake, {"type": "integer", "minimum": 0}]
    }
    _permissions_as_strings(spec)
    types = spec["components"]["schemas"]["ChannelTypes"]
    types["oneOf"].append({"title": "GUILD_MEDIA", "const": 16})
    return spec


PERMISSION_FIELDS = frozenset({"allow", "deny", "permissions", "default_member_permissions"})


def _permissions_as_strings(node: Any) -> None:
    if isinstance(node, dict):
        for name, child in (node.get("properties") or {}).items():
            kinds = child.get("type") if isinstance(child, dict) else None
            if name in PERMISSION_FIELDS and isinstance(kinds, list) and "integer" in kinds:
                child["type"] = [*kinds, "string"]
                child["pattern"] = r"^\d+$"
        for child in node.values():
            _permissions_as_strings(child)
    elif isinstance(node, list):
        for child in node:
            _permissions_as_strings(child)


@cache
def _registry() -> Registry:
    resource = Resource.from_contents(_document(), default_specification=DRAFT202012)
    return Registry().with_resource(BASE, resource)


def _pointer(*parts: str) -> str:
    escaped = (part.replace("~", "~0").replace("/", "~1") for part in parts)
    return "#/" + "/".join(quote(part, safe="~") for part in escaped)


@cache
def operations() -> tuple[Operation, ...]:
    found: list[Operation] = []
    for template, item in _document()["paths"].items():
        names = tuple(re.findall(r"\{(\w+)\}", template))
        regex = re.escape(template)
        for name in names:
            regex = regex.replace(re.escape("{" + name + "}"), r"([^/]+)")
        pattern = re.compile(regex)
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            params = [*item.get("parameters", []), *operation.get("parameters", [])]
            query = {p["name"]: p["schema"] for p in params if p.get("in") == "query"}
            content = operation.get("requestBody", {}).get("content", {})
            pointer = None
            if "application/json" in content:
                pointer = _pointer(
                    "paths", template, method, "requestBody", "content", "application/json"
                )
                pointer += "/schema"
            found.append(Operation(template, method.upper(), pattern, names, query, pointer))
    # Literal segments beat placeholders: /users/@me before /users/{user_id}.
    found.sort(key=lambda op: (op.template.count("{"), -len(op.template)))
    return tuple(found)


@cache
def _validator(pointer: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": BASE + pointer}, registry=_registry())


def match(method: str, path: str) -> Operation:
    """The operation for this request, or the SpecError Discord would answer with."""
    allowed = False
    for operation in operations():
        if operation.pattern.fullmatch(path):
            if operation.method == method:
                return operation
            allowed = True
    if allowed:
        raise SpecError(405, 0, "405: Method Not Allowed")
    raise SpecError(404, 0, "404: Not Found")


def validate(method: str, path: str, query: dict[str, str], body: Any) -> Operation:
    """Check path parameters, declared query parameters and the JSON body."""
    operation = match(method, path)
    groups = operation.pattern.fullmatch(path)
    assert groups is not None
    for name, value in zip(operation.names, groups.groups(), strict=True):
        if name.endswith("_id") and name != "application_id" and not value.isdigit():
            raise SpecError(404, 0, "404: Not Found")
    errors: dict[str, Any] = {}
    for name, raw in query.items():
        schema = operation.query.get(name)
        if schema is None:
            continue
        kind = schema.get("type")
        if kind == "integer":
            if not re.fullmatch(r"-?\d+", raw):
                errors[name] = _leaf("NUMBER_TYPE_COERCE", f'Value "{raw}" is not int.')
                continue
            number = int(raw)
            low, high = schema.get("minimum"), schema.get("maximum")
            if (low is not None and number < low) or (high is not None and number > high):
                errors[name] = _leaf(
                    "NUMBER_TYPE_MAX" if high is not None and number > high else "NUMBER_TYPE_MIN",
                    f"Int value should be between {low} and {high}.",
                )
    if operation.body_pointer is not None:
        problems = sorted(
            _validator(operation.body_pointer).iter_errors({} if body is None else body),
            key=lambda error: list(error.absolute_path),
        )
        for problem in problems[:10]:
            _insert(errors, list(problem.absolute_path), _describe(problem))
    if errors:
        raise SpecError(400, 50035, "Invalid Form Body", errors)
    return operation


def _leaf(code: str, message: str) -> dict[str, Any]:
    return {"_errors": [{"code": code, "message": message}]}


def _describe(problem: ValidationError) -> dict[str, Any]:
    kind = {
        "type": "BASE_TYPE_BAD_TYPE",
        "maxLength": "BASE_TYPE_MAX_LENGTH",
        "minLength": "BASE_TYPE_MIN_LENGTH",
        "maxItems": "BASE_TYPE_MAX_LENGTH",
        "required": "BASE_TYPE_REQUIRED",
        "enum": "BASE_TYPE_CHOICES",
    }.get(str(problem.validator), "BASE_TYPE_INVALID")
    return _leaf(kind, problem.message[:200])


def _insert(tree: dict[str, Any], path: list[Any], leaf: dict[str, Any]) -> None:
    """Discord's error tree: nested by field name / index, `_errors` at the leaf."""
    node = tree
    for part in path:
        node = node.setdefault(str(part), {})
    node.setdefault("_errors", []).extend(leaf["_errors"])


def form_error(path: list[Any], code: str, message: str) -> SpecError:
    """A 50035 for one field, for the rules the description cannot express."""
    tree: dict[str, Any] = {}
    _insert(tree, path, _leaf(code, message))
    return SpecError(400, 50035, "Invalid Form Body", tree)
