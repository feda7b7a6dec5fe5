"""Tone checks: reported with a reason, never blocking `passed`; and buyer_is_upset."""

from __future__ import annotations

import pytest

from checks_dev.support import dev_case, outcome, swap
from disputedraft.checks import TONE_CHECKS, buyer_is_upset


def tone(case: str, message: str, check: str) -> tuple[bool, str]:
    report = dev_case(case).check(message)
    o = outcome(report, check)
    assert not o.hard
    return o.passed, o.detail


def test_tone_failures_are_reported_but_do_not_fail_the_reply() -> None:
    c = dev_case("transit_en")
    cold = swap(c.good[0], "Hi John,", "Hello,")
    report = c.check(cold)
    assert report.passed
    assert [v.check for v in report.violations] == ["greets_buyer"]
    assert not report.violations[0].hard
    assert set(TONE_CHECKS) == {"greets_buyer", "empathy_when_upset", "length", "signed_by_store"}


@pytest.mark.parametrize(
    ("case", "greeting"),
    [
        ("evid_color_pl", "Dzień dobry Pani Katarzyno,"),  # vocative of Katarzyna
        ("customs_seller_pl", "Dzień dobry Panie Piotrze,"),  # vocative of Piotr
        ("evid_quality_de", "Hallo Jonas,"),
        ("transit_ko", "이서준 고객님, 안녕하세요."),
    ],
)
def test_greeting_by_name_in_any_form(case: str, greeting: str) -> None:
    c = dev_case(case)
    assert greeting in c.good[0]
    assert tone(case, c.good[0], "greets_buyer")[0]


def test_korean_replies_may_address_the_customer_by_honorific() -> None:
    c = dev_case("transit_ko")
    message = swap(c.good[0], "이서준 고객님, 안녕하세요.", "고객님, 안녕하세요.")
    assert tone("transit_ko", message, "greets_buyer")[0]


def test_a_greeting_without_the_name_is_reported() -> None:
    c = dev_case("evid_size_es")
    passed, detail = tone("evid_size_es", swap(c.good[0], "Hola Carmen:", "Hola:"), "greets_buyer")
    assert not passed
    assert "Carmen Ruiz" in detail


def test_an_upset_buyer_gets_empathy() -> None:
    c = dev_case("transit_en")  # "WHERE IS MY ORDER??? This is a SCAM!!!"
    assert buyer_is_upset(c.dispute)
    assert tone("transit_en", c.good[0], "empathy_when_upset")[0]
    cold = swap(c.good[0], "I'm really sorry for the long wait, and I completely understand your frustration. ", "")
    passed, detail = tone("transit_en", cold, "empathy_when_upset")
    assert not passed
    assert "upset" in detail


@pytest.mark.parametrize(
    ("case", "upset"),
    [
        ("transit_en", True),
        ("escalation_en", True),
        ("evid_wrong_item_pt", True),
        ("transit_it", False),
        ("reship_confirm_fr", False),
        ("await_ko", False),
    ],
)
def test_buyer_is_upset_reads_caps_exclamations_and_angry_words(case: str, upset: bool) -> None:
    assert buyer_is_upset(dev_case(case).dispute) is upset


def test_length_counts_words_and_cjk_characters() -> None:
    c = dev_case("transit_en")
    assert tone("transit_en", c.good[0], "length")[0]
    passed, detail = tone(
        "transit_en", "Hi John, please close the dispute. LP00123456789CN, 15 days. Our Store team", "length"
    )
    assert not passed
    assert "too short" in detail
    passed, _ = tone("transit_en", c.good[0] + "\n" + "We really care about you. " * 60, "length")
    assert not passed
    k = dev_case("transit_ko")
    assert tone("transit_ko", k.good[0], "length")[0]


def test_signed_by_store_name_or_signature() -> None:
    c = dev_case("transit_en")
    assert tone("transit_en", c.good[0], "signed_by_store")[0]
    passed, detail = tone("transit_en", swap(c.good[0], "\nOur Store team", "\nJohn from support"), "signed_by_store")
    assert not passed
    assert "Our Store team" in detail
