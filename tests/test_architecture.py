"""The import direction of DESIGN.md, checked on the source: the core and the cogs never
import a platform library, and every module says what it owns."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PLATFORM_PACKAGES = {"discord", "telegram"}


def python_files(*folders: str) -> list[Path]:
    return sorted(
        path
        for folder in folders
        for path in (ROOT / folder).rglob("*.py")
        if "__pycache__" not in path.parts
    )


def neutral_modules() -> list[Path]:
    adapters = ROOT / "bot" / "adapters"
    return [path for path in python_files("bot", "cogs") if adapters not in path.parents]


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            roots.add(node.args[0].value.split(".")[0])
    return roots


def relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_the_scan_sees_the_core_and_the_cogs():
    names = {relative(path) for path in neutral_modules()}
    assert {"bot/engine.py", "bot/cog.py", "cogs/welcome.py"} <= names
    assert not any(name.startswith("bot/adapters/") for name in names)


@pytest.mark.parametrize("path", neutral_modules(), ids=relative)
def test_no_platform_library_is_imported_outside_the_adapters(path):
    assert not imported_roots(path) & PLATFORM_PACKAGES


def test_the_import_check_catches_a_platform_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import discord.ext\nfrom telegram import Bot\n", encoding="utf-8")
    assert imported_roots(sample) >= PLATFORM_PACKAGES


@pytest.mark.parametrize(
    "path",
    [path for path in python_files("bot", "cogs") if path.read_text(encoding="utf-8").strip()],
    ids=relative,
)
def test_every_module_opens_with_a_docstring(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert ast.get_docstring(tree), f"{relative(path)} has no module docstring"
