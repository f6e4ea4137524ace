"""The words of the language the extractor reads: the trigger words of each event type
(`resources/de/triggers.toml`, read and compiled by `trigger_rules`) and the cues for tense
and modality.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from timeline.extraction.types import EventType

T = EventType

RESOURCES = Path(__file__).resolve().parent / "resources" / "de"


@dataclass(frozen=True, slots=True)
class Rule:
    """When a word states an event (one rule of `resources/de/triggers.toml`)."""

    name: str
    type: EventType
    companion: re.Pattern[str] | None  # the clause must match it (lower-case)
    companion_in_rest: bool  # read the rest of the sentence instead of the clause
    needs_voters: bool  # the clause must also name voters
    attendance: bool
    type_with: tuple[tuple[EventType, re.Pattern[str]], ...] = ()
    unless: re.Pattern[str] | None = None  # the clause must not match it (lower-case)
    unless_in_rest: bool = False  # read the rest of the sentence for `unless`


@dataclass(frozen=True, slots=True)
class RuleExample:
    rule: str
    type: EventType
    sentence: str
    states_event: bool


@dataclass(frozen=True, slots=True)
class TriggerRules:
    """The trigger words of `resources/de/triggers.toml`, ready for matching."""

    verbs: dict[str, tuple[Rule, ...]]  # lemma -> its rules, the first that holds wins
    words: dict[str, Rule]  # exact lower-case forms ("anwesend")
    noun_endings: tuple[tuple[str, Rule], ...]  # longest ending first
    noun_stop: re.Pattern[str]
    noun_keep: re.Pattern[str]
    phrases: re.Pattern[str] | None  # one named group per type
    voters: tuple[str, ...]
    examples: tuple[RuleExample, ...]

    @property
    def all_noun_endings(self) -> tuple[str, ...]:
        return tuple(ending for ending, _ in self.noun_endings)

    def noun_rule(self, low: str) -> Rule | None:
        """The rule a lower-case noun falls under by its ending, or None."""
        if self.noun_stop.search(low) and not self.noun_keep.match(low):
            return None
        return next((rule for ending, rule in self.noun_endings if low.endswith(ending)), None)


def _read(name: str) -> dict[str, Any]:
    with (RESOURCES / name).open("rb") as f:
        return tomllib.load(f)


@cache
def trigger_rules() -> TriggerRules:
    """The trigger resource, read and compiled once."""
    data = _read("triggers.toml")
    verbs: dict[str, list[Rule]] = {}
    words: dict[str, Rule] = {}
    endings: dict[str, Rule] = {}
    phrases: list[str] = []
    examples: list[RuleExample] = []
    for raw in data["rule"]:
        kind = EventType(raw["type"])
        companion = raw.get("companion")
        rule = Rule(
            name=raw["name"],
            type=kind,
            companion=re.compile(companion) if companion is not None else None,
            companion_in_rest=raw.get("companion_in") == "rest",
            needs_voters=bool(raw.get("needs_voters", False)),
            attendance=bool(raw.get("attendance", False)),
            type_with=tuple((EventType(t), re.compile(rx)) for t, rx in raw.get("type_with", [])),
            unless=re.compile(raw["unless"]) if "unless" in raw else None,
            unless_in_rest=raw.get("unless_in") == "rest",
        )
        for lemma in raw.get("verbs", []):
            verbs.setdefault(lemma, []).append(rule)
        for word in raw.get("words", []):
            words[word] = rule
        for ending in raw.get("nouns", []):
            endings.setdefault(ending, rule)
        if "phrases" in raw:
            phrases.append(f"(?P<{kind.value}>{raw['phrases']})")
        for example in raw.get("examples", []):
            typed = isinstance(example, list)
            sentence = example[1] if typed else example
            examples.append(
                RuleExample(rule.name, EventType(example[0]) if typed else kind, sentence, True)
            )
        examples += [RuleExample(rule.name, kind, s, False) for s in raw.get("counterexamples", [])]
    nouns = data["nouns"]
    return TriggerRules(
        verbs={lemma: tuple(rules) for lemma, rules in verbs.items()},
        words=words,
        noun_endings=tuple(sorted(endings.items(), key=lambda item: -len(item[0]))),
        noun_stop=re.compile(nouns["stop"], re.IGNORECASE),
        noun_keep=re.compile(nouns["keep"], re.IGNORECASE),
        phrases=re.compile("|".join(phrases), re.IGNORECASE) if phrases else None,
        voters=tuple(data["voters"]["words"]),
        examples=tuple(examples),
    )


def voters_pattern(demonyms: list[str]) -> re.Pattern[str]:
    """A clause that names voters: a voter word of the resource or one of `demonyms`."""
    words = [*trigger_rules().voters, *sorted(demonyms, key=len, reverse=True)]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


# A definite summit noun also makes "Treffen der Staats- und Regierungschefs" a summit.
SUMMIT_CUES = re.compile(
    r"\b(?:staats- und regierungschefs|regierungschefs der|mitgliedstaaten|mitgliedsstaaten|"
    r"g7|g-7|g20|g-20|brics|nato|eu|sco|sog|asean|apec|oas|au)\b"
    # as the first part of a compound only for its members, leaders or meetings ("EU-Staaten",
    # "Nato-Außenminister", "G7-Gipfel"), not for a person's title or a thing
    # ("Nato-Generalsekretär", "EU-Hilfen", "EU-Beitritt")
    r"(?!-(?!(?:staat|länder|mitglied(?!schaft)|partner|regierungschef|\w*minister|chefs\b|"
    r"verbündet|runde|kolleg|spitze|gipfel|treffen|konferenz|tagung|sitzung|rat\b)))",
    re.IGNORECASE,
)

# Modality and future: the event has not happened yet.
PLANNED_CUES = re.compile(
    r"\b(?:will|wollen|wollte|wollten|soll|sollen|solle|sollte|sollten|plant|planen|plante|"
    r"geplant|vorgesehen|erwartet|erwarten|beabsichtigt|künftig|demnächst|möchte|möchten|"
    r"kündigte|kündigt|schlug|schlugen|schlägt|vorgeschlagen|vorschlagen|könnte|könnten)\b",
    re.IGNORECASE,
)
# Adjectives that make a noun event a plan only when they modify it ("das geplante Treffen").
PLANNED_ADJ = re.compile(
    r"\b(?:geplante|geplanten|geplantes|anstehende|anstehenden|bevorstehende|bevorstehenden|"
    r"kommende|kommenden|nächste|nächsten|angekündigte|angekündigten)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
FUTURE_AUX = frozenset({"wird", "werden", "werde", "wirst", "würde", "würden"})
PAST_AUX = frozenset(
    {"war", "waren", "hatte", "hatten", "wurde", "wurden", "hätte", "hätten", "worden", "gewesen"}
)
PRESENT_AUX = frozenset({"ist", "sind", "hat", "haben", "sei", "seien", "habe", "hätten"})
HABITUAL = re.compile(
    r"\b(?:regelmäßig|regelmässig|immer wieder|häufig|oft|jährlich|"
    r"alljährlich|jedes jahr|bisweilen|gelegentlich)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(?:nicht|kein|keine|keinen|gescheitert|weigerten|weigerte|"
    r"abgesagt|verschoben|ohne|(?:an)?statt\b(?!\s*(?:[.,;:!?)\]–—-]|$|und\b|oder\b)))\b",
    re.IGNORECASE,
)
REPORTING = re.compile(
    r"\b(?:sagte|sagten|teilte|teilten|erklärte|erklärten|hieß|heißt|hiess|heisst|berichtete|"
    r"berichteten|meldete|meldeten|meldet|zitierten|betonte|kündigte|mitteilte|bestätigte|"
    r"verlautete|verbreitete|zufolge|laut|angaben)\b",
    re.IGNORECASE,
)
# Prepositions that put a noun event in the background of the clause ("nach seinem Besuch").
BACKGROUND_PREPS = frozenset(
    {
        "nach",
        "vor",
        "seit",
        "bei",
        "beim",
        "während",
        "zur",
        "zum",
        "für",
        "wegen",
        "trotz",
        "über",
        "um",
        "an",
        "am",
        "im",
        "in",
        "von",
        "vom",
        "zu",
        "gegen",
        "unter",
        "ab",
        "auf",
        "aus",
        "mit",
    }
)
TEMPORAL_PREPS = frozenset({"nach", "vor", "seit", "bei", "beim", "während"})

DURATION_RE = re.compile(
    r"\b(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+)"
    r"(?:[- ]?(tägig|wöchig)\w*| (tage|wochen) lang\b)"
    # "reist am Sonntag für drei Tage nach Indien"
    r"|\bfür (ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+) (tage|wochen)\b",
    re.IGNORECASE,
)

PRONOUNS = frozenset({"er", "ihn", "ihm"})
POSSESSIVES = frozenset({"sein", "seine", "seinem", "seinen", "seiner", "seines"})
# "sie" and "ihr-" refer to a woman (or to several: see `coreference.person_refs`).
FEMININE_PRONOUNS = frozenset({"sie", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres"})
# Finite verbs beside "sie" that make it plural ("sie reisten", "haben sie").
PLURAL_VERB = re.compile(r"sind|\w+en", re.IGNORECASE)
GROUP_REF = re.compile(
    r"\b(?:die|den|der) beiden (?:\w+ )?(?:staatschefs|politiker|präsidenten|regierungschefs|"
    r"spitzenpolitiker|außenminister|aussenminister|staatsoberhäupter|männer|frauen|"
    r"amtskollegen|kollegen|seiten)\b|\bbeide(?:n)? seiten\b|\bbeide\b"
    # "einigten sich die beiden auf": the two as a noun, no noun of their own after them
    r"|\b(?:die|den) beiden\b(?=\s+(?-i:[a-zäöü])|\s*[,.;:!?])"
    # "verständigten sich die Präsidenten": those named before (not "die Staatschefs der G20")
    r"|\bdie (?:präsidenten|staatschefs|regierungschefs|politiker|spitzenpolitiker)\b"
    r"(?!\s+(?:der|des|von|aus|aller|beider|(?-i:[A-ZÄÖÜ])))",
    re.IGNORECASE,
)
PERSON_NOUN_REF = re.compile(
    r"^(?:der|die|dem|den)\s+(?:\w+\s+){0,3}?(?:\d+-jährige\w*|\w*(?:politiker|milliardär|"
    r"republikaner|demokrat|libertäre|amtsinhaber|staatsgast|gast|nachfolger|herausforderer|"
    r"machthaber|staatschef|regierungschef|premier|kanzler|präsident|politneuling))\b",
    re.IGNORECASE,
)
# A person told by age anywhere in the sentence, in the nominative: "gewann die 62-Jährige",
# "traf der 65-Jährige am Montag" (not "dem 65-Jährigen").
# (The noun only: "die 28-jährige Jordan Bardella" names the person it describes.)
AGE_DESCRIPTOR = re.compile(
    r"\b(?P<article>der|die)\s+\d{2,3}-(?-i:Jährige)\b(?!\s+(?-i:[A-ZÄÖÜ]))", re.IGNORECASE
)
SPEAKER_TITLE = re.compile(r"sprecher|sprecherin|korrespondent|reporter", re.IGNORECASE)
PROTEST_LEADER_TITLE = re.compile(
    r"opposition|aktivist|protestführer|anführer|gewerkschaft", re.IGNORECASE
)


# --- cheap answers for the word patterns above ------------------------------------------------

# The characters that IGNORECASE matches with one of a-z, ä, ö, ü, ß although `str.lower` does
# not turn them into it; a text holding one gets no shortcut.
_CASE_ODD = ("İ", "ı", "ſ")


@dataclass(frozen=True, slots=True)
class Cue:
    """A case-insensitive pattern and lower-case strings one of which every match holds: a
    text whose lower-case form holds none of them cannot match (`maybe_in`), and the pattern
    need not run; the pattern decides the rest."""

    pattern: re.Pattern[str]
    needles: tuple[str, ...]

    def maybe_in(self, low: str, odd: bool) -> bool:
        """Whether a text whose lower-case form is `low` (`odd`: holds a `_CASE_ODD`
        character) may hold a match."""
        return odd or any(needle in low for needle in self.needles)


def case_odd(text: str) -> bool:
    return any(c in text for c in _CASE_ODD)


HABITUAL_CUE = Cue(
    HABITUAL,
    ("regelmäßig", "regelmässig", "immer wieder", "häufig", "oft", "jährlich", "jedes jahr",
     "bisweilen", "gelegentlich"),
)  # fmt: skip
PLANNED_CUE = Cue(
    PLANNED_CUES,
    ("will", "woll", "soll", "plan", "vorgesehen", "erwarte", "beabsichtigt", "künftig",
     "demnächst", "möchte", "kündigt", "schlug", "schläg", "vorgeschlagen", "vorschlagen",
     "könnte"),
)  # fmt: skip
REPORTING_CUE = Cue(
    REPORTING,
    ("sagte", "teilte", "erklärte", "hieß", "heißt", "hiess", "heisst", "berichtete", "meldet",
     "zitierten", "betonte", "kündigte", "bestätigte", "verlautete", "verbreitete", "zufolge",
     "laut", "angaben"),
)  # fmt: skip
GROUP_REF_CUE = Cue(
    GROUP_REF,
    (
        "beide",
        "die präsidenten",
        "die staatschefs",
        "die regierungschefs",
        "die politiker",
        "die spitzenpolitiker",
    ),
)
NEGATION_CUE = Cue(
    NEGATION,
    ("nicht", "kein", "gescheitert", "weigerte", "abgesagt", "verschoben", "ohne", "statt"),
)


# --- scope ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScopeCue:
    """Words that make a statement no event or a plan where they reach
    (`resources/de/scope.toml`)."""

    name: str
    effect: str  # "none" | "planned"
    reach: frozenset[str]  # "clause" "argument" "governor" "opening" "consequence" "lead"
    lemmas: frozenset[str]
    words: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    nouns_only: bool
    types: frozenset[EventType] | None  # the event types it concerns (None: all)


@dataclass(frozen=True, slots=True)
class Negation:
    words: frozenset[str]
    determiners: frozenset[str]
    exceptions: tuple[re.Pattern[str], ...]
    occurrence: frozenset[str]


@dataclass(frozen=True, slots=True)
class ScopeExample:
    """A sentence of the scope resource: with `applies`, the cue makes its event of `type` no
    event (effect "none") or a plan; without, the event occurred."""

    rule: str
    effect: str
    type: EventType
    sentence: str
    applies: bool


@dataclass(frozen=True, slots=True)
class ReportingExample:
    """A sentence of the reporting rule: the event of `type` without `speaker` (`applies`) or
    with them."""

    type: EventType
    sentence: str
    speaker: str
    applies: bool


@dataclass(frozen=True, slots=True)
class ScopeRules:
    cues: tuple[ScopeCue, ...]
    negation: Negation
    examples: tuple[ScopeExample, ...]
    reporting: frozenset[str]  # lemmas of the verbs of saying
    reporting_examples: tuple[ReportingExample, ...]


def _examples(rule: str, effect: str, raw: dict[str, Any]) -> list[ScopeExample]:
    """A resource entry's examples (the cue applies) and counterexamples (it does not)."""
    out = [ScopeExample(rule, effect, EventType(t), s, True) for t, s in raw.get("examples", [])]
    out += [
        ScopeExample(rule, effect, EventType(t), s, False)
        for t, s in raw.get("counterexamples", [])
    ]
    return out


