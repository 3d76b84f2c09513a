"""Hot reload: a valid edit is swapped in; a broken edit is reported and the last good
rules stay in force."""

from __future__ import annotations

import asyncio
import logging
import os

from bot.app import load_communities, watch_rules
from bot.rules import RuleWatcher
from tests.conftest import command as command_event
from tests.conftest import join, rules_text


def touch_edit(path, text: str) -> None:
    """Rewrite `path` and move its mtime on, so the change is seen on any file system."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


class Recorder:
    def __init__(self) -> None:
        self.changes: list = []
        self.errors: list = []

    def on_change(self, path, rules) -> None:
        self.changes.append((path, rules))

    def on_error(self, path, error) -> None:
        self.errors.append((path, error))


def watcher_for(path, recorder: Recorder, **kwargs) -> RuleWatcher:
    return RuleWatcher([path], recorder.on_change, recorder.on_error, **kwargs)


def test_an_unchanged_file_is_not_reloaded(write_rules):
    path = write_rules(rules_text())
    recorder = Recorder()
    assert watcher_for(path, recorder).check() == 0
    assert recorder.changes == recorder.errors == []


def test_a_valid_edit_is_handed_over(write_rules):
    path = write_rules(rules_text())
    recorder = Recorder()
    watcher = watcher_for(path, recorder)
    touch_edit(path, rules_text("[welcome]\nenabled = false\n"))
    assert watcher.check() == 1
    ((changed, rules),) = recorder.changes
    assert changed == path
    assert not rules.welcome.enabled


def test_a_broken_edit_is_reported_with_its_line_and_nothing_is_handed_over(write_rules, caplog):
    path = write_rules(rules_text())
    recorder = Recorder()
    watcher = watcher_for(path, recorder)
    touch_edit(path, rules_text("[welcome]\nenabled = maybe\n"))
    with caplog.at_level(logging.ERROR, logger="bot.rules.reload"):
        assert watcher.check() == 0
    assert recorder.changes == []
    ((_, error),) = recorder.errors
    assert str(error.problems[0]).startswith(f"{path}:8: TOML syntax")
    assert "keeping the last good version" in caplog.text


def test_a_broken_edit_is_reported_once_not_on_every_check(write_rules):
    path = write_rules(rules_text())
    recorder = Recorder()
    watcher = watcher_for(path, recorder)
    touch_edit(path, "[community]\n")
    watcher.check()
    watcher.check()
    assert len(recorder.errors) == 1


def test_fixing_a_broken_edit_swaps_the_fix_in(write_rules):
    path = write_rules(rules_text())
    recorder = Recorder()
    watcher = watcher_for(path, recorder)
    touch_edit(path, "[community]\n")
    watcher.check()
    touch_edit(path, rules_text("[welcome]\ndm = true\n"))
    assert watcher.check() == 1
    assert recorder.changes[0][1].welcome.dm


def test_a_deleted_file_is_reported(write_rules):
    path = write_rules(rules_text())
    recorder = Recorder()
    watcher = watcher_for(path, recorder)
    path.unlink()
    watcher.check()
    ((_, error),) = recorder.errors
    assert "cannot read" in str(error)


def test_a_permission_for_an_unknown_command_is_a_broken_edit(write_rules):
    path = write_rules(rules_text())
    recorder = Recorder()
    watcher = watcher_for(path, recorder, known_commands=["help"])
    touch_edit(path, rules_text('[permissions]\nhlep = "admin"\n'))
    watcher.check()
    assert recorder.changes == []
    assert "unknown command 'hlep'" in str(recorder.errors[0][1])


async def test_the_background_watcher_picks_up_an_edit(write_rules):
    path = write_rules(rules_text())
    changed = asyncio.Event()
    watcher = RuleWatcher([path], lambda *_: changed.set(), interval_s=0.01)
    watcher.start()
    try:
        touch_edit(path, rules_text("[welcome]\nenabled = false\n"))
        await asyncio.wait_for(changed.wait(), timeout=5)
    finally:
        await watcher.stop()


async def test_watch_rules_swaps_a_good_edit_into_the_running_community(engine, write_rules):
    path = write_rules(rules_text())
    report = await load_communities(engine, [path])
    watcher = watch_rules(engine, report)
    touch_edit(path, rules_text("[welcome]\nenabled = false\n"))
    assert watcher.check() == 1
    assert await engine.dispatch(join()) == []


async def test_watch_rules_keeps_the_last_good_rules_after_a_broken_edit(engine, write_rules):
    path = write_rules(rules_text('[channels]\nwelcome = "lobby"\n'))
    report = await load_communities(engine, [path])
    watcher = watch_rules(engine, report)
    touch_edit(path, rules_text('[channels]\nwelcome = "lobby"\n[welcome]\ndm = "sometimes"\n'))
    assert watcher.check() == 0
    (greeting,) = await engine.dispatch(join())
    assert greeting.channel == "lobby"
    (reply,) = await engine.dispatch(command_event("help"))
    assert reply.kind == "reply"
