"""The summit stage of the argument stage: whether a summit noun names a summit at all (two
states meeting is their meeting; a summit at whose margin two met is their frame), who stays
away from it, the trip to it, and the words that close its days.

Pure Python: no Django.
"""

from __future__ import annotations

import re

from timeline.extraction import agreements, coreference, locations, scope
from timeline.extraction import triggers as trg
from timeline.extraction.article import Article
from timeline.extraction.records import NEEDS_TWO, Draft, Person, Place, Segment, T, Trigger


def stayed_away(article: Article, seg: Segment, noun: Trigger) -> bool:
    """The summit is where the sentence's people do not go: its travel verb, in the noun's
    clause, is negated or refused ("nicht zum Gipfel zu reisen")."""
    for t in article.seg_triggers(seg):
        if t.verbal and t.type is T.VISIT:
            lo, hi = article.clause(seg.start, seg.end, t.token_i)
            if lo <= noun.token_i < hi and scope.out_of_scope(article, seg, [t], t, lo, hi):
                return True
    return False


def summit_as_frame(
    article: Article, first: Trigger, group: list[Trigger], seg_triggers: list[Trigger]
) -> bool:
    """ "Am Rande des Gipfels trafen sich X und Y", "Während des Gipfels sprachen sie": the
    summit is where a talk of two took place, so the two are not all of it."""
    if first.verbal:
        return False
    before = article.text[max(0, first.start_char - 30) : first.start_char]
    return bool(_FRAME_BEFORE.search(before)) and any(
        t not in group and t.type in NEEDS_TWO for t in seg_triggers
    )


