"""German temporal tagger: finds date and period expressions and resolves them.

Precompiled regular expressions run over the raw text and propose candidates; overlapping
candidates are reduced to the longest; then the candidates are resolved in text order, so that a
phrase can lean on what came before it (the year of "im Mai" after "März 1940", the day of "am
Abend", "am Vortag"). Relative phrases resolve against the publication date, with the tense of
their clause deciding the direction of a bare weekday or month. The conventions are those of
`shared/EVENTS.md`.

Tense is read per clause (`sentence_tense`): the finite verb after a fronted date ("Am Montag
kommen ..."), the final verb of a subordinate clause, the cues of the date's own clause (a
zu-infinitive after a plan verb, a reported present subjunctive), then the nearest cue of the
sentence. What the context adds: the day, month, week, range and reported period in view
(`ResolutionContext`), a date after an event noun, a plan's day, a flashback.

The German words the rules need are module-level tables (month and weekday names, number words,
strong preterites, plan and forecast verbs, event nouns, counted nouns, labels, holidays), so
that the rules stay patterns over them.

spaCy only provides sentence boundaries (from a caller's `Doc` or a blank sentencizer); tense cues
are read with regexes over each sentence. Pure Python: no Django.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise
from statistics import median

from spacy.tokens import Doc

from timeline.extraction.nlp import ABBREVIATIONS, TokenArrays
from timeline.extraction.types import DateMention, Precision

# --- lexicon ------------------------------------------------------------------------------

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


class Tense(StrEnum):
    PAST = "past"
    FUTURE = "future"  # a present or future plan
    NONE = "none"  # no cue


# --- tense cues ---------------------------------------------------------------------------

# Strong and mixed preterites (third person singular; the plural adds "-en"), the forms the
# "-te" rule cannot see: "Am Montag lud der Präsident ..." tells of the past.
STRONG_PRETERITES = (
    "lud tat warf galt riet stritt schnitt litt schloss goss floss genoss schoss verwies bewies "
    "erwies stieg sank schwieg schien lieh verlieh erhob hob bewog log bog befahl empfahl stahl "
    "verbot trug ertrug betrug vertrug wuchs wusch maß aß vergaß lief fing hing behielt enthielt "
    "erhielt unterhielt verhielt gefiel überfiel entfiel berief verstand bestand entstand "
    "gestand widerstand zwang sang trank verschwand erfand empfand verband bekam übernahm "
    "unternahm vernahm beschrieb vertrieb trieb verschob schob mied schied betrat vertrat ergab "
    "vergab übergab bezog verzog erschlug betraf übertraf geschah las verlas fror begriff biss "
    "riss zerriss wich verglich glich strich bewarb warb verdarb half barg verbarg drang rang "
    "sprang sann spann schwamm unterbrach widersprach versprach besprach stach erlitt bestritt "
    "saß besaß befand verfuhr erfuhr widerfuhr entließ erließ pries schrie blies schlief briet "
    "rieb mahnte gebot bot verlas"
).split()

_PAST_WORDS = (
    "hatte hatten hattest war waren warst wurde wurden worden gewesen sagte sagten hieß traf "
    "trafen kam kamen fand fanden gab gaben ging gingen hielt hielten nahm nahmen sprach "
    "sprachen rief riefen ließ ließen stand standen zog zogen begann begannen gewann gewannen "
    "verlor verloren starb starben schrieb schrieben trat traten flog flogen fuhr fuhren lag "
    "lagen sah sahen wies wiesen bat baten brach brachen erschien erschienen empfing empfingen "
    "verließ verließen blieb blieben gelang bot boten schlug schlugen griff griffen unterschrieb "
    "beschloss beschlossen entschied entschieden fiel fielen floh flohen stieß wandte sandte "
    # Preterites of stems ending in s, which the superlative rule ("-sten") would miss.
    "reiste reisten musste mussten fasste fassten löste lösten wusste wussten "
    "vergangenen vergangene vergangener vergangenes zuvor damals gestern vorgestern letzten "
    "letzte vorigen voriger jüngst kürzlich vorher seit"
).split() + [
    form
    for stem in STRONG_PRETERITES
    for form in (stem, stem + ("en" if not stem.endswith("e") else "n"))
]
_FUTURE_WORDS = (
    "wird werden werde wirst will wollen wolle soll sollen solle sollte sollten plant planen plane "
    "könnte könnten "
    "geplant "
    "geplante geplanten vorgesehen beabsichtigt erwartet erwarte erwarten voraussichtlich dürfte "
    "dürften möchte "
    "möchten kommenden kommende kommender kommendes nächsten nächste nächster bevorstehende "
    "bevorstehenden anstehenden anstehende künftig demnächst morgen übermorgen bald "
    "trifft treffen reist reisen besucht besuchen kommt beginnt beginnen startet starten "
    "empfängt findet stattfinden tagt tagen berät beraten fliegt endet enden läuft wählt "
    "wählen stimmt abstimmen unterzeichnen teilnehmen"
).split()
_PERFECT_AUXILIARIES = "hat haben habe hast ist sind sei seien bin".split()
# Verbs whose stem ends in t: their infinitive and present plural end in "-ten" like a
# preterite ("treten", "halten"; the preterites are "traten", "hielten", "arbeiteten").
T_STEM_VERBS = tuple(
    "halten gelten treten bieten bitten raten reiten streiten schreiten gleiten leiten arbeiten "
    "warten achten richten fürchten fechten walten schalten spalten stalten kosten testen "
    "lasten leisten rüsten retten wetten töten bluten breiten deuten läuten antworten fasten "
    "haften heften trachten flüchten dichten nichten pflichten mieten werten".split()
)
_NOT_PRETERITE = re.compile(
    r"(?:ers|zwei|drit|vier|fünf|sechs|sieb|^ach|neun|zehn|elf|zwölf|zig|ßig|ssig|hunder|tausend|"
    r"(?<!s)s)te[n]?$|^(?:gute|guten|alte|alten|späte|späten|weite|weiten|breite|harte|rechte|rechten|"
    r"mitte|heute|bitte|konkrete|konkreten|direkte|direkten|private|privaten|absolute|bekannte|"
    r"bekannten|gesamte|gesamten|sogenannte|sogenannten|bestimmte|bestimmten|genannte|"
    r"genannten|halbe|leute|feste|festen|echte|echten|große|nette|kalte|kalten|heutigen|"
    r"mittleren|westliche|östliche|weite|stete|beide|verletzte|verletzten|gewählte|bisherige|"
    r"ge\w+)$"
)
# A tense cue is a whole word (a run of word characters: the alternatives consume only word
# characters, between a non-word character before and after) that matches one of these.
_TENSE_WORD = re.compile(
    "(?:"
    + _alternation(_PAST_WORDS + _FUTURE_WORDS + _PERFECT_AUXILIARIES)
    + r"|[a-zäöüß]{3,}te[nt]?|ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{2,}iert"
    + r"|[a-zäöüß]+ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{5,}t|[a-zäöüß]{5,}en)"
)
# Participles that do not begin with "ge": a separable prefix before it ("angetreten",
# "eingeführt"), or an inseparable prefix with the weak ending ("vereidigt", "ernannt"), and
# strong ones of political news whose infinitive differs ("übernommen").
_SEPARABLE_PARTICIPLE = re.compile(
    r"(?:ab|an|auf|aus|bei|ein|fest|fort|heim|her|hin|los|mit|nach|statt|teil|vor|weg|zu|"
    r"zurück|zusammen|bekannt|frei|hoch|kennen|klar|stand|wieder|weiter|hervor|heraus|hinaus|"
    r"voran|voraus|vorbei|dabei|dazu|entgegen|nieder|um|durch|über|unter)ge[a-zäöüß]{3,}(?:t|en)"
)
_INSEPARABLE_PARTICIPLE = re.compile(
    r"(?:be|emp|ent|er|ver|zer|über|unter|hinter|wider)[a-zäöüß]{3,}t|übernommen|unterschrieben|"
    r"unternommen|verabschiedet|vertrieben|ernannt|empfangen|besprochen|beschlossen|entschieden|"
    r"verlassen|begonnen|bekommen|verloren|erhalten|unterbrochen|verschoben|versprochen"
)
# Present tense of a plan ("besucht am Montag Paris") and a participle after a perfect
# auxiliary ("hat am Montag Paris besucht"): which one the auxiliary decides.
_PRESENT_OR_PARTICIPLE = frozenset({"besucht", "beraten", "vertreten"})
_WORD_RUN = re.compile(r"\w+")
_PAST_SET = frozenset(_PAST_WORDS)
_FUTURE_SET = frozenset(_FUTURE_WORDS)
_AUX_SET = frozenset(_PERFECT_AUXILIARIES)
_NOT_PARTICIPLE = frozenset("gegen genau gestern geben gehen gelten genug gerne gesten".split())
# What a word says about tense, remembered per word.
_NO_CUE, _AUXILIARY, _PAST_CUE, _FUTURE_CUE, _PARTICIPLE, _PRESENT_OR_PERFECT = range(6)
_tense_classes: dict[str, int] = {}


# Separable prefixes: in a subordinate clause the verb is written with its particle
# ("als sie zusammenkamen", "bevor der Gipfel stattfand"), the tense is that of the rest.
SEPARABLE_PREFIXES = tuple(
    sorted(
        "ab an auf aus bei ein fest fort heim her hin los mit nach statt teil vor weg zu zurück "
        "zusammen wieder weiter hervor heraus hinaus voran voraus vorbei dabei dazu entgegen "
        "nieder um durch über unter bekannt frei hoch kennen klar stand".split(),
        key=len,
        reverse=True,
    )
)


def _separable_rest(word: str) -> str:
    """The verb after a separable prefix ("kamen" of "zusammenkamen"), or ""."""
    for prefix in SEPARABLE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return ""


def _tense_class(word: str) -> int:
    found = _tense_classes.get(word)
    if found is None:
        found = _NO_CUE
        rest = _separable_rest(word) if word not in _PAST_SET else ""
        if rest in _PAST_SET and rest not in _AUX_SET:
            found = _PAST_CUE  # "zusammenkamen", "stattfand", "teilnahmen"
        elif _TENSE_WORD.fullmatch(word):
            if word in _AUX_SET:
                found = _AUXILIARY
            elif word in _PRESENT_OR_PARTICIPLE:
                found = _PRESENT_OR_PERFECT
            elif word in _PAST_SET:
                found = _PAST_CUE
            elif word in _FUTURE_SET:
                found = _FUTURE_CUE
            elif (
                (word.startswith("ge") and word not in _NOT_PARTICIPLE and not word.endswith("te"))
                or word.endswith("iert")
                or _SEPARABLE_PARTICIPLE.fullmatch(word)
                or _INSEPARABLE_PARTICIPLE.fullmatch(word)
            ):
                found = _PARTICIPLE
            elif word.endswith(T_STEM_VERBS) and word != "achten":
                found = _FUTURE_CUE  # "treten", "halten": a present plural or an infinitive
            elif not _NOT_PRETERITE.search(word) and re.search(r"te[n]?$", word):
                found = _PAST_CUE  # "-te", "-ten"; "-tet" is a present ("arbeitet")
        if len(_tense_classes) > 100_000:
            _tense_classes.clear()
        _tense_classes[word] = found
    return found


# Clauses: a date's tense is read in its own clause first. Clauses are cut at commas, semicolons,
# colons, brackets and dashes; a clause that opens with a subordinating word is another clause
# (of its own verb), one that does not may carry on the clause before an insertion ("dass die
# Ministerin am 3. Juni, einem Montag, in Lima lande").
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s[-–—]\s")
_SUBORDINATORS = frozenset(
    "dass ob weil wenn als nachdem bevor ehe während obwohl obgleich damit sodass seit seitdem "
    "bis wie wo wobei womit worauf falls sofern indem der die das dem den deren dessen denen "
    "welche welcher welches welchem welchen".split()
)
# A zu-infinitive ("zu treffen", "fortzusetzen") names what a plan, an agreement or an
# announcement is about: after such a verb it points forward ("haben vereinbart, die Beratungen
# am 2. Juni fortzusetzen"); after others ("versuchte, ... zu überqueren") it says nothing.
_ZU_INFINITIVE = re.compile(
    r"\bzu\s+[a-zäöüß]{2,}(?:en|ern|eln)(?=\s*(?:[,.;:!?)\]]|$|\s(?:und|oder)\b))"
    r"|\b(?:ab|an|auf|aus|bei|ein|fest|fort|her|heim|hin|los|mit|nach|statt|teil|vor|weg|"
    r"zurück|zusammen|wieder|weiter|durch|über|um|unter|bekannt|frei|hoch|nieder|vorbei|voran|"
    r"heraus|hinaus|herbei|dazu|entgegen)zu[a-zäöüß]{3,}(?:en|ern|eln)\b"
)
# Verbs of planning, agreeing, announcing, promising, inviting, threatening, hoping (stems).
PLAN_VERB_STEMS = (
    "vereinbar", "verabred", "kündig", "plan", "beabsichtig", "beschließ", "beschloss",
    "versprech", "versprach", "versproch", "vorgenommen", "vorhab", "vorgesehen", "angeboten",
    "anbiet", "einlad", "eingeladen", "aufgefordert", "aufforder", "forderte", "entschied",
    "entschlossen", "entschieden", "bereit", "droh", "hoff", "erwäg", "erwog", "zugesagt",
    "gebeten", "verständig", "verpflicht", "einigt", "geeinigt", "beauftrag", "aufgerufen",
    "zugestimmt", "zustimm", "absicht", "ziel",
)  # fmt: skip
_PLAN_VERB = re.compile("|".join(PLAN_VERB_STEMS), re.IGNORECASE)  # inside any word
# A present subjunctive at the end of reported speech ("dass sie am Montag abreise") is a
# present: with a date, a plan. Words in "-e" that end clauses but are no verbs:
_NOT_SUBJUNCTIVE = frozenset(
    "gerne gern heute alleine lange ferne nahe bitte danke ebenfalls ohne ende selbe gleiche "
    "beide andere eine keine seine ihre diese jene viele wenige einige alle "
    "große kleine neue alte".split()
)
_CLAUSE_FINAL_E = re.compile(r"\b([a-zäöüß]{3,}e)(?=\s*(?:[,.;:!?)\]]|$|\s(?:und|oder)\s))")


# A clause opening with its verb after reported words: ", sagte sein Sprecher", ", hieß es",
# ", teilte das Ministerium mit".
_QUOTATIVE = re.compile(
    r"\s*(?:so\s+)?(?:sagte|sagten|sagt|teilte|teilten|teilt|hieß|heißt|erklärte|erklärten|"
    r"erklärt|betonte|betont|berichtete|berichteten|berichtet|meldete|meldeten|meldet|schrieb|"
    r"schreibt|fügte|fügt|ergänzte|ergänzt|sagte|kündigte|kündigt|bestätigte|bestätigt|"
    r"verlautete|verlautet|versicherte|versichert|warnte|warnt|räumte|räumt|zitierte|zitiert)\b"
)
# A present subjunctive after its subject pronoun, the verb of reported speech ("Er reise am
# Montag nach Rom, sagte sein Sprecher"): a present, with a date a plan.
_PRONOUN_SUBJUNCTIVE = re.compile(r"\b(?:[Ee]r|[Ss]ie|[Ee]s|[Mm]an)\s+([a-zäöüß]{3,}e)\b")


_LAST_WORD = re.compile(r"(\w+)\W*$")
_TEMPORAL_ALS = re.compile(r"\s*([Aa]ls)\s+(?!ob\b|auch\b|wenn\b)")


def _clause_spans(sentence: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in _CLAUSE_BREAK.finditer(sentence):
        spans.append((start, cut.start()))
        start = cut.end()
    spans.append((start, len(sentence)))
    return spans


def _opens_clause(sentence: str, start: int, end: int) -> bool:
    word = _WORD_RUN.search(sentence, start, end)
    return word is not None and word.group().lower() in _SUBORDINATORS


def _nearest(cues: list[tuple[int, Tense]], offset: int) -> Tense:
    return min(cues, key=lambda cue: abs(cue[0] - offset))[1]


# Words that can follow a fronted date without being its clause's finite verb.
_NOT_FINITE = frozenset(
    "und oder sowie in im am an um zu zum zur nach vor bei beim mit von vom aus auf für gegen "
    "über unter durch ohne bis seit ab der die das den dem des ein eine einen einem einer noch "
    "schon erst bereits dann wieder auch nur etwa rund kurz gleich spätestens frühestens "
    "morgens abends vormittags nachmittags mittags nachts früh spät also aber doch jedoch sogar "
    "zudem zunächst erneut nicht jetzt selbst sonst längst zuletzt meist bislang bisher "
    "ebenfalls außerdem allerdings hingegen dagegen indes wiederum endlich schließlich "
    "kommenden nächsten vergangenen letzten dieses diesen dieser vorigen gegen".split()
)
_MODALS = frozenset("kann können muss müssen darf dürfen mag mögen".split())
_FOLLOWING_WORD = re.compile(r"\s*,?\s*([a-zäöüß]+)(?![\w-])")


def fronted_verb_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the finite verb right after a date that opens its sentence: German puts
    the verb second, so in "Am Donnerstag kommen beide zusammen" "kommen" is it. A present
    ("kommen", "trifft", "kann") points forward, a preterite back ("lud", "trafen", "sagte");
    None when the next word is no finite verb or a perfect's auxiliary (the sentence decides)."""
    if not _opens_sentence(text, start):
        return None
    following = _FOLLOWING_WORD.match(text, end)
    if following is None:
        return None
    return finite_verb_tense(following.group(1))


def finite_verb_tense(word: str, *, known_past_only: bool = False) -> Tense | None:
    """The tense of a word in the place of a finite verb: a present ("trifft", "kommen",
    "kann") points forward, a preterite back ("lud", "trafen", "sagte"); None for no verb or
    a perfect's auxiliary."""
    if word in _NOT_FINITE or len(word) < 3 or not word.islower():
        return None
    kind = _tense_class(word)
    if kind == _PAST_CUE:
        return Tense.PAST
    if kind == _FUTURE_CUE or word in _MODALS:
        return Tense.FUTURE
    if kind != _NO_CUE:
        return None
    if word.endswith(("t", "en", "ern", "eln")):
        return Tense.FUTURE  # a present: "trifft", "kommen", "verhandeln"
    return None if known_past_only else Tense.PAST  # a strong preterite the lists lack


