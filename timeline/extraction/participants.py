"""Who takes part, read off the clause: the people named with an event noun ("das Gespräch
mit Putin"), a pronoun subject whose sentence names others only after prepositions, someone
named after a preposition, the holder of an office whose seat is named, and talks held one by
one.

Pure Python: no Django.
"""

from __future__ import annotations

import re

from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc

from timeline.extraction import triggers as trg
from timeline.extraction.analysis import DETERMINERS
from timeline.extraction.article import Article
from timeline.extraction.matchers import RoleKey
from timeline.extraction.records import Person, Place, Segment, Trigger
from timeline.extraction.visits import unique_persons

# " mit dem ukrainischen Präsidenten ": from a noun to a person named with it
_WITH_NAMES = r"\s+mit\s+(?:(?:[A-ZÄÖÜ][\w.-]*|[a-zäöüß]+(?:en|em)|und|,)\s+){0,5}"
WITH_PHRASE = re.compile(_WITH_NAMES)
VERB_WITH_PHRASE = re.compile(r"(?:\s+[\w.-]+){0,6}?" + _WITH_NAMES)


def seat_holders(
    article: Article, places: list[Place], people: list[Person], lo: int, hi: int
) -> list[Person]:
    """The holder, on the publication day, of the office whose seat the clause names."""
    seats = trg.place_descriptors().seat
    for pl in places:
        if not lo <= pl.start_char < hi:
            continue
        seat = seats.get(article.text[pl.start_char : pl.end_char].lower())
        if seat is None:
            continue
        office, country = seat
        key = RoleKey(office.lower(), country)
        holders = article.index.holders(key, article.published) or article.index.holders(
            RoleKey(office.lower() + "in", country), article.published
        )
        if len(holders) == 1 and holders[0].canonical not in {p.name for p in people}:
            host = holders[0]
            return [Person(host.canonical, host.country, pl.start_char, pl.end_char, "ref")]
    return []


def one_by_one(
    article: Article, people: list[Person], clause_text: str
) -> list[tuple[Person, Person]]:
    """ "A, B und C sprechen einzeln mit X": one meeting of each with X ("jeweils",
    "nacheinander", "getrennt" alike)."""
    if not _ONE_BY_ONE.search(clause_text):
        return []
    partners = [
        p
        for p in people
        if re.search(
            r"\bmit\s+(?:\S+\s+){0,3}$", article.text[max(0, p.start_char - 50) : p.start_char]
        )
    ]
    others = [p for p in unique_persons(people) if p not in partners]
    if len(partners) != 1 or len(others) < 2:
        return []
    return [(o, partners[0]) for o in others]


# "traf Modi, danach Erdogan und schließlich Paschinjan", "empfing nacheinander X, Y und Z"
_IN_TURN_BEFORE = re.compile(
    r"\b(?:danach|anschließend|schließlich|zuletzt|dann|später)\s+"
    r"(?:(?:de[nmr]|die|das)\s+)?(?:[a-zäöüß]+e[nmrs]?\s+)*(?:[A-ZÄÖÜ][\w-]*\s+)*$"
)
_ALL_IN_TURN = re.compile(r"\bnacheinander\b|\bder reihe nach\b", re.IGNORECASE)
_JOINED_SUBJECTS = re.compile(r"\s*(?:,|und|sowie)\s")


def one_after_another(
    article: Article, seg: Segment, people: list[Person], verb: Trigger
) -> list[tuple[Person, Person]]:
    """A verb of meeting with one subject and several people after it met in turn: one
    meeting of the subject with each."""
    if not verb.verbal:
        return []
    text = article.text
    rest = text[verb.end_char : seg.end_char]
    free = [
        p
        for p in unique_persons(people)
        if p.kind in ("person", "unknown") and not after_preposition(article.doc, p, seg, set())
    ]
    before = [p for p in free if p.start_char < verb.start_char]
    after = [p for p in free if p.start_char > verb.end_char]
    # the word of sequence leads to one of the people met, with no verb between ("danach
    # Erdogan"), not to a clause of its own ("später empfing Meloni")
    if not any(
        _IN_TURN_BEFORE.search(text, max(verb.end_char, p.start_char - 60), p.start_char)
        for p in after
    ) and not _ALL_IN_TURN.search(rest):
        return []
    if len(before) > 1 and _JOINED_SUBJECTS.match(text, before[-2].end_char, before[-1].start_char):
        return []  # "Macron und Scholz trafen ... dann": two who meet together
    if before:
        subject, met = before[-1], after
    elif after and verb.end_char < after[0].start_char <= verb.end_char + 2:
        subject, met = after[0], after[1:]  # "traf Putin am Montag Modi, danach Erdogan"
    else:
        return []
    if len(met) < 2:
        return []
    return [(subject, p) for p in met]


