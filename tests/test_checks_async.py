"""run_checks_async: the same verdicts as run_checks, with the event loop free between checks."""

from __future__ import annotations

import asyncio

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


def test_other_tasks_run_while_a_reply_is_checked() -> None:
    # A model answer arriving mid-check must not wait for the whole reply to be checked: that
    # wait holds its concurrency slot (see run_checks_async).
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

    assert asyncio.run(main()) == len(CHECKS) + 1
