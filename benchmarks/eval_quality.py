"""Recall and false-positive rate per language on the labelled set in benchmarks/eval/.

Usage: python benchmarks/eval_quality.py [--details]

Each benchmarks/eval/<lang>.jsonl line is {"text": ..., "label": "abusive" | "clean"}.
Hearth is run as a community listing just that language (the usual case) and, separately,
as one listing all four (to show cross-language homographs); glin-profanity runs with the
matching language. Prints one JSON object; --details adds the misses and false positives.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.filters.profanity import profanity_filter  # noqa: E402

EVAL_DIR = ROOT / "benchmarks" / "eval"
LANGS = ("en", "sv", "nb", "pl")
GLIN_NAMES = {"en": "english", "sv": "swedish", "nb": "norwegian", "pl": "polish"}


def load(lang: str) -> list[tuple[str, bool]]:
    rows = []
    for line in (EVAL_DIR / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows.append((row["text"], row["label"] == "abusive"))
    return rows


def score(rows: list[tuple[str, bool]], flags: Callable[[str], bool], details: bool) -> dict:
    tp = fn = fp = tn = 0
    misses: list[str] = []
    false_pos: list[str] = []
    for text, abusive in rows:
        hit = flags(text)
        if abusive and hit:
            tp += 1
        elif abusive:
            fn += 1
            misses.append(text)
        elif hit:
            fp += 1
            false_pos.append(text)
        else:
            tn += 1
    out = {
        "recall": round(tp / max(1, tp + fn), 4),
        "false_positive_rate": round(fp / max(1, fp + tn), 4),
        "abusive": tp + fn,
        "clean": fp + tn,
    }
    if details:
        out["missed"] = misses
        out["false_positives"] = false_pos
    return out


def glin_flagger(lang: str) -> Callable[[str], bool] | str:
    try:
        from glin_profanity import Filter
    except ImportError:
        return "skipped: not installed"
    filt = Filter({"languages": [GLIN_NAMES[lang]], "detect_leetspeak": True})
    return filt.is_profane


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--details", action="store_true", help="list misses and false hits")
    args = parser.parse_args()
    result: dict[str, dict] = {}
    everyone = profanity_filter(LANGS)
    for lang in LANGS:
        rows = load(lang)
        own = profanity_filter([lang])
        glin = glin_flagger(lang)
        result[lang] = {
            "hearth": score(rows, lambda t, f=own: bool(f.scan(t)), args.details),
            "hearth_all_four_languages": score(
                rows, lambda t: bool(everyone.scan(t)), args.details
            ),
            "glin_profanity": glin if isinstance(glin, str) else score(rows, glin, args.details),
        }
    targets = {"recall_min": 0.95, "false_positive_rate_max": 0.01}
    met = all(
        r["hearth"]["recall"] >= targets["recall_min"]
        and r["hearth"]["false_positive_rate"] <= targets["false_positive_rate_max"]
        for r in result.values()
    )
    print(json.dumps({"targets": targets, "hearth_meets_targets": met, "languages": result},
                     ensure_ascii=False, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
