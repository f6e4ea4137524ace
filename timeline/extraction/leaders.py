"""Who leads the protests an article reports: the named leaders a protest's record carries
(EVENTS.md) are often told apart from the sentence of the protest itself, so they are
gathered over the whole article and given to its protests that name no one.

A leader is a person introduced with a leader's title ("Oppositionsanführer X"), the subject
of leading or calling protests ("er hatte den Protest angeführt", "X rief zu Kundgebungen
auf"), or the head of the group that called them ("aufgerufen hatte die NGO Y, deren
Vorsitzender X"). Whom a protest is against ("gegen Staatschef X") leads nothing, anywhere in
the article."""

from __future__ import annotations

import bisect
import re

from timeline.extraction import coreference
from timeline.extraction import triggers as trg
from timeline.extraction.article import Article
from timeline.extraction.records import Draft, Person, Segment, T

# Leading, organising or calling the protests, in the forms news use.
_LEADS = re.compile(
    r"\b(?:angeführt|anführ\w*|führte[n]?\b.{0,80}\ban\b|organisiert\w*|organisier\w*"
    r"|aufgerufen|aufruf\w*|rief(?:en)?\b.{0,80}\bauf\b|mobilisier\w*|initiiert\w*"
    r"|Organisator\w*|Mobilisierung|Anführer\w*|an der Spitze)",
    re.IGNORECASE,
)
_AGAINST = re.compile(r"\b(?:gegen|wider)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_SUFFERED_BEFORE = re.compile(
    r"\b(?:ermordung|mord|tod|tötung|verhaftung|festnahme|inhaftierung|verurteilung|"
    r"freilassung|entführung)\w*\s+(?:des|der|von)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def suffered(text: str, p: Person) -> bool:
    """The person is named as whom something was done to ("der Jahrestag der Ermordung des
    oppositionellen Journalisten X", "die Freilassung von X"): whom protests are for, no
    leader of them."""
    return bool(_SUFFERED_BEFORE.search(text, max(0, p.start_char - 60), p.start_char))


def note(article: Article, seg: Segment, persons: list[Person]) -> None:
    """Remember the protest leaders a segment names (in `Article.protest_leaders`)."""
    text = seg.text
    titled = [
        p
        for p in persons
        if not p.speaker
        and p.kind != "organisation"
        and trg.PROTEST_LEADER_TITLE.search(p.title or _title_before(article, p))
        and not suffered(article.text, p)
    ]
    found = list(titled)
    protest_here = any(t.type is T.PROTEST for t in article.seg_triggers(seg))
    if protest_here:
        article.protest_targets.update(p.name for p in persons if _against(article, p))
    # "Zu dem Protest hatte ein Bündnis aufgerufen. Angeführt wurde er von X und Y."
    told_before = seg.index > 0 and any(
        t.type is T.PROTEST for t in article.seg_triggers(article.segments[seg.index - 1])
    )
    leading = _LEADS.search(text)
    if leading and (protest_here or told_before):
        lo, hi = _clause_chars(article, seg, seg.start_char + leading.start())
        leaders = [
            p
            for p in persons
            if not p.speaker
            and p.kind != "organisation"
            and not _against(article, p)
            # who leads is named in the clause that says so, or as the head of who called
            # ("deren Vorsitzender X"), not in another clause ("die X zum Rücktritt zwangen")
            and (lo <= p.start_char < hi or _HEAD_OF.search(_text_before(article, p)))
        ]
        if not leaders:
            # "Im November hatte er den Protest angeführt"
            leaders = coreference.person_refs(article, seg, persons, seg.start)[:1]
        found += leaders
    for p in found:
        if p.name not in {q.name for q in article.protest_leaders}:
            article.protest_leaders.append(p)


def assign(article: Article, drafts: list[Draft]) -> None:
    """Give the article's protest leaders to its protests that name no one."""
    # Whom the article's protests are against leads none of them, even where they call a
    # rally of their own ("gegen Staatschef X demonstriert" ... "X hatte ... aufgerufen").
    leaders = [p for p in article.protest_leaders if p.name not in article.protest_targets]
    if not leaders:
        return
    names = [p.name for p in leaders]
    for d in drafts:
        if d.type is T.PROTEST and not d.actors:
            d.actors = list(names)
            d.countries = {p.name: p.country for p in leaders}


_HEAD_OF = re.compile(r"\b(?:deren|dessen)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _text_before(article: Article, p: Person) -> str:
    return article.text[max(0, p.start_char - 40) : p.start_char]


def _clause_chars(article: Article, seg: Segment, char: int) -> tuple[int, int]:
    """The character bounds of the clause around a character of the segment."""
    toks = article.toks
    i = min(max(bisect.bisect_right(toks.idx, char) - 1, seg.start), seg.end - 1)
    lo, hi = article.clause(seg.start, seg.end, i)
    return toks.idx[lo], toks.end[hi - 1]


def _title_before(article: Article, p: Person) -> str:
    """The word right before a name ("Oppositionsanführer Péter X")."""
    words = article.text[max(0, p.start_char - 40) : p.start_char].split()
    return words[-1] if words else ""


def _against(article: Article, p: Person) -> bool:
    before = article.text[max(0, p.start_char - 60) : p.start_char]
    return _AGAINST.search(before) is not None
