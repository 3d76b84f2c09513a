"""Run from a source checkout too: put `src/` on the path when hearth-faq is not installed."""

import sys
from importlib.util import find_spec
from pathlib import Path

if find_spec("hearth_faq") is None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