@cache
def scope_rules() -> ScopeRules:
    """The scope resource, read and compiled once."""
    data = _read("scope.toml")
    cues: list[ScopeCue] = []
    examples: list[ScopeExample] = []
    for raw in data["cue"]:
        types = raw.get("types")
        cues.append(
            ScopeCue(
                name=raw["name"],
                effect=raw["effect"],
                reach=frozenset([raw["reach"]] if isinstance(raw["reach"], str) else raw["reach"]),
                lemmas=frozenset(raw.get("lemmas", [])),
                words=frozenset(raw.get("words", [])),
                patterns=tuple(re.compile(p) for p in raw.get("patterns", [])),
                nouns_only=bool(raw.get("nouns_only", False)),
                types=frozenset(EventType(t) for t in types) if types else None,
            )
        )
        examples += _examples(raw["name"], raw["effect"], raw)
    neg = data["negation"]
    examples += _examples("negation", "none", neg)
    reporting = data["reporting"]
    reporting_examples = [
        ReportingExample(EventType(t), sentence, speaker, applies)
        for key, applies in (("examples", True), ("counterexamples", False))
        for t, sentence, speaker in reporting.get(key, [])
    ]
    return ScopeRules(
        cues=tuple(cues),
        negation=Negation(
            words=frozenset(neg["words"]),
            determiners=frozenset(neg["determiners"]),
            exceptions=tuple(re.compile(p) for p in neg["exceptions"]),
            occurrence=frozenset(neg["occurrence"]),
        ),
        examples=tuple(examples),
        reporting=frozenset(reporting["lemmas"]),
        reporting_examples=tuple(reporting_examples),
    )