_ONE_BY_ONE = re.compile(r"\b(?:einzeln|jeweils|nacheinander|getrennt|separat)\b", re.IGNORECASE)


def after_preposition(doc: Doc, p: Person, seg: Segment, trigger_tokens: set[int]) -> bool:
    """A person named after a preposition ("nach Velo", "vom Vorgänger Kessel"): someone
    beside the one taking office, unless the phrase is the trigger noun's own ("die
    Vereidigung von Velo")."""
    span = doc.char_span(p.start_char, p.end_char, alignment_mode="expand")
    if span is None or span.start <= seg.start:
        return False
    surface = span.text
    if surface.endswith("s") and not p.name.endswith("s") and span.end < len(doc):
        return False  # "nach Melonis Amtsantritt": the genitive names whose office it is
    j = span.start - 1
    while j > seg.start and (
        doc[j].text[:1].isupper()
        or doc[j].lower_ in DETERMINERS
        or (
            _INFLECTED_ADJECTIVE.fullmatch(doc[j].text)
            and (doc[j - 1].lower_ in _PERSON_PREPS or doc[j - 1].lower_ in DETERMINERS)
        )
    ):
        j -= 1
    if doc[j].lower_ == "von" and j > seg.start and doc[j - 1].i in trigger_tokens:
        return False  # "die Vereidigung von X": X is the one sworn in
    return doc[j].lower_ in _PERSON_PREPS


_PERSON_PREPS = frozenset({"vor", "nach", "von", "vom", "mit", "gegen", "neben"})
_SUBJECT_PRONOUNS = frozenset(hash_string(w) for w in ("er", "sie"))
_UND = hash_string("und")


def named_with(
    article: Article,
    triggers: list[Trigger],
    people: list[Person],
    phrase: re.Pattern[str] | None = None,
) -> list[Person]:
    """The people named in a "mit" phrase right after one of the triggers ("das Gespräch mit
    dem ukrainischen Präsidenten Selenskyj"; for a verb, a few words after it: "telefonierte
    Trump auch mit Selenskyj")."""
    pattern = phrase or WITH_PHRASE
    return [
        p
        for p in people
        if any(
            t.end_char <= p.start_char and pattern.fullmatch(article.text, t.end_char, p.start_char)
            for t in triggers
        )
    ]


def pronoun_subject_alone(
    article: Article, seg: Segment, actors: list[Person], c_start: int, c_end: int
) -> bool:
    """The clause names nobody but has "er" or "sie", or opens with "und" and its verb (the
    subject of the clause before goes on), and everyone the sentence names stands after a
    preposition."""
    toks = article.toks
    lo, hi = toks.idx[c_start], toks.end[c_end - 1]
    people = [p for p in actors if p.kind != "organisation"]
    if not people or any(lo <= p.start_char < hi for p in people):
        return False
    gapped = toks.lower[c_start] == _UND or (c_start > 0 and toks.lower[c_start - 1] == _UND)
    if not gapped and not any(toks.lower[k] in _SUBJECT_PRONOUNS for k in range(c_start, c_end)):
        return False
    return all(after_preposition(article.doc, p, seg, set()) for p in people)


def gapped_subject(
    article: Article, seg: Segment, actors: list[Person], c_start: int, c_end: int
) -> Person | None:
    """The one who goes on in a clause that names nobody and opens with "und" and its verb
    ("Merz traf am Montag Macron und reiste am Dienstag nach Rom"): the sentence's first
    person named before the clause, not after a preposition. (A pronoun may stand for anyone:
    "dankte Scholz, als er eintraf".)"""
    toks = article.toks
    lo, hi = toks.idx[c_start], toks.end[c_end - 1]
    people = [p for p in actors if p.kind != "organisation"]
    if not people or any(lo <= p.start_char < hi for p in people):
        return None
    if toks.lower[c_start] == _UND:
        verb = c_start + 1
    elif c_start > 0 and toks.lower[c_start - 1] == _UND:
        verb = c_start
    else:
        return None
    if verb >= c_end or not toks.word(verb).islower():
        return None  # "und dieser reiste": a subject of its own
    return next(
        (
            p
            for p in people
            if p.start_char < lo and not after_preposition(article.doc, p, seg, set())
        ),
        None,
    )


# "vom scheidenden Ministerpräsidenten X", "mit dem japanischen Kaiser X"
_INFLECTED_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:en|em|er|es|e)")
