"""What the argument stage needs to know about agreements: a treaty signed without naming its
parties ("Dabei wurden mehrere Abkommen unterzeichnet") is signed by those of the encounter
told just before, where and when they met; so is one signed by some of them ("Die beiden
unterzeichneten", "Dort unterzeichnete er mit X": the pronoun is the second party)."""

from __future__ import annotations

import re

from timeline.extraction import coreference
from timeline.extraction.article import Article
from timeline.extraction.records import Draft, Person, Segment, T, Trigger
from timeline.extraction.types import Status

# Sentences back that an agentless signing may refer to.
_ENCOUNTER_REACH = 2
_ENCOUNTERS = frozenset({T.MEETING, T.VISIT, T.CALL})


def encounter_before(article: Article, seg: Segment, people: list[Person]) -> Draft | None:
    """The meeting, visit or call told last within the last sentences that a signing belongs
    to: without parties named, one of two people or more (a visit: the guest and a host);
    else one some of the parties took part in."""
    names = {p.name for p in people}
    for d in reversed(article.drafts):
        if seg.index - d.segment.index > _ENCOUNTER_REACH:
            break
        if d.type not in _ENCOUNTERS:
            continue
        if names & set(d.actors) if names else len(d.actors) >= 2:
            return d
    return None


def take_over(article: Article, agreement: Draft, encounter: Draft) -> None:
    """The signing is where the parties met and, told as done without a day, when; not a
    treaty whose anniversary they mark."""
    if anniversary(article.text, agreement.segment.start_char, agreement.trigger):
        return
    if agreement.location is None:
        agreement.location = encounter.location
    if (
        agreement.start is None
        and encounter.start is not None
        and agreement.status is Status.OCCURRED  # a signing planned has no day yet
    ):
        agreement.mention, agreement.start, agreement.end = (
            encounter.mention,
            encounter.start,
            encounter.end,
        )
        agreement.precision, agreement.basis = encounter.precision, encounter.basis
        agreement.inherited = True


# "er" or "sie" as the one who signs with the person named ("unterzeichnete er mit X")
_SUBJECT_PRONOUN = re.compile(r"\b(?:er|sie)\b", re.IGNORECASE)


def with_subject_referred_to(
    article: Article, seg: Segment, people: list[Person], trigger: Trigger, clause_text: str
) -> list[Person]:
    """A treaty has two parties: one person named and a pronoun is that person and the one the
    pronoun refers to."""
    if len(people) != 1 or people[0].kind == "organisation":
        return people
    if not _SUBJECT_PRONOUN.search(clause_text):
        return people
    refs = coreference.person_refs(article, seg, people, trigger.token_i)
    return people + [r for r in refs[:1] if r.name != people[0].name]


# A clause that refers back to the people of the sentence's main clause ("..., wo sie ein
# Abkommen unterzeichneten", "..., mit dem er ein Abkommen schloss").
_REFERRING_CLAUSE = re.compile(
    r"^\W*(?:wo|wobei|worauf|woraufhin|als|nachdem|und|mit dem|mit der|mit denen)?\s*"
    r"(?:\w+\s+){0,3}?\b(?:sie|er|beide|die beiden)\b",
    re.IGNORECASE,
)


def parties_referred_to(clause_text: str, persons: list[Person], clause_start: int) -> list[Person]:
    """The parties of a signing told in a clause that names none: those named before it in
    the sentence, when the clause refers back to them by a pronoun."""
    if not _REFERRING_CLAUSE.match(clause_text):
        return []
    return [p for p in persons if p.start_char < clause_start]


_COMPOUND_ADJECTIVE = re.compile(r"\b([a-zäöü]{4,}(?:-[a-zäöü]{4,})+)\b", re.IGNORECASE)
_ENDINGS = ("e", "en", "er", "es", "em", "")