@lru_cache(maxsize=4096)
def _sentence_cues(
    sentence: str,
) -> tuple[tuple[tuple[int, Tense], ...], tuple[tuple[int, int], ...]]:
    """The tense cues of a sentence (position, tense) and its clauses, computed once per
    sentence: a text's dates mostly share their sentences."""
    cues: list[tuple[int, Tense]] = []
    auxiliaries: list[int] = []
    ambiguous: list[int] = []
    has_participle = False
    classes = _tense_classes
    for match in _WORD_RUN.finditer(sentence):
        word = match.group()
        kind = classes.get(word)
        if kind is None:
            kind = _tense_class(word)
        if kind == _NO_CUE:
            continue
        if kind == _AUXILIARY:
            auxiliaries.append(match.start())
        elif kind == _PAST_CUE:
            cues.append((match.start(), Tense.PAST))
        elif kind == _FUTURE_CUE:
            cues.append((match.start(), Tense.FUTURE))
        elif kind == _PRESENT_OR_PERFECT:
            ambiguous.append(match.start())
        else:
            has_participle = True
    # "hat ... beschlossen": a past form that is also a participle makes a perfect too.
    if auxiliaries and (ambiguous or any(tense is Tense.PAST for _, tense in cues)):
        has_participle = True
    else:
        cues += [(position, Tense.FUTURE) for position in ambiguous]
    for position in auxiliaries:
        cues.append((position, Tense.PAST if has_participle else Tense.FUTURE))
    if "zu" in sentence and _PLAN_VERB.search(sentence):
        cues += [(m.start(), Tense.FUTURE) for m in _ZU_INFINITIVE.finditer(sentence)]
    cues += [
        (m.start(1), Tense.FUTURE)
        for m in _PRONOUN_SUBJUNCTIVE.finditer(sentence)
        if m.group(1) not in _NOT_SUBJUNCTIVE
        and not m.group(1).endswith("te")
        and _tense_class(m.group(1)) == _NO_CUE
    ]
    if "dass " in sentence or "ob " in sentence:
        cues += [
            (m.start(), Tense.FUTURE)
            for m in _CLAUSE_FINAL_E.finditer(sentence)
            if m.group(1) not in _NOT_SUBJUNCTIVE and not m.group(1).endswith("te")
        ]
    spans = _clause_spans(sentence)
    for start, end in spans:
        # A clause opening with "als" (not "als ob") tells when something happened.
        opening = _TEMPORAL_ALS.match(sentence, start, end)
        if opening is not None:
            cues.append((opening.start(1), Tense.PAST))
    return tuple(cues), tuple(spans)


def sentence_tense(sentence: str, offset: int) -> Tense:
    """The tense of the clause around character `offset` of `sentence`: the cue nearest to it
    in its clause (a subordinate clause's final verb); else in the clause it carries on after
    insertions; else in the sentence."""
    cues, spans = _sentence_cues(sentence)
    index = next(i for i, (_, end) in enumerate(spans) if offset < end or end == len(sentence))
    start, end = spans[index]
    if (
        index > 0
        and _opens_clause(sentence, start, end)
        and not any(start <= c[0] < end for c in cues)
    ):
        # A subordinate clause ends with its finite verb: "der am Freitag in Kraft tritt".
        last = _LAST_WORD.search(sentence, start, end)
        verb = finite_verb_tense(last.group(1), known_past_only=True) if last else None
        if verb is not None:
            return verb
    if not cues:
        return Tense.NONE
    if len(spans) > 1:
        for position, (start, end) in enumerate(spans[index:]):
            if position and (
                _opens_clause(sentence, start, end) or _QUOTATIVE.match(sentence, start, end)
            ):
                continue  # another clause of its own (or ", sagte sein Sprecher"): not the date's
            inside = [cue for cue in cues if start <= cue[0] < end]
            if inside:
                return _nearest(inside, offset)
    return _nearest(list(cues), offset)


# --- resolution context ---------------------------------------------------------------------


@dataclass(slots=True)
class ResolutionContext:
    """What the resolver knows at a point of the text, updated as mentions are resolved."""

    published: date | None
    narrative: bool
    tense_at: Callable[[int], Tense]
    last_year: int | None = None
    last_month: int | None = None
    last_day: date | None = None
    last_point: date | None = None  # the last day or month resolved ("drei Monate später")
    # The years a narrative's current section heading names ("Kriegsjahr 1915", "1940–1943").
    section: tuple[int, int] | None = None
    sentence_initial: bool = False  # whether the mention being resolved opens its sentence
    election_day: date | None = None  # the day of a vote named so far ("Wahl am 25. September")
    # The latest-ending month, quarter or span of months named so far that has begun by
    # publication: the period a report is about, which "im Vorjahreszeitraum" compares with.
    report_period: tuple[date, date] | None = None
    # A day after publication named by its date, and the end of its sentence: the plan that
    # later weekdays of the sentence follow.
    plan_day: tuple[date, int] | None = None
    # The month last named when no day was named after it: "am Tag davor" then lies in it.
    last_month_span: tuple[date, date] | None = None
    # The days named so far and where: a sentence after a flashback (a pluperfect sentence)
    # returns to the last day of the main line (`_main_line_day`).
    days_named: list[tuple[date, int]] = field(default_factory=list)  # (day, offset)
    # The range of days last named ("vom 22. bis 24. August"): the days of an event.
    last_range: tuple[date, date] | None = None
    # The Monday of a week named before ("nächste Woche") and how far its scope reaches.
    week_in_view: tuple[date, int] | None = None
    text: str = ""
    sentences: SentenceIndex = field(default_factory=lambda: SentenceIndex(""))


@dataclass(frozen=True, slots=True)
class Resolution:
    start: date | None
    end: date | None
    precision: Precision
    relative: bool = False
    parts: tuple[tuple[int, int, date, date, Precision], ...] = ()


