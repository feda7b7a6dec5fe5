"""The two tiers of KnownFacts: what the dispute's fields give outright, and what scanning its free text adds."""

from __future__ import annotations

import json

from disputedraft.checks.known import FactSets, known_facts
from disputedraft.checks.lexicon import default_lexicon
from disputedraft.loading import dispute_from_obj
from disputedraft.policy import decide
from disputedraft.resources import repo_root

FIELDS = list(FactSets.__dataclass_fields__)


def _disputes() -> list[dict[str, object]]:
    root = repo_root()
    docs = [json.loads(p.read_text(encoding="utf-8"))["dispute"] for p in sorted((root / "evals/cases").glob("*.json"))]
    docs += [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted((root / "evals/checker").rglob("disputes/*.json"))
    ]
    return docs


def test_the_quick_tier_holds_a_part_of_every_set_and_adds_no_word_the_shouting_check_reads() -> None:
    lex = default_lexicon().facts
    grew = 0
    for doc in _disputes():
        dispute = dispute_from_obj(doc)
        known = known_facts(dispute, decide(dispute), lex)
        for name in FIELDS:
            quick, complete = getattr(known.quick, name), getattr(known.complete, name)
            assert quick <= complete, (dispute.id, name, quick - complete)
        # has_upper_word answers a word without digits from the quick tier alone
        assert all(sum(c.isdigit() for c in w) >= 3 for w in known.complete.upper_words - known.quick.upper_words)
        grew += known.complete != known.quick
    assert grew > 100  # the buyers' texts do add facts: the second tier is not empty by construction
