"""The benchmarks still run: a tiny pass of each, checking what they report, not timings."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_the_activity_benchmark_reports_paired_overhead_against_its_target() -> None:
    bench = load("bench_activity")
    result = await bench.main(count=300, rounds=2, warmup=50, traffic="chat")
    assert result["target_overhead_pct"] == 20
    assert result["paired_turns"] == 2
    assert len(result["overhead_pct_quartiles"]) == 3
    assert result["activity_on_msgs_per_s"] > 0 and result["activity_off_msgs_per_s"] > 0


def test_synthetic_chat_traffic_is_deterministic_and_in_order() -> None:
    bench = load("bench_activity")
    first = bench.synthetic_messages(200, "c", "chat")
    assert first == bench.synthetic_messages(200, "c", "chat")
    assert [m.at for m in first] == sorted(m.at for m in first)


async def test_the_discord_startup_benchmark_reports_stalls_and_no_member_downloads() -> None:
    bench = load("bench_discord_startup")
    result = await bench.main(members=1000, real=10)
    assert result["large"]["members"] >= 1000
    assert result["large"]["member_requests"] == 0 and result["large"]["member_fetches"] == 0
    assert result["baseline"]["worst_stall_ms"] >= 0 and result["stall_ratio"] >= 0
