"""Text from outside is made safe to handle once, where the adapters build events.

A platform payload or a transcript can carry text that Python holds but nothing else
takes: a lone UTF-16 surrogate ("\\ud800", from a JSON escape) cannot be encoded to UTF-8,
so RE2, the database driver and the platform's own library raise on it; NUL cannot be
stored in a PostgreSQL text column. One such character in a message used to stop the
moderation of that whole message.

`clean_text` replaces lone surrogates with U+FFFD (a pair of surrogates becomes the
character it encodes) and removes NUL. `clean_event` applies it to every string an event
carries — text, names, roles, command options, ids — and returns the event itself when
nothing needed cleaning, which is almost always (the check is one `encode`). Every
adapter calls it on each event it dispatches; `clean_parameters` is the store's second
net for text that reaches it by another road (a member looked up on the platform).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar

from bot.events import Event, Member

E = TypeVar("E", bound=Event)

REPLACEMENT = "\ufffd"
REMOVED = "\x00"
"""Removed outright: PostgreSQL text cannot hold NUL, and it means nothing in a chat."""


def clean_text(text: str) -> str:
    """`text` with lone surrogates replaced and NUL removed (unchanged if already fine)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if REMOVED in text:
        text = text.replace(REMOVED, "")
    return text


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, Member):
        return clean_member(value)
    if isinstance(value, tuple):
        cleaned = tuple(_clean_value(item) for item in value)
        return value if all(a is b for a, b in zip(cleaned, value, strict=True)) else cleaned
    if isinstance(value, Mapping):
        items = {clean_text(str(k)): _clean_value(v) for k, v in value.items()}
        same = all(k in value and value[k] is v for k, v in items.items())
        return value if same and len(items) == len(value) else items
    return value


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(kind))


def _cleaned(obj: Any) -> Any:
    changes = {}
    for name in _field_names(type(obj)):
        value = getattr(obj, name)
        cleaned = _clean_value(value)
        if cleaned is not value:
            changes[name] = cleaned
    return dataclasses.replace(obj, **changes) if changes else obj


def clean_member(member: Member) -> Member:
    """A member whose name, roles and ids are safe to handle and store."""
    return _cleaned(member)


def clean_event(event: E) -> E:
    """The event with every string safe to handle and store (the same object if it was)."""
    return _cleaned(event)


def clean_parameters(parameters: Any) -> Any:
    """Statement parameters (a mapping, a sequence, or a list of them) with text cleaned."""
    if isinstance(parameters, str):
        return clean_text(parameters)
    if isinstance(parameters, Mapping):
        if not any(isinstance(v, str) and clean_text(v) is not v for v in parameters.values()):
            return parameters
        return {key: clean_parameters(value) for key, value in parameters.items()}
    if isinstance(parameters, list | tuple):
        cleaned = [clean_parameters(value) for value in parameters]
        if all(a is b for a, b in zip(cleaned, parameters, strict=True)):
            return parameters
        return type(parameters)(cleaned)
    return parameters
