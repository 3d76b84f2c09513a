"""The import direction of DESIGN.md, checked on the source: layers point down only
(core <- cogs <- adapters <- face), no modules import each other in a circle, the core
and the cogs never import a platform library, and every module says what it owns."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.import_graph import (
    cycles,
    import_graph,
    layer_of,
    layer_violations,
    modules_under,
)

PLATFORM_PACKAGES = {"discord", "telegram"}


def python_files(*folders: str) -> list[Path]:
    return sorted(
        path
        for folder in folders
        for path in (ROOT / folder).rglob("*.py")
        if "__pycache__" not in path.parts and "tests" not in path.relative_to(ROOT).parts
    )


def neutral_modules() -> list[Path]:
    adapters = ROOT / "bot" / "adapters"
    return [
        path for path in python_files("bot", "cogs", "examples") if adapters not in path.parents
    ]


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
    [
        path
        for path in python_files("bot", "cogs", "examples")
        if path.read_text(encoding="utf-8").strip()
    ],
    ids=relative,
)
def test_every_module_opens_with_a_docstring(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert ast.get_docstring(tree), f"{relative(path)} has no module docstring"


def example_packages() -> dict[str, Path]:
    """The packages of the example third-party cogs (examples/<project>/src/<package>)."""
    found: dict[str, Path] = {}
    for src in sorted((ROOT / "examples").glob("*/src")):
        packages = [child.name for child in src.iterdir() if (child / "__init__.py").is_file()]
        found.update(modules_under(src, packages))
    return found


def hearth_graph() -> dict[str, set[str]]:
    return import_graph({**modules_under(ROOT, ["bot", "cogs"]), **example_packages()})


def test_an_example_cog_imports_only_the_core_and_itself():
    graph = hearth_graph()
    examples = example_packages()
    assert examples, "examples/*/src/ holds no package"
    for module in examples:
        outside = {
            imported
            for imported in graph[module]
            if imported not in examples and layer_of(imported) != "core"
        }
        assert not outside, f"{module} imports {sorted(outside)}"


def test_the_layers_are_defined_by_where_a_file_is():
    assert layer_of("bot.engine") == "core"
    assert layer_of("bot.platform") == "core"
    assert layer_of("bot.rules.schema") == "core"
    assert layer_of("cogs.moderation.cog") == "cogs"
    assert layer_of("bot.adapters.discord_adapter") == "adapters"
    assert {layer_of(name) for name in ("bot.cli", "bot.app", "bot.privacy_cli")} == {"face"}
    assert layer_of("bot.cogs_cli") == "face"
    assert layer_of("bot.health.cli") == "core"


def test_the_graph_sees_every_layer():
    graph = hearth_graph()
    assert {layer_of(module) for module in graph} == {"core", "cogs", "adapters", "face"}
    assert "bot.cog" in graph["bot.engine"]


def test_every_import_points_down_a_layer():
    assert [str(violation) for violation in layer_violations(hearth_graph())] == []


def test_no_modules_import_each_other_in_a_circle():
    assert cycles(hearth_graph()) == []


def _plant(root: Path, files: dict[str, str]) -> dict[str, set[str]]:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return import_graph(modules_under(root, ["bot", "cogs"]))


def test_the_checker_catches_an_import_that_points_up(tmp_path):
    graph = _plant(
        tmp_path,
        {
            "bot/__init__.py": "",
            "bot/engine.py": "def f():\n    from bot.adapters.discord import Client\n",
            "bot/adapters/__init__.py": "",
            "bot/adapters/discord.py": "from bot.cli import app\n",
            "bot/cli.py": "",
            "cogs/__init__.py": "",
            "cogs/welcome.py": "from bot.adapters import discord\n",
        },
    )
    assert {(v.importer, v.imported) for v in layer_violations(graph)} == {
        ("bot.engine", "bot.adapters.discord"),
        ("bot.adapters.discord", "bot.cli"),
        ("cogs.welcome", "bot.adapters.discord"),
    }


def test_the_checker_catches_the_core_importing_a_builtin_cog(tmp_path):
    graph = _plant(
        tmp_path,
        {
            "bot/__init__.py": "",
            "bot/cli.py": "from cogs.moderation.explain import Explainer\n",
            "cogs/__init__.py": "",
            "cogs/moderation/__init__.py": "",
            "cogs/moderation/explain.py": "",
        },
    )
    assert [(v.importer, v.imported) for v in layer_violations(graph)] == [
        ("bot.cli", "cogs.moderation.explain")
    ]


def test_the_checker_catches_a_circle_made_only_for_type_checking(tmp_path):
    graph = _plant(
        tmp_path,
        {
            "bot/__init__.py": "",
            "bot/cog.py": "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from bot.engine import Engine\n",
            "bot/engine.py": "from . import cog\n",
            "bot/a.py": "import bot.b\n",
            "bot/b.py": "import bot.c\n",
            "bot/c.py": "from bot import a\n",
        },
    )
    assert sorted(cycles(graph)) == [["bot.a", "bot.b", "bot.c"], ["bot.cog", "bot.engine"]]
