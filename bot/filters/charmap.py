"""Character tables behind normalization: what is deleted, folded or mapped to Latin.

Built once at import from `unicodedata`, so the tables follow the Python build's Unicode
version. Every mapping is one character to at most one character, which keeps offset
tracking simple (a deletion or a 1:1 swap). Multi-character expansions come only from NFKC
and casefold, which normalize.py tracks separately.
"""

from __future__ import annotations

import unicodedata

__all__ = [
    "DELETED_CLASS",
    "EXPANDING_CLASS",
    "FOLD_TABLE",
    "KEY_TABLE",
    "MARK_CLASS",
    "PLACEHOLDER",
    "PROTECTED",
    "PROTECTED_FOLDS",
    "STAR_MARK",
]

# Letters that carry meaning in Swedish, Norwegian and Polish: never folded to ASCII in the
# normalized text ("höra" must not become "hora"). Matching may still accept the folded
# spelling of a word-list term (see wordlist.py).
PROTECTED = "åäöæøłąęśżźćńó"
# Stand-ins used only in the byte key that the RE2 matchers read: uppercase ASCII never
# occurs in the key otherwise (the text is casefolded), so \b keeps working on them.
_PLACEHOLDERS = "ABCDEFGHIJKLMN"
# How a protected letter may be spelled by someone without the key on their keyboard.
PROTECTED_FOLDS: dict[str, tuple[str, ...]] = {
    "å": ("a", "aa"),
    "ä": ("a", "ae"),
    "ö": ("o", "oe"),
    "æ": ("ae", "ä", "a"),
    "ø": ("o", "oe", "ö"),
    "ł": ("l",),
    "ą": ("a",),
    "ę": ("e",),
    "ś": ("s",),
    "ż": ("z",),
    "ź": ("z",),
    "ć": ("c",),
    "ń": ("n",),
    "ó": ("o", "u"),
}
# An interior "*" ("f*ck") becomes this in the normalized text; the key turns it into "_",
# which word-list vowels accept as a wildcard.
STAR_MARK = "\u2217"

_CONFUSABLES = {
    # Cyrillic (lowercase: the table runs after casefold)
    "а": "a",
    "в": "b",
    "г": "r",
    "д": "d",
    "е": "e",
    "ё": "e",
    "з": "3",
    "и": "u",
    "й": "u",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "п": "n",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ц": "u",
    "ш": "w",
    "щ": "w",
    "ъ": "b",
    "ь": "b",
    "э": "e",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "һ": "h",
    "ӏ": "l",
    "ґ": "r",
    "є": "e",
    "ү": "y",
    "ң": "h",
    "ҡ": "k",
    "ӄ": "k",
    # Greek
    "α": "a",
    "ά": "a",
    "β": "b",
    "γ": "y",
    "δ": "d",
    "ε": "e",
    "έ": "e",
    "ζ": "z",
    "η": "n",
    "ή": "n",
    "θ": "o",
    "ι": "i",
    "ί": "i",
    "ϊ": "i",
    "κ": "k",
    "λ": "l",
    "μ": "u",
    "ν": "v",
    "ξ": "e",
    "ο": "o",
    "ό": "o",
    "π": "n",
    "ρ": "p",
    "σ": "o",
    "ς": "c",
    "τ": "t",
    "υ": "u",
    "ύ": "u",
    "ϋ": "u",
    "φ": "f",
    "χ": "x",
    "ω": "w",
    "ώ": "w",
    "ϲ": "c",
    "ϳ": "j",
    # Armenian and Latin look-alikes
    "օ": "o",
    "ս": "u",
    "հ": "h",
    "ո": "n",
    "ı": "i",
    "ɑ": "a",
    "ɡ": "g",
    "ɩ": "i",
    "ʀ": "r",
    "ᴀ": "a",
    "ʙ": "b",
    "ᴄ": "c",
    "ᴅ": "d",
    "ᴇ": "e",
    "ꜰ": "f",
    "ɢ": "g",
    "ʜ": "h",
    "ɪ": "i",
    "ᴊ": "j",
    "ᴋ": "k",
    "ʟ": "l",
    "ᴍ": "m",
    "ɴ": "n",
    "ᴏ": "o",
    "ᴘ": "p",
    "ꜱ": "s",
    "ᴛ": "t",
    "ᴜ": "u",
    "ᴠ": "v",
    "ᴡ": "w",
    "ʏ": "y",
    "ᴢ": "z",
    "đ": "d",
    "ħ": "h",
    "ŧ": "t",
    "ƀ": "b",
    "ɨ": "i",
    "ʉ": "u",
    "ɇ": "e",
    "ǥ": "g",
    # punctuation that changes tokenization
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\uff07": "'",
    STAR_MARK: "*",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
}
# Invisible letters abused as spaces-that-are-not (Hangul fillers, braille blank).
_INVISIBLE_LETTERS = "\u115f\u1160\u3164\uffa0\u2800"
_DELETE_CATEGORIES = frozenset({"Mn", "Me", "Cf", "Cs"})


def _scan() -> tuple[dict[int, int | None], str, str, str]:
    table: dict[int, int | None] = {}
    deleted: list[str] = []
    marks: list[str] = []
    expanding: list[str] = []
    ranges = (range(0x80, 0x30000), range(0xE0000, 0xE1000))
    for block in ranges:
        for cp in block:
            ch = chr(cp)
            cat = unicodedata.category(ch)
            if cat != "Cs" and len(ch.casefold()) != 1:
                expanding.append(ch)
            if cat in _DELETE_CATEGORIES:
                table[cp] = None
                deleted.append(ch)
                if cat in ("Mn", "Me"):
                    marks.append(ch)
            elif cat in ("Ll", "Lu", "Lt") and ch not in PROTECTED and cp < 0x2000:
                base = unicodedata.normalize("NFD", ch)[0]
                if base != ch and base.isascii() and base.isalpha():
                    table[cp] = ord(base.lower())
    for ch in _INVISIBLE_LETTERS:
        table[ord(ch)] = None
        deleted.append(ch)
    for src, dst in _CONFUSABLES.items():
        table[ord(src)] = ord(dst)
    return table, _char_class(deleted), _char_class(marks), _char_class(expanding)


def _char_class(chars: list[str]) -> str:
    """A compact regex character class for a sorted list of characters."""
    cps = sorted({ord(c) for c in chars})
    parts: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = cps[i], cps[j]
        parts.append(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}")
        i = j + 1
    return "[" + "".join(parts) + "]"


FOLD_TABLE, DELETED_CLASS, MARK_CLASS, EXPANDING_CLASS = _scan()
KEY_TABLE = {ord(p): ord(k) for p, k in zip(PROTECTED, _PLACEHOLDERS, strict=True)}
KEY_TABLE[ord("_")] = ord("-")
KEY_TABLE[ord(STAR_MARK)] = ord("_")
PLACEHOLDER = dict(zip(PROTECTED, _PLACEHOLDERS, strict=True))
