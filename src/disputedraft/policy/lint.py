"""Prove the rule table total and free of dead rules by trying every combination of facts."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

from disputedraft.policy.facts import FACT_DOMAINS, FactValue, is_possible
from disputedraft.policy.loader import Policy


@dataclass
class LintReport:
    combinations: int = 0
    unmatched: list[dict[str, FactValue]] = field(default_factory=list)
    first_matches: Counter[str] = field(default_factory=Counter)
    dead_rules: list[str] = field(default_factory=list)
    # combinations more than one rule matches; fine under first-match, shown for review
    overlaps: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.unmatched and not self.dead_rules

    def summary(self) -> str:
        lines = [f"{self.combinations} fact combinations tried"]
        lines += [f"  {rule}: first match for {n}" for rule, n in self.first_matches.most_common()]
        if self.overlaps:
            lines.append("shadowed overlaps (first match wins):")
            lines += [f"  {a} before {b}: {n}" for (a, b), n in sorted(self.overlaps.items())]
        lines += [f"DEAD RULE: {r} is never the first match" for r in self.dead_rules]
        lines += [f"UNCOVERED: {c}" for c in self.unmatched[:20]]
        if len(self.unmatched) > 20:
            lines.append(f"... and {len(self.unmatched) - 20} more uncovered combinations")
        lines.append("policy OK: total, no dead rules" if self.ok else "policy FAILED lint")
        return "\n".join(lines)


def _compiled(policy: Policy, names: list[str]) -> list[tuple[str, tuple[tuple[int, frozenset[FactValue]], ...]]]:
    """Rules as (index, allowed values) pairs: the same semantics as RuleSpec.matches, fast enough
    to try every combination in a test."""
    out = []
    for rule in policy.spec.rules:
        conds = tuple(
            (names.index(fact), frozenset(cond if isinstance(cond, list) else [cond]))
            for fact, cond in rule.when.items()
        )
        out.append((rule.id, conds))
    return out


def lint(policy: Policy) -> LintReport:
    names = list(FACT_DOMAINS)
    rules = _compiled(policy, names)
    report = LintReport()
    for values in itertools.product(*(FACT_DOMAINS[n] for n in names)):
        facts = dict(zip(names, values, strict=True))
        if not is_possible(facts):
            continue
        report.combinations += 1
        matching = [rid for rid, conds in rules if all(values[i] in allowed for i, allowed in conds)]
        if not matching:
            report.unmatched.append(facts)
            continue
        report.first_matches[matching[0]] += 1
        for other in matching[1:]:
            report.overlaps[(matching[0], other)] += 1
    report.dead_rules = [rid for rid, _ in rules if report.first_matches[rid] == 0]
    return report
