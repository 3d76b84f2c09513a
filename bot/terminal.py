"""What members wrote, made safe to show in an operator's terminal.

A display name or a message can carry escape sequences (colours, a cleared screen, a
changed window title, an OSC 8 hyperlink that shows one address and opens another),
other control characters, bidirectional overrides that reorder what the eye sees, or
rich markup (`[/]` used to crash `hearth replay`, `[link=…]` made a link). Everything
Hearth prints from a member goes through one of these first:

- `plain(text)`: escape sequences and control characters removed (tabs and, where
  wanted, line breaks kept); bidirectional controls removed;
- `markup(text)`: `plain`, then rich markup escaped, for text inside a rich markup string;
- `visible(text)`: control characters shown as `\\x1b`-style escapes rather than removed,
  for log lines, where the evidence matters;
- `json_safe(text)`: a JSON document with the same data, its C1 and bidirectional
  characters written as `\\uXXXX` escapes (JSON already escapes C0 controls).
"""

from __future__ import annotations

import re

_ESCAPE_SEQUENCE = re.compile(
    r"""
      \x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC: hyperlinks, window titles
    | \x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?        # DCS, SOS, PM, APC strings
    | \x1b\[[0-?]*[\x20-/]*[@-~]?                   # CSI: colours, cursor, erase
    | \x1b[\x20-/]*[\x30-~]?                        # any other ESC sequence
    | \x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?     # 8-bit OSC
    | \x9b[0-?]*[\x20-/]*[@-~]?                     # 8-bit CSI
    """,
    re.VERBOSE,
)
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL_CODES = [*range(0x00, 0x09), 0x0B, 0x0C, 0x0D, *range(0x0E, 0x20), *range(0x7F, 0xA0)]
_CONTROLS = "".join(chr(code) for code in _CONTROL_CODES) + _BIDI
_DROP = str.maketrans(dict.fromkeys(_CONTROLS))
_DROP_LINES = str.maketrans({**dict.fromkeys(_CONTROLS), "\n": " ", "\u2028": " ", "\u2029": " "})
_SHOW = str.maketrans({char: f"\\x{ord(char):02x}" for char in _CONTROLS if ord(char) < 0x100})
_SHOW_BIDI = {char: f"\\u{ord(char):04x}" for char in _BIDI}
_JSON_ESCAPES = str.maketrans(
    {chr(code): f"\\u{code:04x}" for code in range(0x7F, 0xA0)}
    | {char: f"\\u{ord(char):04x}" for char in _BIDI + "\u2028\u2029"}
)


def plain(text: str, *, keep_newlines: bool = True) -> str:
    """`text` without escape sequences, control or bidirectional characters."""
    if text.isprintable() and "\x1b" not in text:
        return text
    text = _ESCAPE_SEQUENCE.sub("", text)
    return text.translate(_DROP if keep_newlines else _DROP_LINES)


def markup(text: str, *, keep_newlines: bool = True) -> str:
    """`plain(text)` with rich markup escaped, to embed in a rich markup string."""
    from rich.markup import escape

    return escape(plain(text, keep_newlines=keep_newlines))


def visible(text: str) -> str:
    """`text` with control characters written out as escapes (for log lines)."""
    if text.isprintable():
        return text
    lines = text.split("\n")  # a traceback keeps its line breaks
    return "\n".join(line.translate(_SHOW).translate(str.maketrans(_SHOW_BIDI)) for line in lines)


def json_safe(document: str) -> str:
    """A JSON text whose C1, bidirectional and line-separator characters are escaped."""
    return document.translate(_JSON_ESCAPES)
