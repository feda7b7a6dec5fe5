"""no_shouting: one long word in capitals and runs of question marks are emphasis too."""

from __future__ import annotations

import pytest

from checks_dev.support import dev_case, failed, outcome, swap


def shouting(case: str, message: str) -> str:
    o = outcome(dev_case(case).check(message), "no_shouting")
    return "" if o.passed else o.detail


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        ("transit_en", "Could you kindly close", "Could you kindly close STRAIGHT AWAY"),
        ("evid_quality_de", "Fotos", "Fotos UNBEDINGT"),
        ("transit_ru", "Не могли бы вы", "Не могли бы вы СРОЧНО"),
        ("evid_damaged_fr", "Pourriez-vous", "Merci de répondre ??? Pourriez-vous"),
    ],
)
def test_a_single_long_word_in_capitals_or_a_question_mark_run_is_shouting(case: str, old: str, new: str) -> None:
    message = swap(dev_case(case).good[0], old, new)
    assert shouting(case, message) != ""


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        ("transit_en", "Could you kindly close", "Could you kindly close (USPS, IOSS, OK)"),
        ("transit_en", "Could you kindly close", "Could you kindly close via ALIEXPRESS"),
        ("transit_en", "Could you kindly close", "Could you kindly close, as is normal?"),
    ],
)
def test_acronyms_short_capitals_and_one_question_mark_are_not_shouting(case: str, old: str, new: str) -> None:
    message = swap(dev_case(case).good[0], old, new)
    assert "no_shouting" not in failed(dev_case(case).check(message))


def test_capitals_glued_to_a_script_without_case_are_not_emphasis() -> None:
    c = dev_case("transit_ko")
    message = c.good[0].replace("\n\n", "\n\nTRACKING번호를 확인해 주세요.\n\n", 1)
    assert "no_shouting" not in failed(c.check(message))


@pytest.mark.parametrize(
    ("old", "new", "caught"),
    [
        # a short emphatic word in capitals shouts alone (style.yaml emphatic_caps)
        ("Could you kindly close", "You MUST close", True),
        ("Could you kindly close", "Could you NOT close", True),
        # a demand's modal in capitals (thirty-ninth set: "you NEED to send us photos")
        ("Could you kindly close", "You NEED to close", True),
        ("Could you kindly close", "You HAVE to close", True),
        ("Could you kindly close", "Could you kindly close (EU, OK)", False),
        ("Could you kindly close", "Could you close it now", False),
    ],
)
def test_a_short_emphatic_word_in_capitals_is_shouting(old: str, new: str, caught: bool) -> None:
    c = dev_case("transit_en")
    message = swap(c.good[0], old, new)
    assert ("no_shouting" in failed(c.check(message))) == caught


# Shouting without capitals (forty-third set: "Most azonnal döntse el, és ne húzza az időt"): a bossy
# demand that the buyer act at once, in any language (style.yaml `pushy`); the seller's own promise to
# act at once and an offer of time are no shouting.
@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        ("en", "Decide right now and don't drag it out.", True),
        ("hu", "Most azonnal döntse el, és ne húzza az időt.", True),
        ("de", "Entscheiden Sie sich sofort und ziehen Sie es nicht in die Länge.", True),
        ("es", "Decida ahora mismo, no lo alargue más.", True),
        ("fr", "Décidez-vous tout de suite, ne traînez pas.", True),
        ("ru", "Решите прямо сейчас и не тяните.", True),
        ("pl", "Proszę się pospieszyć i nie zwlekać.", True),
        ("zh", "请马上决定，别再拖了。", True),
        ("en", "There is no need to decide right now; take your time.", False),
        ("en", "We will reply immediately once we hear from the carrier.", False),
        ("de", "Wir antworten Ihnen sofort, sobald wir etwas wissen.", False),
        ("zh", "我们会立即回复您。", False),
    ],
)
def test_a_pushy_demand_is_shouting_without_capitals(language: str, sentence: str, caught: bool) -> None:
    c = dev_case("transit_en")
    paragraphs = c.good[0].split("\n\n")
    paragraphs.insert(-1, sentence)
    assert ("no_shouting" in failed(c.check("\n\n".join(paragraphs), language))) == caught, sentence
