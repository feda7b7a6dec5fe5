"""The development set (tests/checks_dev/*.json): recall on planted defects, flags on good replies.

Run with -s to see the figures. The set was written together with the lexicon, so these
figures are an upper bound; the held-out labelled set of the eval suite is the honest
measure.
"""

from __future__ import annotations

import time

from checks_dev.support import dev_case, dev_names
from disputedraft.checks import HARD_CHECKS
from disputedraft.language import primary

MIN_RECALL = 0.95
MAX_GOOD_FLAGGED = 0.10


def test_the_development_set_is_broad_enough() -> None:
    cases = [dev_case(n) for n in dev_names()]
    goods = sum(len(c.good) for c in cases)
    bads = [b for c in cases for b in c.bad]
    assert goods >= 30
    assert len(bads) >= 60
    assert {b.defect for b in bads} == set(HARD_CHECKS)  # every hard check has planted defects
    languages = {primary(c.dispute.buyer.language or "") for c in cases if c.dispute.buyer}
    assert {"en", "es", "fr", "ru", "pt", "de", "pl", "ko", "it"} <= languages
    remedies = {c.decision.remedy for c in cases}
    assert "human_review" not in remedies
    assert len(remedies) == 10  # every remedy that gets a draft


def test_recall_and_false_positives_on_the_development_set() -> None:
    good = good_hard = good_any = 0
    bad = caught = flagged = 0
    misses: list[str] = []
    false_positives: list[str] = []
    started = time.perf_counter()
    for name in dev_names():
        case = dev_case(name)
        for i, message in enumerate(case.good):
            report = case.check(message)
            good += 1
            if not report.passed:
                good_hard += 1
            if report.violations:
                good_any += 1
                false_positives.append(f"{name} good[{i}]: {[(v.check, v.detail) for v in report.violations]}")
        for i, b in enumerate(case.bad):
            report = case.check(b.message)
            bad += 1
            flagged += not report.passed
            if b.defect in {v.check for v in report.hard_violations}:
                caught += 1
            else:
                misses.append(f"{name} bad[{i}] ({b.defect}): {[(v.check, v.detail) for v in report.violations]}")
    elapsed = (time.perf_counter() - started) / (good + bad) * 1000
    recall = caught / bad
    print(
        f"\ndevelopment set: {good} good, {bad} bad; recall (planted defect caught by its own check) "
        f"{recall:.1%}, bad failing any hard check {flagged / bad:.1%}; good flagged by a hard check "
        f"{good_hard / good:.1%}, by any check incl. tone {good_any / good:.1%}; {elapsed:.1f} ms per message"
    )
    assert recall >= MIN_RECALL, "\n".join(misses)
    assert good_hard / good <= MAX_GOOD_FLAGGED, "\n".join(false_positives)
    assert good_any / good <= MAX_GOOD_FLAGGED, "\n".join(false_positives)
