"""The rule table is total and has no dead rules; broken policies fail loudly at load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from disputedraft.errors import PolicyError
from disputedraft.policy import default_policy, load_policy
from disputedraft.policy.lint import lint
from disputedraft.resources import data_dir


def test_shipped_policy_is_total_without_dead_rules() -> None:
    report = lint(default_policy())
    assert report.ok, report.summary()
    assert report.combinations > 100_000
    assert set(report.first_matches) == {r.id for r in default_policy().spec.rules}


@pytest.fixture
def policy_copy(tmp_path: Path) -> Path:
    shutil.copytree(data_dir("policies"), tmp_path / "policies")
    return tmp_path / "policies"


def _edit(directory: Path, change: object) -> None:
    path = directory / "handbook.yaml"
    data = yaml.safe_load(path.read_text())
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data))


def test_lint_finds_a_gap(policy_copy: Path) -> None:
    _edit(policy_copy, lambda d: d["rules"].remove(next(r for r in d["rules"] if r["id"] == "open_status_unknown")))
    report = lint(load_policy(policy_copy))
    assert not report.ok
    assert report.unmatched
    assert all(c["shipment_status"] == "unknown" for c in report.unmatched)


def test_lint_finds_a_dead_rule(policy_copy: Path) -> None:
    def add_dead(d: dict[str, list[dict[str, object]]]) -> None:
        d["rules"].append({"id": "never", "remedy": "human_review", "when": {"stage": "open"}, "why": "shadowed"})

    _edit(policy_copy, add_dead)
    report = lint(load_policy(policy_copy))
    assert report.dead_rules == ["never"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["rules"][0].update(remedy="refund_everything"), "unknown remedy 'refund_everything'"),
        (lambda d: d["rules"][0]["when"].update(stage="closed"), "rules.0.when"),
        (lambda d: d["rules"][0]["when"].update(colour="red"), "unknown fact 'colour'"),
        (lambda d: d["remedies"]["customs_clearance"]["variants"].pop("seller"), "no variant for ['seller']"),
        (lambda d: d["remedies"]["offer_reshipment"]["points"][0].update(say="Say {nonsense}."), "{nonsense}"),
        (lambda d: d.pop("version"), "version: required field is missing"),
    ],
)
def test_broken_policy_is_a_clear_error(policy_copy: Path, change: object, message: str) -> None:
    _edit(policy_copy, change)
    with pytest.raises(PolicyError) as err:
        load_policy(policy_copy)
    assert message in str(err.value)


def test_lint_matches_decide_semantics() -> None:
    import itertools
    import random

    from disputedraft.policy.decide import first_match
    from disputedraft.policy.facts import FACT_DOMAINS
    from disputedraft.policy.lint import _compiled

    policy = default_policy()
    names = list(FACT_DOMAINS)
    rules = _compiled(policy, names)
    combos = list(itertools.product(*(FACT_DOMAINS[n] for n in names)))
    for values in random.Random(7).sample(combos, 3000):
        facts = dict(zip(names, values, strict=True))
        fast = next((rid for rid, conds in rules if all(values[i] in ok for i, ok in conds)), None)
        slow = first_match(policy.spec.rules, facts)
        assert fast == (slow.id if slow else None)