@dataclass(frozen=True, slots=True)
class PlaceDescriptors:
    """Words that name a place by describing it (resources/de/places.toml)."""

    capital: frozenset[str]
    topic: frozenset[str]  # "die Lage in X": about X, not there
    # word -> the countries (ISO codes) it can stand for; empty: any
    country: dict[str, frozenset[str]]
    examples: tuple[tuple[str, str], ...]  # (the place meant, a text naming it so)
    # a seat's name as the lexicon has it (lower-case) -> (office, ISO country code)
    seat: dict[str, tuple[str, str]]


@cache
def place_descriptors() -> PlaceDescriptors:
    """The place-description resource, read once."""
    data = _read("places.toml")
    country: dict[str, frozenset[str]] = {}
    examples = [(place, text) for place, text in data["capital"].get("examples", [])]
    examples += [(place, text) for place, text in data["topic"].get("examples", [])]
    for raw in data["country"]:
        for word in raw["words"]:
            country[word] = frozenset(raw.get("countries", []))
        examples += [(place, text) for place, text in raw.get("examples", [])]
    seat = {
        word: (str(raw["office"]), str(raw["country"]))
        for raw in data.get("seat", [])
        for word in raw["words"]
    }
    return PlaceDescriptors(
        capital=frozenset(data["capital"]["words"]),
        topic=frozenset(data["topic"]["words"]),
        country=country,
        examples=tuple(examples),
        seat=seat,
    )
