"""no_feedback_request and no_blame: what the handbook forbids asking of, or saying to, the buyer.

Feedback: any request about feedback, reviews, ratings or stars is flagged, including a
plain "please leave us feedback". While a dispute is open such a request reads as a
trade (close it and rate us well), which marketplaces treat as feedback manipulation.
Thanking the buyer "for your feedback" (their message) is not a request and passes.
Indirect requests count too: "don't let this affect your rating", "a kind word in your
review", "tell other buyers".

Blame: patterns on the whole reply (the buyer's use, reading, screen or escalation; a
carrier named right next to a fault word), plus a sentence-level rule for third parties:
a sentence that names a carrier, the post, customs, a warehouse partner or the platform
and passes a verdict on them (conduct.yaml `blame_verdicts`). Once a return has arrived
(`return_received`), the reply has nothing to say about the state the buyer sent it back
in: "signs of use", "creased", "badly packed" there reproach the buyer, even when the
sentence goes on "but we'll let it go". "Without any signs of use" passes.
"""

from __future__ import annotations

import re
from functools import cache

from disputedraft.checks.context import CheckContext
from disputedraft.checks.outcome import verdict
from disputedraft.checks.text import fold, fold_pattern
from disputedraft.checks.types import CheckOutcome

FEEDBACK = "no_feedback_request"
BLAME = "no_blame"


def check_no_feedback_request(ctx: CheckContext) -> CheckOutcome:
    found = [
        f"asks about feedback/reviews/ratings ({ctx.quote(m.start(), m.end(), 8)})"
        for m in ctx.lexicon.feedback.finditer(ctx.folded, ctx.langs)
    ]
    return verdict(FEEDBACK, True, found, "no request about feedback, reviews or ratings")


def _third_party_blame(ctx: CheckContext) -> list[str]:
    # Naming the carrier or customs is a fact; a verdict on them in the same sentence is blame.
    lex = ctx.lexicon
    carrier = fold(ctx.decision.facts.carrier or "")
    found = []
    for sentence in ctx.sentences:
        named = (
            lex.blame_parties.search(sentence, ctx.langs)
            or lex.facts.carriers.search(sentence)
            or (carrier and carrier in sentence)
        )
        if not named:
            continue
        said = lex.blame_verdicts.search(sentence, ctx.langs)
        if said:
            start = ctx.folded.find(sentence)
            where = ctx.quote(start + said.start(), start + said.end(), 20) if start >= 0 else repr(sentence[:70])
            found.append(f"blames the carrier, the post or customs ({where})")
    return found


