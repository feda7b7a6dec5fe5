"""The phrasebook: every language covers every point, and a reply made of its example
sentences passes the same checks a model's draft must pass, for every eval dispute.

If an example sentence fails a check, the model is being taught to fail: either the sentence
or the check is wrong, and this test says which point in which language.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disputedraft.checks import buyer_is_upset, run_checks
from disputedraft.errors import PolicyError
from disputedraft.loading import dispute_from_obj
from disputedraft.policy import decide
from disputedraft.policy.loader import default_policy
from disputedraft.policy.phrasebook import Phrasebook, load_phrasebook, localized, phrasebooks, problems, signed_in
from disputedraft.prompting import assemble, example_greeting, with_codes
from disputedraft.resources import repo_root

CASES = sorted((repo_root() / "evals" / "cases").glob("*.json"))
LANGUAGES = sorted(phrasebooks())


def _drafted_cases() -> list[tuple[str, dict[str, object]]]:
    out = []
    for path in CASES:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if decide(dispute_from_obj(doc["dispute"])).needs_model:
            out.append((path.stem, doc["dispute"]))
    return out


DRAFTED = _drafted_cases()


def test_the_eval_languages_have_a_phrasebook() -> None:
    assert {"en", "es", "fr", "pt", "de", "it", "nl", "pl", "ru", "tr", "ko"} <= set(LANGUAGES)


def _hard_violations(raw: dict[str, object], language: str, **replace: str) -> tuple[list[str], str]:
    """The hard violations of a reply made of the phrasebook's sentences (some replaced), and
    the empathy check's when the buyer is upset: the example greeting then carries the apology."""
    dispute = dispute_from_obj(raw)
    decision = signed_in(decide(dispute), language)  # as drafts are signed when the seller set no signature
    local = localized(decision, language)
    assert local is not None
    greeting = example_greeting(local, buyer_upset=buyer_is_upset(dispute)) or local.sorry
    parts = {"greeting": greeting, **local.points, "closing": local.closing, **replace}
    message = assemble(with_codes(parts, decision), decision)
    report = run_checks(dispute, decision, message, language)
    wanted = [v for v in report.violations if v.hard or v.check == "empathy_when_upset"]
    return [f"{v.check}: {v.detail}" for v in wanted], message


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reply_from_the_phrasebook_passes_every_hard_check(language: str) -> None:
    failures = []
    for case_id, raw in DRAFTED:
        hard, message = _hard_violations(raw, language)
        if hard:
            failures.append(f"{case_id}: {hard}\n{message}")
    assert not failures, "\n\n".join(failures)


def _case_with(remedy: str, variant: str | None = None) -> dict[str, object]:
    for _, raw in DRAFTED:
        decision = decide(dispute_from_obj(raw))
        if decision.remedy == remedy and (variant is None or decision.variant == variant):
            return raw
    raise LookupError(remedy)


# First drafts of the phrasebook that the checks wrongly rejected: natural wording a model
# will also write, so each is a false "missing point" or "invented fact" fixed in the lexicon.
@pytest.mark.parametrize(
    ("language", "remedy", "variant", "point", "sentence"),
    [
        ("nl", "offer_reshipment", None, "ask_confirm",
         "Wilt u dit in uw antwoord bevestigen en controleren of uw verzendadres juist is?"),
        ("tr", "extend_delivery_time", None, "ask_close", "Anlaşmazlığı şimdilik kapatabilir misiniz?"),
        ("tr", "customs_clearance", "seller", "seller_pays",
         "Gümrük vergilerini biz ödüyor ve gümrükleme işlemini kendimiz yürütüyoruz, bu yüzden sizin herhangi "
         "bir ödeme yapmanıza gerek yok."),
        ("tr", "return_instructions", None, "refund_after_return",
         "İade edilen ürün bize ulaşır ulaşmaz para iadeniz işleme alınacak; lütfen iade kargo takip numarasını "
         "anlaşmazlığa ekleyin."),
        ("ko", "return_instructions", None, "return_address", "상품을 다음 주소로 반송해 주세요: {return_address}."),
        ("fr", "offer_reshipment", None, "offer_reship",
         "Souhaitez-vous que nous vous renvoyions l'article, sans frais supplémentaires ?"),
    ],
)  # fmt: skip
def test_natural_wordings_first_rejected_are_accepted(
    language: str, remedy: str, variant: str | None, point: str, sentence: str
) -> None:
    raw = _case_with(remedy, variant)
    address = decide(dispute_from_obj(raw)).facts.return_address or ""
    hard, message = _hard_violations(raw, language, **{point: sentence.replace("{return_address}", address)})
    assert not hard, f"{hard}\n{message}"


