"""Put a pip-installed distribution on sys.path the way pip leaves one: modules plus a
`.dist-info` folder with METADATA and entry_points.txt, read by importlib.metadata."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.plugins import ENTRY_POINT_GROUP


def plant_distribution(
    root: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    distribution: str,
    version: str,
    modules: dict[str, str],
    entry_points: dict[str, str],
) -> Path:
    """Write the distribution under `root`, prepend it to sys.path, forget it afterwards."""
    for module, source in modules.items():
        (root / f"{module}.py").write_text(source, encoding="utf-8")
        monkeypatch.delitem(sys.modules, module, raising=False)
    info = root / f"{distribution.replace('-', '_')}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {distribution}\nVersion: {version}\n", encoding="utf-8"
    )
    lines = [f"[{ENTRY_POINT_GROUP}]"]
    lines += [f"{name} = {target}" for name, target in entry_points.items()]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(root))
    for module in modules:  # modules imported during the test are dropped afterwards
        monkeypatch.setitem(sys.modules, module, None)
        monkeypatch.delitem(sys.modules, module)
    return info