# The state of a returned item, per language (folded text): signs of use or wear, creased,
# stained or dirty, badly folded or packed, scratched, worn. Said only in `return_received`.
_RETURN_STATE = {
    "en": (
        r"\b(?:signs|traces|marks) of (?:use|wear|usage)\b|"
        r"\b(?:creased|crumpled|wrinkled|stained|soiled|dirty|scratched|badly (?:folded|packed|wrapped)"
        r"|not (?:properly )?folded|smell(?:s|ed|ing)? of)\b"
    ),
    "es": (
        r"\b(?:signos|senales|marcas|huellas) de uso\b|"
        r"\b(?:arrugad|manchad|mal doblad|mal empaquetad|mal embalad|rayad|desgastad)\w*|\bsuci[oa]s?\b"
    ),
    "fr": (
        r"\b(?:traces|signes|marques) d'(?:usure|utilisation)\b|"
        r"\b(?:froisse|tache|mal repli|mal emball|raye|usee|abime)\w*|\bsales?\b"
    ),
    "de": (
        r"\b(?:gebrauchs|trage|abnutzungs)spuren\b|"
        r"\b(?:zerknittert|verknittert|fleckig|verschmutzt|schmutzig|zerkratzt|abgenutzt"
        r"|schlecht (?:gefaltet|verpackt|zusammengelegt))\w*"
    ),
    "it": (
        r"\b(?:segni|tracce) (?:d'uso|di usura|di utilizzo)\b|"
        r"\b(?:stropicciat|sgualcit|macchiat|sporc|mal (?:piegat|imballat)|graffiat|usurat)\w*"
    ),
    "pt": (
        r"\b(?:sinais|marcas|vestigios) de (?:uso|desgaste)\b|"
        r"\b(?:amarrotad|manchad|mal dobrad|mal embalad|riscad|desgastad)\w*|\bsuj[oa]s?\b"
    ),
    "nl": (
        r"\b(?:gebruikssporen|draagsporen|sporen van gebruik)\b|"
        r"\b(?:gekreukt|gekreukeld|verkreukeld|vlekken|vuil|vies|gekrast|slecht (?:opgevouwen|verpakt))\b"
    ),
    "pl": (
        r"\bslad\w* (?:uzytkowania|uzycia|noszenia)\b|"
        r"\b(?:pogniecion|poplamion|brudn|porysowan|zle (?:zlozon|zapakowan))\w*"
    ),
    "ru": (
        r"\bслед\w* (?:использования|носки|эксплуатации)\b|"
        r"\b(?:помят|мятая|мятое|мятый|испачкан|грязн|в пятнах|поцарапан|поношен|плохо (?:сложен|упакован))\w*"
    ),
    "uk": (
        r"\bслід\w* (?:використання|носіння|експлуатації)\b|"
        r"\b(?:пом'ят|м'ят|забруднен|брудн|в плямах|подряпан|поношен|погано (?:складен|упакован))\w*"
    ),
    "tr": (
        r"\bkullanim iz\w*|"
        r"\b(?:burusuk|burusmus|lekeli|kirli|cizik|cizilmis|yipranmis|kotu (?:katlanmis|paketlenmis))\b"
    ),
    "sv": r"\b(?:bruksspar|slitage)\b|\b(?:skrynklig|flackig|smutsig|repig|sliten|daligt (?:vikt|packad))\w*",
    "da": r"\b(?:brugsspor|slitage)\b|\b(?:krollet|plettet|beskidt|snavset|ridset|slidt|darligt (?:foldet|pakket))\b",
    "cs": (
        r"\bstop\w* (?:pouzivani|pouziti|noseni)\b|"
        r"\b(?:pomackan|zmackan|spinav|poskrabn|opotrebovan|spatne (?:slozen|zabalen))\w*"
    ),
    "fi": r"\bkayton jalj\w*|\b(?:rypistyn|tahrain|likain|naarmuuntun|kulunut|huonosti (?:taitel|pakat))\w*",
    "ro": (
        r"\bsemne de (?:uzura|utilizare|folosire)\b|"
        r"\b(?:sifonat|patat|murdar|zgariat|uzat|prost (?:impachetat|ambalat))\w*"
    ),
    "hu": (
        r"\bhasznalat(?:i)? nyom\w*|"
        r"\b(?:gyurott|foltos|koszos|piszkos|karcos|kopott|rosszul (?:hajtogat|csomagol))\w*"
    ),
    "el": r"\bσημαδια (?:χρησης|φθορας)\b|\b(?:τσαλακωμεν|λεκιασμεν|βρωμικ|λερωμεν|γρατζουνισμεν|φθαρμεν)\w*",
    "ko": r"사용(?:한 )?흔적|착용 흔적|구겨|얼룩|더러워|오염|흠집|스크래치",
    "ja": r"使用感|使用(?:の)?跡|しわ|シワ|汚れ|シミ",
    "zh": r"使用痕迹|穿过的痕迹|皱|污渍|脏|划痕|磨损",
    "ar": r"اثار (?:استخدام|الاستخدام)|مجعد|متسخ|بقع|خدوش",
}
# "without any signs of use", "no stains", "keine Gebrauchsspuren", "sin signos de uso", "흔적 없이"
_RETURN_STATE_NEGATED = re.compile(
    fold_pattern(
        r"\b(?:without|no|not|never|sin|ningun\w*|sans|aucune?|pas de|ohne|keine?\w*|senza|nessun\w*|sem|nenhum\w*"
        r"|zonder|geen|bez|zadn\w*|без|никаких|жодних|utan|inga|uden|ingen|ilman|fara|nici|nelkul|semmi|χωρις|καθολου)"
        r"\b[^.!?\n]{0,25}$"
    )
)
_RETURN_STATE_NEGATED_AFTER = re.compile(
    fold_pattern(r"^[^.!?\n]{0,12}(?:\b(?:yok|olmadan|nincs|ei|nem)\b|없|ない|なく|なし|没有|无)")
)


@cache
def _return_state(lang: str) -> re.Pattern[str] | None:
    pattern = _RETURN_STATE.get(lang)
    return re.compile(fold_pattern(pattern)) if pattern else None


def _returned_item_reproach(ctx: CheckContext) -> list[str]:
    if ctx.decision.remedy != "return_received":
        return []
    found = []
    for sentence in ctx.sentences:
        for lang in ctx.langs:
            pattern = _return_state(lang)
            m = pattern.search(sentence) if pattern else None
            while m and (
                _RETURN_STATE_NEGATED.search(sentence[: m.start()])
                or _RETURN_STATE_NEGATED_AFTER.search(sentence[m.end() :])
            ):
                m = pattern.search(sentence, m.end()) if pattern else None
            if m:
                found.append(f"comments on the state of the returned item ({m.group(0)!r} in {sentence[:80]!r})")
                break
    return found


def check_no_blame(ctx: CheckContext) -> CheckOutcome:
    found = [
        f"blames the buyer or others ({ctx.quote(m.start(), m.end(), 8)})"
        for m in ctx.lexicon.blame.finditer(ctx.folded, ctx.langs)
    ]
    found += _third_party_blame(ctx)
    found += _returned_item_reproach(ctx)
    return verdict(BLAME, True, found, "no blame on the buyer, the carrier or customs")
