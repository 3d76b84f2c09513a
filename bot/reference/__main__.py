"""`python -m bot.reference [--check]`: write or check the generated reference pages."""

from __future__ import annotations

import sys

from bot.reference import REFERENCE_DIR, stale_pages, write_all


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        stale = stale_pages()
        for name in stale:
            print(f"{REFERENCE_DIR / name} is out of date: run `python -m bot.reference`")
        return 1 if stale else 0
    if argv:
        print("usage: python -m bot.reference [--check]", file=sys.stderr)
        return 2
    for path in write_all():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
