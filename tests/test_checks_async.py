"""run_checks_async: the same verdicts as run_checks, with the event loop free between checks."""

from __future__ import annotations

import asyncio

import pytest

from checks_dev.support import dev_case, dev_names
from disputedraft import checks
from disputedraft.checks import CHECKS, run_checks, run_checks_async


def test_every_dev_reply_gets_the_same_report_either_way() -> None:
    compared = 0
    for name in dev_names():
        c = dev_case(name)
        for message in [*c.good, *(b.message for b in c.bad)]:
            sync = run_checks(c.dispute, c.decision, message)
            report = asyncio.run(run_checks_async(c.dispute, c.decision, message))
            assert report == sync, (name, message[:60])
            compared += 1
    assert compared > 100


def _ticks_while_checking(monkeypatch: pytest.MonkeyPatch, slice_s: float) -> int:
    """How often another task ran while one reply was checked, with the loop handed back
    once the checks have held it for `slice_s`."""
    monkeypatch.setattr(checks, "HAND_BACK_AFTER_S", slice_s)
    c = dev_case("transit_en")
    ticks: list[int] = []

    async def other() -> None:
        for i in range(len(CHECKS) + 1):
            ticks.append(i)
            await asyncio.sleep(0)

    async def main() -> int:
        task = asyncio.create_task(other())
        await run_checks_async(c.dispute, c.decision, c.good[0])
        seen = len(ticks)
        await task
        return seen

    return asyncio.run(main())


def test_other_tasks_run_while_a_reply_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    # A model answer arriving mid-check must not wait for the whole reply to be checked: that
    # wait holds its concurrency slot (see run_checks_async). With a slice shorter than any
    # check, the loop is handed back before each one.
    assert _ticks_while_checking(monkeypatch, 0.0) == len(CHECKS) + 1


def test_checks_keep_the_loop_within_a_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    # Handing the loop back costs a turn of it: checks that take less than a slice together
    # run in one go, after the one hand-back before the context is built.
    assert _ticks_while_checking(monkeypatch, 60.0) == 1