UNRESOLVED_RELATIVE = Resolution(None, None, Precision.UNKNOWN, relative=True)
Resolver = Callable[[re.Match[str], ResolutionContext], Resolution | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern and its resolver. `keyword` is a cheap pattern every match contains: the full
    pattern only runs in windows around keyword hits (that keeps the tagger fast)."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    priority: int
    keyword: re.Pattern[str]


@dataclass(order=True, slots=True)
class Candidate:
    start: int
    end: int
    priority: int
    rule: Rule = field(compare=False)
    match: re.Match[str] = field(compare=False)


# --- calendar helpers ---------------------------------------------------------------------


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def easter_sunday(year: int) -> date:
    """Gregorian Easter (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_offset = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_offset) // 451
    month, day = divmod(h + weekday_offset - 7 * m + 114, 31)
    return date(year, month, day + 1)


def number_value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word.lower())


def month_number(word: str) -> int:
    return MONTH_NUMBERS[word.lower()]


def two_digit_year(value: int, context: ResolutionContext) -> int:
    if context.narrative and context.last_year:
        century = context.last_year // 100 * 100
        return century + value
    reference = context.published.year if context.published else 2000
    candidate = reference // 100 * 100 + value
    return candidate - 100 if candidate > reference + 10 else candidate


# --- year choice for dates without a year -----------------------------------------------------


def year_for_span(
    first: tuple[int, int],
    last: tuple[int, int],
    at: int,
    context: ResolutionContext,
    *,
    target: bool = False,
) -> int | None:
    """The year of a month/day span given without a year (`first`/`last` are month, day).

    Narrative texts take the year last mentioned; news take the publication year, moved one year
    back when a past-tense mention would land after publication (or forward for a plan that would
    lie before it); without a tense cue the occurrence nearest to publication wins.
    """
    if context.last_year is None and context.published is None:
        return None
    if context.last_year is not None and (context.narrative or context.published is None):
        year = context.last_year
        if context.last_month is not None and first[0] < context.last_month - 6:
            year += 1  # a narrative moving on from December to January
            context.last_year, context.last_month = year, first[0]
        return year
    published = context.published
    if published is None:
        return None
    year = published.year

    def bounds(y: int) -> tuple[date, date]:
        begin = safe_date(y, first[0], first[1]) or date(y, first[0], 28)
        finish = safe_date(y, last[0], last[1]) or month_span(y, last[0])[1]
        return begin, finish

    begin, finish = bounds(year)
    # A day set for something ("für den 23. Juli angesetzt") follows the plan, not the
    # tense of setting it: the occurrence nearest to publication.
    if target:
        tense = Tense.NONE
    elif _SINCE.match(context.text, at):
        tense = Tense.PAST  # "seit dem 3. Mai", "seit März": begun by publication
    else:
        tense = context.tense_at(at)
        if _names_an_event(context.text, at) and (
            tense is Tense.FUTURE or (tense is Tense.PAST and context.sentences.predicts(at))
        ):
            # An event named inside a plan may be one gone by ("will die Folgen der Konferenz
            # im Dezember auswerten"); inside a forecast told in the past, one to come
            # ("sagten für die Landtagswahl am 8. September einen knappen Ausgang voraus"):
            # the occurrence nearest to publication.
            tense = Tense.NONE
    if tense is Tense.PAST:
        # A day or two after publication is still this year's (time zones, a late edition, a
        # publication day known only roughly); a past tense rules out only what lies further.
        return year - 1 if begin > published + timedelta(days=2) else year
    if tense is Tense.FUTURE:
        return year + 1 if finish < published - timedelta(days=31) else year
    candidates = [year - 1, year, year + 1]

    def distance(y: int) -> int:
        b, f = bounds(y)
        if b <= published <= f:
            return 0
        return min(abs((b - published).days), abs((f - published).days))

    best = min(candidates, key=distance)
    return best if distance(best) + 61 < distance(year) else year


# --- resolvers ----------------------------------------------------------------------------


def _group(match: re.Match[str], name: str) -> str | None:
    value = match.groupdict().get(name)
    return value if value else None


def _explicit_year(match: re.Match[str], name: str, context: ResolutionContext) -> int | None:
    text = _group(match, name)
    if text is None:
        return None
    value = int(text)
    if len(text) == 2:
        return two_digit_year(value, context)
    return value


def _note_year(context: ResolutionContext, year: int, month: int | None = None) -> None:
    """Make `year` the narrative's current year, unless it is an aside: a section headed
    "Kriegsjahr 1915" that mentions "im April 1917" in passing stays in 1915."""
    section = context.section
    aside = section is not None and not section[0] <= year <= section[1]
    if aside and not context.sentence_initial:
        return
    context.last_year = year
    context.last_month = month


def _day_resolution(day: date, relative: bool = False) -> Resolution:
    return Resolution(day, day, Precision.DAY, relative)


_SET_FOR = re.compile(r"\b(?:[Ff]ür|[Aa]uf)\s+(?:den\s+)?$")


def _related_year(match: re.Match[str], context: ResolutionContext) -> int | None:
    """The year of a `_YEAR_REL` suffix ("vergangenen Jahres", "des Vorjahres", "von 2012"):
    counted from publication in news, from the story's year in a narrative."""
    if explicit := _group(match, "year_of"):
        return int(explicit)
    word = (_group(match, "yrel") or _group(match, "yprev") or "").lower()
    if not word:
        return None
    base = context.last_year
    if context.published is not None and (not context.narrative or base is None):
        base = context.published.year
    if base is None:
        return None
    if word.startswith("vorjahr") or re.match(PREV, word):
        return base - 1
    if word.startswith("folgejahr") or re.match(NEXT, word):
        return base + 1
    return base


def _month_of(match: re.Match[str]) -> int:
    if number := _group(match, "mnum"):
        return int(number)
    if bare := _group(match, "mbare"):
        return MONTH_ABBREVIATIONS_BARE[bare.lower()]
    if english := _group(match, "english"):
        return ENGLISH_MONTHS[english.lower()]
    return month_number(match["month"])


def resolve_slashed_date(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "20/05/2022" (day first, as in Europe) or "5/20/2022" (month first, where the second
    number cannot be a month)."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    day, month = (second, first) if second > 12 else (first, second)
    resolved = safe_date(year, month, day)
    return _day_resolution(resolved) if resolved else None


def resolve_day_month(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "9. Mai 2024", "am 9. Mai", "Montag, dem 19. Dezember", "09.05.2024", "9.5."."""
    day = int(match["day"])
    month = _month_of(match)
    year = _explicit_year(match, "year", context) or _related_year(match, context)
    if year is None:
        target = bool(_SET_FOR.search(match.string, max(0, match.start() - 12), match.start()))
        year = year_for_span((month, day), (month, day), match.start(), context, target=target)
        if year is None:
            return None
    weekday_name = _group(match, "wd") or _group(match, "wd2") or _group(match, "wd3")
    if weekday_name and not _group(match, "year"):
        # The year (nearest the one chosen) in which the day falls on the weekday named.
        weekday = WEEKDAY_NUMBERS[weekday_name.lower()]
        year = next(
            (y for y in (year, year + 1, year - 1) if (d := safe_date(y, month, day)) and
             d.weekday() == weekday),
            year,
        )  # fmt: skip
    resolved = safe_date(year, month, day)
    if resolved is None:
        return None
    if _group(match, "year"):
        _note_year(context, year, month)
    return _day_resolution(resolved)


def resolve_day_only(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am 24." in a narrative: the day of the month in view."""
    anchor = context.last_day
    if anchor is None or not context.narrative:
        return None
    resolved = safe_date(anchor.year, anchor.month, int(match["day"]))
    return _day_resolution(resolved) if resolved else None


def resolve_same_month(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "im selben Monat": the month of the date in view (narratives)."""
    anchor = context.last_day
    if anchor is None or not context.narrative or "selb" not in match.group(0) + "gleich":
        return None
    return Resolution(*month_span(anchor.year, anchor.month), Precision.MONTH)


def _part_offsets(match: re.Match[str], first: str, second: str) -> tuple[int, int, int, int]:
    return match.start(first), match.end(first), match.start(second), match.end(second)


def resolve_day_range(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "vom 23. bis 24. Mai", "1.–3. Juni 2024", "10. Juli bis 31. Oktober 1940"."""
    month2 = month_number(match["month2"])
    month1 = month_number(match["month1"]) if _group(match, "month1") else month2
    year2 = _explicit_year(match, "year2", context)
    year1 = _explicit_year(match, "year1", context)
    if year2 is None:
        year2 = year_for_span((month1, int(match["day1"])), (month2, int(match["day2"])),
                              match.start(), context)  # fmt: skip
        if year2 is None:
            return None
    if year1 is None:
        year1 = year2 if month1 <= month2 else year2 - 1
    first = safe_date(year1, month1, int(match["day1"]))
    last = safe_date(year2, month2, int(match["day2"]))
    if first is None or last is None or last < first:
        return None
    if _group(match, "year2"):
        _note_year(context, year2, month2)
    s1, e1, s2, e2 = _part_offsets(match, "first", "second")
    parts = ((s1, e1, first, first, Precision.DAY), (s2, e2, last, last, Precision.DAY))
    return Resolution(first, last, Precision.RANGE, parts=parts)


def resolve_month(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "Mai 2024", "im Mai", "Anfang/Mitte/Ende Mai"."""
    month = month_number(match["month"])
    part = (_group(match, "part") or "").lower()
    year = _explicit_year(match, "year", context)
    related = _related_year(match, context)
    if related is not None:
        year = related
    elif year is None:
        year = year_for_span((month, 1), (month, 28), match.start(), context)
        if year is None:
            return None
    else:
        _note_year(context, year, month)
    first, last = month_span(year, month)
    if part:
        low, high = MONTH_PART_DAYS["ende" if "ende" in part else part.split()[-1]]
        return Resolution(first.replace(day=low), last.replace(day=min(high, last.day)),
                          Precision.APPROXIMATE)  # fmt: skip
    return Resolution(first, last, Precision.MONTH)


def resolve_month_pair(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "Mai/Juni 1940", "September bis November 2023": a range of two months; "im Juli oder
    August" the span of both, approximate."""
    month1, month2 = month_number(match["month1"]), month_number(match["month2"])
    year2 = _explicit_year(match, "year2", context)
    if year2 is None:
        year2 = year_for_span((month1, 1), (month2, 28), match.start(), context)
        if year2 is None:
            return None
    else:
        _note_year(context, year2, month2)
    year1 = _explicit_year(match, "year1", context) or (year2 if month1 <= month2 else year2 - 1)
    first_span, last_span = month_span(year1, month1), month_span(year2, month2)
    if _group(match, "either"):  # "im Juli oder August": one of them, not both
        return Resolution(first_span[0], last_span[1], Precision.APPROXIMATE)
    s1, e1, s2, e2 = _part_offsets(match, "first", "second")
    parts = (
        (s1, e1, *first_span, Precision.MONTH),
        (s2, e2, *last_span, Precision.MONTH),
    )
    return Resolution(first_span[0], last_span[1], Precision.RANGE, parts=parts)


# Nouns that a number labels rather than dates: "Resolution 2139", "Artikel 1999", "Flug 1738".
NUMBER_LABELS = (
    "Resolution", "Resolutionen", "Nummer", "Nr.", "Artikel", "Art.", "Paragraf", "Paragraph",
    "§", "Absatz", "Abs.", "Ziffer", "Kapitel", "Seite", "Seiten", "Band", "Flug", "Linie",
    "Sure", "Vers", "Zimmer", "Hausnummer", "Kanal", "Code", "Punkt", "Punkte", "Platz", "Rang",
    "Startnummer", "Drucksache", "Aktenzeichen", "Az.", "Konto", "Akte", "Buslinie",
)  # fmt: skip
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\s(-]))(?:" + _alternation(list(NUMBER_LABELS)) + r")\s*$")
# A number between a preposition and a plural noun in the dative is a count: "vor 1800 Zuhörern",
# "mit 2000 Soldaten", "unter 1200 Teilnehmern" (a year there would be "vor 1989").
_COUNT_PREPOSITIONS = frozenset("vor mit von bei unter aus gegenüber zu".split())
_DATIVE_PLURAL_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]+(?:en|ern|eln|n)(?![\w-])")


_PARTICIPLE_AFTER = re.compile(rf"\s+{_PARTICIPLE_ADJECTIVE}\s+[A-ZÄÖÜ]")


_NOUN_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]{2,}(?![\w-])")


def _counts_or_labels(match: re.Match[str]) -> bool:
    """Whether the four digits of a year match count things or label one."""
    text = match.string
    start = match.start("year")
    if _LABEL_BEFORE.search(text, max(0, start - 20), start):
        return True
    if int(match["year"]) < 1800 and _PARTICIPLE_AFTER.match(text, match.end()):
        return True  # "1500 bewaffnete Männer"
    before = _WORD_BEFORE.search(text, max(0, start - 20), start - 1)
    preposition = before.group(1).lower() if before and text[start - 1] == " " else ""
    return preposition in _COUNT_PREPOSITIONS and bool(
        _DATIVE_PLURAL_AFTER.match(text, match.end())
    )


def resolve_part_pair(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "Ende April/Anfang Mai", "Mitte bis Ende Juni": from the first part to the second."""
    month2 = month_number(match["month2"])
    month1 = month_number(match["month1"]) if _group(match, "month1") else month2
    year = _explicit_year(match, "year", context)
    if year is None:
        year = year_for_span((month1, 1), (month2, 28), match.start(), context)
        if year is None:
            return None
    else:
        _note_year(context, year, month2)
    year1 = year if month1 <= month2 else year - 1
    part1, part2 = match["part1"].lower(), match["part2"].lower()
    low = MONTH_PART_DAYS[part1][0]
    first = date(year1, month1, low)
    last_of_month = month_span(year, month2)[1]
    last = last_of_month.replace(day=min(MONTH_PART_DAYS[part2][1], last_of_month.day))
    if last < first:
        return None
    if not _group(match, "month1"):
        return Resolution(first, last, Precision.APPROXIMATE)
    # Two expressions as TIMEX2 marks them (`tag_dates_split`).
    end1 = month_span(year1, month1)[1]
    start2 = date(year, month2, MONTH_PART_DAYS[part2][0])
    s1, e1, s2, e2 = _part_offsets(match, "first", "second")
    parts = (
        (s1, e1, first, end1.replace(day=min(MONTH_PART_DAYS[part1][1], end1.day)),
         Precision.APPROXIMATE),
        (s2, e2, start2, last, Precision.APPROXIMATE),
    )  # fmt: skip
    return Resolution(first, last, Precision.APPROXIMATE, parts=parts)


def resolve_year(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "2020", "im Jahr 2020", "Anfang 2020", "im Frühjahr 2023"."""
    if _counts_or_labels(match):
        return None
    year = int(match["year"])
    if (
        context.published is not None
        and not context.narrative
        and not (_group(match, "prep") or _group(match, "part") or _group(match, "season"))
        and not 1900 <= year <= context.published.year + 30
        and _NOUN_AFTER.match(match.string, match.end())
    ):
        return None  # news: "1200 Demonstranten", a number no news year can be, before a noun
    part = (_group(match, "part") or "").lower()
    season = (_group(match, "season") or "").lower()
    if part or season or _sets_narrative_year(match, context):
        _note_year(context, year)
    if season:
        return season_resolution(season, year)
    first, last = year_span(year)
    if part:
        word = part.split()[0] if part.split()[0] in YEAR_PART_MONTHS else part.split()[-1]
        word = word.removeprefix("jahres")
        low, high = YEAR_PART_MONTHS["ende" if "ende" in word else word]
        return Resolution(date(year, low, 1), month_span(year, high)[1], Precision.APPROXIMATE)
    return Resolution(first, last, Precision.YEAR)


_STRONG_YEAR_PREPOSITIONS = frozenset({"im jahr", "im jahre", "jahr", "des jahres", "anno", "im"})


def _sets_narrative_year(match: re.Match[str], context: ResolutionContext) -> bool:
    """Whether a bare year moves the narrative's current year.

    "im Jahr 1940" or a heading year does; "die Deklaration von 1856" in a text about 1914 is an
    aside and must not pull the following "am 2. September" back into 1856.
    """
    if context.last_year is None:
        return True
    section = context.section
    if section is not None:
        return section[0] <= int(match["year"]) <= section[1]
    preposition = re.sub(r"\s+", " ", (_group(match, "prep") or "").lower())
    if preposition in _STRONG_YEAR_PREPOSITIONS:
        return True
    text = match.string
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line) < 80 and not line.rstrip().endswith(".")


def resolve_year_pair(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "2022/23", "1870/71", "1926–28", "1914–1918", "Winter 1941/42": a span of years."""
    year1 = int(match["year1"])
    digits = match["year2"]
    year2 = int(digits) if len(digits) == 4 else year1 // 100 * 100 + int(digits)
    if not year1 < year2 <= year1 + 100:
        return None
    _note_year(context, year1)
    parts = (
        (match.start("year1"), match.end("year1"), *year_span(year1), Precision.YEAR),
        (match.start("year2"), match.end("year2"), *year_span(year2), Precision.YEAR),
    )
    season = (_group(match, "season") or "").lower()
    if season and year2 == year1 + 1:
        return replace(season_resolution(season, year1), parts=parts)
    return Resolution(date(year1, 1, 1), date(year2, 12, 31), Precision.RANGE, parts=parts)


def season_resolution(season: str, year: int) -> Resolution:
    key = next(name for name in SEASON_MONTHS if name in season)
    low, high = SEASON_MONTHS[key]
    if "früh" in season and key != "frühjahr" and key != "frühling":
        high = low + 1 if low < 12 else 1
    if "spät" in season:
        low = high - 1 if high > 1 else 1
    end_year = year + 1 if high < low else year
    return Resolution(date(year, low, 1), month_span(end_year, high)[1], Precision.APPROXIMATE)


def resolve_season(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "im Frühjahr", "im Herbst" without a year."""
    season = match["season"].lower()
    related = _related_year(match, context)
    if related is not None:
        return replace(season_resolution(season, related), relative=not context.narrative)
    modifier = (_group(match, "smod") or _group(match, "smod2") or "").lower()
    anchor = context.published if not context.narrative else context.last_day
    if modifier and anchor is not None:
        # "im vergangenen Herbst": the last one over by then; "im kommenden Frühjahr": the
        # next one not yet begun.
        backwards = re.match(PREV, modifier) is not None
        year = anchor.year if backwards else anchor.year - 1
        for _ in range(3):
            found = season_resolution(season, year)
            assert found.start is not None and found.end is not None
            if (found.end < anchor) if backwards else (found.start > anchor):
                return replace(found, relative=True)
            year += -1 if backwards else 1
    key = next(name for name in SEASON_MONTHS if name in season)
    low, high = SEASON_MONTHS[key]
    found_year = year_for_span((low, 1), (high if high > low else 12, 28), match.start(), context)
    if found_year is None:
        return None
    return replace(season_resolution(season, found_year), relative=not context.narrative)


def resolve_decade(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "der 1990er Jahre", "Ende der neunziger Jahre"."""
    digits = _group(match, "decade")
    if digits:
        start = int(digits) if len(digits) == 4 else 1900 + int(digits)
    else:
        century = (context.last_year or 1950) // 100 * 100
        if not context.narrative:
            century = 1900
        start = century + DECADE_WORDS[match["decade_word"].lower()]
    part = (_group(match, "part") or "").lower()
    if part:
        if "anfang" in part or "beginn" in part:
            return Resolution(date(start, 1, 1), date(start + 3, 12, 31), Precision.APPROXIMATE)
        if "mitte" in part:
            return Resolution(date(start + 3, 1, 1), date(start + 6, 12, 31), Precision.APPROXIMATE)
        return Resolution(date(start + 7, 1, 1), date(start + 9, 12, 31), Precision.APPROXIMATE)
    return Resolution(date(start, 1, 1), date(start + 9, 12, 31), Precision.RANGE)


def resolve_century(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "des 20. Jahrhunderts" (1901–2000)."""
    number = int(match["century"])
    if not 1 <= number <= 21:
        return None
    first_year, last_year = (number - 1) * 100 + 1, number * 100
    part = (_group(match, "part") or "").lower()
    if part:
        if "anfang" in part or "beginn" in part:
            last_year = first_year + 24
        elif "mitte" in part:
            first_year, last_year = first_year + 35, first_year + 64
        elif "ende" in part:
            first_year = last_year - 24
        return Resolution(date(first_year, 1, 1), date(last_year, 12, 31), Precision.APPROXIMATE)
    return Resolution(date(first_year, 1, 1), date(last_year, 12, 31), Precision.RANGE)


def _anchor_day(context: ResolutionContext) -> date | None:
    return context.last_day or context.published


# "heute" for nowadays, no day: "auch heute noch", "bis heute noch", "das heute unabhängige
# Land" (before an adjective and its noun; a present participle, "der heute beginnende
# Gipfel", names the day).
_NOWADAYS = re.compile(
    r"(?:[Aa]uch|[Bb]is|[Ss]elbst)\s+heute\s+noch\b"
    r"|[Hh]eute\s+(?![a-zäöüß]*end(?:e|en|er|es|em)\b)(?!noch\b)[a-zäöüß]{3,}(?:e|en|er|es|em)\s+[A-ZÄÖÜ]"
)


def resolve_now_relative(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "heute", "gestern Abend", "vorgestern", "morgen früh", "übermorgen", "am heutigen Tag"."""
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    if match["word"] == "Morgen" and not _opens_sentence(match.string, match.start("word")):
        return None  # "Guten Morgen", "den Morgen über"
    if match["word"].lower() == "heute" and _NOWADAYS.search(
        match.string[max(0, match.start() - 12) : match.end() + 40]
    ):
        return None
    word = match["word"].lower()
    offsets = {"heut": 0, "gest": -1, "vorg": -2, "morg": 1, "über": 2}
    offset = next(v for k, v in offsets.items() if word.startswith(k))
    return _day_resolution(context.published + timedelta(days=offset), relative=True)


_OF_EVENT = re.compile(r"\s+(?:des|der)\s+(?:[a-zäöüß]+[en]\s+)?([A-ZÄÖÜ][\w-]+)")


def resolve_anaphoric_day(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Vortag", "am Vorabend", "tags darauf", "am folgenden Tag", "zwei Tage später"."""
    phrase = match.group(0).lower()
    event = _OF_EVENT.match(match.string, match.end())
    if event is not None and phrase.endswith(("vortag", "vorabend", "folgetag")):
        # "am Vorabend des Gipfels": the day before an event, known only for a vote named.
        if context.election_day is not None and "wahl" in event.group(1).lower():
            step = 1 if phrase.endswith("folgetag") else -1
            return _day_resolution(context.election_day + timedelta(days=step), True)
        return None
    anchor = _anchor_day(context)
    if anchor is None:
        return UNRESOLVED_RELATIVE
    count_word = _group(match, "count") or _group(match, "count2")
    count = number_value(count_word) if count_word else 1
    if count is None:
        return None
    backwards = any(w in phrase for w in ("vor", "zuvor", "davor", "vorher"))
    same = any(w in phrase for w in ("selbe", "gleiche", "diese", "jene"))
    offset = timedelta(days=0 if same else (-count if backwards else count))
    month = context.last_month_span
    if month is not None and not context.narrative:
        # "Im Februar wurde sie ernannt; das Amt war am Tag davor eingerichtet worden": a day of
        # that month, which one the text does not say.
        return Resolution(month[0] + offset, month[1] + offset, Precision.APPROXIMATE, True)
    return _day_resolution(anchor + offset, relative=True)


_DATE_APPOSITION = re.compile(r"\s*,?\s*(?:dem|den|am)?\s*\d{1,2}\.")


def resolve_event_day(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am zweiten Tag des Gipfels": a day of the range last named ("vom 27. bis 29. Mai")
    counted from its start (the last from its end); without one, the day in view."""
    if _DATE_APPOSITION.match(match.string, match.end()):
        return None  # "am ersten Tag der Offensive, dem 9. März": the date says it
    nth = match["nth"].lower()
    span = context.last_range
    if span is not None:
        first, last = span
        if nth in ("letzten", "abschließenden"):
            return _day_resolution(last, relative=True)
        index = {"ersten": 0, "zweiten": 1, "dritten": 2, "vierten": 3}[nth]
        day = first + timedelta(days=index)
        return _day_resolution(day, relative=True) if day <= last else None
    anchor = _anchor_day(context)
    return _day_resolution(anchor, relative=True) if anchor else UNRESOLVED_RELATIVE


def resolve_later(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "drei Monate später", "eine Woche zuvor", "nach zwei Monaten", "zwei Jahre später",
    "ein halbes Jahr später": counted from the date in view (in news, from publication)."""
    phrase = match.group(0).lower()
    unit = (_group(match, "unit") or _group(match, "unit2") or "").lower()
    count_word = _group(match, "count") or _group(match, "count2")
    count: int | None = number_value(count_word) if count_word else 1
    if "halb" in phrase:
        count, unit = 6, "monat"
    if count is None or count > 100:
        return None
    backwards = any(w in phrase for w in ("zuvor", "davor", "vorher", "früher"))
    step = -count if backwards else count
    if unit.startswith("jahr"):
        base_year = context.last_year
        if base_year is None or not (context.narrative or context.published is None):
            anchor = _anchor_day(context)
            base_year = anchor.year if anchor else None
        if base_year is None:
            return UNRESOLVED_RELATIVE
        if step > 0:
            context.last_year = base_year + step  # the story moves on; a look back does not
        return Resolution(*year_span(base_year + step), Precision.YEAR, relative=True)
    if unit.startswith("woche"):
        anchor = _anchor_day(context)
        if anchor is None:
            return UNRESOLVED_RELATIVE
        return _day_resolution(anchor + timedelta(weeks=step), relative=True)
    point = context.last_point or context.published
    if point is None:
        return UNRESOLVED_RELATIVE
    target = add_months(point.replace(day=1), step)
    return Resolution(*month_span(target.year, target.month), Precision.MONTH, relative=True)


# "vor wenigen Tagen", "in einigen Wochen", "vor mehreren Jahren": how many units they may be.
VAGUE_COUNTS: dict[str, tuple[int, int]] = {
    "wenigen": (1, 4), "paar": (1, 4), "einigen": (2, 6), "mehreren": (2, 8),
}  # fmt: skip


def _vague_span(published: date, unit: str, low: int, high: int) -> Resolution:
    def shifted(count: int) -> date:
        if unit.startswith("tag"):
            return published + timedelta(days=count)
        if unit.startswith("woche"):
            return published + timedelta(weeks=count)
        if unit.startswith("monat"):
            return add_months(published, count)
        if unit.startswith("jahrzehnt"):
            return add_years(published, 10 * count)
        if unit.startswith(("stunde", "minute")):
            return published
        return add_years(published, count)

    first, last = sorted((shifted(low), shifted(high)))
    return Resolution(first, last, Precision.APPROXIMATE, relative=True)


_VAGUE_HEDGES = ("fast", "knapp", "rund", "etwa", "ungefähr", "weniger")


def resolve_ago(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "vor (genau) drei Wochen", "vor zwei Tagen", "in zwei Wochen", "vor 26 Jahren", "vor
    einem halben Jahr", "auf den Tag genau vor 50 Jahren", "vor 2 Stunden", "liegt sieben Jahre
    zurück"."""
    if context.published is None:
        return UNRESOLVED_RELATIVE
    unit = match["unit"].lower()
    if and_half := _group(match, "and_half"):
        count: int | None = AND_A_HALF[and_half.lower()]
        unit = "monat" if unit.startswith("jahr") else unit
    else:
        count = number_value(match["count"])
        if count is not None and _group(match, "half"):
            if not unit.startswith("jahr"):
                return None
            count, unit = 6 * count, "monat"
    if count is None or count > 5000:
        return None
    direction = -1 if (_group(match, "dir") or "vor").lower() == "vor" else 1
    count_word = (_group(match, "count") or "").lower()
    if count_word in VAGUE_COUNTS and not _group(match, "half"):
        if direction > 0 and context.tense_at(match.start()) is Tense.PAST:
            return None
        fewest, most = VAGUE_COUNTS[count_word]
        return _vague_span(context.published, unit, fewest * direction, most * direction)
    if direction > 0 and context.tense_at(match.start()) is Tense.PAST:
        return None  # "in zwei Tagen hatten sie ... erreicht": how long it took, no date
    hedge = (_group(match, "hedge") or "").lower()
    exact = (
        "genau" in hedge
        or "exakt" in hedge
        or "heute" in hedge
        or bool(_group(match, "exact") or _group(match, "exact_after"))
    )
    more_than = any(w in hedge for w in ("mehr", "über", "gut"))
    # "schon", "erst", "inzwischen" stress the distance without making it vague.
    vague = more_than or any(w in hedge for w in _VAGUE_HEDGES)
    published = context.published
    if unit.startswith(("stunde", "minute", "std", "min")):
        hours = count if unit.startswith(("stunde", "std")) else 0
        return _day_resolution(published + timedelta(days=direction * (hours // 24)), True)
    if unit.startswith("jahrzehnt"):
        unit, count = "jahr", count * 10
    if unit.startswith("tag"):
        return _day_resolution(published + timedelta(days=direction * count), relative=True)
    if unit.startswith("woche"):
        target = published + timedelta(weeks=direction * count)
    elif unit.startswith("monat"):
        target = add_months(published, direction * count)
    else:
        target = add_years(published, direction * count)
        if not exact and not vague:
            return Resolution(*year_span(target.year), Precision.YEAR, relative=True)
    if exact:
        return _day_resolution(target, relative=True)
    if more_than:
        if unit.startswith("woche"):
            further = target + timedelta(days=direction * 7)
        elif unit.startswith("monat"):
            further = add_months(target, direction)
        else:
            further = add_years(target, direction)
        low, high = sorted((target, further))
        return Resolution(low, high, Precision.APPROXIMATE, relative=True)
    return Resolution(target, target, Precision.APPROXIMATE, relative=True)


def _weekday_near(anchor: date, weekday: int, direction: Tense, modifier: str) -> date:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if re.match(PREV, modifier):
        return anchor - timedelta(days=back or 7)
    if re.match(NEXT, modifier):
        return anchor + timedelta(days=ahead or 7)
    if back == 0:
        return anchor
    if direction is Tense.PAST:
        return anchor - timedelta(days=back)
    if direction is Tense.FUTURE:
        return anchor + timedelta(days=ahead)
    return anchor + timedelta(days=ahead) if ahead < back else anchor - timedelta(days=back)


def _weekday_resolution(
    match: re.Match[str], context: ResolutionContext, name: str, modifier_group: str = "mod"
) -> date | None:
    weekday = WEEKDAY_NUMBERS[match[name].lower()]
    modifier = (_group(match, modifier_group) or "").lower()
    relation = (_group(match, "rel") or "").lower()
    if relation.startswith("heut") and context.published is not None:
        return context.published
    in_week = _weekday_in_named_week(match, context, weekday)
    if in_week is not None:
        return in_week
    if context.narrative:
        anchor = context.last_day
        if anchor is None:
            return None
        return _weekday_near(anchor, weekday, Tense.FUTURE, modifier)
    if context.published is None:
        return None
    week = context.week_in_view
    if not modifier and week is not None and match.start() < week[1]:
        return week[0] + timedelta(days=weekday)
    tense = context.tense_at(match.start())
    if _SINCE.match(match.group(0)):
        tense = Tense.PAST  # "seit Dienstag": a day gone by, whatever the tense
    elif _FOR.match(match.group(0)) and tense is not Tense.FUTURE:
        was = _WAS.search(match.string, max(0, match.start() - 40), match.end() + 40)
        tense = Tense.NONE if was else (
            Tense.FUTURE)  # "für Freitag angesetzt": the day set for it, to come  # fmt: skip
    elif (
        tense is Tense.PAST
        and not modifier
        and _names_an_event(match.string, match.start())
        and context.sentences.predicts(match.start())
    ):
        tense = Tense.FUTURE  # "rechneten mit einer Sondersitzung am Samstag": one to come
    if not modifier and _FROM_DAY.match(match.group(0)):
        # "die Wahl vom Sonntag" names a day gone by; "vom Montag an", one to come.
        tense = Tense.FUTURE if _ON_FROM.match(match.string, match.end()) else Tense.PAST
    day = _weekday_near(context.published, weekday, tense, modifier)
    plan = context.plan_day
    if not modifier and plan is not None and match.start() < plan[1] and day < plan[0]:
        # "trifft am 24. September ein und reist am Dienstag ab": the Tuesday after the 24th.
        return _weekday_near(plan[0] + timedelta(days=1), weekday, Tense.FUTURE, "")
    return day


def _weekday_in_named_week(
    match: re.Match[str], context: ResolutionContext, weekday: int
) -> date | None:
    """The weekday of a `_WEEK_REL` suffix: in the week before, of or after the anchor's
    (publication's in news), or the occurrence that many weeks before or after the nearest."""
    week_word = (_group(match, "wrel") or _group(match, "wprev") or "").lower()
    direction = (_group(match, "wdir") or "").lower()
    if not week_word and not direction:
        return None
    anchor = context.published if not context.narrative else context.last_day
    if anchor is None:
        return None
    if week_word:
        modifier = "vergangene" if week_word.startswith("vorwoche") else week_word
        return _week_of(anchor, modifier) + timedelta(days=weekday)
    count = number_value(match["wcount"])
    if count is None or count > 52:
        return None
    if direction == "vor":
        latest = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
        return latest - timedelta(weeks=count)
    coming = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    return coming + timedelta(weeks=count)


_FROM_DAY = re.compile(r"[Vv]om\s")
_SINCE = re.compile(r"[Ss]eit\s")
_WAS = re.compile(r"\b(?:war|waren|gewesen|hatte|hatten)\b")
_FOR = re.compile(r"[Ff]ür\s")
_ON_FROM = re.compile(r"\s+an\b")


def resolve_weekday(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Donnerstag", "Donnerstagabend", "am vergangenen Freitag", "am heutigen Montag"."""
    day = _weekday_resolution(match, context, "weekday")
    if day is None:
        return None if context.narrative and context.published else UNRESOLVED_RELATIVE
    return _day_resolution(day, relative=True)


def resolve_nth_weekday(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am ersten Sonntag im Juni": that day of the month (the year as for "im Juni")."""
    month = resolve_month(match, context)
    if month is None or month.start is None or month.end is None:
        return month
    weekday = WEEKDAY_NUMBERS[match["weekday"].lower()]
    nth = match["nth"].lower()
    if nth == "letzten":
        day = month.end - timedelta(days=(month.end.weekday() - weekday) % 7)
    else:
        index = {"e": 1, "z": 2, "d": 3, "v": 4, "f": 5}.get(nth[0], 0) or int(nth[0])
        first = month.start + timedelta(days=(weekday - month.start.weekday()) % 7)
        day = first + timedelta(weeks=index - 1)
        if day > month.end:
            return None
    return _day_resolution(day, relative=not _group(match, "year"))


def resolve_weekday_pair(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Montag und Dienstag", "von Montag bis Mittwoch": a range."""
    first = _weekday_resolution(match, context, "weekday")
    if first is None:
        return None if context.narrative and context.published else UNRESOLVED_RELATIVE
    span = (WEEKDAY_NUMBERS[match["weekday2"].lower()] - first.weekday()) % 7
    return Resolution(first, first + timedelta(days=span), Precision.RANGE, relative=True)


def resolve_night_before(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "in der Nacht auf/zum Freitag": Thursday to Friday."""
    second = _weekday_resolution(match, context, "weekday")
    if second is None:
        return None if context.narrative and context.published else UNRESOLVED_RELATIVE
    return Resolution(second - timedelta(days=1), second, Precision.RANGE, relative=True)


def resolve_night(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "in der Nacht": from the evening of the day in context to the next morning; told in
    the past of the publication day, the night before it ("in der Nacht gesperrt").
    "in der vergangenen Nacht", "heute Nacht" (past: the last; else the coming one),
    "gestern Nacht", "morgen Nacht", "in der folgenden Nacht"."""
    published = context.published
    if context.narrative:
        anchor = context.last_day
        return _day_resolution(anchor, relative=True) if anchor else None
    if published is None:
        return UNRESOLVED_RELATIVE
    modifier = (_group(match, "mod") or _group(match, "mod2") or "").lower()
    now = (_group(match, "now") or "").lower()
    past = context.tense_at(match.start()) is Tense.PAST
    if now.startswith("gest") or re.match(PREV, modifier + "e"):
        evening = published - timedelta(days=1)
    elif now.startswith("morg"):
        evening = published + timedelta(days=1)
    elif now or re.match(NEXT, modifier + "e"):
        evening = published - timedelta(days=1) if past and now else published
    elif modifier:  # "in der folgenden/selben Nacht": after the day in context
        evening = _anchor_day(context) or published
        if "folgend" not in modifier:
            evening = evening if not past or evening != published else evening - timedelta(1)
    else:
        anchor = _anchor_day(context) or published
        evening = anchor - timedelta(days=1) if anchor == published and past else anchor
    return Resolution(evening, evening + timedelta(days=1), Precision.RANGE, relative=True)


def resolve_night_to_date(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "in der Nacht zum 3. Mai": 2 to 3 May."""
    day = resolve_day_month(match, context)
    if day is None or day.start is None:
        return day
    return Resolution(day.start - timedelta(days=1), day.start, Precision.RANGE)


def _main_line_day(context: ResolutionContext, offset: int, anchor: date) -> date:
    """The day in view for a sentence at `offset`: after a day named in a flashback (a
    pluperfect sentence), a sentence not told so returns to the last day of the main line."""
    named = context.days_named
    sentences = context.sentences
    if not named or not sentences.flashback(named[-1][1]) or sentences.flashback(offset):
        return anchor
    for day, at in reversed(named[:-1]):
        if not sentences.flashback(at):
            return day
    return anchor


def resolve_daypart(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Abend", "am frühen Vormittag", "im Laufe des Tages": the day in context; in news,
    a sentence told in the past does not mean a day after publication (the day in context
    was a plan: "Waffenruhe ab Sonntag. ... wollten noch am Nachmittag weiterfliegen"), nor a
    plan a day before it (the day in context was history: "vor genau 50 Jahren ... Am
    Nachmittag ist ein Empfang geplant")."""
    anchor = _anchor_day(context)
    if anchor is None:
        return UNRESOLVED_RELATIVE
    anchor = _main_line_day(context, match.start(), anchor)
    published = context.published
    if published is not None and anchor != published and not context.narrative:
        tense = context.tense_at(match.start())
        if (anchor > published and tense is Tense.PAST) or (
            anchor < published and tense is Tense.FUTURE
        ):
            anchor = published
    return _day_resolution(anchor, relative=True)


def resolve_daypart_adverb(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "abends", "morgens": in news the day in context (in a narrative they say nothing)."""
    return None if context.narrative else resolve_daypart(match, context)


def resolve_election_evening(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Wahlabend", "am Wahltag": the day of the vote the text has named; else, in news,
    the publication day, or the day before when told in the past (results come next morning)."""
    if context.election_day is not None:
        return _day_resolution(context.election_day, relative=True)
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    past = context.tense_at(match.start()) is Tense.PAST
    return _day_resolution(context.published - timedelta(days=int(past)), relative=True)


def _week_of(reference: date, modifier: str) -> date:
    monday = week_start(reference)
    if re.match(PREV, modifier):
        return monday - timedelta(weeks=1)
    if re.match(NEXT, modifier):
        return monday + timedelta(weeks=1)
    return monday


def resolve_week(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "vergangene Woche" (Mon–Sun), "Anfang kommender Woche", "Mitte der Woche"."""
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    modifier = (_group(match, "mod") or _group(match, "mod2") or "").lower()
    if _group(match, "prev_week"):
        modifier = "vergangene"
    part = (_group(match, "part") or _group(match, "part2") or "").lower()
    monday = _week_of(context.published, modifier)
    if monday != week_start(context.published):
        # Weekdays in this sentence and the next lie in the week named ("Kommende Woche reist
        # sie nach Rom, am Dienstag trifft sie ...").
        _, sentence_end = context.sentences.around(match.end())
        _, next_end = context.sentences.around(min(len(context.text) - 1, sentence_end + 1))
        context.week_in_view = (monday, max(sentence_end, next_end))
    if not part:
        return Resolution(monday, monday + timedelta(days=6), Precision.RANGE, relative=True)
    low, high = {"anf": (0, 2), "beg": (0, 2), "mit": (2, 3), "end": (4, 6)}[part[:3]]
    tense = Tense.NONE if modifier else context.tense_at(match.start())
    if tense is Tense.FUTURE and monday + timedelta(days=high) < context.published:
        monday += timedelta(weeks=1)
    elif tense is Tense.PAST and monday + timedelta(days=low) > context.published:
        monday -= timedelta(weeks=1)
    return Resolution(monday + timedelta(days=low), monday + timedelta(days=high),
                      Precision.APPROXIMATE, relative=True)  # fmt: skip


def resolve_later_in_week(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "später in der Woche": from the day after the one in view to its Sunday; "im Laufe
    der Woche": that day to Sunday."""
    if context.narrative:
        return None
    anchor = _anchor_day(context)
    if anchor is None:
        return UNRESOLVED_RELATIVE
    sunday = week_start(anchor) + timedelta(days=6)
    first = min(anchor + timedelta(days=1 if _group(match, "later") else 0), sunday)
    return Resolution(first, sunday, Precision.APPROXIMATE, relative=True)


def resolve_weekend(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Wochenende", "vergangenes Wochenende": Saturday–Sunday."""
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    published = context.published
    modifier = (_group(match, "mod") or "").lower()
    saturday = week_start(published) + timedelta(days=5)
    tense = context.tense_at(match.start())
    if re.match(PREV, modifier) or (not modifier and tense is Tense.PAST):
        if saturday > published:
            saturday -= timedelta(weeks=1)
    elif re.match(NEXT, modifier) and published.weekday() >= 5:
        saturday += timedelta(weeks=1)
    return Resolution(saturday, saturday + timedelta(days=1), Precision.RANGE, relative=True)


def resolve_relative_month(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "vergangenen Monat", "im kommenden Monat", "Ende des Monats"."""
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    modifier = (_group(match, "mod") or "").lower()
    shift = -1 if re.match(PREV, modifier) else 1 if re.match(NEXT, modifier) else 0
    if _group(match, "prev_month"):
        shift = -1
    reference = add_months(context.published.replace(day=1), shift)
    first, last = month_span(reference.year, reference.month)
    part = (_group(match, "part") or _group(match, "part2") or "").lower()
    part = part or {"anfang": "anfang", "beginn": "beginn", "mitte": "mitte", "ende": "ende"}.get(
        (_group(match, "part4") or "").lower(), ""
    )
    if part:
        low, high = MONTH_PART_DAYS[part]
        return Resolution(first.replace(day=low), last.replace(day=min(high, last.day)),
                          Precision.APPROXIMATE, relative=True)  # fmt: skip
    return Resolution(first, last, Precision.MONTH, relative=True)


def resolve_relative_year(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "im vergangenen Jahr", "nächstes Jahr", "diesjährigen", "Anfang nächsten Jahres"."""
    phrase = match.group(0).lower()
    modifier = (_group(match, "mod") or "").lower()
    narrative_words = ("selb", "gleich", "folgend", "folgejahr", "darauf", "später", "danach",
                       "zuvor", "neue", "vorangegangen", "vorhergehend")  # fmt: skip
    if context.narrative or any(w in phrase for w in narrative_words):
        base_year = context.last_year
        if base_year is None and not context.narrative and context.published is not None:
            base_year = context.published.year  # news without a year in view: publication's
        if base_year is None:
            return None if context.narrative else UNRESOLVED_RELATIVE
        base = base_year
        later = ("folgend", "folgejahr", "darauf", "später", "danach", "neue")
        earlier = (
            "zuvor",
            "vorjahr",
            "vorig",
            "vergangen",
            "vorangegangen",
            "vorhergehend",
            "letzt",
        )
        if any(w in phrase for w in later) or re.match(NEXT, modifier):
            base += 1
            context.last_year = base  # the story moves on to the next year
        elif any(w in phrase for w in earlier):
            base -= 1  # a look back: the story's year stays
        relative = False
    else:
        if context.published is None:
            return UNRESOLVED_RELATIVE
        base = context.published.year
        if re.match(PREV, modifier) or "vorjahr" in phrase or "letztjährig" in phrase:
            base -= 1
        elif re.match(NEXT, modifier):
            base += 1
        relative = True
    part = (_group(match, "part") or _group(match, "part2") or "").lower()
    part = part or {"jahresende": "ende", "jahresmitte": "mitte", "": ""}.get(
        (_group(match, "part3") or "").lower(), "anfang"
    )
    if part:
        low, high = YEAR_PART_MONTHS[part]
        return Resolution(date(base, low, 1), month_span(base, high)[1], Precision.APPROXIMATE,
                          relative)  # fmt: skip
    return Resolution(*year_span(base), Precision.YEAR, relative)


def resolve_relative_decade(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "in diesem Jahrzehnt" (2020–2029 in 2024), "im vergangenen Jahrzehnt", "bis Mitte des
    Jahrhunderts" (the middle of this one), "zur Jahrtausendwende" (1999–2001)."""
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    if _group(match, "millennium"):
        return Resolution(date(1999, 1, 1), date(2001, 12, 31), Precision.APPROXIMATE, True)
    unit = (_group(match, "unit") or _group(match, "unit2") or "").lower()
    modifier = (_group(match, "mod") or _group(match, "mod2") or "").lower()
    shift = -1 if re.match(PREV, modifier) else 1 if re.match(NEXT, modifier) else 0
    year = context.published.year
    if unit.startswith("jahrzehnt"):
        first = year // 10 * 10 + 10 * shift
        last = first + 9
    else:
        first = (year - 1) // 100 * 100 + 1 + 100 * shift
        last = first + 99
    part = (_group(match, "part") or "").lower()
    if not part:
        return Resolution(date(first, 1, 1), date(last, 12, 31), Precision.RANGE, True)
    length = last - first + 1
    low, high = {"anf": (0, 0.3), "beg": (0, 0.3), "mit": (0.35, 0.65), "end": (0.7, 1.0)}[part[:3]]
    return Resolution(date(first + int(length * low), 1, 1),
                      date(first + max(int(length * high) - 1, int(length * low)), 12, 31),
                      Precision.APPROXIMATE, True)  # fmt: skip


def resolve_fuzzy_span(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "in den kommenden Wochen", "in den vergangenen Tagen", "demnächst"."""
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    published = context.published
    unit = (_group(match, "unit") or "woche").lower()
    modifier = (_group(match, "mod") or "kommend").lower()
    length = {"t": timedelta(days=7), "w": timedelta(weeks=4), "m": timedelta(days=91)}.get(
        unit[0], timedelta(days=3 * 365)
    )
    if count_word := _group(match, "count"):
        count = 2 if count_word.lower() == "beiden" else number_value(count_word)
        if count is None or count > 100:
            return None
        if unit.startswith("tag"):  # counted days are known days: a range
            if re.match(PREV, modifier):
                first, last = published - timedelta(days=count), published - timedelta(days=1)
            else:
                first, last = published + timedelta(days=1), published + timedelta(days=count)
            return Resolution(first, last, Precision.RANGE, relative=True)
        months = {"w": 0, "m": count}.get(unit[0], 12 * count)
        back = re.match(PREV, modifier) is not None
        if months:
            other = add_months(published, -months if back else months)
        else:
            other = published + timedelta(weeks=-count if back else count)
        low, high = sorted((published, other))
        return Resolution(low, high, Precision.APPROXIMATE, relative=True)
    if re.match(PREV, modifier):
        return Resolution(published - length, published, Precision.APPROXIMATE, relative=True)
    return Resolution(published, published + length, Precision.APPROXIMATE, relative=True)


def resolve_quarter(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "im ersten Quartal", "im dritten Quartal 2023", "im letzten Quartal des vergangenen
    Jahres", "im zweiten und dritten Quartal", "in den ersten beiden Quartalen", "im zweiten
    Halbjahr", "in der ersten Jahreshälfte", "im vergangenen Quartal": the months as a range."""
    unit = next(u for u in PERIOD_UNIT_MONTHS if u in match["unit"].lower())
    length = PERIOD_UNIT_MONTHS[unit]
    per_year = 12 // length
    first_word = (_group(match, "q1") or "").lower()
    year = _explicit_year(match, "year", context) or _related_year(match, context)
    relative = (_group(match, "qrel") or "").lower()
    if relative or (first_word == "letzten" and year is None):
        if context.published is None:
            return UNRESOLVED_RELATIVE
        current = (context.published.month - 1) // length
        if first_word == "letzten" or re.match(PREV, relative) or "abgelaufen" in relative:
            current -= 1
        elif re.match(NEXT, relative):
            current += 1
        start = add_months(date(context.published.year, 1, 1), current * length)
        end = add_months(start, length - 1)
        return Resolution(start, month_span(end.year, end.month)[1], Precision.RANGE, True)
    if count_word := _group(match, "qcount"):
        first, last = 1, number_value(count_word) or 2
    else:
        first = per_year if first_word == "letzten" else PERIOD_ORDINALS.get(first_word, 0)
        second = (_group(match, "q2") or "").lower()
        last = per_year if second == "letzten" else PERIOD_ORDINALS.get(second, first)
    if not 1 <= first <= last <= per_year:
        return None
    low, high = (first - 1) * length + 1, last * length
    if year is None:
        year = year_for_span((low, 1), (high, 28), match.start(), context)
        if year is None:
            return None
    return Resolution(date(year, low, 1), month_span(year, high)[1], Precision.RANGE)


def resolve_compared_period(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "im Vorjahreszeitraum", "gegenüber dem Vorjahresquartal", "im Vorquartal": the period
    the report is about, a year (or a quarter) earlier."""
    word = match["cmp"].lower()
    period = context.report_period
    if period is None:
        if context.published is None:
            return UNRESOLVED_RELATIVE
        if "monat" in word:
            first = add_months(context.published.replace(day=1), -12)
            return Resolution(*month_span(first.year, first.month), Precision.MONTH, True)
        return Resolution(*year_span(context.published.year - 1), Precision.YEAR, True)
    start, end = period
    months = -3 if word.startswith("vorquartal") else -12
    first = add_months(start, months)
    last_month = add_months(end.replace(day=1), months)
    last = month_span(last_month.year, last_month.month)[1]
    one_month = first.year == last.year and first.month == last.month
    return Resolution(first, last, Precision.MONTH if one_month else Precision.RANGE, True)


HOLIDAYS_FIXED = {
    "heiligabend": (12, 24), "heiligen abend": (12, 24), "silvester": (12, 31),
    "silvestertag": (12, 31), "tag des sieges": (5, 9), "tag der befreiung": (5, 8),
    "frauentag": (3, 8), "weltfrauentag": (3, 8), "internationalen frauentag": (3, 8),
    "reformationstag": (10, 31), "valentinstag": (2, 14), "nikolaustag": (12, 6),
    "neujahr": (1, 1), "neujahrstag": (1, 1), "tag der deutschen einheit": (10, 3),
    "tag der arbeit": (5, 1), "allerheiligen": (11, 1),
}  # fmt: skip
HOLIDAYS_EASTER = {
    "ostersonntag": 0, "ostern": 0, "ostermontag": 1, "karfreitag": -2, "gründonnerstag": -3,
    "karsamstag": -1, "palmsonntag": -7, "christi himmelfahrt": 39, "pfingstsonntag": 49,
    "pfingsten": 49, "pfingstmontag": 50, "fronleichnam": 60, "aschermittwoch": -46,
}  # fmt: skip


def resolve_holiday(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Ostersonntag", "Weihnachten 2022", "an Silvester", "Neujahr"."""
    name = re.sub(r"\s+", " ", match["holiday"].lower())
    year = _explicit_year(match, "year", context)
    if name.startswith("weihnacht"):
        month_day, last_day = (12, 24), (12, 26)
    elif name in HOLIDAYS_FIXED:
        month_day = last_day = HOLIDAYS_FIXED[name]
    else:
        month_day = last_day = (3, 21)  # provisional; Easter moves with the year
    if year is None:
        year = year_for_span(month_day, last_day, match.start(), context)
        if year is None:
            return None
    if name in HOLIDAYS_EASTER:
        day = easter_sunday(year) + timedelta(days=HOLIDAYS_EASTER[name])
        return _day_resolution(day, relative=not _group(match, "year"))
    first, last = date(year, *month_day), date(year, *last_day)
    precision = Precision.DAY if first == last else Precision.RANGE
    return Resolution(first, last, precision, relative=not _group(match, "year"))


# --- patterns -----------------------------------------------------------------------------

_PREP_DAY = rf"(?:(?:{AM}|{_any_case_first('vom', 'zum', 'bis', 'ab', 'seit', 'bis zum')})\s+)?"
_WEEKDAY_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+(?:(?:den|dem)\s+)?)?"
_YEAR_OPT = rf"(?:\s+(?P<year>{YEAR}))?"
_DAY_ONLY = (
    rf"{B}(?:am|Am|vom|zum)\s(?P<day>{DAY})\.(?=\s+(?:die|der|das|den|dem|des|ein|eine|und|wurde|"
    r"wurden|war|waren|hatte|hatten|begann|kam|fiel|[a-zäöü]+te[n]?)\b)"
)
_SAME_MONTH = rf"{B}(?:{IM}|{_any_case_first('noch im', 'desselben', 'des gleichen', 'des selben')})\s+(?:selben|gleichen)?\s*Monats?(?![\w])"  # noqa: E501
# A year named by its relation to publication after a month, a day, a season or a quarter: "im
# Januar vergangenen Jahres", "Ende Juli des vergangenen Jahres", "im Sommer diesen Jahres",
# "am 3. Mai des Vorjahres", "im letzten Quartal von 2019".
_YEAR_REL = (
    rf"(?:\s+(?:des\s+)?(?P<yrel>{PREV}|{NEXT}|{THIS})\s+Jahres(?![\w])"
    rf"|\s+des\s+(?P<yprev>Vorjahres|Folgejahres)(?![\w])|\s+von\s+(?P<year_of>{YEAR}))"
)
# A weekday in apposition, before ("Montag, (23. September)") or after the date ("am 24.
# September, einem Montag"): one expression, and the weekday tells the year.
_DAY_MONTH = (
    rf"{B}{_PREP_DAY}(?:(?P<wd>{WEEKDAY}),?\s+(?:\(\s*)?(?:(?:den|dem)\s+)?)?"
    rf"(?P<day>{DAY})\.\s*(?P<month>{MONTH})(?:\s+(?P<year>{YEAR})|{_YEAR_REL})?"
    rf"(?:(?<=\w)\)|,\s+(?:einem|ein|am)\s+(?P<wd2>{WEEKDAY})(?![\w])|\s+\((?P<wd3>{WEEKDAY})\))?"
)
_NUMERIC_DATE = (
    rf"{B}{_PREP_DAY}{_WEEKDAY_PREFIX}(?<![\d.,])(?P<day>{DAY})\.\s?(?P<mnum>0?[1-9]|1[0-2])\."
    rf"(?:\s?(?P<year>\d{{4}}|\d{{2}})(?![\d.,]\d|\d))?(?![\d])"
)
# Dates of bylines and page furniture: a month abbreviation without its stop ("14. Dez 2000"),
# a day glued to the author's name before it ("Hanna Beispiel17. März 2024"), day-month-year
# with hyphens ("14-12-2007"), English ("May 20, 2022", "20 May 2022").
_BYLINE_DATE = (
    rf"{B}{_WEEKDAY_PREFIX}(?P<day>{DAY})\.\s*"
    rf"(?P<mbare>{_alternation([m.capitalize() for m in MONTH_ABBREVIATIONS_BARE])})"
    rf"\s+(?P<year>{YEAR})"
)
_GLUED_DATE = rf"(?<=[a-zäöüß])(?P<day>{DAY})\.\s*(?P<month>{MONTH})\s+(?P<year>{YEAR})"
_DASHED_DATE = (
    rf"(?<![\d.-])(?P<day>{DAY})-(?P<mnum>0?[1-9]|1[0-2])-(?P<year>(?:19|20)\d\d)(?![\d-])"
)
_SLASHED_DATE = (
    r"(?<![\d./])(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>(?:19|20)\d\d)(?![\d/])"
)
_ENGLISH_MONTH = _alternation([m.capitalize() for m in ENGLISH_MONTHS])
_ENGLISH_DATE = rf"{B}(?P<english>{_ENGLISH_MONTH})\s+(?P<day>{DAY}),?\s+(?P<year>{YEAR})"
_ENGLISH_DATE_DMY = rf"{B}(?P<day>{DAY})\s+(?P<english>{_ENGLISH_MONTH})\s+(?P<year>{YEAR})"
_ISO_DATE = rf"(?<![\d.-])(?P<year>1[0-9]\d\d|20\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>{DAY})(?!\d)"
_DAY_RANGE = (
    rf"{B}(?:(?:{_any_case_first('vom', 'von', 'zwischen')})\s+(?:dem\s+)?)?"
    rf"(?P<first>(?P<day1>{DAY})\.(?:\s*(?P<month1>{MONTH})(?:\s+(?P<year1>{YEAR}))?)?)"
    rf"(?:\s*(?:bis(?:\s+(?:zum|einschließlich))?|und|[-–—]|/)\s*)(?:(?:dem|den)\s+)?"
    rf"(?P<second>(?P<day2>{DAY})\.\s*(?P<month2>{MONTH})(?:\s+(?P<year2>{YEAR}))?)"
)
_MONTH_PART = rf"(?:(?P<part>{PART}|(?:[Gg]egen\s+)?Ende|[Gg]egen\s+Ende)\s+(?:des\s+)?)"
_MONTH_PREP = rf"(?:{IM}|{_any_case_first('seit', 'bis', 'ab', 'vom', 'zum', 'bis zum', 'des')})"
_MONTH_WITH_YEAR = rf"{B}(?:{_MONTH_PREP}\s+(?:Monat\s+)?)?{_MONTH_PART}?(?P<month>{MONTH})\s+(?:des\s+Jahres\s+)?(?P<year>{YEAR})"  # noqa: E501
_MONTH_AFTER_PREP = (
    rf"{B}(?=(?:{_MONTH_PREP}|{PART}|[Gg]egen)\s)(?:{_MONTH_PREP}\s+(?:Monat\s+)?)?{_MONTH_PART}?"
    rf"(?P<month>{MONTH})(?:{_YEAR_REL})?"
)
_MONTH_BARE = (
    r"(?<![\w.])(?<!\d\.\s)(?P<month>(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|"
    rf"September|Oktober|November|Dezember))(?![\w-])(?!\s+\d)(?:{_YEAR_REL})?"
)
_MONTH_PAIR = (
    rf"{B}(?:{_MONTH_PREP}\s+|{_any_case_first('zwischen', 'von')}\s+)?"
    rf"(?P<first>(?P<month1>{MONTH})(?:\s+(?P<year1>{YEAR}))?)"
    rf"\s*(?:/|bis(?:\s+zum)?|und|[-–]|(?P<either>oder))\s*"
    rf"(?P<second>(?P<month2>{MONTH})(?:\s+(?P<year2>{YEAR}))?)"
)
# "Ende April/Anfang Mai", "Mitte bis Ende Juni", "Anfang oder Mitte März": one fuzzy span.
_PART_PAIR = (
    rf"{B}(?:{_MONTH_PREP}\s+)?(?P<first>(?P<part1>{PART})(?:\s+(?P<month1>{MONTH}))?)"
    rf"\s*(?:/|bis|oder|und|[-–])\s*"
    rf"(?P<second>(?P<part2>{PART})\s+(?P<month2>{MONTH})(?:\s+(?P<year>{YEAR}))?)"
)
_SEASON_WORD = r"(?:Früh|Spät)?(?:[Ff]rühjahr(?:s|es)?|[Ff]rühling(?:s)?|[Ss]ommer(?:s)?|[Hh]erbst(?:es|s)?|[Ww]inter(?:s)?)"  # noqa: E501
_SEASON_WORD_LOWER = r"(?:früh|spät)(?:sommer|herbst|winter)s?"
_YEAR_PREP = _any_case_first(
    "im jahr",
    "im jahre",
    "jahr",
    "des jahres",
    "seit",
    "bis",
    "ab",
    "von",
    "um",
    "nach",
    "vor",
    "zwischen",
    "anno",
    "im",
    "in",
    "bereits",
    "schon",
    "noch",
    "erst",
    "zum jahr",
    "das jahr",
)
_YEAR_FOLLOWERS = (
    "(?:die|eine|einen|seine|seinen|ihre|ihren|keine|diese|diesen|jene|alle|unsere|zwischen|"
    "gegen|wegen|wurde|wurden|waren|hatte|hatten|musste|mussten|konnte|konnten|sollte|sollten|"
    "wollte|wollten|durfte|durften|begannen|kamen|gingen|fanden|erreichte|erreichten)"
)
# What a four-digit number before these counts ("2000 Demonstranten", "1500 Kilometer").
COUNTED_NOUNS = (
    "Stunden Tage Jahre Kilometer km Meter Euro Dollar Franken Rubel Pfund Prozent Mal mal Uhr "
    "Einwohner Menschen Personen Soldaten Mann Tote Toten Stimmen Sitze Punkte Punkten Stück "
    "Fälle Einheiten Panzer Flugzeuge Schiffe Quadratkilometer Tonnen Liter Meilen Seiten "
    "Demonstranten Teilnehmer Teilnehmern Teilnehmende Gäste Gästen Besucher Besuchern "
    "Flüchtlinge Flüchtlingen Migranten Polizisten Beamte Beamten Delegierte Delegierten "
    "Zivilisten Kämpfer Kämpfern Einsatzkräfte Häftlinge Gefangene Gefangenen Arbeiter "
    "Beschäftigte Mitarbeiter Mitarbeitern Unterstützer Anhänger Anhängern Journalisten "
    "Abgeordnete Abgeordneten Wähler Wählern Opfer Verletzte Verletzten Festnahmen Raketen "
    "Drohnen Granaten Geschosse Fahrzeuge Wohnungen Häuser Arbeitsplätze Stellen Kinder "
    "Frauen Männer Studenten Schüler Ärzte Helfer Familien Dörfer Orte Kilogramm Hektar "
    "Mitglieder Mitgliedern Exemplare Artikel Seiten Zeichen Wörter"
).split()
_COUNT_HEDGES = "rund etwa mehr über fast knapp zu insgesamt ca. circa weitere nur gut".split()
# One look-behind per word length (a look-behind needs a fixed width), either case of the first
# letter: "(?<!(?:[Rr]und|[Ee]twa|...) )".
_COUNT_BEFORE = "".join(
    "(?<!(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in _COUNT_HEDGES if len(w) == n)
    + ") )"
    for n in sorted({len(w) for w in _COUNT_HEDGES})
)
_YEAR_EXPR = (
    rf"{B}(?:(?:(?:{_any_case_first('zur', 'zum', 'bis zur', 'bis zum', 'seit')})\s+)?"
    rf"(?P<part>(?:{PART}|(?:[Gg]egen\s+)?Ende)\s+(?:des\s+(?:Jahres\s+)?)?"
    r"|Jahres(?:mitte|ende|beginn|anfang)\s+)|"
    rf"(?:{IM}|des|{_any_case_first('seit', 'bis', 'ab')})?\s*"
    rf"(?P<season>{_SEASON_WORD}|{_SEASON_WORD_LOWER})\s+(?:des\s+Jahres\s+)?|"
    rf"(?P<prep>(?P<strong>(?:[Ii]m|[Dd]es|[Zz]um|[Dd]as)\s+Jahre?s?|Jahre?|[Aa]nno)|{_YEAR_PREP})\s+)?"
    # "(?=[12])": the year's first digit, tested before the fourteen look-behinds that would
    # otherwise run at every word start of the window.
    rf"(?=[12])(?<![A-Za-zÄÖÜäöüß][-–]){_COUNT_BEFORE}(?P<year>{YEAR})(?!er)"
    # "1500 schwere Panzer" is a count, not a year; after "Ende", "im Jahre" or a season it is
    # a year, and so before a finite verb ("1949 musste", "1945 wurde").
    rf"(?(part)|(?(strong)|(?(season)|(?!\s+(?!ge|{_YEAR_FOLLOWERS}\s|{_PARTICIPLE_ADJECTIVE}\s)[a-zäöü]+(?:en|e)\s+[A-ZÄÖÜ]))))"
    rf"(?!\s*(?:{_alternation(list(COUNTED_NOUNS))})\b)"
)
_YEAR_PAIR = (
    rf"{B}(?:(?:(?P<season>{_SEASON_WORD})|"
    rf"{_any_case_first('von', 'seit', 'bis', 'ab', 'um', 'in')}|"
    r"(?:[Ii]m|[Dd]es)\s+Jahre?s?|Jahre?)\s+)?"
    rf"(?<![\w.,])(?P<year1>{YEAR})(?:/|[-–]|\s+[-–—]\s+(?=\d{{4}}))(?P<year2>\d\d|\d{{4}})(?![\w.,-])"
)
_DECADE = (
    rf"{B}(?:(?P<part>{PART})\s+)?(?:(?:der|den|die|in den|{_any_case_first('seit')})\s+)?"
    rf"(?:(?P<decade>(?:1[0-9]|20)?\d0)er(?:[-\s]?[Jj]ahre[n]?)?"
    rf"|(?P<decade_word>{_alternation(list(DECADE_WORDS))})(?:[-\s]?[Jj]ahre[n]?))(?![\w])"
)
_CENTURY = (
    rf"{B}(?:(?P<part>{PART}|[Ll]aufe|[Vv]erlauf)\s+)?(?:(?:des|im|dem|das|ins)\s+)?"
    r"(?P<century>\d{1,2})\.\s*(?:Jahrhundert(?:s|e)?|Jh\.|Jhd\.)(?!\s*v\.\s*Chr)"
)
_SEASON = (
    rf"{B}(?:(?:{IM}|{_any_case_first('seit dem', 'nach dem', 'vor dem', 'über den', 'seit', 'bis', 'ab', 'diesen', 'diesem', 'des', 'dieser', 'den', 'der', 'zum')}|{PART})\s+"  # noqa: E501
    rf"(?:(?P<smod>{PREV}|{NEXT})\s+)?|(?P<smod2>{PREV}|{NEXT})\s+)"
    # "der heiße Herbst", "im späten Sommer" (an adjective in lower case: no "Prager Frühling")
    rf"(?:[a-zäöüß]{{3,}}e[nr]?\s+)?(?P<season>{_SEASON_WORD})(?![\w])(?!\s*\d)(?:{_YEAR_REL})?"
)
_NOW_RELATIVE = (
    rf"{B}(?:(?:{AM}|{_any_case_first('bis', 'ab', 'seit', 'von')})\s+)?"
    r"(?P<word>[Hh]eute(?!-)|[Gg]estern|[Vv]orgestern|morgen|[Üü]bermorgen|heutigen\s+Tag|"
    # Capitalised only opening a sentence before its verb ("Morgen wird der Rat tagen").
    r"Morgen(?=\s+(?:früh\s+)?[a-zäöüß]+(?:t|en|d|ll)(?![\w]))|"
    r"gestrigen\s+Tag|[Hh]eutigen|[Gg]estrigen)"
    rf"(?:\s+(?:früh|frueh|{_alternation(['Morgen', 'Vormittag', 'Mittag', 'Nachmittag', 'Abend'])}))?(?![\w])"  # noqa: E501
)
_ANAPHORIC_DAY = (
    rf"{B}(?:(?:{AM}|{_any_case_first('dem', 'seit dem', 'vom', 'bis zum')})\s+)?"
    r"(?:Vortag|Vorabend|Folgetag|Tag\s+(?:darauf|danach|zuvor|davor|vorher)|"
    r"(?:folgenden|nächsten|kommenden|darauffolgenden|selben|gleichen|nachfolgenden)\s+"
    r"(?:Tag|Morgen|Abend)|"
    r"Abend\s+(?:zuvor|davor|vorher|darauf))(?![\w])"
    rf"|{B}[Tt]ags\s+(?:darauf|zuvor|davor)"
    rf"|{B}(?:[Aa]m\s+)?(?:[Ee]inen|(?P<count>{NUMBER}))\s+(?:Tag|Tage)\s+(?:später|zuvor|danach|darauf|davor|vorher)(?![\w])"
    rf"|{B}[Nn]ach\s+(?:[Ee]inem|(?P<count2>{NUMBER}))\s+(?:Tag|Tagen)(?![\w])"
    rf"|{B}(?:[Aa]n|[Aa]m)\s+(?:diesem|jenem)\s+Tag(?![\w])"
)
# "am zweiten Tag des Gipfels", "nach dem ersten Konferenztag", "am letzten
# Verhandlungstag": a day of an event (see `resolve_event_day`).
_EVENT_DAY = (
    rf"{B}(?:(?:{AM}|{_any_case_first('des', 'zum', 'vom', 'seit dem', 'nach dem', 'dem')})\s+)?"
    r"(?P<nth>ersten|zweiten|dritten|vierten|letzten|abschließenden)\s+"
    r"(?:Tag(?:es|s)?\s+(?:des|der)\s+(?:[A-ZÄÖÜ][a-zäöüß]+e[nr]?\s+)?[A-ZÄÖÜ][\w-]+"
    r"|(?:Gipfel|Verhandlungs|Sitzungs|Besuchs|Konferenz|Beratungs|Kongress|Parteitags|Messe)"
    r"tag(?:es|s)?)(?![\w])"
)
_ELECTION_EVENING = (
    rf"{B}(?:{AM}|{_any_case_first('seit dem', 'bis zum')})\s+Wahl(?:abend|tag|sonntag)(?![\w])"
)
_AGO_HEDGE = (
    r"(?P<hedge>(?:(?:genau|exakt|fast|knapp|rund|etwa|ungefähr|mehr\s+als|über|gut|"
    r"weniger\s+als|nur|erst|bereits|schon|heute|inzwischen|mittlerweile)\s+)+)?"
)
_AGO_COUNT = (
    rf"(?:(?:ein\s+(?=paar))?(?P<count>{NUMBER})(?:\s+(?P<half>halben))?"
    rf"|(?P<and_half>{_alternation(list(AND_A_HALF))}))"
)
_AGO_UNIT = (
    r"(?P<unit>Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr|Jahrzehnten|Jahrzehnt|Stunden|"
    r"Stunde|Minuten|Std\.|Min\.)(?![\w])"
)
_AGO = (
    rf"{B}(?P<exact>(?:[Aa]uf\s+den\s+Tag\s+genau|[Gg]enau\s+auf\s+den\s+Tag)\s+)?"
    rf"(?P<dir>[Vv]or|[Ii]n)\s+{_AGO_HEDGE}{_AGO_COUNT}\s+{_AGO_UNIT}"
    r"(?P<exact_after>,?\s+auf\s+den\s+Tag\s+genau)?"
)
# "Die letzte Reform liegt sieben Jahre zurück": as long ago as "vor sieben Jahren".
_LIES_BACK = (
    rf"(?<=\s)(?:(?:liegt|liegen|lag|lagen)\s+){_AGO_HEDGE}{_AGO_COUNT}\s+"
    r"(?P<unit>Tage|Wochen|Monate|Jahre|Jahrzehnte)\s+zurück(?![\w])"
)
_LATER = (
    rf"{B}(?:(?:knapp|etwa|rund|gut|nur|erst)\s+)?(?:[Ee]in\s+halbes|[Ee]inen|[Ee]ine|[Ee]in|(?P<count>{NUMBER}))\s+"
    r"(?P<unit>Wochen|Woche|Monate|Monat|Jahre|Jahr)\s+(?:später|danach|darauf|zuvor|davor|vorher|"
    r"früher)(?![\w])"
    rf"|{B}[Nn]ach\s+(?:(?:etwa|rund|knapp|nur)\s+)?(?:[Ee]inem|[Ee]iner|(?P<count2>{NUMBER}))\s+"
    r"(?P<unit2>Wochen|Woche|Monaten|Monat)(?![\w])"
)
_WEEKDAY_CORE = (
    rf"(?:(?P<mod>{RELATIVE_MOD}|diesem|diesen)\s+)?(?:(?:frühen|späten)\s+)?"
    r"(?:(?P<rel>heutigen|gestrigen|morgigen)\s+)?"
    rf"(?P<weekday>{WEEKDAY})(?:{DAYPART}|s)?(?![\w])"
    r"(?:\s+(?:früh|frueh|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht))?(?![\w])"
)
_WEEKDAY_PREP = _any_case_first(
    "am",
    "an",
    "seit",
    "bis",
    "ab",
    "vom",
    "von",
    "zum",
    "für",
    "auf",
    "bis zum",
    "bis spätestens",
    "vergangenen",
    "letzten",
    "kommenden",
    "nächsten",
    "diesen",
)
_WEEKDAY_PREP = rf"(?:{_WEEKDAY_PREP}|[Ii]m\s+(?:Laufe|Verlauf)(?:\s+des)?)"
# The week a weekday lies in: "am Dienstag vergangener Woche", "am Montag der kommenden
# Woche", "am Dienstag in der Vorwoche", "am Sonntag vor einer Woche", "Freitag in zwei Wochen".
_WEEK_REL = (
    rf"(?:\s+(?:(?:der|in\s+der)\s+)?(?:(?P<wrel>{PREV}|{NEXT}|{THIS})\s+Woche|(?P<wprev>Vorwoche))"
    rf"(?![\w])|\s+(?P<wdir>vor|in)\s+(?P<wcount>{NUMBER})\s+Wochen?(?![\w]))"
)
_WEEKDAY_EXPR = rf"{B}(?:{_WEEKDAY_PREP}\s+)?(?:(?:dem|den|des)\s+)?{_WEEKDAY_CORE}(?:{_WEEK_REL})?"
# "am ersten Sonntag im Juni", "am letzten Freitag des Monats April 2025".
_NTH_WEEKDAY = (
    rf"{B}(?:(?:{AM}|{_any_case_first('bis zum', 'ab dem', 'seit dem', 'vom', 'zum')})\s+)?"
    r"(?P<nth>ersten|zweiten|dritten|vierten|fünften|letzten|1\.|2\.|3\.|4\.)\s+"
    rf"(?P<weekday>{WEEKDAY})\s+(?:im|des)\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?"
)
_WEEKDAY_PAIR = (
    rf"{B}(?:{_WEEKDAY_PREP}\s+)?(?:(?P<mod>{RELATIVE_MOD})\s+)?(?P<weekday>{WEEKDAY})"
    rf"\s+(?:und|bis(?:\s+zum)?|oder)\s+(?:(?:am|zum)\s+)?(?P<weekday2>{WEEKDAY})(?![\w])"
)
_NIGHT_BEFORE = (
    rf"{B}(?:{IM}\s+der|[Dd]ie|[Ii]n\s+der)\s+Nacht\s+(?:(?:von|vom)\s+(?:dem\s+)?{WEEKDAY}\s+)?"
    rf"(?:auf|zum|zu|zur)\s+(?:den\s+)?(?:(?P<mod>{RELATIVE_MOD})\s+)?(?P<weekday>{WEEKDAY})(?![\w])"
)
# "in der Nacht zum 3. Mai": the 2nd to the 3rd.
_NIGHT_TO_DATE = (
    rf"{B}(?:{IM}\s+der\s+|[Dd]ie\s+)?Nacht\s+(?:zum|auf\s+den)\s+(?P<day>{DAY})\.\s*"
    rf"(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?"
)
# "in der Nacht", "in der vergangenen Nacht", "letzte Nacht", "heute Nacht": the night is the
# evening of one day and the morning of the next (see `resolve_night`).
_NIGHT = (
    rf"{B}(?:(?:{IM}\s+der|[Ii]n\s+der)\s+(?:(?P<mod>{PREV}|{NEXT}|folgenden|"
    r"darauffolgenden|selben|gleichen)\s+)?|(?P<mod2>[Vv]ergangene|[Ll]etzte|[Kk]ommende)\s+|"
    r"(?P<now>[Hh]eute|[Gg]estern|[Mm]orgen)\s+)"
    r"Nacht(?!\s+(?:auf|zum|zu|zur|vom|von)\s)(?![\w])"
)
_NIGHT_DATES = (
    rf"{B}(?:{IM}\s+der\s+|[Dd]ie\s+)?Nacht\s+(?:vom|von)\s+(?P<first>(?P<day1>{DAY})\.(?:\s*(?P<month1>{MONTH}))?)"
    rf"\s+(?:auf|zum)\s+(?:den\s+)?(?P<second>(?P<day2>{DAY})\.\s*(?P<month2>{MONTH})(?:\s+(?P<year2>{YEAR}))?)"
)
_DAYPART = (
    rf"{B}(?:{AM}|{_any_case_first('gegen', 'bis zum', 'seit dem')})\s+(?:(?:frühen|späten)\s+)?"
    r"(?:Morgen|Vormittag|Mittag|Nachmittag|Abend)(?![\w])(?!\s+des\s+\d)"
    rf"|{B}[Ii]m\s+(?:Laufe|Verlauf)\s+des\s+(?:Tages|Vormittags|Nachmittags|Abends)(?![\w])"
    rf"|{B}[Ii]m\s+Tagesverlauf(?![\w])"
)
# Adverbs of the time of day: the day in context ("Abends traf er den Premier"); after a clock
# time ("9 Uhr vormittags") they belong to the time.
_DAYPART_ADVERB = (
    r"(?<![\w-])(?<!Uhr )(?<!\d )"
    r"(?:[Aa]bends|[Mm]orgens|[Vv]ormittags|[Nn]achmittags|[Mm]ittags)(?![\w-])"
)
_WEEK = (
    rf"{B}(?:(?:{IM}|{_any_case_first('in der', 'für die', 'seit der', 'bis zur', 'ab der')})\s+)?(?:(?P<part>{PART})\s+(?:der\s+)?)?"  # noqa: E501
    rf"(?:(?P<mod>{RELATIVE_MOD})\s+Woche|der\s+Woche)(?![\w])"
    rf"|{B}(?P<mod2>{PREV}|{NEXT}|{THIS})\s+Woche(?![\w])"
    rf"|{B}(?:{_any_case_first('in der', 'seit der', 'aus der', 'die', 'der')})\s+(?P<prev_week>Vorwoche)(?![\w])"  # noqa: E501
    rf"|{B}(?:(?:{_any_case_first('zur', 'zu', 'seit', 'ab', 'bis zur', 'gegen')})\s+)?"
    r"Wochen(?P<part2>mitte|beginn|anfang)(?![\w])"
)
_WEEKEND = (
    rf"{B}(?:(?:{AM}|{_any_case_first('übers', 'über das', 'zum', 'fürs', 'seit dem', 'bis zum', 'dieses', 'vergangenes', 'kommendes', 'nächstes', 'letztes')})\s+)"  # noqa: E501
    rf"(?:(?P<mod>{RELATIVE_MOD})\s+)?Wochenende(?![\w])"
)
# "später in der Woche", "im Laufe der Woche": the rest of the week of the day in view.
_LATER_IN_WEEK = (
    rf"{B}(?:(?P<later>[Ss]päter|[Ee]rst\s+später)\s+in\s+der|"
    r"[Ii]m\s+(?:weiteren\s+)?(?:Laufe|Verlauf)\s+der)\s+Woche(?![\w])"
)
_WEEKEND_NOUN = (
    rf"{B}(?:[Dd]as|[Ee]in|[Dd]ieses|[Dd]iesem)\s+(?:[a-zäöüß]+(?:e|es|en)\s+)?Wochenende(?![\w])"
)
_REL_MONTH = (
    rf"{B}(?:(?:{IM}|{_any_case_first('seit dem', 'bis zum', 'ab dem')})\s+)?(?:(?P<part>{PART})\s+(?:des\s+)?)?"  # noqa: E501
    rf"(?P<mod>{RELATIVE_MOD})\s+Monat(?:s|es)?(?![\w])"
    rf"|{B}(?P<part2>{PART})\s+des\s+Monats(?![\w])"
    rf"|{B}[Ii]m\s+(?:Laufe|Verlauf)\s+des\s+Monats(?![\w])"
    rf"|{B}(?:(?:{_any_case_first('zum', 'zur', 'bis zum', 'seit', 'ab', 'am', 'gegen', 'zu')})\s+)?"  # noqa: E501
    r"Monats(?P<part4>ende|anfang|beginn|mitte)(?![\w])"
    rf"|{B}(?:{IM}|{_any_case_first('seit dem', 'gegenüber dem', 'der', 'den', 'dem')})\s+(?P<prev_month>Vormonat)(?:s|es)?(?![\w])"  # noqa: E501
)
_REL_YEAR = (
    rf"{B}(?:(?:{IM}|{_any_case_first('das', 'seit dem', 'bis zum', 'für das', 'fürs', 'ab dem')})\s+)?"  # noqa: E501
    rf"(?:(?P<part>{PART})\s+(?:des\s+)?)?"
    rf"(?P<mod>{RELATIVE_MOD}|selben|gleichen|darauffolgenden|nachfolgenden|neuen|vorangegangenen|"
    r"vorhergehenden)\s+Jahr(?:es|s)?(?![\w])"
    rf"|{B}(?:{IM}\s+)?(?:Vorjahr|Folgejahr|Jahr\s+(?:darauf|danach|zuvor))(?:e?s)?(?![\w])"
    rf"|{B}[Ii]m\s+(?:Laufe|Verlauf)\s+des\s+Jahres(?!\s+\d)(?![\w])"
    rf"|{B}(?:[Ee]in|[Ee]inem)\s+Jahr\s+(?:später|zuvor|danach)(?![\w])"
    rf"|{B}(?:[Dd]iesjährig|[Ll]etztjährig)\w*|{B}[Hh]euer(?![\w])"
    rf"|{B}(?:(?:{_any_case_first('zum', 'zur', 'bis zum', 'bis zur', 'mit', 'seit', 'zu')})\s+)?(?P<part3>Jahresbeginn|Jahresanfang|Jahresende|Jahresmitte)(?![\w])(?!\s+\d{{4}})"  # noqa: E501
    rf"|{B}(?P<part2>{PART})\s+des\s+Jahres(?!\s+\d)(?![\w])"
    rf"|{B}(?:{_any_case_first('desselben', 'des gleichen', 'des selben', 'im selben', 'im gleichen')})\s+Jahres?(?![\w])"  # noqa: E501
)
_PERIOD_ORDINAL = r"(?:ersten?|zweiten?|dritten?|vierten?|letzten|[1-4]\.)"
_PERIOD_UNIT = r"(?:Quartal|Vierteljahr|Halbjahr|Jahreshälfte|Hälfte\s+des\s+Jahres)"
_QUARTER = (
    rf"{B}(?:(?:{IM}|{_any_case_first('in den', 'in der', 'zum', 'vom', 'seit dem', 'bis zum', 'ins', 'das', 'dem', 'den', 'des', 'der', 'für das', 'nach dem')})\s+)?"  # noqa: E501
    rf"(?:(?P<q1>{_PERIOD_ORDINAL})(?:\s*(?:und|bis|/|[-–])\s*(?P<q2>{_PERIOD_ORDINAL}))?"
    rf"|ersten\s+(?P<qcount>zwei|drei|beiden|[23])"
    rf"|(?P<qrel>{PREV}|{NEXT}|{THIS}|abgelaufenen))\s+"
    rf"(?P<unit>{_PERIOD_UNIT})(?:e|en|es|s|n)?(?![\w])"
    rf"(?:{_YEAR_REL}|\s+(?:des\s+Jahres\s+)?(?P<year>{YEAR}))?"
)
_COMPARED = (
    rf"{B}(?:(?:{IM}|{_any_case_first('zum', 'dem', 'den', 'des', 'gegenüber dem', 'vom')})\s+)?"
    r"(?:(?:gleichen|selben|entsprechenden)\s+)?"
    r"(?P<cmp>Vorjahreszeitraum|Vorjahresquartal|Vorjahresmonat|Vorjahreshalbjahr|Vorquartal)"
    r"(?:e?s)?(?![\w])"
)
# "in diesem Jahrzehnt", "im vergangenen Jahrzehnt", "bis Mitte des Jahrhunderts", "Ende des
# Jahrzehnts", "zur Jahrtausendwende": the decade, century or turn of the millennium in view.
_REL_DECADE = (
    rf"{B}(?:(?:{IM}|{_any_case_first('in diesem', 'seit dem', 'bis zum')})\s+)?"
    rf"(?P<mod>{RELATIVE_MOD}|diesem|dieses)\s+(?P<unit>Jahrzehnt|Jahrhundert)(?:s|es)?(?![\w])"
    rf"|{B}(?:(?:{_any_case_first('bis', 'ab', 'seit', 'vor')})\s+)?(?:zur\s+|zu\s+)?"
    rf"(?P<part>{PART})\s+des\s+(?:(?P<mod2>{RELATIVE_MOD})\s+)?(?P<unit2>Jahrzehnts|Jahrhunderts)(?![\w])(?!\s+\d)"
    rf"|{B}(?:(?:{_any_case_first('zur', 'seit der', 'nach der', 'vor der', 'um die')})\s+)?(?P<millennium>Jahrtausendwende)(?![\w])"  # noqa: E501
)
_FUZZY = (
    rf"{B}(?:[Ii]n|[Ww]ährend|[Ii]nnerhalb)\s+(?:den|der)\s+(?P<mod>{NEXT}|{PREV})\s+"
    rf"(?:(?P<count>{NUMBER}|beiden)\s+)?(?P<unit>Tagen|Tage|Wochen|Monaten|Monate|Jahren|Jahre)(?![\w])"
    rf"|{B}(?:[Dd]emnächst|[Ii]n\s+naher\s+Zukunft)(?![\w])"
)


def _holiday_surface(name: str) -> str:
    return " ".join(w if w in ("der", "des") else w.capitalize() for w in name.split())


_HOLIDAY_NAMES = list(HOLIDAYS_FIXED) + list(HOLIDAYS_EASTER) + ["weihnachten", "weihnachtstag"]
_HOLIDAY = (
    rf"{B}(?:(?:{AM}|{_any_case_first('zu', 'zum', 'an', 'vor', 'nach', 'seit', 'bis', 'über')})\s+)?"  # noqa: E501
    rf"(?P<holiday>{'|'.join(_capitalised(_holiday_surface(h)) for h in sorted(_HOLIDAY_NAMES, key=len, reverse=True))})"  # noqa: E501
    rf"(?![\w]){_YEAR_OPT}"
)


_MONTH_KEY = _alternation(_MONTH_FULL) + "|" + _alternation([m[:-1] for m in _MONTH_ABBR])
_KEYWORDS = {
    "month": _MONTH_KEY,
    "numeric": r"\d\.\s?\d",
    "iso": r"\d{4}-\d",
    "day_only": r"(?:am|Am|vom|zum)\s\d",
    "year": r"\d{4}",
    "year_pair": r"\d{4}\s?[/–-]\s?\d",
    "decade": r"\d0er|[zßs]iger",
    "century": r"Jahrhundert|Jh",
    # Keywords avoid leading character classes: a plain literal start scans much faster.
    "season": r"rühjahr|rühling|ommer|erbst|inter",
    "holiday": r"eihnacht|ster[nmst]|fingst|ilvester|eujahr|eilig|arfreitag|ründonnerstag"
    r"|arsamstag|almsonntag|immelfahrt|ronleichnam|schermittwoch|Tag der|llerheiligen"
    r"|Sieges|Befreiung|rauentag|eformationstag|alentinstag|ikolaustag",
    "now": r"eute|estern|orgen|eutig|estrig",
    "anaphoric": r"\b(?:Tag|Tage|Tagen|[Tt]ags)\b|Vortag|Vorabend|Folgetag|Abend|Morgen",
    "ordinal": r"ersten|zweiten|dritten|vierten|letzten|abschließenden",
    "ago": r"Tag|Woche|Monat|Jahr|Stunde|Minuten|Std\.|Min\.",
    "election": r"Wahl(?:abend|tag|sonntag)",
    "later": r"(?:Woche|Monat|Jahr)e?n?\s+(?:s|d|z|v|f)|[Nn]ach\s+(?:\w+\s+)?\w+\s+(?:Woche|Monat)",
    "weekday": WEEKDAY,
    "weekend": r"Wochenende",
    "week": r"[Ww]oche(?:\b|nmitte|nbeginn|nanfang)",
    "monat": r"[Mm]onat",
    "jahr": r"[Jj]ahr|jährig|[Hh]euer",
    "fuzzy": r"Tage|Wochen|Monate|Jahre|emnächst|Zukunft",
    "daypart": r"Morgen|Vormittag|Mittag|Nachmittag|Abend|Tages|Nacht|[Aa]bends|[Mm]orgens"
    r"|[Mm]ittags",
    "period": r"Quartal|Vierteljahr|Halbjahr|Jahreshälfte|Hälfte",
    "part": r"[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn",
    "dashed": r"\d-\d\d?-\d{4}",
    "slashed": r"\d/\d\d?/\d{4}",
    "decades": r"Jahrzehnt|Jahrhundert|Jahrtausendwende",
    "english": _ENGLISH_MONTH,
    "compared": r"Vorjahres[zqmh]|Vorquartal",
}
_KEYWORD_PATTERNS = {name: re.compile(pattern) for name, pattern in _KEYWORDS.items()}


_RULE_KEYWORD_NAMES: dict[str, str] = {}


def _top_level_alternatives(pattern: str) -> list[str]:
    """The branches of `pattern`'s outermost alternation (the pattern itself when it has none)."""
    branches: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character set: "]" right after "[" or "[^" belongs to it
            i += 2 if pattern.startswith("[^", i) else 1
            i += 1 if pattern[i : i + 1] == "]" else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def _word_start_once(pattern: str) -> str:
    """`{B}a|{B}b|{B}c` as `{B}(?:a|b|c)`: the same matches and groups, but the look-behind is
    tested once per position instead of once per branch (each test costs about as much as
    the rest of a failing attempt: this made some rules eight times slower)."""
    branches = _top_level_alternatives(pattern)
    if len(branches) < 2 or not all(b.startswith(B) for b in branches):
        return pattern
    return B + "(?:" + "|".join(b[len(B) :] for b in branches) + ")"


def _rule(name: str, pattern: str, resolver: Resolver, priority: int, keyword: str) -> Rule:
    _RULE_KEYWORD_NAMES[name] = keyword
    compiled = re.compile(_word_start_once(pattern))
    return Rule(name, compiled, resolver, priority, _KEYWORD_PATTERNS[keyword])


RULES: tuple[Rule, ...] = (
    _rule("day_range", _DAY_RANGE, resolve_day_range, 9, "month"),
    _rule("night_dates", _NIGHT_DATES, resolve_day_range, 9, "month"),
    _rule("day_month", _DAY_MONTH, resolve_day_month, 8, "month"),
    _rule("numeric_date", _NUMERIC_DATE, resolve_day_month, 8, "numeric"),
    _rule("iso_date", _ISO_DATE, resolve_day_month, 8, "iso"),
    _rule("byline_date", _BYLINE_DATE, resolve_day_month, 8, "month"),
    _rule("glued_date", _GLUED_DATE, resolve_day_month, 8, "month"),
    _rule("dashed_date", _DASHED_DATE, resolve_day_month, 8, "dashed"),
    _rule("slashed_date", _SLASHED_DATE, resolve_slashed_date, 8, "slashed"),
    _rule("english_date", _ENGLISH_DATE, resolve_day_month, 8, "english"),
    _rule("english_date_dmy", _ENGLISH_DATE_DMY, resolve_day_month, 8, "english"),
    _rule("month_pair", _MONTH_PAIR, resolve_month_pair, 7, "month"),
    _rule("part_pair", _PART_PAIR, resolve_part_pair, 7, "part"),
    _rule("day_only", _DAY_ONLY, resolve_day_only, 2, "day_only"),
    _rule("same_month", _SAME_MONTH, resolve_same_month, 2, "monat"),
    _rule("month_year", _MONTH_WITH_YEAR, resolve_month, 7, "month"),
    _rule("month_prep", _MONTH_AFTER_PREP, resolve_month, 6, "month"),
    _rule("month_bare", _MONTH_BARE, resolve_month, 1, "month"),
    _rule("year_pair", _YEAR_PAIR, resolve_year_pair, 6, "year_pair"),
    _rule("decade", _DECADE, resolve_decade, 6, "decade"),
    _rule("century", _CENTURY, resolve_century, 6, "century"),
    _rule("year", _YEAR_EXPR, resolve_year, 5, "year"),
    _rule("season", _SEASON, resolve_season, 5, "season"),
    _rule("holiday", _HOLIDAY, resolve_holiday, 5, "holiday"),
    _rule("now_relative", _NOW_RELATIVE, resolve_now_relative, 5, "now"),
    _rule("anaphoric_day", _ANAPHORIC_DAY, resolve_anaphoric_day, 5, "anaphoric"),
    _rule("event_day", _EVENT_DAY, resolve_event_day, 6, "ordinal"),
    _rule("ago", _AGO, resolve_ago, 5, "ago"),
    _rule("lies_back", _LIES_BACK, resolve_ago, 5, "ago"),
    _rule("election_evening", _ELECTION_EVENING, resolve_election_evening, 5, "election"),
    _rule("later", _LATER, resolve_later, 5, "later"),
    _rule("night_before", _NIGHT_BEFORE, resolve_night_before, 6, "weekday"),
    _rule("weekday_pair", _WEEKDAY_PAIR, resolve_weekday_pair, 6, "weekday"),
    _rule("nth_weekday", _NTH_WEEKDAY, resolve_nth_weekday, 7, "weekday"),
    _rule("weekday", _WEEKDAY_EXPR, resolve_weekday, 4, "weekday"),
    _rule("weekend", _WEEKEND, resolve_weekend, 5, "weekend"),
    _rule("weekend_noun", _WEEKEND_NOUN, resolve_weekend, 4, "weekend"),
    _rule("later_in_week", _LATER_IN_WEEK, resolve_later_in_week, 5, "week"),
    _rule("week", _WEEK, resolve_week, 4, "week"),
    _rule("relative_month", _REL_MONTH, resolve_relative_month, 4, "monat"),
    _rule("relative_year", _REL_YEAR, resolve_relative_year, 4, "jahr"),
    _rule("fuzzy", _FUZZY, resolve_fuzzy_span, 4, "fuzzy"),
    _rule("relative_decade", _REL_DECADE, resolve_relative_decade, 5, "decades"),
    _rule("quarter", _QUARTER, resolve_quarter, 6, "period"),
    _rule("compared", _COMPARED, resolve_compared_period, 5, "compared"),
    _rule("daypart", _DAYPART, resolve_daypart, 3, "daypart"),
    _rule("daypart_adverb", _DAYPART_ADVERB, resolve_daypart_adverb, 3, "daypart"),
    _rule("night", _NIGHT, resolve_night, 3, "daypart"),
    _rule("night_to_date", _NIGHT_TO_DATE, resolve_night_to_date, 9, "month"),
)

_RULE_KEYWORDS = tuple((rule, _RULE_KEYWORD_NAMES[rule.name]) for rule in RULES)

# Words that mark a text as news about the present: weekdays and now-relative adverbs, also a
# weekday inside a word ("dienstags", "Wahlsonntag"). As one regex that was
# rf"{B}(?:{WEEKDAY}|...)|{B}\w*{WEEKDAY.lower()}"; its second branch matches wherever a
# lower-case weekday occurs (the run of word characters before it starts at a word start), so
# substring tests replace it: the `\w*` retried at every word start was the costly part.
_NEWS_WORD = re.compile(rf"{B}(?:{WEEKDAY}|[Gg]estern|[Vv]orgestern|morgen{E}|[Üü]bermorgen)")
_WEEKDAYS_LOWER = tuple(WEEKDAY_NUMBERS)
_FULL_YEAR = re.compile(YEAR)


# --- candidates and sentences -------------------------------------------------------------


WINDOW_BEFORE = 90  # the longest prefix a pattern has before its keyword
WINDOW_AFTER = 110

# Keywords whose every hit lies inside one run of non-blank characters and whose lookarounds only
# test for word characters (which a blank never is): their hits in a text are the hits in each
# blank-separated token, shifted by the token's offset. Those per-token hits are cached, so one
# `str.split` and a dictionary look-up per distinct token replace a regex scan per keyword. The
# other keywords ("\d\.\s?\d", "Tag der", ...) may span blanks and are scanned in the text.
_TOKEN_KEYWORDS = (
    "month", "year", "decade", "century", "season", "holiday", "now", "anaphoric", "ago",
    "weekday", "weekend", "week", "monat", "jahr", "fuzzy", "daypart", "election", "period",
    "compared", "part", "dashed", "english", "ordinal", "slashed", "decades",
    # Helpers for the keywords that span blanks: a token ending in "am" ("am 24."), "nach".
    "day_only_word", "nach",
)  # fmt: skip
_TOKEN_KEYWORD_PATTERNS = tuple(
    _KEYWORD_PATTERNS[name] if name in _KEYWORD_PATTERNS else re.compile(pattern)
    for name, pattern in (
        *((name, "") for name in _TOKEN_KEYWORDS[:-2]),
        ("day_only_word", r"(?:am|Am|vom|zum)(?=\n|\Z)"),
        ("nach", r"[Nn]ach"),
    )
)
# Where a "\d\.\s?\d" hit can start: before a dot followed by a digit.
_NUMERIC_DOT = re.compile(r"\.\s?\d")
_ISO_KEYWORD = _KEYWORD_PATTERNS["iso"]
_YEAR_PAIR_KEYWORD = _KEYWORD_PATTERNS["year_pair"]
_LATER_KEYWORD = _KEYWORD_PATTERNS["later"]
# "Tag der" is the one holiday keyword with a blank; texts holding it scan holidays in the text.
_HOLIDAY_INDEX = _TOKEN_KEYWORDS.index("holiday")
_HOLIDAY_SPANNING = "Tag der"

TokenHits = tuple[tuple[int, int, int], ...]  # (keyword index, start, end) within a token


@dataclass(slots=True)
class _TokenCache:
    """Keyword hits per blank-separated token, and the tokens that have any (so that a text's
    tokens with hits are one set intersection away)."""

    hits: dict[str, TokenHits] = field(default_factory=dict)
    with_hits: set[str] = field(default_factory=set)


_token_cache = _TokenCache()
_TOKEN_CACHE_LIMIT = 200_000


def _learn_tokens(tokens: list[str]) -> _TokenCache:
    """Fill the per-token hit cache for `tokens` with one scan per keyword over them joined.
    Returns the cache written to: a full cache is replaced, never emptied in place, so that a
    caller (another thread) holding the old one still finds what it learned there."""
    global _token_cache
    cache = _token_cache
    if len(cache.hits) + len(tokens) > _TOKEN_CACHE_LIMIT:
        cache = _token_cache = _TokenCache()
    joined = "\n".join(tokens)
    starts: list[int] = []
    position = 0
    for token in tokens:
        starts.append(position)
        position += len(token) + 1
    found: list[list[tuple[int, int, int]]] = [[] for _ in tokens]
    for index, keyword in enumerate(_TOKEN_KEYWORD_PATTERNS):
        for hit in keyword.finditer(joined):
            token_index = bisect.bisect_right(starts, hit.start()) - 1
            offset = starts[token_index]
            found[token_index].append((index, hit.start() - offset, hit.end() - offset))
    for token, hits in zip(tokens, found, strict=True):
        cache.hits[token] = tuple(hits)
        if hits:
            cache.with_hits.add(token)
    return cache


def _is_token_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole blank-separated token."""
    return (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())


def keyword_hits(text: str) -> dict[str, list[tuple[int, int]]]:
    """(start, end) of every hit of every keyword in `text`, as `finditer` would yield them."""
    hits: dict[str, list[tuple[int, int]]] = {}
    distinct = set(text.split())
    cache = _token_cache
    unknown = distinct.difference(cache.hits)
    if unknown:
        cache = _learn_tokens(sorted(unknown))
        unknown = distinct.difference(cache.hits)  # a full cache was replaced meanwhile
        if unknown:
            cache = _learn_tokens(sorted(distinct))
    # Set operations (no Python loop over the text's tokens): the few tokens with hits.
    for token in distinct & cache.with_hits:
        token_hits = cache.hits[token]
        length = len(token)
        start = text.find(token)
        while start >= 0:
            if _is_token_at(text, start, start + length):
                for index, hit_start, hit_end in token_hits:
                    name = _TOKEN_KEYWORDS[index]
                    hits.setdefault(name, []).append((start + hit_start, start + hit_end))
                start = text.find(token, start + length)
            else:
                start = text.find(token, start + 1)
    for spans in hits.values():
        spans.sort()
    _blank_spanning_hits(text, hits)
    return hits


def _hits_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[tuple[int, int]]:
    """What `pattern.finditer(text)` yields, given every position a hit can start at (sorted)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for start in starts:
        if start < position:
            continue
        hit = pattern.match(text, start)
        if hit is not None:
            spans.append(hit.span())
            position = hit.end()
    return spans


def _blank_spanning_hits(text: str, hits: dict[str, list[tuple[int, int]]]) -> None:
    """Adds the hits of the keywords that may span blanks, derived from the token hits where
    possible (each derivation yields exactly what the keyword's `finditer` would)."""
    # "\d\.\s?\d": a digit before each ".\s?\d" hit (those hits cannot hide one another).
    numeric: list[tuple[int, int]] = []
    position = 0
    for dot in _NUMERIC_DOT.finditer(text):
        start = dot.start() - 1
        if start >= position and text[start].isdecimal():
            numeric.append((start, dot.end()))
            position = dot.end()
    if numeric:
        hits["numeric"] = numeric
    # "\d{4}-\d" and "\d{4}\s?[/–-]\s?\d" start inside a hit of "\d{4}".
    year_starts = [
        position for start, end in hits.get("year", ()) for position in range(start, end)
    ]
    for name, pattern in (("iso", _ISO_KEYWORD), ("year_pair", _YEAR_PAIR_KEYWORD)):
        if spans := _hits_at(pattern, text, year_starts):
            hits[name] = spans
    # "(?:am|Am|vom|zum)\s\d": a token ending so, one blank, a digit.
    day_only = [
        (start, end + 2)
        for start, end in hits.pop("day_only_word", ())
        if end + 1 < len(text) and text[end].isspace() and text[end + 1].isdecimal()
    ]
    if day_only:
        hits["day_only"] = day_only
    # "later" hits start with "Woche", "Monat", "Jahr" (hits of "ago") or "[Nn]ach".
    later_starts = sorted(
        [start for start, end in hits.get("ago", ()) if text[start] != "T"]
        + [start for start, _ in hits.pop("nach", ())]
    )
    if spans := _hits_at(_LATER_KEYWORD, text, later_starts):
        hits["later"] = spans
    if _HOLIDAY_SPANNING in text:
        # "Tag der" spans a blank: merged with the token hits unless they overlap.
        spanning: list[tuple[int, int]] = []
        start = text.find(_HOLIDAY_SPANNING)
        while start >= 0:
            spanning.append((start, start + len(_HOLIDAY_SPANNING)))
            start = text.find(_HOLIDAY_SPANNING, start + 1)
        merged = sorted(hits.get("holiday", []) + spanning)
        if any(merged[i][1] > merged[i + 1][0] for i in range(len(merged) - 1)):
            merged = [hit.span() for hit in _KEYWORD_PATTERNS["holiday"].finditer(text)]
        hits["holiday"] = merged


def _windows(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Merged character windows around keyword hits."""
    windows: list[tuple[int, int]] = []
    window_start = window_end = -1
    for hit_start, hit_end in spans:
        start, end = max(0, hit_start - WINDOW_BEFORE), hit_end + WINDOW_AFTER
        if start > window_end:
            if window_end > 0:
                windows.append((window_start, window_end))
            window_start = start
        window_end = end
    if window_end > 0:
        windows.append((window_start, min(window_end, length)))
    return windows


@dataclass(frozen=True, slots=True)
class _Needs:
    """What every match of a rule holds besides its keyword: a window without it is skipped
    (the rule's regex would find nothing there; running it is most of the tagger's time)."""

    hits: tuple[tuple[str, int], ...] = ()  # (keyword, how many of its hits)
    word: str = ""  # a literal
    day_stops: int = 0  # how many "digit + stop" ("9." of "am 9. Mai")

    def met(
        self,
        text: str,
        start: int,
        end: int,
        hit_starts: dict[str, list[int]],
        day_stops: list[int] | None,
    ) -> bool:
        if self.word and text.find(self.word, start, end) < 0:
            return False
        for keyword, count in self.hits:
            found = hit_starts.get(keyword, [])
            if bisect.bisect_left(found, end) - bisect.bisect_left(found, start) < count:
                return False
        if self.day_stops and day_stops is not None:
            inside = bisect.bisect_left(day_stops, end) - bisect.bisect_left(day_stops, start)
            if inside < self.day_stops:
                return False
        return True


# A month name or a weekday in a rule's match starts where a hit of its keyword starts (no
# keyword hit can overlap the start of another); a year ("{YEAR}", four digits after no
# digit) likewise starts a hit of "\d{4}".
_RULE_NEEDS: dict[str, _Needs] = {
    "day_range": _Needs(day_stops=2),
    "night_dates": _Needs(word="Nacht", day_stops=2),
    "day_month": _Needs(day_stops=1),
    "month_pair": _Needs(hits=(("month", 2),)),
    "month_year": _Needs(hits=(("year", 1),)),
    "weekday_pair": _Needs(hits=(("weekday", 2),)),
    "night_before": _Needs(word="Nacht"),
    "night_to_date": _Needs(word="Nacht", day_stops=1),
    "nth_weekday": _Needs(hits=(("month", 1),)),
    "part_pair": _Needs(hits=(("month", 1),)),
    "glued_date": _Needs(hits=(("year", 1),), day_stops=1),
    "byline_date": _Needs(hits=(("year", 1),), day_stops=1),
    "english_date": _Needs(hits=(("year", 1),)),
    "english_date_dmy": _Needs(hits=(("year", 1),)),
    "lies_back": _Needs(word="zurück"),
}
_DAY_STOP = re.compile(r"\d\.")


def find_candidates(text: str) -> list[Candidate]:
    """All rule matches, reduced to non-overlapping ones (longest first, then priority)."""
    hits = keyword_hits(text)
    windows = {name: _windows(spans, len(text)) for name, spans in hits.items()}
    hit_starts = {name: [start for start, _ in spans] for name, spans in hits.items()}
    day_stops: list[int] | None = None
    found: list[Candidate] = []
    for rule, keyword in _RULE_KEYWORDS:
        needs = _RULE_NEEDS.get(rule.name)
        for window_start, window_end in windows.get(keyword, ()):
            if needs is not None:
                if needs.day_stops and day_stops is None:
                    day_stops = [m.start() for m in _DAY_STOP.finditer(text)]
                if not needs.met(text, window_start, window_end, hit_starts, day_stops):
                    continue
            found.extend(
                Candidate(m.start(), m.end(), rule.priority, rule, m)
                for m in rule.pattern.finditer(text, window_start, window_end)
                if m.end() > m.start()
            )
    found.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Candidate] = []
    for candidate in found:
        index = bisect.bisect_left(starts, candidate.start)
        if index > 0 and ends[index - 1] > candidate.start:
            continue
        if index < len(starts) and starts[index] < candidate.end:
            continue
        starts.insert(index, candidate.start)
        ends.insert(index, candidate.end)
        kept.append(candidate)
    kept.sort()
    return kept


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ\"„»(\d])|\n")


def sentence_bounds(text: str, doc: Doc | None) -> list[tuple[int, int]] | None:
    """Character spans of the sentences of a caller's parse of the same text, else None."""
    if doc is None:
        return None
    toks: TokenArrays | None = doc.user_data.get("token_arrays")  # set by `german_pipeline`
    if toks is None:
        if not doc.has_annotation("SENT_START"):
            return None
        toks = TokenArrays.of(doc)  # the sentences corrected after abbreviations
    if toks.text != text:
        return None
    if not toks.sent_starts:
        return []
    starts, idx, ends = toks.sent_starts, toks.idx, toks.end
    bounds = [(idx[a], ends[b - 1]) for a, b in pairwise(starts)]
    bounds.append((idx[starts[-1]], ends[-1]))
    return bounds


_WORD_BEFORE = re.compile(r"(\w+)$")


def _is_stop(text: str, at: int) -> bool:
    """Whether the punctuation at `at` ends a sentence: not after a digit ("am 9. Mai"), a
    single capital ("George W. Bush") or a known abbreviation ("Abg. Müller")."""
    before = text[max(0, at - 8) : at]
    if not before or before[-1].isdigit():
        return not before
    if text[at] != ".":
        return True
    word = _WORD_BEFORE.search(before)
    if word is None:
        return True
    w = word.group(1)
    return not ((len(w) == 1 and w.isupper()) or w in ABBREVIATIONS)


def sentence_around(text: str, offset: int, window: int = 600) -> tuple[int, int]:
    """The sentence holding `offset`, by punctuation (used when no parse was given).

    Cheap on purpose: a full tokenisation only for sentence boundaries would cost more than the
    whole tagger. "am 9. Mai" does not end a sentence because a digit precedes the dot."""
    low = max(0, offset - window)
    start = low
    # One character past `offset`: the look-ahead of a boundary ending right at `offset` (a
    # sentence-initial "Am Dienstag") must see the capital it tests for.
    for boundary in _SENTENCE_END.finditer(text, low, min(len(text), offset + 1)):
        if _is_stop(text, boundary.start()):
            start = boundary.end()
    end_match = next(
        (
            m
            for m in _SENTENCE_END.finditer(text, offset, min(len(text), offset + window))
            if _is_stop(text, m.start())
        ),
        None,
    )
    return start, end_match.start() + 1 if end_match else min(len(text), offset + window)


# Nouns of scheduled events (also as the head of a compound: "Parlamentswahl", "EU-Gipfel").
# A date right after one dates the event, not always the clause: "sagten für die Landtagswahl am
# 8. September einen knappen Ausgang voraus" tells of a coming vote in a past-tense sentence,
# "will die Folgen der Konferenz im Dezember auswerten" of one gone by in a plan (see
# `year_for_span`).
EVENT_NOUNS = (
    "wahl", "wahlen", "wahlgang", "stichwahl", "urnengang", "abstimmung", "referendum", "votum",
    "gipfel", "gipfeltreffen", "treffen", "begegnung", "besuch", "visite", "reise", "konferenz",
    "sitzung", "tagung", "parteitag", "gespräch", "gespräche", "verhandlungen", "verhandlung",
    "runde", "zeremonie", "feier", "parade", "kundgebung", "demonstration", "protest",
    "proteste", "streik", "unterzeichnung", "vereidigung", "amtseinführung", "amtsantritt",
    "rede", "ansprache", "debatte", "anhörung", "konsultationen", "beratungen",
)  # fmt: skip
_EVENT_NOUN_BEFORE = re.compile(
    r"(?<![Nn]ach dem )(?<![Nn]ach der )(?<![Ss]eit dem )(?<![Ss]eit der )"
    r"\b[\w-]*(?:" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")(?:e?s|n|en)?"
    r"(?:\s+(?:von|in)\s+[A-ZÄÖÜ][\w-]+)?\s+$",
    re.IGNORECASE,
)


_EVENT_STEMS = tuple({noun.rstrip("sne") for noun in EVENT_NOUNS})


# Verbs of forecasting: what they are said of lies ahead of the saying.
PREDICTION_STEMS = (
    "voraussag", "sagte voraus", "sagten voraus", "vorhersag", "prognostizi", "erwart",
    "rechnet", "rechneten", "gerechnet", "befürcht", "vorausgesagt", "angekündigt", "kündigte",
)  # fmt: skip
# The stems, or a split particle: "sagten ... eine Niederlage voraus".
_PREDICTION = re.compile(
    "|".join(re.escape(stem) for stem in PREDICTION_STEMS) + r"|\bvoraus(?=\W*$)|\bvoraus[.,]"
)


def _names_an_event(text: str, offset: int) -> bool:
    """Whether the date at `offset` follows an event noun ("der Parlamentswahl am 14. Mai")."""
    window = text[max(0, offset - 60) : offset]
    if not window.endswith(" "):
        return False
    words = window.split()
    # The noun is the last word, or the third last before "von/in <Name>".
    candidates = words[-1:] + (words[-3:-2] if len(words) >= 3 else [])
    if not any(w.lower().rstrip("sne").endswith(_EVENT_STEMS) for w in candidates):
        return False  # cheap test first: no event noun at all
    match = _EVENT_NOUN_BEFORE.search(window)
    return match is not None and match.group()[0].isupper()


class SentenceIndex:
    """The sentences of one text found so far by `sentence_around`, so that the many lookups
    of a text (tense, flashback, forecast, plan) scan its punctuation once per sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []
        self._spans: list[tuple[int, int]] = []
        self._flashback: dict[int, bool] = {}

    def around(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0:
            start, end = self._spans[index]
            if start <= offset < end:
                return start, end
        span = sentence_around(self.text, offset)
        if span[0] <= offset < span[1]:
            at = bisect.bisect_left(self._starts, span[0])
            if at >= len(self._starts) or self._starts[at] != span[0]:
                self._starts.insert(at, span[0])
                self._spans.insert(at, span)
        return span

    def flashback(self, offset: int) -> bool:
        """Whether the sentence at `offset` is told in the pluperfect ("hatte ... erhalten",
        "war ... eingetroffen"): a look back from the story's main line."""
        start, end = self.around(offset)
        found = self._flashback.get(start)
        if found is None:
            words = _WORD_RUN.findall(self.text, start, end)
            found = any(w in _PLUPERFECT_AUXILIARIES for w in words) and any(
                _tense_class(w) in (_PARTICIPLE, _PRESENT_OR_PERFECT) for w in words
            )
            self._flashback[start] = found
        return found

    def predicts(self, offset: int) -> bool:
        """Whether the sentence at `offset` has a verb of forecasting."""
        start, end = self.around(offset)
        return _PREDICTION.search(self.text, start, end) is not None


def _tense_lookup(
    text: str,
    bounds: list[tuple[int, int]] | None,
    ends: dict[int, int] | None = None,
    sentences: SentenceIndex | None = None,
) -> Callable[[int], Tense]:
    """The tense at an offset; `ends` maps the start of each candidate to its end, so that a
    date opening its sentence is read with the verb after it."""
    starts = [start for start, _ in bounds] if bounds else []

    def tense_at(offset: int) -> Tense:
        if ends is not None and offset in ends:
            fronted = fronted_verb_tense(text, offset, ends[offset])
            if fronted is not None:
                return fronted
        if bounds:
            index = max(bisect.bisect_right(starts, offset) - 1, 0)
            start, end = bounds[index]
        elif sentences is not None:
            start, end = sentences.around(offset)
        else:
            start, end = sentence_around(text, offset)
        return sentence_tense(text[start:end], offset - start)

    return tense_at


def is_narrative(text: str, published: date | None) -> bool:
    """A history text rather than news: no weekday or now-relative words, and its years lie
    well before publication. Such texts anchor "im Mai" to the year last mentioned."""
    if any(day in text for day in _WEEKDAYS_LOWER) or _NEWS_WORD.search(text):
        return False
    years = [int(m.group(0)) for m in _FULL_YEAR.finditer(text[:200_000])]
    if published is None:
        return len(years) >= 6
    if len(years) < 6 or median(years) >= published.year - 3:
        return False
    # A dateline with the publication day ("23.05.2024 Porträt") makes a
    # portrait full of past years still news.
    return not any(form in text[:2000] for form in _date_forms(published))


def _date_forms(day: date) -> tuple[str, ...]:
    """How a dateline writes `day`: 06.12.2016, 06.12.16, 6.12.2016, 2016-12-06, 6. Dezember
    2016."""
    month_name = next(m for m, n in MONTH_NUMBERS.items() if n == day.month).capitalize()
    return (
        f"{day.day:02}.{day.month:02}.{day.year}",
        f"{day.day:02}.{day.month:02}.{day.year % 100:02}",
        f"{day.day}.{day.month}.{day.year}",
        day.isoformat(),
        f"{day.day}. {month_name} {day.year}",
    )


_HEADING_YEARS = re.compile(rf"{YEAR}(?:\s*[/–-]\s*(\d{{4}}|\d\d)(?![\d]))?")


_VOTE_BEFORE = re.compile(r"[Ww]ahl\w{0,3}\s+(?:am|vom)?\s*$")

# Words before a day that make it recur (EVENTS.md: sets are no dates); "wie jedes Jahr am
# 9. Mai" still tells of this year's.
_SET_BEFORE = re.compile(
    r"(?<![Ww]ie )(?:\b[Jj]edes\s+Jahr|\b(?:all)?[Jj]ährlich|\b[Jj]eweils|\b[Jj]eden"
    r"|\b[Ii]mmer)\s+$"
)

_UNTIL = re.compile(r"[Bb]is\b")

_DAY_RULES = frozenset(
    {"day_month", "numeric_date", "iso_date", "day_range", "byline_date", "glued_date",
     "dashed_date", "english_date", "english_date_dmy", "slashed_date"}
)  # fmt: skip
# Rules naming the period a report is about (see `ResolutionContext.report_period`).
_PERIOD_RULES = frozenset({"quarter", "month_pair", "month_year", "month_prep", "month_bare"})


def _opens_sentence(text: str, offset: int) -> bool:
    """Whether only blanks lie between `offset` and the end of the previous sentence."""
    before = text[max(0, offset - 40) : offset].rstrip()
    return not before or before[-1] in ".!?\n" or "\n" in text[offset - 2 : offset]


def section_headings(text: str) -> list[tuple[int, tuple[int, int] | None]]:
    """(offset, (first year, last year) or None) of each heading line: a short line without a
    final full stop ("1862", "Kriegsjahr 1915", "Westfront 1944/1945", "Seekrieg")."""
    headings: list[tuple[int, tuple[int, int] | None]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and len(stripped) < 80 and not stripped.endswith((".", ":", ",")):
            years: list[int] = []
            for match in _HEADING_YEARS.finditer(stripped):
                first = int(match.group(0)[:4])
                years.append(first)
                if second := match.group(1):
                    years.append(
                        int(second) if len(second) == 4 else first // 100 * 100 + int(second)
                    )
            span = (min(years), max(years)) if years and max(years) - min(years) < 20 else None
            headings.append((position, span))
        position += len(line)
    return headings


# --- entry point --------------------------------------------------------------------------

MAX_TEXT_CHARS = 2_000_000


def tag_dates(text: str, published: date | None, *, doc: Doc | None = None) -> list[DateMention]:
    """Every date or period expression in `text`, resolved against `published`.

    Offsets are character offsets into `text`. With `published` None, relative expressions are
    returned unresolved (precision unknown). `doc` may be a parse of the same text by
    `german_pipeline()`, to share its sentence boundaries.
    """
    return [
        mention
        for candidate, resolution in _resolved_candidates(text, published, doc)
        for mention in [_mention(text, candidate, resolution)]
    ]


def tag_dates_split(
    text: str, published: date | None, *, doc: Doc | None = None
) -> list[DateMention]:
    """Like `tag_dates`, but a range of two dates ("10. Juli bis 31. Oktober 1940", "Mai/Juni")
    comes back as its two dates, as TIMEX2 annotations (WikiWarsDE) mark them."""
    mentions: list[DateMention] = []
    for candidate, resolution in _resolved_candidates(text, published, doc):
        if not resolution.parts:
            mentions.append(_mention(text, candidate, resolution))
            continue
        for start_char, end_char, first, last, precision in resolution.parts:
            mentions.append(DateMention(start_char, end_char, text[start_char:end_char],
                                        first, last, precision, resolution.relative))  # fmt: skip
    return mentions


def _mention(text: str, candidate: Candidate, resolution: Resolution) -> DateMention:
    return DateMention(
        start_char=candidate.start,
        end_char=candidate.end,
        text=text[candidate.start : candidate.end],
        start=resolution.start,
        end=resolution.end,
        precision=resolution.precision,
        relative=resolution.relative,
    )


def _resolved_candidates(
    text: str, published: date | None, doc: Doc | None
) -> Iterator[tuple[Candidate, Resolution]]:
    if not text or not isinstance(text, str):
        return
    text = text[:MAX_TEXT_CHARS]
    candidates = find_candidates(text)
    if not candidates:
        return
    bounds = sentence_bounds(text, doc)
    narrative = is_narrative(text, published)
    ends = {candidate.start: candidate.end for candidate in candidates}
    sentences = SentenceIndex(text)
    context = ResolutionContext(
        published,
        narrative,
        _tense_lookup(text, bounds, ends, sentences),
        text=text,
        sentences=sentences,
    )
    if not narrative and published is not None:
        context.last_day = context.last_point = published
    headings = section_headings(text) if narrative else []
    heading_starts = [offset for offset, _ in headings]
    heading_index = -1
    for candidate in candidates:
        if headings:
            index = bisect.bisect_right(heading_starts, candidate.start) - 1
            if index != heading_index:
                # A new section starts a new thread of the story: no month order carries over.
                heading_index, context.last_month = index, None
                span = headings[index][1] if index >= 0 else None
                context.section = span or context.section
            # A full date opening its sentence ("Am 23. August 1942 begannen ...") sets the
            # story's year even outside the section's years; anything else there is an aside.
            context.sentence_initial = candidate.rule.name in _DAY_RULES and _opens_sentence(
                text, candidate.start
            )
        if _SET_BEFORE.search(text, max(0, candidate.start - 30), candidate.start):
            continue  # "jedes Jahr am 1. Mai", "jeweils am Montag": a set, no date
        try:
            resolution = candidate.rule.resolve(candidate.match, context)
        except (ValueError, OverflowError, KeyError):
            resolution = None
        if resolution is None:
            continue
        if resolution.precision is Precision.DAY and resolution.start is not None:
            resolution = _lasting_days(text, candidate, resolution)
        if (
            resolution.precision is Precision.DAY
            and resolution.start is not None
            and not _UNTIL.match(text, candidate.start)  # a deadline is no day in view
        ):
            context.last_day = context.last_point = resolution.start
            context.last_month_span = None
            context.days_named.append((resolution.start, candidate.start))
            if (
                candidate.rule.name in _DAY_RULES
                and published is not None
                and resolution.start > published
            ):
                context.plan_day = (resolution.start, context.sentences.around(candidate.end)[1])
            if _VOTE_BEFORE.search(text, max(0, candidate.start - 24), candidate.start):
                context.election_day = resolution.start
        elif resolution.precision is Precision.RANGE and resolution.parts:
            context.last_day = context.last_point = resolution.end
            context.last_month_span = None
        elif resolution.precision is Precision.MONTH and resolution.start is not None:
            context.last_point = resolution.start
            if candidate.rule.name in _PERIOD_RULES and resolution.end is not None:
                context.last_month_span = (resolution.start, resolution.end)
        if (
            resolution.precision is Precision.RANGE
            and resolution.start is not None
            and resolution.end is not None
            and (resolution.end - resolution.start).days < 14
        ):
            context.last_range = (resolution.start, resolution.end)
        if (
            candidate.rule.name in _PERIOD_RULES
            and resolution.start is not None
            and resolution.end is not None
            and (published is None or resolution.start <= published)  # reported, not forecast
        ):
            period = context.report_period
            if period is None or resolution.end >= period[1]:
                context.report_period = (resolution.start, resolution.end)
        yield candidate, resolution


# "ein zweitägiger Besuch ab Donnerstag": the days it lasts, from (or, "endet am", to) the day.
_LASTING = re.compile(
    rf"\b(?P<count>{_alternation([w for w in NUMBER_WORDS if NUMBER_WORDS[w] <= 14])}|\d{{1,2}})"
    r"-?tägige?[nmrs]?\b(?P<between>[^.!?;]{0,60})$",
    re.IGNORECASE,
)
_ENDS = re.compile(
    r"\b(?:endet|enden|endete|endeten|beendet|abgeschlossen|schließt|bis)\b|\bzu\s+Ende\b"
)
_CLAUSE_REST = re.compile(r"[^.!?;,]{0,50}")


def _lasting_days(text: str, candidate: Candidate, resolution: Resolution) -> Resolution:
    """A day after "zwei-/dreitägig ..." in its sentence: the range of days the event lasts."""
    if candidate.rule.name not in _LASTING_DAY_RULES or resolution.start is None:
        return resolution
    if "tägig" not in text[max(0, candidate.start - 90) : candidate.start]:
        return resolution
    lasting = _LASTING.search(text, max(0, candidate.start - 90), candidate.start)
    if lasting is None or _DATE_WORD.search(lasting["between"]):
        return resolution
    count = number_value(lasting["count"])
    if count is None or not 2 <= count <= 14:
        return resolution
    length = timedelta(days=count - 1)
    day = resolution.start
    rest = _CLAUSE_REST.match(text, candidate.end)
    around = lasting["between"] + " " + candidate.match.group(0) + (rest.group() if rest else "")
    if _ENDS.search(around):
        return replace(resolution, start=day - length, precision=Precision.RANGE)
    return replace(resolution, end=day + length, precision=Precision.RANGE)


_LASTING_DAY_RULES = frozenset({"weekday", "day_month", "numeric_date"})
_DATE_WORD = re.compile(rf"\d\.|{WEEKDAY}|{MONTH}")


_PLUPERFECT_AUXILIARIES = frozenset("hatte hatten hattest war waren warst".split())


def refers_to_future(mention: DateMention, text: str, published: date | None) -> bool:
    """Whether `mention` points at a plan: it lies after publication, or (unresolved) its
    sentence speaks of the future."""
    if published is not None and mention.start is not None:
        return mention.start > published
    start = text.rfind(".", 0, mention.start_char) + 1
    end = text.find(".", mention.end_char)
    sentence = text[start : end if end >= 0 else len(text)]
    return sentence_tense(sentence, mention.start_char - start) is Tense.FUTURE
