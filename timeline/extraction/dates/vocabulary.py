"""The date tagger's words: month and weekday names, number, decade and ordinal words, the
parts of a month or year and the seasons, and the regex atoms (`MONTH`, `WEEKDAY`, `DAY`, `YEAR`,
`NUMBER`, "vergangen-/kommend-/dies-" as `PREV`/`NEXT`/`THIS`) the patterns are built from."""

from __future__ import annotations

import re

MONTH_NUMBERS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jaenner": 1, "jan.": 1,
    "februar": 2, "feber": 2, "feb.": 2, "febr.": 2,
    "märz": 3, "maerz": 3, "mär.": 3, "mrz.": 3,
    "april": 4, "apr.": 4,
    "mai": 5,
    "juni": 6, "jun.": 6,
    "juli": 7, "jul.": 7,
    "august": 8, "aug.": 8,
    "september": 9, "sept.": 9, "sep.": 9,
    "oktober": 10, "okt.": 10,
    "november": 11, "nov.": 11,
    "dezember": 12, "dez.": 12,
}  # fmt: skip

# Month abbreviations written without their full stop, read only inside a full date with a
# year ("Montag, 3. Feb 2014"), where no name or word can be meant.
MONTH_ABBREVIATIONS_BARE: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}  # fmt: skip
# English month names of agency bylines ("May 20, 2022").
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip

# "vor anderthalb Jahren": months.
AND_A_HALF: dict[str, int] = {
    "anderthalb": 18, "eineinhalb": 18, "zweieinhalb": 30, "dreieinhalb": 42,
}  # fmt: skip

WEEKDAY_NUMBERS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1,
    "zwei": 2, "zweien": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30,
    "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
    "hundert": 100, "einigen": 3, "wenigen": 3, "mehreren": 3, "paar": 2,
}  # fmt: skip

DECADE_WORDS: dict[str, int] = {
    "zwanziger": 20, "dreißiger": 30, "dreissiger": 30, "vierziger": 40, "fünfziger": 50,
    "fuenfziger": 50, "sechziger": 60, "siebziger": 70, "achtziger": 80, "neunziger": 90,
}  # fmt: skip

# Quarters and half-years: the ordinal words and the months a unit spans.
PERIOD_ORDINALS: dict[str, int] = {
    "ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
    "vierten": 4, "vierte": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4,
}  # fmt: skip
PERIOD_UNIT_MONTHS = {"quartal": 3, "vierteljahr": 3, "halbjahr": 6, "jahreshälfte": 6,
                      "hälfte": 6}  # fmt: skip

# Days of the month a part-of-month word covers (EVENTS.md: Anfang 1–10, Mitte 11–20, Ende 21–).
MONTH_PART_DAYS = {"anfang": (1, 10), "beginn": (1, 10), "mitte": (11, 20), "ende": (21, 31)}
YEAR_PART_MONTHS = {"anfang": (1, 4), "beginn": (1, 4), "mitte": (5, 8), "ende": (9, 12)}
SEASON_MONTHS = {"frühjahr": (3, 5), "frühling": (3, 5), "sommer": (6, 8), "herbst": (9, 11),
                 "winter": (12, 2)}  # fmt: skip


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _capitalised(word: str) -> str:
    """A pattern that accepts `word` with either case of its first letter."""
    return f"[{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])}"


def _any_case_first(*words: str) -> str:
    return "(?:" + "|".join(_capitalised(w) for w in words) + ")"


_MONTH_FULL = [m.capitalize() for m in MONTH_NUMBERS if not m.endswith(".")]
_MONTH_ABBR = [m.capitalize() for m in MONTH_NUMBERS if m.endswith(".")]
MONTH = rf"(?:{_alternation(_MONTH_FULL)})(?![\w-])|(?:{_alternation(_MONTH_ABBR)})"
MONTH = f"(?:{MONTH})"
WEEKDAY = "(?:" + _alternation([w.capitalize() for w in WEEKDAY_NUMBERS]) + ")"
DAYPART = r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht|früh|frueh)"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
YEAR = r"(?<![\d.,])(?<!\d )(?:1[0-9]\d\d|20\d\d)(?![\d]|,\d|\.\d)(?!\s*v\.\s*Chr)"
NUMBER = (
    r"(?:\d{1,3}|"
    + "|".join(_capitalised(w) for w in sorted(NUMBER_WORDS, key=len, reverse=True))
    + ")"
)
DASH = r"\s*[-–—]\s*"
B = r"(?<![\w])"  # word start
E = r"(?![\w])"  # word end
AM = _any_case_first("am", "an")
IM = _any_case_first("im", "in")
PART = _any_case_first("anfang", "mitte", "ende", "beginn")
PREV = r"(?:[Vv]ergangen|[Ll]etzt|[Vv]orig|[Zz]urückliegend)(?:e|en|er|es|em)"
NEXT = r"(?:[Kk]ommend|[Nn]ächst|[Nn]aechst|[Ff]olgend|[Bb]evorstehend)(?:e|en|er|es|em)"
THIS = r"(?:[Dd]ies|[Ll]aufend|[Aa]ktuell)(?:e|en|er|es|em)"
RELATIVE_MOD = rf"(?:{PREV}|{NEXT}|{THIS})"


# A participle as adjective after a year dates what it describes ("der 1975 unterzeichnete
# Vertrag", "die 1991 gegründete Partei", "das 1990 abgeschlossene Abkommen").
_PARTICIPLE_ADJECTIVE = (
    r"(?:(?:be|ver|er|ent|emp|zer|unter|über|hinter|miss)[a-zäöüß]{2,}(?:t|en)"
    r"|[a-zäöüß]{3,}iert|(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|zu|zurück|zusammen|"
    r"wieder|weg|frei|hoch|her|hin|um|durch)ge[a-zäöüß]{2,}(?:t|en))e[nrms]?"
)