def test_localized_fills_the_decisions_facts_in_the_buyers_language() -> None:
    raw = json.loads((repo_root() / "examples" / "in_transit_es.json").read_text(encoding="utf-8"))
    decision = decide(dispute_from_obj(raw))
    local = localized(decision, "es-MX")
    assert local is not None
    assert local.greeting is not None
    assert decision.facts.buyer_name
    assert decision.facts.buyer_name in local.greeting
    days = str(decision.facts.protection_extension_days)
    assert days in local.points["extend_protection"]
    assert "{" not in " ".join(local.points.values())
    assert localized(decision, "xx") is None


def test_a_phrasebook_missing_a_point_is_refused_naming_it(tmp_path: Path) -> None:
    book = phrasebooks()["en"].model_dump()
    del book["remedies"]["extend_delivery_time"]["points"]["ask_close"]
    book["signature"] = "The team"
    book["remedies"]["return_received"]["points"]["return_arrived"] = "Got {return_address}."
    found = problems(Phrasebook.model_validate(book), default_policy().spec)
    assert "remedies.extend_delivery_time.ask_close: missing" in found
    assert any("return_arrived: placeholders ['return_address']" in p for p in found)
    assert "signature: must contain {store_name}" in found

    path = tmp_path / "en.yaml"
    path.write_text(json.dumps(book), encoding="utf-8")
    with pytest.raises(PolicyError, match="ask_close: missing"):
        load_phrasebook(path, default_policy().spec)


def test_the_phrasebook_fake_drafts_every_case_in_the_buyers_language_at_the_first_attempt() -> None:
    # The overhead benchmark relies on it: one model call per draft, in each buyer's language.
    from disputedraft.drafting import DraftingService
    from disputedraft.llm.fake import PhrasebookModel

    service = DraftingService(model=PhrasebookModel())
    languages = set()
    for case_id, raw in DRAFTED:
        draft = service.draft_sync(dispute_from_obj(raw))
        assert (draft.status, draft.attempts) == ("ready", 1), (case_id, draft.violations)
        languages.add(draft.language)
        if draft.language in phrasebooks():
            assert draft.model == "phrasebook"
            assert draft.message
            book = phrasebooks()[draft.language]
            assert book.closing in draft.message, case_id
    assert len(languages & set(phrasebooks())) >= 5


def _signed_draft(**changes: object) -> tuple[str, str]:
    from builders import dispute
    from disputedraft.drafting import DraftingService
    from disputedraft.llm.fake import PhrasebookModel

    draft = DraftingService(model=PhrasebookModel()).draft_sync(dispute(**changes))
    assert draft.status == "ready", draft.violations
    assert draft.message is not None
    return draft.message.splitlines()[-1], draft.decision.facts.signature


def test_a_draft_is_signed_in_the_buyers_language_when_the_seller_set_no_signature() -> None:
    # Before, every reply without a seller signature ended "Casa Brava team", in English.
    last_line, signature = _signed_draft(seller={"store_name": "Casa Brava"})
    assert last_line == signature == "El equipo de Casa Brava"
    ru = {"name": "Oleg", "country": "RU", "language": "ru"}
    russian = [{"author": "buyer", "text": "Здравствуйте, где моя посылка?"}]
    assert _signed_draft(seller={"store_name": "Casa Brava"}, buyer=ru, messages=russian)[0] == "Команда Casa Brava"


def test_a_signature_the_seller_set_is_kept_as_written() -> None:
    last_line, signature = _signed_draft(seller={"store_name": "Casa Brava", "signature": "Ana, Casa Brava"})
    assert last_line == signature == "Ana, Casa Brava"


def test_a_language_without_a_phrasebook_keeps_the_handbook_default() -> None:
    assert "sv" not in phrasebooks()
    decision = decide(dispute_from_obj({**json.loads((repo_root() / "examples" / "in_transit_es.json").read_text())}))
    assert signed_in(decision, "sv") == decision
    assert decision.facts.signature == f"{decision.facts.store_name} team"
