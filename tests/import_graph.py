"""Hearth's module graph, read from the source: who imports whom, in which layer.

Every import counts: at module level, inside functions, and under `TYPE_CHECKING`
(a type-only cycle still ties two modules together). `importlib.import_module` with a
literal name counts too. Layers are defined by path, so a new file lands in the right
layer by where it is put:

    core      bot/ except bot/adapters/ and the face modules (bot/testing/ is core)
    cogs      cogs/, and any other package (the example cogs in examples/*/src/)
    adapters  bot/adapters/
    face      bot/app.py (the composition root) and bot/*cli.py (the `hearth` command)

A module may import its own layer and the layers below it, never one above.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

LAYERS = ("core", "cogs", "adapters", "face")


@dataclass(frozen=True, slots=True)
class Violation:
    importer: str
    imported: str
    why: str

    def __str__(self) -> str:
        return f"{self.importer} imports {self.imported}: {self.why}"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules_under(root: Path, folders: Iterable[str]) -> dict[str, Path]:
    """Every module of the given top-level packages, by dotted name."""
    found: dict[str, Path] = {}
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            if "__pycache__" not in path.parts:
                found[module_name(path, root)] = path
    return found


def _imported_names(path: Path, package: str, known: Collection[str]) -> set[str]:
    """Dotted names this file imports, relative imports resolved against `package`.

    `from package import name` names the submodule when `name` is one, else the package
    (as grimp and import-linter read it); a package's own __init__ is not counted as
    imported by every module beneath it.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                names.add(submodule if submodule in known else module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


def import_graph(modules: Mapping[str, Path]) -> dict[str, set[str]]:
    """For each module, the other known modules it imports (most specific match)."""

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = {resolve(imported) for imported in _imported_names(path, package, modules)}
        graph[name] = {target for target in targets if target and target != name}
    return graph


def layer_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 2 and parts[0] == "bot" and (parts[1] == "app" or parts[1].endswith("cli")):
        return "face"
    if module == "bot.adapters" or module.startswith("bot.adapters."):
        return "adapters"
    return "core" if parts[0] == "bot" else "cogs"


def layer_violations(graph: Mapping[str, set[str]]) -> list[Violation]:
    """Imports that point up a layer, and any import of the built-in cogs from bot/.

    Built-in cogs are plugins like any other: the rest of Hearth finds them through
    the `hearth.cogs` entry points, never by importing them.
    """
    found: list[Violation] = []
    for importer, imported_set in sorted(graph.items()):
        for imported in sorted(imported_set):
            mine, theirs = layer_of(importer), layer_of(imported)
            if LAYERS.index(theirs) > LAYERS.index(mine):
                found.append(Violation(importer, imported, f"{mine} must not import {theirs}"))
            elif importer.startswith("bot.") and imported.split(".")[0] == "cogs":
                found.append(
                    Violation(importer, imported, "cogs are reached through entry points")
                )
    return found


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Groups of modules that import each other, directly or around a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found