# "am Rande des", "während des": a frame, not "bei ihrem Gipfel" (a bilateral summit is a
# meeting, EVENTS.md)
_FRAME_BEFORE = re.compile(
    r"\b(?:am rande (?:des|der)|während (?:des|der))\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def bilateral(people: list[Person], actors: list[Person], clause_text: str) -> bool:
    """Exactly two persons of two states take part, no organisation and no alliance's name."""
    persons = [p for p in people if p.kind in ("person", "unknown", "ref")]
    return (
        len(persons) == 2
        and len({p.country for p in persons}) == 2
        and None not in {p.country for p in persons}
        and not any(p.kind == "organisation" for p in actors)
        and not trg.SUMMIT_CUES.search(clause_text)
    )


# The date phrase dates the close: "abschließend", "endete am Sonntag", "ist beendet worden",
# "ging zu Ende"
_CLOSING = re.compile(
    r"\babschließend\w*|\bzum abschluss\b|\bzum ende\b|\bende(?:t|te|ten)\b|\bbeendet\b|"
    r"\bzu ende\b",
    re.IGNORECASE,
)
_OPENING = re.compile(r"\b(?:begann|beginnt|begonnen|eröffnet\w*)\b", re.IGNORECASE)


def closes_its_days(text: str) -> bool:
    """The sentence dates the close of an event of several days, not its opening."""
    return bool(_CLOSING.search(text)) and not _OPENING.search(text)


def join_hosts(article: Article, seg: Segment, persons: list[Person]) -> None:
    """ "In Baku hat die Klimakonferenz begonnen. Gastgeber Ilham Alijew sorgte für Empörung",
    "Putin war per Video zugeschaltet": the host named right after a summit, or who joins it by
    video, takes part in it."""
    by_video = _JOINED_BY_VIDEO.search(seg.text) is not None
    if "astgeber" not in seg.text and not by_video:
        return
    summit = coreference.recent_summit(article, seg)
    if summit is None or any(
        t.type in (T.VISIT, T.MEETING, T.CALL) for t in article.seg_triggers(seg)
    ):
        return  # "Scholz reist weiter nach Paris, Gastgeber Macron empfängt ihn": another host
    people = [p for p in persons if p.kind in ("person", "unknown")]
    for p in people:
        host = _HOST_BEFORE.search(
            article.text, max(seg.start_char, p.start_char - 40), p.start_char
        )
        # who joins by video is the sentence's first person ("Putin war per Video
        # zugeschaltet"; not whom he speaks of)
        video = by_video and p is people[0]
        if (video or host) and p.name not in summit.actors:
            summit.actors.append(p.name)
            summit.countries.setdefault(p.name, p.country)


# the host, not the next one ("Nächster Gastgeber ist X")
_HOST_BEFORE = re.compile(
    r"(?<!chster )(?<!chste )(?<!nftiger )(?<!nftige )\bGastgeber(?:in)?\s+(?:[\w.-]+\s+){0,3}$"
)
_JOINED_BY_VIDEO = re.compile(r"\bper video\w*\s+(?:[\w-]+\s+)?zugeschaltet", re.IGNORECASE)


def as_time_of_another(article: Article, seg: Segment, noun: Trigger) -> bool:
    """A summit told before, named again only as the time of another event of the sentence
    ("Vor dem Gipfel war Biden in London empfangen worden"): no statement of its own."""
    if noun.verbal or not _TIME_BEFORE.search(
        article.text, max(seg.start_char, noun.start_char - 30), noun.start_char
    ):
        return False
    told = any(d.type is T.SUMMIT for d in article.drafts)
    return told and any(t.verbal and t.type is not T.SUMMIT for t in article.seg_triggers(seg))


_TIME_BEFORE = re.compile(
    r"\b(?:vor|nach|seit|bis zu)\s+(?:dem|der|den)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


AT_MARGIN = re.compile(r"\bam rande\b", re.IGNORECASE)
# "Am Rande traf X Y": at the margin of what was told just before (not "am Rande eines
# Konzerts")
BARE_MARGIN = re.compile(
    r"\bam rande\b(?!\s+(?:des|der|dieses|dieser|eines|einer|von|vom)\b)", re.IGNORECASE
)


def travelled_to_summit(article: Article, trigger: Trigger) -> bool:
    """A summit noun as the goal of a trip ("reist zu dem Gipfel"), not its time ("nach dem
    Gipfel reist er weiter")."""
    return (
        trigger.type is T.SUMMIT
        and not trigger.verbal
        and locations.SUMMIT_GOAL_BEFORE.search(
            article.text, max(0, trigger.start_char - 30), trigger.start_char
        )
        is not None
    )


def two_states_named_before(article: Article, seg: Segment, trigger: Trigger) -> list[Person]:
    """The two states of a compound adjective right before a noun trigger ("des
    russisch-indischen Gipfeltreffens"), or none."""
    if trigger.verbal:
        return []
    lo = max(seg.start_char, trigger.start_char - 45)
    states = agreements.compound_states(article, lo, article.text[lo : trigger.start_char])
    if len(states) != 2 or trigger.start_char - states[-1].end_char > 2:
        return []
    return states


def told_again(
    article: Article, seg: Segment, named: int, places: list[Place], clause: tuple[int, int]
) -> Draft | None:
    """The summit told just before, when a definite meeting noun tells it again: "Der Gipfel
    soll am 9. Dezember stattfinden. An dem Treffen nehmen X, Y und Z teil". Only told by three
    or more who take part or by who attends it, with no day or place of its own ("Das Treffen
    von X, Y und Z am Montag in Weimar" is another meeting)."""
    if (
        named < 3 and not any(t.attendance for t in article.seg_triggers(seg))
    ) or coreference.own_time_or_place(article, places, clause):
        return None
    return coreference.last_summit(article, seg)


def margin_of(article: Article, seg: Segment, clause_text: str) -> Draft | None:
    """The summit told just before, at whose margin a meeting told with no day of its own
    took place ("Am Rande traf Macron Netanjahu"; not "am Rande eines Konzerts")."""
    if not BARE_MARGIN.search(clause_text):
        return None
    return coreference.last_summit(article, seg)
