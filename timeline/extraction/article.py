"""One article as the stages read it: its doc and text, what the earlier stages found in it
(dates, lexicon mentions, segments, triggers, unknown titled persons), what the reading has
gathered so far (the persons named, in order; the drafts), and answers the stages ask
repeatedly, each computed once (a clause's bounds, whether a cue can occur in a segment)."""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from timeline.extraction import triggers as trg
from timeline.extraction.analysis import clause_range, duration_days
from timeline.extraction.dates.tense import pluperfect
from timeline.extraction.matchers import LexiconIndex, Mention
from timeline.extraction.nlp import TokenArrays
from timeline.extraction.records import Draft, MarkedSpan, Person, Segment, Trigger
from timeline.extraction.types import ActorCandidate, DateMention

if TYPE_CHECKING:
    from timeline.extraction.trigger_finder import TriggerFinder


class Article:
    """The reading of one article: mentions resolved sentence by sentence."""

    def __init__(
        self,
        *,
        index: LexiconIndex,
        finder: TriggerFinder,
        doc: Doc,
        published: date | None,
        dates: list[DateMention],
        mentions: list[Mention],
        segments: list[Segment],
        triggers: list[Trigger],
        unknowns: list[tuple[ActorCandidate, str | None]],
    ) -> None:
        self.index = index
        self.finder = finder
        self.doc = doc
        self.published = published
        self.dates = dates
        self.mentions = mentions
        self.segments = segments
        self.triggers = triggers
        self.unknowns = unknowns
        self.salient: list[Person] = []  # persons in order of mention
        self.protest_leaders: list[Person] = []
        self.protest_targets: set[str] = set()  # whom protests are against ("gegen X")
        self.resolved_actor_spans: list[MarkedSpan] = []
        self.drafts: list[Draft] = []
        self.body_started = False
        self.toks = TokenArrays.of(doc)
        self.text = self.toks.text
        self._mention_starts = [m.start for m in mentions]
        self.mention_chars = [m.start_char for m in mentions]
        self._trigger_starts = [t.start_char for t in triggers]
        self.date_starts = [m.start_char for m in dates]
        self._clauses: dict[tuple[int, int, int], tuple[int, int]] = {}
        self.attributed: dict[tuple[int, int], bool] = {}
        self._cue_maybe: dict[tuple[int, int], bool] = {}
        self._seg_lows: dict[int, tuple[str, bool]] = {}
        self._durations: dict[int, int] = {}
        # Answers a stage computes once per article, keyed by the stage ("clauses", seg).
        self.memo: dict[tuple[object, ...], object] = {}

    def clause(self, lo: int, hi: int, i: int) -> tuple[int, int]:
        """`analysis.clause_range` of token i within tokens lo..hi-1, computed once."""
        key = (lo, hi, i)
        found = self._clauses.get(key)
        if found is None:
            found = self._clauses[key] = clause_range(self.doc, lo, hi, i)
        return found

    def search(self, cue: trg.Cue, seg: Segment, text: str) -> re.Match[str] | None:
        """`cue.pattern.search(text)` for a `text` inside `seg`: a segment that holds none of
        the cue's words is answered once, without running the pattern."""
        key = (id(cue), seg.index)
        maybe = self._cue_maybe.get(key)
        if maybe is None:
            low = self._seg_lows.get(seg.index)
            if low is None:
                low = self._seg_lows[seg.index] = (seg.text.lower(), trg.case_odd(seg.text))
            maybe = self._cue_maybe[key] = cue.maybe_in(*low)
        return cue.pattern.search(text) if maybe else None

    def flashback(self, seg: Segment, token_i: int) -> bool:
        """Whether the clause of token i is told in the pluperfect ("hatte ... getroffen",
        "war ... empfangen worden"): a look back from the story's main line (not "traf er X,
        der zuvor gewonnen hatte")."""
        lo, hi = self.clause(seg.start, seg.end, token_i)
        return pluperfect([self.toks.word(k) for k in range(lo, hi)])

    def duration(self, seg: Segment) -> int:
        """`analysis.duration_days` of the segment's text, computed once."""
        found = self._durations.get(seg.index)
        if found is None:
            found = self._durations[seg.index] = duration_days(seg.text)
        return found

    def seg_mentions(self, seg: Segment) -> list[Mention]:
        lo = bisect.bisect_left(self._mention_starts, seg.start)
        hi = bisect.bisect_left(self._mention_starts, seg.end)
        return self.mentions[lo:hi]

    def seg_triggers(self, seg: Segment) -> list[Trigger]:
        lo = bisect.bisect_left(self._trigger_starts, seg.start_char)
        hi = bisect.bisect_left(self._trigger_starts, seg.end_char)
        return self.triggers[lo:hi]

    def seg_dates(self, seg: Segment) -> list[DateMention]:
        lo = bisect.bisect_left(self.date_starts, seg.start_char)
        hi = bisect.bisect_left(self.date_starts, seg.end_char)
        return self.dates[lo:hi]

    def spans(self) -> list[MarkedSpan]:
        """Everything recognised, for highlighting: actors as resolved, places, triggers,
        date phrases with their values."""
        out: list[MarkedSpan] = list(self.resolved_actor_spans)
        seen = {(s.start_char, s.end_char) for s in out}
        for m in self.mentions:
            if m.kind == "place" and m.place is not None:
                out.append(MarkedSpan(m.start_char, m.end_char, "place", m.text, m.place.canonical))
            elif (
                m.kind == "actor" and m.actor is not None and (m.start_char, m.end_char) not in seen
            ):
                out.append(MarkedSpan(m.start_char, m.end_char, "actor", m.text, m.actor.canonical))
        for t in self.triggers:
            out.append(MarkedSpan(t.start_char, t.end_char, "trigger", t.text, str(t.type)))
        for dm in self.dates:
            value = ""
            if dm.start and dm.end:
                value = (
                    dm.start.isoformat()
                    if dm.start == dm.end
                    else f"{dm.start.isoformat()}/{dm.end.isoformat()}"
                )
            out.append(MarkedSpan(dm.start_char, dm.end_char, "date", dm.text, value))
        out.sort(key=lambda s: (s.start_char, -s.end_char))
        return out