def compound_states(article: Article, clause_start: int, clause_text: str) -> list[Person]:
    """The states of a compound adjective ("das deutsch-französische Abkommen", "der
    russisch-chinesische Vertrag"), each part read with the last part's ending."""
    forms = article.index.adjective_forms
    for match in _COMPOUND_ADJECTIVE.finditer(clause_text):
        parts = match.group(1).lower().split("-")
        states = []
        for part in parts:
            entry = next(
                (forms[part + e][0] for e in _ENDINGS if forms.get(part + e)),
                None,
            )
            if entry is None or entry.kind != "country":
                break
            states.append(entry)
        else:
            start = clause_start + match.start()
            return [
                Person(s.canonical, s.country, start, start + len(match.group(1)), "country")
                for s in states
            ]
    return []


_BOTH_STATES = re.compile(
    r"\bbeide[nr]?\s+(?:länder|ländern|staaten|nachbarländer|nachbarstaaten|regierungen)\b",
    re.IGNORECASE,
)


def states_when_said(article: Article, clause_text: str, people: list[Person]) -> list[Person]:
    """ "Beide Länder unterzeichneten", "die Regierungen beider Länder": the parties are the
    states of the people referred to, not the people."""
    if not _BOTH_STATES.search(clause_text):
        return people
    states: list[Person] = []
    for p in people:
        entry = article.index.country_place.get(p.country) if p.country else None
        if entry is None:
            return people
        if entry.canonical not in {s.name for s in states}:
            states.append(
                Person(entry.canonical, entry.country, p.start_char, p.end_char, "country")
            )
    return states if len(states) >= 2 else people


# "der zweite Jahrestag der Unterzeichnung eines Vertrags", "zum Jubiläum des Abkommens"
_ANNIVERSARY_BEFORE = re.compile(
    r"\b(?:jahrestag\w*|jubiläum\w*|geburtstag\w*)\s+(?:der|des|eines|einer)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:(?:der|des|eines|einer)\s+(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)


def anniversary(text: str, seg_start: int, noun: Trigger) -> bool:
    """The treaty named is the one whose anniversary the sentence tells: its day is years
    before the sentence's ("feiern am Montag den zweiten Jahrestag des Abkommens")."""
    return (
        noun.type is T.AGREEMENT
        and not noun.verbal
        and bool(
            _ANNIVERSARY_BEFORE.search(text, max(seg_start, noun.start_char - 80), noun.start_char)
        )
    )


def told_again(
    article: Article, seg: Segment, group: list[Trigger], first: Trigger, c_start: int, c_end: int
) -> bool:
    """A treaty spoken of again ("Obama verteidigte das Abkommen", "Ban begrüßte die
    Einigung"): no new agreement, unless the phrase tells the signing ("das mit Aserbaidschan
    geschlossene Abkommen"), names its parties ("das Abkommen zwischen X und Y") or the clause
    its members ("dem Abkommen gehören auch Japan und Südkorea an")."""
    phrase_start = coreference.spoken_of_again(article, seg, group, first, c_start, c_end)
    if phrase_start is None:
        return False
    toks = article.toks
    return not (
        any(_SIGNED.match(toks.word(j)) for j in range(phrase_start + 1, first.token_i))
        or _PARTIES_AFTER.match(article.text, first.end_char)
        or _MEMBERSHIP.search(toks.span_text(c_start, c_end))
    )


_SIGNED = re.compile(
    r"(?:geschlossen|abgeschlossen|unterzeichnet|unterschrieben|vereinbart|ausgehandelt|"
    r"besiegelt|paraphiert)e[nmrs]?$",
    re.IGNORECASE,
)
_MEMBERSHIP = re.compile(
    r"\bgehör\w*\b.*\ban\b|\bangehör\w*|\bbei(?:ge)?tret\w*|\btrat\w*\b.*\bbei\b|"
    r"\bbeteiligt\b|\bunterzeichnerstaat\w*|\bvertragsparte\w*|\bvertragsstaat\w*",
    re.IGNORECASE,
)
# "das Abkommen zwischen X und Y", "mit X", "der EU mit dem Mercosur", "beider Länder"
_PARTIES_AFTER = re.compile(r"\s+(?:zwischen|mit|der|des|beider)\s", re.IGNORECASE)
