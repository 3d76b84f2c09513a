"""`hearth` starts quickly: the command line imports heavy libraries only in the commands
that use them (no timing here: benchmarks hold timings; this holds the imports)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import EXAMPLE_RULES, ROOT

PLATFORMS = ("discord", "telegram")
HEAVY = (*PLATFORMS, "matplotlib", "deep_translator", "prometheus_client", "aiohttp", "httpx")
DATABASE = ("sqlalchemy", "sqlmodel", "alembic", "psycopg")


def modules_after(code: str) -> set[str]:
    """Top-level modules imported after running `code` in a fresh interpreter."""
    listing = "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    probe = f"{code}\nimport sys, json\n{listing}"
    ran = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    return set(json.loads(ran.stdout.strip().splitlines()[-1]))


def test_importing_the_command_line_loads_no_heavy_library() -> None:
    loaded = modules_after("import bot.cli")
    assert not loaded & {*HEAVY, *DATABASE}, sorted(loaded & {*HEAVY, *DATABASE})


def test_check_rules_never_loads_the_database_or_a_platform() -> None:
    loaded = modules_after(
        "import sys\nfrom bot.cli import main\n"
        f"sys.argv = ['hearth', 'check-rules', {str(EXAMPLE_RULES)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert not loaded & {*HEAVY, *DATABASE}, sorted(loaded & {*HEAVY, *DATABASE})


def test_replay_never_loads_a_platform_or_the_chart_library(tmp_path) -> None:
    transcript = tmp_path / "t.jsonl"
    transcript.write_text('{"type": "message", "at": 1, "user": "u1", "text": "hi"}\n')
    loaded = modules_after(
        "import sys\nfrom bot.cli import main\n"
        f"sys.argv = ['hearth', 'replay', '--rules', {str(EXAMPLE_RULES)!r}, "
        f"{str(transcript)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
