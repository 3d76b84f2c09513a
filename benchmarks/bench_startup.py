"""How long the `hearth` command takes to start: check-rules on the example rule file and
a one-line replay, each as a fresh process, printed as JSON.

Target (issue 18): both under one second. A bare interpreter (`python -c pass`) is timed
in the same run, taking turns with the commands, so a busy machine slows all of them
alike; `over_python_s` is the median time above that baseline. Medians of `--runs`.

    python benchmarks/bench_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules" / "example.toml"
TARGET_S = 1.0


def timed(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, capture_output=True, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        transcript = Path(folder) / "one.jsonl"
        transcript.write_text('{"type": "message", "at": 1, "user": "u1", "text": "hi"}\n')
        hearth = [sys.executable, "-m", "bot.cli"]
        commands = {
            "python": [sys.executable, "-c", "pass"],
            "check_rules": [*hearth, "check-rules", str(RULES)],
            "replay_one_line": [*hearth, "replay", "--rules", str(RULES), str(transcript)],
        }
        timings: dict[str, list[float]] = {name: [] for name in commands}
        timed(commands["replay_one_line"])  # warm the file cache once
        for _ in range(args.runs):
            for name, argv in commands.items():
                timings[name].append(timed(argv))
    baseline = statistics.median(timings["python"])
    result = {
        "runs": args.runs,
        "target_s": TARGET_S,
        "python_s": round(baseline, 3),
    }
    for name in ("check_rules", "replay_one_line"):
        median = statistics.median(timings[name])
        result[name] = {
            "median_s": round(median, 3),
            "min_s": round(min(timings[name]), 3),
            "over_python_s": round(median - baseline, 3),
            "meets_target": median < TARGET_S,
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
