"""The event extractor: German news text + publication date + lexicon -> dated events.

One spaCy pass (blank German, sentencizer, lookup lemmas) per text; dates from
`dates.tag_dates`; the lexicon's names, offices and places from `matchers.LexiconIndex`; then
the stages, each a module:

1. analysis: segments (sentences, also cut at line breaks, so headlines and teasers stand
   alone) and their clauses;
2. mentions: the actors and places of each segment;
3. triggers: the words that state an event, grouped per type within a segment;
4. arguments: who, where (`locations`) and when (`dating`) for each group (with
   `coreference` for "er", "die beiden", `offices` for who takes an office, `gapping` for
   coordination with a left-out verb, and `scope` for planned events and statements of no
   event);
5. merging: the statements of one event within the article become one event.

Pure Python: no Django.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from timeline.extraction import (
    arguments,
    coreference,
    dating,
    elections,
    gapping,
    leaders,
    mentions,
    summits,
)
from timeline.extraction.analysis import split_segments
from timeline.extraction.article import Article
from timeline.extraction.dates import tag_dates
from timeline.extraction.legs import trip_legs
from timeline.extraction.lexicon import Lexicon
from timeline.extraction.matchers import LexiconIndex
from timeline.extraction.merging import keep_draft, merge_drafts
from timeline.extraction.nlp import TokenArrays, german_pipeline, parse_doc
from timeline.extraction.records import Draft, ExtractionResult, MarkedSpan, T
from timeline.extraction.summaries import Summaries
from timeline.extraction.trigger_finder import TriggerFinder, group_triggers
from timeline.extraction.types import EventCandidate

__all__ = ["EventExtractor", "ExtractionResult", "MarkedSpan"]


class EventExtractor:
    """Built once from a lexicon; `extract` / `extract_many` turn texts into events."""

    def __init__(self, lexicon: Lexicon, nlp: Language | None = None) -> None:
        self.nlp = nlp or german_pipeline()
        self.lexicon = lexicon
        self.index = LexiconIndex(lexicon, self.nlp)
        self.summaries = Summaries(lexicon.actors)
        self.finder = TriggerFinder(self.nlp, self.index.demonym_forms)

    def extract(
        self, text: str, published: date | None, *, doc: Doc | None = None
    ) -> ExtractionResult:
        if doc is None:
            doc = self.nlp(parse_doc(self.nlp, text))
        return self._extract_doc(doc, published)

    def extract_many(
        self, items: Iterable[tuple[str, date | None]], batch_size: int = 32
    ) -> Iterator[ExtractionResult]:
        """Extract from (text, published) pairs, parsing them with `nlp.pipe` in batches."""
        pairs = list(items) if not isinstance(items, list) else items
        texts = (parse_doc(self.nlp, text) for text, _ in pairs)
        for (_, published), doc in zip(
            pairs, self.nlp.pipe(texts, batch_size=batch_size), strict=True
        ):
            yield self._extract_doc(doc, published)

    def _extract_doc(self, doc: Doc, published: date | None) -> ExtractionResult:
        text = TokenArrays.of(doc).text
        dates = tag_dates(text, published, doc=doc)
        found = self.index.mentions(doc)
        unknowns = mentions.titled_unknowns(self.nlp, text, found, self.index.name_words)
        if unknowns:
            # "Vorsitzender Sudan Gurung": a person's name, not the country in it.
            found = [
                m
                for m in found
                if m.kind != "place"
                or not any(u.start_char <= m.start_char < u.end_char for u, _ in unknowns)
            ]
        article = Article(
            index=self.index,
            finder=self.finder,
            doc=doc,
            published=published,
            dates=dates,
            mentions=found,
            segments=split_segments(doc),
            triggers=self.finder.find(doc),
            unknowns=unknowns,
        )
        merged = merge_drafts(read(article))
        dating.from_paragraph(article, merged)
        events = [self._finish(d, text) for d in merged if keep_draft(d)]
        return ExtractionResult(events, [u for u, _ in unknowns], dates, article.spans())

    def _named_actors(self, draft: Draft) -> list[str]:
        """EVENTS.md: an organisation is an actor only where no person is named (a NATO summit
        with Selenskyj and Biden named is theirs); a vote keeps the parties that stand."""
        if draft.type is T.ELECTION:
            return list(draft.actors)  # the parties that stand are candidates too
        kinds = {name: self.index.actor_by_name.get(name.lower()) for name in draft.actors}
        people = [n for n in draft.actors if (k := kinds[n]) is not None and k.kind == "person"]
        if not people:
            return list(draft.actors)
        return [n for n in draft.actors if (k := kinds[n]) is None or k.kind != "organisation"]

    def _finish(self, draft: Draft, text: str) -> EventCandidate:
        seg = draft.segment
        evidence = seg.text.strip()
        offset = seg.start_char + (len(seg.text) - len(seg.text.lstrip()))
        location = draft.location.canonical if draft.location else None
        summary = self.summaries.summary(draft.type, draft.actors, location)
        mention = draft.mention
        return EventCandidate(
            type=draft.type,
            actors=self._named_actors(draft),
            location=location,
            date_start=draft.start,
            date_end=draft.end,
            precision=draft.precision,
            status=draft.status,
            evidence=evidence,
            evidence_start=offset,
            evidence_end=offset + len(evidence),
            date_text=mention.text if mention else "",
            date_start_char=mention.start_char if mention else None,
            date_basis=draft.basis,
            trigger=draft.trigger.text,
            confidence=round(draft.confidence, 2),
            summary=summary,
            actor_candidates=list(draft.candidates),
        )


def read(article: Article) -> list[Draft]:
    """The drafts of an article, segment by segment: each segment's persons and places, its
    triggers grouped per type, the drafts of each group; the persons named are remembered in
    order for the segments after (`Article.salient`)."""
    previous: list[Draft] = []
    for seg in article.segments:
        if not seg.headline:
            article.body_started = True
        elif article.body_started and seg.index > 2 and seg.end - seg.start <= 6:
            # Lines without a stop after the body began: teasers, link lists, captions.
            mentions.persons(article, seg)
            previous = []
            continue
        persons = mentions.persons(article, seg)
        summits.join_hosts(article, seg, persons)
        leaders.note(article, seg, persons)
        elections.add_challengers(article, seg, persons)
        seg_triggers = article.seg_triggers(seg)
        if not seg_triggers:
            previous = previous[:0]
            coreference.remember(article, seg, persons, [])
            continue
        places = mentions.places(article, seg)
        current: list[Draft] = []
        for group in group_triggers(seg_triggers):
            legs = trip_legs(article, seg, group, places)
            for leg in legs:
                told = arguments.drafts(
                    article, seg, leg.triggers, persons, leg.places, previous, leg.tokens
                )
                if len(legs) == 1:
                    told = gapping.split_gapped(article, seg, group, told, persons, places)
                current.extend(told)
        article.drafts.extend(current)
        previous = current or previous[:0]
        coreference.remember(article, seg, persons, current)
    leaders.assign(article, article.drafts)
    return article.drafts
