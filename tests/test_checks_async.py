"""run_checks_async: the same verdicts as run_checks, with the event loop free between checks."""

from __future__ import annotations

import asyncio

import pytest

from checks_dev.support import dev_case, dev_names
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


def _ticks_while_checking(yield_every_s: float, monkeypatch: pytest.MonkeyPatch) -> int:
    from disputedraft import checks

    monkeypatch.setattr(checks, "YIELD_EVERY_S", yield_every_s)
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
    # wait holds its concurrency slot (see run_checks_async). With no time between hand-backs,
    # the loop is handed back before the context is built and before every check.
    assert _ticks_while_checking(0.0, monkeypatch) == len(CHECKS) + 1


def test_the_loop_is_handed_back_only_once_enough_checking_has_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    # before the context is built, and before the first check; then not for an hour
    assert _ticks_while_checking(3600.0, monkeypatch) == 2
