"""What the argument stage needs to know about agreements: a treaty signed without naming its
parties ("Dabei wurden mehrere Abkommen unterzeichnet") is signed by those of the encounter
told just before, where and when they met."""

from __future__ import annotations

from timeline.extraction.article import Article
from timeline.extraction.records import Draft, Segment, T

# Sentences back that an agentless signing may refer to.
_ENCOUNTER_REACH = 2
_ENCOUNTERS = frozenset({T.MEETING, T.VISIT, T.CALL})


def encounter_before(article: Article, seg: Segment) -> Draft | None:
    """The meeting, visit or call told last within the last sentences, with two people or
    more (a visit: the guest and a host), that an agentless signing belongs to."""
    for d in reversed(article.drafts):
        if seg.index - d.segment.index > _ENCOUNTER_REACH:
            break
        if d.type in _ENCOUNTERS and len(d.actors) >= 2:
            return d
    return None


def take_over(agreement: Draft, encounter: Draft) -> None:
    """The signing is where the parties met and, told without a day, when."""
    if agreement.location is None:
        agreement.location = encounter.location
    if agreement.start is None and encounter.start is not None:
        agreement.mention, agreement.start, agreement.end = (
            encounter.mention,
            encounter.start,
            encounter.end,
        )
        agreement.precision, agreement.basis = encounter.precision, encounter.basis
        agreement.inherited = True
