"""no_invented_facts: every code, amount, date, time and number comes from the dispute or the Decision.

Tolerated without a source, by choice:
- 1 and 2: "option 1", "two options", "1-2 days" are how replies are organised.
- 100 as a percentage ("100% sure").
- 1 and 2 spelled as words ("two options"); numbers from 3 spelled as words count when they
  make a duration ("three working days", "zece zile", "三営業日") or a day of a month.

A number counts as known when any reading of it matches ("1,234" may be 1234 or 1.234;
"03/04" may be 3 April or 4 March). Two kinds of words are facts as well: days named
without a date ("tomorrow", "by Friday") and carriers ("your parcel is with FedEx" when
it travels with Cainiao); either is invented unless the dispute says it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from itertools import groupby

from disputedraft.checks.context import CheckContext
from disputedraft.checks.outcome import verdict
from disputedraft.checks.scan import Found
from disputedraft.checks.text import fold
from disputedraft.checks.types import CheckOutcome

NAME = "no_invented_facts"
TOLERATED = frozenset({Decimal(1), Decimal(2)})


_UNIT_CHARS = 30  # how far after a number its unit is read ("2 working days")


def _duration(ctx: CheckContext, end: int) -> bool:
    return bool(ctx.lexicon.facts.duration_units.search(ctx.folded[end : end + _UNIT_CHARS], ctx.langs))


# Numbers written as words are facts too ("within three working days", "zece zile",
# "三営業日", "يومين"): a spelled-out duration or day of the month must come from the dispute
# like a digit would. Cardinals from 3 (1 and 2 pass as counts), per language, folded.
_W = {
    "en": "three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty",
    "es": "tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince veinte treinta",
    "fr": "trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze vingt trente",
    "pt": "tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze vinte trinta",
    "it": "tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici venti trenta",
    "de": "drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn vierzehn funfzehn zwanzig dreissig",
    "nl": "drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien twintig dertig",
    "pl": "trzy cztery piec szesc siedem osiem dziewiec dziesiec jedenascie dwanascie trzynascie czternascie pietnascie dwadziescia trzydziesci",
    "ru": "три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать двадцать тридцать",
    "uk": "три чотири п'ять шість сім вісім дев'ять десять одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять двадцять тридцять",
    "tr": "uc dort bes alti yedi sekiz dokuz on onbir oniki onuc ondort onbes yirmi otuz",
    "sv": "tre fyra fem sex sju atta nio tio elva tolv tretton fjorton femton tjugo trettio",
    "da": "tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten tyve tredive",
    "fi": "kolme nelja viisi kuusi seitseman kahdeksan yhdeksan kymmenen yksitoista kaksitoista kolmetoista neljatoista viisitoista kaksikymmenta kolmekymmenta",
    "cs": "tri ctyri pet sest sedm osm devet deset jedenact dvanact trinact ctrnact patnact dvacet tricet",
    "hu": "harom negy ot hat het nyolc kilenc tiz tizenegy tizenketto tizenharom tizennegy tizenot husz harminc",
    "ro": "trei patru cinci sase sapte opt noua zece unsprezece doisprezece treisprezece paisprezece cincisprezece douazeci treizeci",
    "el": "τρεις τεσσερις πεντε εξι επτα οκτω εννεα δεκα εντεκα δωδεκα δεκατρεις δεκατεσσερις δεκαπεντε εικοσι τριαντα",
    "ar": "ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد_عشر اثنا_عشر ثلاثة_عشر أربعة_عشر خمسة_عشر عشرين ثلاثين",
}
_VALUES = (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 20, 30)
# Other forms of the same numbers (oblique cases, feminine, short forms).
_MORE = {
    "pl": {"trzech": 3, "czterech": 4, "pieciu": 5, "szesciu": 6, "siedmiu": 7, "osmiu": 8, "dziewieciu": 9, "dziesieciu": 10},
    "ru": {"трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "пятнадцати": 15},
    "uk": {"трьох": 3, "чотирьох": 4, "пяти": 5, "пять": 5, "пятнадцять": 15, "пятьох": 5, "десяти": 10, "девять": 9},
    "fi": {"kolmen": 3, "neljan": 4, "viiden": 5, "kuuden": 6, "seitseman": 7, "kymmenen": 10},
    "cs": {"trech": 3, "ctyrech": 4, "peti": 5, "sesti": 6, "sedmi": 7, "osmi": 8, "deviti": 9, "deseti": 10},
    "el": {"τρια": 3, "τεσσερα": 4, "εφτα": 7, "οχτω": 8, "εννια": 9},
    "ar": {"ثلاث": 3, "أربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثماني": 8, "تسع": 9, "عشر": 10, "عشرون": 20, "ثلاثون": 30},
    "es": {"dieciseis": 16, "veintiun": 21},
    "pt": {"quatorze": 14},
    "it": {"ventun": 21},
}
# CJK numerals sit right before their unit, without a space.
_CJK = {"三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十四": 14, "十五": 15, "二十": 20, "三十": 30}
# Words that hold both a number and a unit: Korean day counts, Arabic duals.
_WITH_UNIT = {
    "ko": {"사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10, "보름": 15},
    "ar": {"يومين": 2, "يومان": 2, "أسبوعين": 2, "اسبوعين": 2, "ساعتين": 2, "شهرين": 2},
}
# Ordinal day words before a month name: "the fifth of December", "الخامس من ديسمبر".
_ORDINALS = {
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth",
    "es": "primero segundo tercero cuarto quinto sexto septimo octavo noveno decimo",
    "fr": "premier",
    "it": "primo",
    "pt": "primeiro",
    "de": "ersten zweiten dritten vierten funften sechsten siebten achten neunten zehnten",
    "ar": "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر",
    "el": "πρωτη δευτερα τριτη τεταρτη πεμπτη εκτη εβδομη ογδοη ενατη δεκατη",
}
_FILLER = re.compile(r"\s*(?:\(\w+\)\s*)?(?:de |of |di |d'|de\s)?")


def _word_table(lang: str) -> dict[str, int]:
    table = {fold(w.replace("_", " ")): v for w, v in zip(_W.get(lang, "").split(), _VALUES)}
    table.update({fold(w): v for w, v in _MORE.get(lang, {}).items()})
    return table


@lru_cache(maxsize=64)
def _spelled_pattern(langs: tuple[str, ...]) -> re.Pattern[str] | None:
    words = {w for lang in langs for w in _word_table(lang)}
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alt})(?![\w'])")


def _spelled_problems(ctx: CheckContext) -> list[str]:
    problems: list[str] = []
    known = ctx.known.numbers
    text = ctx.folded
    table: dict[str, int] = {}
    for lang in ctx.langs:
        table.update(_word_table(lang))
    pattern = _spelled_pattern(tuple(ctx.langs))
    hits: list[tuple[int, int, int]] = []
    if pattern is not None:
        for m in pattern.finditer(text):
            after = text[m.end() :]
            filler = _FILLER.match(after)
            if filler and _duration(ctx, m.end() + filler.end()):
                hits.append((m.start(), m.end(), table[m.group()]))
    if {"ja", "zh"} & set(ctx.langs):
        for m in re.finditer(r"(?<![\d一二三四五六七八九十百千])(?:[二三]十|十[四五]|[三四五六七八九十])(?![一二三四五六七八九十百千万])", text):
            if _duration(ctx, m.end()):
                hits.append((m.start(), m.end(), _CJK[m.group()]))
    for lang in ctx.langs:
        for word, value in _WITH_UNIT.get(lang, {}).items():
            w = fold(word)
            for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)" if lang == "ar" else re.escape(w), text):
                hits.append((m.start(), m.end(), value))
    for start, end, value in hits:
        if Decimal(value) not in known:
            problems.append(f"number {ctx.quote(start, end)} (written out) is not in the dispute or the decision")
    problems += _spelled_dates(ctx)
    return problems


@lru_cache(maxsize=64)
def _ordinal_pattern(langs: tuple[str, ...], months: tuple[str, ...]) -> re.Pattern[str] | None:
    words = {fold(w) for lang in langs for w in _ORDINALS.get(lang, "").split()}
    words |= {w for lang in langs for w in _word_table(lang)}
    if not words or not months:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    mon = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alt})(?:\s+(?:of|de|del|di|du|من|του|tou))?\s+(?P<mon>{mon})(?!\w)")


def _spelled_dates(ctx: CheckContext) -> list[str]:
    months = {fold(k): v for k, v in ctx.lexicon.facts.months.items() if len(k) >= 3}
    pattern = _ordinal_pattern(tuple(ctx.langs), tuple(sorted(months)))
    if pattern is None:
        return []
    known_months = {m for _, m, _ in ctx.known.dates}
    return [
        f"date {ctx.quote(m.start(), m.end())} (written out) is not in the dispute"
        for m in pattern.finditer(ctx.folded)
        if months.get(m.group("mon")) not in known_months
    ]


def _date_problems(ctx: CheckContext) -> list[str]:
    problems = []
    dates = sorted(ctx.scan.of("date"), key=lambda f: (f.start, f.end))
    for _, group in groupby(dates, key=lambda f: (f.start, f.end)):
        readings = list(group)
        if not any(f.date and ctx.known.has_date(f.date) for f in readings):
            problems.append(f"date {ctx.shown(readings[0].start, readings[0].end)} is not in the dispute")
            continue
        first = readings[0]
        if first.time and first.time not in ctx.known.times:
            problems.append(f"time in {ctx.shown(first.start, first.end)} is not in the dispute")
    return problems


def _currency_problem(ctx: CheckContext, item: Found) -> str | None:
    currency = ctx.decision.facts.currency
    if item.currency and currency and item.currency != currency:
        return f"amount {ctx.shown(item.start, item.end)} is in {item.currency}, the order is in {currency}"
    return None


def check_no_invented_facts(ctx: CheckContext) -> CheckOutcome:
    known = ctx.known
    problems: list[str] = []
    for item in ctx.scan.of("token"):
        if item.token not in known.tokens:
            problems.append(
                f"code {ctx.shown(item.start, item.end)} is not in the dispute (copy tracking numbers and ids exactly)"
            )
    for item in ctx.scan.of("money"):
        if not item.values & known.numbers:
            problems.append(f"amount {ctx.shown(item.start, item.end)} is not in the order or the decision")
        elif wrong := _currency_problem(ctx, item):
            problems.append(wrong)
    problems += _date_problems(ctx)
    for item in ctx.scan.of("time"):
        if item.time not in known.times:
            problems.append(f"time {ctx.shown(item.start, item.end)} is not in the dispute")
    for item in ctx.scan.of("percent"):
        if not item.values & (known.percents | known.numbers | {Decimal(100)}):
            problems.append(f"percentage {ctx.shown(item.start, item.end)} is not in the decision")
    for item in ctx.scan.of("number"):
        if item.values & known.numbers:
            continue
        # "1" and "2" pass as counts ("two options"), not as durations ("within 2 working days").
        if item.values & TOLERATED and not _duration(ctx, item.end):
            continue
        problems.append(f"number {ctx.shown(item.start, item.end)} is not in the dispute or the decision")
    problems += _spelled_problems(ctx)
    for m in ctx.lexicon.facts.relative_dates.finditer(ctx.folded, ctx.langs):
        if m.group() not in known.source_text:
            problems.append(f"{ctx.quote(m.start(), m.end())} names a day the dispute does not give")
    for m in ctx.lexicon.facts.carriers.finditer(ctx.folded):
        if m.group() not in known.source_text:
            problems.append(f"carrier {ctx.shown(m.start(), m.end())} is not the dispute's carrier")
    checked = len(ctx.scan.items) - len(ctx.scan.of("link"))
    return verdict(NAME, True, problems, f"all {checked} numbers, codes, amounts and dates come from the dispute")
