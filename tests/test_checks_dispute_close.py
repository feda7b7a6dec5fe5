"""A request to close the dispute is part of one remedy only (a parcel in transit); anywhere
else it is flagged with the feedback requests, while a statement that the platform or the
system closes the case passes."""

from __future__ import annotations

import pytest

from checks_dev.support import add_before_signoff, dev_case, failed, outcome

FEEDBACK = "no_feedback_request"


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("partial_en", "Would you mind closing the dispute first so we can process it?"),
        ("partial_es", "Si cierra la disputa, le enviamos el reembolso enseguida."),
        ("escalation_de", "Bitte ziehen Sie den Streitfall zurück, dann klären wir alles direkt."),
        ("await_pt", "Se puder, cancele a disputa para resolvermos tudo entre nós."),
        ("evid_missing_ru", "Если вы закроете спор, мы сразу всё решим."),
        ("return_received_it", "Può chiudere la controversia, grazie."),
        ("reship_offer_en", "Once you withdraw the case we will send the new one."),
    ],
)
def test_asking_to_close_the_dispute_is_flagged_outside_the_transit_remedy(case: str, sentence: str) -> None:
    report = dev_case(case).check(add_before_signoff(case, sentence))
    assert FEEDBACK in failed(report)
    assert "close or withdraw the dispute" in outcome(report, FEEDBACK).detail


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("await_en", "Once the platform has decided, the dispute will be closed automatically."),
        ("await_en", "The platform will close the case once it has reviewed the evidence."),
        ("return_received_en", "Your refund is on its way and the case is now closed on our side."),
        ("escalation_de", "Der Streitfall wird von der Plattform geschlossen, sobald sie entschieden hat."),
        ("await_pt", "A disputa será encerrada pela plataforma."),
        ("evid_missing_ru", "Спор будет закрыт после решения платформы."),
        ("return_received_pl", "Spór zostanie zamknięty przez platformę."),
        ("evid_not_working_en", "Could you send close-up photos of the case and the charging port?"),
    ],
)
def test_statements_that_the_case_closes_pass(case: str, sentence: str) -> None:
    assert FEEDBACK not in failed(dev_case(case).check(add_before_signoff(case, sentence)))


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("transit_en", "Could you kindly close the dispute for now? We will extend your protection."),
        ("transit_it", "Le chiediamo, se è d'accordo, di chiudere la controversia per ora."),
    ],
)
def test_the_transit_remedy_asks_for_it(case: str, sentence: str) -> None:
    assert FEEDBACK not in failed(dev_case(case).check(add_before_signoff(case, sentence)))


# Conjugated and split forms of "close / withdraw / cancel", not only the infinitive:
# Dutch "u trekt het geschil in", "intrekt", Russian "отзовёте", Ukrainian "знімете".
@pytest.mark.parametrize(
    ("lang", "sentence", "asks"),
    [
        ("nl", "Trekt u de claim alstublieft in, dan lossen we het samen op.", True),
        ("nl", "Zodra je het dispuut intrekt, sturen we de terugbetaling.", True),
        ("nl", "Sluit u het geschil af, dan ontvangt u meteen het geld.", True),
        ("nl", "Het geschil blijft open tot het platform heeft beslist.", False),
        ("ru", "Будем благодарны, если вы отзовёте претензию.", True),
        ("ru", "Спасибо за ваш отзыв по претензии, мы его изучаем.", False),
        ("uk", "Якщо ви знімете спір, ми одразу все вирішимо.", True),
        ("el", "Σας παρακαλούμε να ακυρώνετε τη διαφορά μόλις λάβετε το δέμα.", True),
        ("ar", "نرجو أن تسحبي النزاع حتى نحل الأمر بيننا.", True),
        ("ar", "يجب علينا انتظار قرار المنصة بشأن النزاع.", False),
        ("tr", "İtirazı iptal ederseniz iadeyi hemen yaparız.", True),
    ],
)
def test_conjugated_close_verbs_are_asks_to_close(lang: str, sentence: str, asks: bool) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert bool(default_lexicon().points.cues["ask_close"].search(fold(sentence), (lang,))) is asks


def test_asking_to_withdraw_in_dutch_is_flagged_in_a_reply() -> None:
    case = "escalation_en"
    sentence = "Als u het geschil weer intrekt, kunnen we het rechtstreeks regelen."
    assert FEEDBACK in failed(dev_case(case).check(add_before_signoff(case, sentence), "nl"))
