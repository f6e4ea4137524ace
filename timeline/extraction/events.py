"""The event extractor: German news text + publication date + lexicon -> dated events.

One spaCy pass (blank German, sentencizer, lookup lemmatizer) per text; the lexicon compiled into
`PhraseMatcher`s (`matchers.LexiconIndex`), verb triggers into a `Matcher` on lemmas, noun
triggers into one regular expression (`triggers.NOUN_RE`), dates from `dates.tag_dates`. Then,
sentence by sentence (a "sentence" is also cut at line breaks, so headlines and teasers stand
alone):

1. actors of the sentence: names (incl. genitive "Putins"), titles and roles resolved by the
   publication date ("der Kremlchef" 2024 -> Putin), unknown titled persons ("Kremlsprecher
   Dmitri Peskow"), and references to earlier sentences ("er", "die beiden Staatschefs");
2. triggers grouped per type into event candidates, each linked to its actors, place, date
   (the date phrase of the trigger's clause, else of the sentence outside reporting clauses, else
   the publication day for events told in the present or present perfect), and status (modal
   and future forms, or a future date: planned);
3. candidates of one article that state the same event (same type, shared actors, compatible
   places and dates) merged, keeping the most specific facts and a body sentence as evidence.

Pure Python: no Django.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import compress, repeat
from typing import cast

from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Span

from timeline.extraction import triggers as trg
from timeline.extraction.dates import tag_dates
from timeline.extraction.lexicon import ActorEntry, Lexicon, PlaceEntry
from timeline.extraction.matchers import (
    LexiconIndex,
    Mention,
    RoleKey,
    titled_persons,
)
from timeline.extraction.nlp import (
    TokenArrays,
    german_pipeline,
    lemma_of,
    lemma_table,
    parse_doc,
)
from timeline.extraction.summaries import FAMILY_NAME_FIRST, Summaries
from timeline.extraction.types import (
    ActorCandidate,
    DateBasis,
    DateMention,
    EventCandidate,
    EventType,
    Precision,
    Status,
)

T = EventType
HEADLINE_MAX_TOKENS = 18
PRECISION_RANK = {
    Precision.DAY: 6, Precision.RANGE: 6, Precision.MONTH: 4, Precision.APPROXIMATE: 3,
    Precision.YEAR: 2, Precision.UNKNOWN: 0,
}  # fmt: skip
NEEDS_TWO = frozenset({T.MEETING, T.CALL})
NEEDS_ACTOR = frozenset({T.VISIT, T.MEETING, T.CALL, T.INAUGURATION})
SUMMARY_VERB = {
    T.VISIT: "besucht", T.MEETING: "trifft", T.CALL: "telefoniert mit",
    T.ELECTION: "Wahl", T.INAUGURATION: "tritt Amt an", T.SUMMIT: "Gipfel",
    T.PROTEST: "Proteste", T.AGREEMENT: "Abkommen",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A recognised stretch of the text, for highlighting: actor, place, trigger or date."""

    start_char: int
    end_char: int
    kind: str  # "actor" | "place" | "trigger" | "date"
    text: str
    value: str = ""  # canonical actor/place, event type, or ISO date span

    def as_json(self) -> dict[str, object]:
        return {
            "start_char": self.start_char, "end_char": self.end_char, "kind": self.kind,
            "text": self.text, "value": self.value,
        }  # fmt: skip


@dataclass(slots=True)
class ExtractionResult:
    events: list[EventCandidate]
    actor_candidates: list[ActorCandidate]
    dates: list[DateMention]
    spans: list[MarkedSpan]


@dataclass(slots=True)
class Person:
    """An actor as referred to in a sentence."""

    name: str
    country: str | None
    start_char: int
    end_char: int
    kind: str = "person"  # person | organisation | unknown | ref
    title: str = ""
    speaker: bool = False
    negated: bool = False  # "nicht X, sondern Y"


@dataclass(slots=True)
class Place:
    entry: PlaceEntry
    start_char: int
    end_char: int
    form: str
    prep: str  # the lower-cased word before it


@dataclass(slots=True)
class Trigger:
    type: EventType
    start_char: int
    end_char: int
    text: str
    verbal: bool
    token_i: int
    attendance: bool = False


@dataclass(slots=True)
class Segment:
    """A sentence, or a line of one: the unit events are read from."""

    start: int  # token
    end: int
    start_char: int
    end_char: int
    text: str
    headline: bool
    index: int


@dataclass(slots=True)
class Draft:
    """An event while it is being built and merged."""

    type: EventType
    actors: list[str]
    countries: dict[str, str | None]
    location: PlaceEntry | None
    mention: DateMention | None
    basis: DateBasis
    status: Status
    segment: Segment
    trigger: Trigger
    confidence: float
    start: date | None = None
    end: date | None = None
    precision: Precision = Precision.UNKNOWN
    candidates: list[ActorCandidate] = field(default_factory=list)
    inherited: bool = False  # the date was taken over from the context (visit told before)
    duration: int = 0  # days the text says it lasted ("drei Tage lang", "zweitägig")
    closing: bool = False  # the date phrase dates its end ("zum Abschluss am Donnerstag")
    # Segments this event was told in besides its own (kept through merging).
    told_in: list[Segment] = field(default_factory=list)


def _copy(d: Draft) -> Draft:
    """A shallow copy (as `dataclasses.replace(d)`, at a fraction of its cost)."""
    return Draft(
        d.type, d.actors, d.countries, d.location, d.mention, d.basis, d.status, d.segment,
        d.trigger, d.confidence, d.start, d.end, d.precision, d.candidates, d.inherited,
        d.duration, d.closing, d.told_in,
    )  # fmt: skip


def _derive(base: Draft, actors: list[str], countries: dict[str, str | None]) -> Draft:
    d = _copy(base)
    d.actors, d.countries = actors, countries
    return d


class EventExtractor:
    """Built once from a lexicon; `extract` / `extract_many` turn texts into events."""

    def __init__(self, lexicon: Lexicon, nlp: Language | None = None) -> None:
        self.nlp = nlp or german_pipeline()
        self.lexicon = lexicon
        self.index = LexiconIndex(lexicon, self.nlp)
        self.summaries = Summaries(lexicon.actors)
        # Verb triggers by word form: every form whose lookup lemma is a trigger lemma.
        strings = self.nlp.vocab.strings
        demonyms = sorted({form.lower() for form in self.index.demonym_forms})
        self.companions = {**trg.COMPANION_VERBS, **trg.vote_companions(demonyms)}
        lemmas = set(trg.VERB_LEMMAS) | set(self.companions)
        table = lemma_table()
        self.verb_forms: dict[int, str] = {k: v for k, v in table.items() if v in lemmas}
        for lemma in lemmas:
            key = strings.add(lemma)
            if key not in table:
                self.verb_forms[key] = lemma
        for form, lemma in trg.FORM_LEMMAS.items():
            key = strings.add(form)
            if lemma in lemmas:
                self.verb_forms[key] = lemma
            else:
                self.verb_forms.pop(key, None)
        self.attendance_words = {strings.add(w) for w in trg.ATTENDANCE_WORDS}
        self._noun_kinds: dict[int, EventType | None] = {}
        self._token_kinds: dict[int, tuple[int, object] | None] = {}

    # --- public API ----------------------------------------------------------------------

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

    # --- the pipeline --------------------------------------------------------------------

    def _extract_doc(self, doc: Doc, published: date | None) -> ExtractionResult:
        text = TokenArrays.of(doc).text
        dates = tag_dates(text, published, doc=doc)
        mentions = self.index.mentions(doc)
        segments = split_segments(doc)
        triggers = self._triggers(doc)
        unknowns = self._titled_unknowns(text, mentions)
        article = _Article(self, doc, published, dates, mentions, segments, triggers, unknowns)
        drafts = article.read()
        merged = merge_drafts(drafts)
        events = [self._finish(d, published, text) for d in merged if keep_draft(d)]
        spans = article.spans()
        candidates = [u for u, _ in unknowns]
        return ExtractionResult(events, candidates, dates, spans)

    def _noun_kind(self, orth: int, word: str) -> EventType | None:
        """The event type a capitalised noun states ("Staatsbesuch": visit), memoised."""
        if orth in self._noun_kinds:
            return self._noun_kinds[orth]
        low = word.lower()
        found: EventType | None = None
        if (
            word[:1].isupper()
            and len(word) >= 4
            and low.endswith(trg.ALL_NOUN_ENDINGS)
            and not (trg.NOUN_STOP.search(low) and not trg.NOUN_KEEP.match(low))
        ):
            found = next(k for k, endings in trg.NOUN_ENDINGS if low.endswith(endings))
        self._noun_kinds[orth] = found
        return found

    def _token_kind(self, orth: int, lower: int, word: str) -> tuple[int, object] | None:
        """What a word form can trigger, memoised by form: (0, None) attendance, (1, lemma) a
        verb, (2, type) a noun, None nothing."""
        hit: tuple[int, object] | None
        if lower in self.attendance_words:
            hit = (0, None)
        else:
            lemma = self.verb_forms.get(orth)
            if lemma is not None:
                hit = (1, lemma)
            else:
                kind = self._noun_kind(orth, word)
                hit = None if kind is None else (2, kind)
        self._token_kinds[orth] = hit
        return hit

    def _triggers(self, doc: Doc) -> list[Trigger]:
        found: dict[int, Trigger] = {}
        toks = TokenArrays.of(doc)
        text = toks.text
        idx, ends, lowers = toks.idx, toks.end, toks.lower
        memo = self._token_kinds
        sent_starts = toks.sent_starts
        starts_set: set[int] | None = None
        orths = toks.orth
        # What each token can trigger, by its form: one C-level `map`, then a look at the few
        # tokens that trigger something.
        hits = list(map(memo.get, orths, repeat(_MISSING)))
        if _MISSING in hits:
            for i, hit in enumerate(hits):
                if hit is _MISSING:
                    hits[i] = self._token_kind(orths[i], lowers[i], text[idx[i] : ends[i]])
        for i in compress(range(len(hits)), hits):
            orth = orths[i]
            hit = hits[i]
            code: int = hit[0]  # type: ignore[index]
            payload: object = hit[1]  # type: ignore[index]
            start, end = idx[i], ends[i]
            word = text[start:end]
            if code == 0:
                found[i] = Trigger(T.VISIT, start, end, word, True, i, attendance=True)
                continue
            if code == 2:
                found[i] = Trigger(payload, start, end, word, False, i)  # type: ignore[arg-type]
                continue
            lemma = str(payload)
            if lemma in ("treffen", "wählen") and i > 0 and word[:1].isupper():
                if starts_set is None:
                    starts_set = set(sent_starts)
                if i - 1 != 0 and i - 1 not in starts_set:
                    kind = self._noun_kind(orth, word)
                    if kind is not None:
                        found[i] = Trigger(kind, start, end, word, False, i)
                    continue  # the noun "Treffen" is read by the noun pattern
            if lemma in trg.VERB_LEMMAS:
                found[i] = Trigger(trg.VERB_LEMMAS[lemma], start, end, word, True, i)
                continue
            kind, companion = self.companions[lemma]
            if lemma == "sein":
                clause = _forward(text, start).lower()
            else:
                at = bisect.bisect_right(sent_starts, i) - 1
                s_lo = sent_starts[at]
                s_hi = sent_starts[at + 1] if at + 1 < len(sent_starts) else len(toks.orth)
                c_lo, c_hi = _clause_range(doc, s_lo, s_hi, i)
                clause = toks.span_text(c_lo, c_hi).lower()
            if not companion.search(clause):
                noun = self._noun_kind(orth, word)
                if noun is not None:
                    found[i] = Trigger(noun, start, end, word, False, i)
                continue
            attendance = lemma in trg.ATTENDANCE_LEMMAS or (
                lemma == "sein" and "zu gast" not in clause
            )
            if lemma == "kommen" and " zusammen" in clause:
                kind, attendance = T.MEETING, False
            if lemma == "sein" and "zu gast" in clause:
                kind = T.MEETING
            found[i] = Trigger(kind, start, end, word, True, i, attendance=attendance)
        low_text = text.lower()
        multiword = "erklärung" in low_text or "amtszeit" in low_text
        for match in trg.MULTIWORD_RE.finditer(text) if multiword else ():
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            kind = EventType(match.lastgroup or "agreement")
            found[span.start] = Trigger(
                kind, match.start(), match.end(), match.group(0), False, span.start
            )
        return sorted(found.values(), key=lambda t: t.start_char)

    def _titled_unknowns(
        self, text: str, mentions: list[Mention]
    ) -> list[tuple[ActorCandidate, str | None]]:
        known = [(m.start_char, m.end_char) for m in mentions if m.kind == "actor"]
        out: list[tuple[ActorCandidate, str | None]] = []
        for match in titled_persons(text):
            start, end = match.span("name")
            name = match.group("name")
            if any(s < end and start < e for s, e in known):
                continue
            words = name.split()
            while words and _is_common_word(self.nlp, words[-1]):
                words.pop()
            if len(words) < 2:
                continue
            name = " ".join(words)
            end = start + len(name)
            country = None
            before = [
                m
                for m in mentions
                if m.kind == "place"
                and 0 <= match.start("title") - m.end_char <= 1
                and m.form != "name"
            ]
            if before and before[0].place is not None:
                country = before[0].place.country
            out.append((ActorCandidate(name, match.group("title"), start, end), country))
        return out

    def _finish(self, draft: Draft, published: date | None, text: str) -> EventCandidate:
        seg = draft.segment
        evidence = seg.text.strip()
        offset = seg.start_char + (len(seg.text) - len(seg.text.lstrip()))
        location = draft.location.canonical if draft.location else None
        summary = self.summaries.summary(draft.type, draft.actors, location)
        mention = draft.mention
        return EventCandidate(
            type=draft.type,
            actors=list(draft.actors),
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


_MISSING = object()


def _is_common_word(nlp: Language, word: str) -> bool:
    """A capitalised German noun rather than a name part ("Anfang", "Bilder")."""
    lex = nlp.vocab[word]
    return word.lower() in _COMMON_TAIL or (lex.is_stop and not word[:1].isupper())


_COMMON_TAIL = frozenset({
    "anfang", "ende", "mitte", "bilder", "news", "foto", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "zuvor", "heute", "gestern", "morgen",
})  # fmt: skip


def split_segments(doc: Doc) -> list[Segment]:
    """Sentences, also cut at line breaks; short lines without a final stop are headlines."""
    toks = TokenArrays.of(doc)
    text, idx, ends, space = toks.text, toks.idx, toks.end, toks.space
    segments: list[Segment] = []
    for s_start, s_end in _sentences(toks):
        start = s_start
        if "\n" not in text[idx[s_start] : ends[s_end - 1]]:
            segments.append(_segment(toks, start, s_end, len(segments)))
            continue
        for i in range(s_start, s_end):
            if space[i] and "\n" in text[idx[i] : ends[i]]:
                if i > start:
                    segments.append(_segment(toks, start, i, len(segments)))
                start = i + 1
        if start < s_end:
            segments.append(_segment(toks, start, s_end, len(segments)))
    return [s for s in segments if s.text.strip()]


_ORDINAL = re.compile(r"^\d{1,2}\.$")


def _sentences(toks: TokenArrays) -> list[tuple[int, int]]:
    """spaCy's sentences (token bounds), rejoined where the sentencizer cut after an ordinal
    ("am 9. Mai")."""
    starts = toks.sent_starts
    n = len(toks.orth)
    out: list[tuple[int, int]] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else n
        if out and _ORDINAL.match(toks.word(out[-1][1] - 1)):
            first = toks.word(start)
            if first[:1].islower() or first.lower() in _MONTHS:
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


_MONTHS = frozenset(
    {
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "jänner",
    }
)


_HEADLINE_ENDS = frozenset({".", "!", "?", ":", "“", '"', "»", "«", ")"})


def _segment(toks: TokenArrays, start: int, end: int, index: int) -> Segment:
    space = toks.space
    while end > start and space[end - 1]:
        end -= 1
    if end <= start:
        return Segment(start, end, 0, 0, "", False, index)
    start_char, end_char = toks.idx[start], toks.end[end - 1]
    headline = end - start <= HEADLINE_MAX_TOKENS and toks.word(end - 1) not in _HEADLINE_ENDS
    text = toks.text[start_char:end_char]
    return Segment(start, end, start_char, end_char, text, headline, index)


def _clause_bounds(doc: Doc | Span, sent: Span, i: int) -> tuple[int, int]:
    """Token bounds of the clause around token i: cut at , ; : – ( ) and subordinators."""
    return _clause_range(doc if isinstance(doc, Doc) else doc.doc, sent.start, sent.end, i)


def _clause_range(doc: Doc, lo: int, hi: int, i: int) -> tuple[int, int]:
    """`_clause_bounds` within tokens lo..hi-1 (a sentence or segment)."""
    flags = _clause_flags(doc)
    start, end = lo, hi
    for j in range(i - 1, lo - 1, -1):
        flag = flags[j]
        if flag:
            start = j + 1 if flag == 1 else j
            break
    for j in range(i + 1, hi):
        if flags[j]:
            end = j
            break
    return start, end


_COMMA = hash_string(",")
_ALS = hash_string("als")
_BREAK_HASHES = frozenset(hash_string(w) for w in (",", ";", ":", "–", "—", "(", ")", "-"))
_SUBORDINATOR_HASHES = frozenset(
    hash_string(w)
    for w in (
        "nachdem", "als", "während", "bevor", "weil", "dass", "obwohl", "wenn", "sobald",
        "seitdem", "damit", "wie",
    )
)  # fmt: skip


_FORM_FLAGS: dict[int, int] = {}
_OPEN_PAREN = hash_string("(")
_CLOSE_PAREN = hash_string(")")
_ASIDE_MAX_TOKENS = 8


def _aside_end(toks: TokenArrays, j: int) -> int | None:
    """The ")" of a short aside opened at token j with no clause inside ("Merkel (CDU)",
    "Pressekonferenz (11.00 Uhr)"): the sentence goes on across it."""
    for k in range(j + 1, min(j + 2 + _ASIDE_MAX_TOKENS, len(toks.orth))):
        orth = toks.orth[k]
        if orth == _CLOSE_PAREN:
            return k
        if orth in _BREAK_HASHES or toks.lower[k] in _SUBORDINATOR_HASHES:
            return None
    return None


_APPOSITION_MAX_TOKENS = 4


def _apposition_end(toks: TokenArrays, j: int) -> int | None:
    """The closing comma of a name set off after a noun, the sentence going on after it
    ("Der neue Präsident Argentiniens, Javier Milei, hat sein Amt angetreten"): one clause."""
    n = len(toks.orth)
    if j == 0 or not toks.word(j - 1)[:1].isupper():
        return None
    for k in range(j + 1, min(j + 2 + _APPOSITION_MAX_TOKENS, n)):
        if toks.orth[k] == _COMMA:
            after = k + 1
            if k == j + 1 or after >= n:
                return None
            word = toks.word(after)
            if word[:1].islower() and word.isalpha() and toks.lower[after] not in _NOT_A_VERB:
                return k
            return None
        word = toks.word(k)
        if not (word[:1].isupper() and word.isalpha()) and toks.lower[k] not in _NAME_PARTICLES:
            return None
    return None


def _clause_flags(doc: Doc) -> list[int]:
    """Per token: 1 a clause-breaking punctuation mark, 2 a subordinator, else 0 (once per
    doc, kept in its user data)."""
    toks = TokenArrays.of(doc)
    flags = toks.flags
    if flags is None:
        # The flag of a word form, remembered per form: one C-level `map` over the doc.
        memo = _FORM_FLAGS
        form_flag = cast(Callable[[int], int], memo.get)  # None for a new form, filled below
        flags = list(map(form_flag, toks.orth))
        if None in flags:
            for j, orth in enumerate(toks.orth):
                if flags[j] is None:
                    lower = toks.lower[j]
                    flag = 1 if orth in _BREAK_HASHES else 2 if lower in _SUBORDINATOR_HASHES else 0
                    if len(memo) > 200_000:
                        memo.clear()
                    flags[j] = memo[orth] = flag
        n = len(flags)
        for j in compress(range(n), flags):
            flag = flags[j]
            if flag == 1 and toks.orth[j] == _COMMA and _coordinated_comma(toks, j):
                flags[j] = 0
            elif flag == 1 and toks.orth[j] == _COMMA and (close := _apposition_end(toks, j)):
                flags[j] = flags[close] = 0
            elif flag == 1 and toks.orth[j] == _OPEN_PAREN:
                close = _aside_end(toks, j)
                if close is not None:
                    flags[j] = flags[close] = 0
            elif flag == 2 and toks.lower[j] == _ALS and j + 1 < n:
                nxt = toks.word(j + 1)
                if nxt.lower() in _ORDINAL_ADJ or (nxt[:1].isupper() and _TITLEISH.search(nxt)):
                    flags[j] = 0  # "als Präsident vereidigt": a predicate, not a clause
        toks.flags = flags
    return flags


_ORDINAL_ADJ = frozenset({"erste", "erster", "erstes", "neue", "neuer", "neuen", "neues"})
_NAME_PARTICLES = frozenset(
    hash_string(w) for w in ("von", "van", "de", "da", "di", "del", "der", "den", "bin", "al")
)
# After a comma these open a clause, a list or a relative clause, not a sentence going on.
_NOT_A_VERB = frozenset(
    hash_string(w)
    for w in (
        "der die das den dem des deren dessen welche welcher welches und oder sowie aber "
        "sondern denn doch als wie wo wenn weil dass ob nachdem während bevor seit seitdem "
        "obwohl sobald damit um ohne statt zu in im an am auf aus bei mit nach von vom zum zur "
        "für gegen über unter vor ein eine einen einem einer eines sagte sagten sagt so"
    ).split()
)
_COORDINATORS = frozenset({"und", "oder", "sowie"})
_NOT_MODIFIER = frozenset(
    {"der", "die", "das", "den", "dem", "des", "er", "sie", "es", "wir", "ihr", "man", "so",
     "aber", "doch", "sondern", "denn", "sagte", "sagten", "hieß", "heißt", "welche", "welcher",
     "zu", "um", "ohne", "statt"}
)  # fmt: skip


def _modifier_word(toks: TokenArrays, j: int) -> bool:
    """A lower-case word that can stand in a list of adverbs or adjectives."""
    if j < 0 or j >= len(toks.orth):
        return False
    word = toks.word(j)
    return word.isalpha() and word[:1].islower() and toks.lower[j] not in _NOT_MODIFIER_HASHES


def _coordinated_comma(toks: TokenArrays, j: int) -> bool:
    """A comma inside a coordinated list of modifiers ("wirtschaftlich, politisch und
    militärisch", "schnell, entschlossen, klar und offen"): no clause boundary."""
    if not (_modifier_word(toks, j - 1) and _modifier_word(toks, j + 1)):
        return False
    n = len(toks.orth)
    k = j + 2
    while k + 1 < n and toks.orth[k] == _COMMA and _modifier_word(toks, k + 1):
        k += 2
    return k + 1 < n and toks.lower[k] in _COORDINATOR_HASHES and _modifier_word(toks, k + 1)


def _forward(text: str, start: int) -> str:
    """The rest of the sentence from `start` (a stop after a digit is an ordinal)."""
    for match in re.finditer(r"[.!?]", text[start : start + 200]):
        before = text[start + match.start() - 1] if match.start() > 0 else ""
        if not before.isdigit():
            return text[start : start + match.start()]
    return text[start : start + 200]


def _clause_text(doc: Doc, sent: Span, i: int) -> str:
    start, end = _clause_bounds(doc, sent, i)
    return doc[start:end].text


_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")", "-"})
_SUBORDINATORS = frozenset(
    {
        "nachdem",
        "als",
        "während",
        "bevor",
        "weil",
        "dass",
        "obwohl",
        "wenn",
        "sobald",
        "seitdem",
        "damit",
        "wie",
    }
)

_NOT_MODIFIER_HASHES = frozenset(
    hash_string(w) for w in _NOT_MODIFIER | _SUBORDINATORS | _COORDINATORS
)
_COORDINATOR_HASHES = frozenset(hash_string(w) for w in _COORDINATORS)


class _Article:
    """The reading of one article: mentions resolved sentence by sentence."""

    def __init__(
        self,
        extractor: EventExtractor,
        doc: Doc,
        published: date | None,
        dates: list[DateMention],
        mentions: list[Mention],
        segments: list[Segment],
        triggers: list[Trigger],
        unknowns: list[tuple[ActorCandidate, str | None]],
    ) -> None:
        self.x = extractor
        self.index = extractor.index
        self.doc = doc
        self.published = published
        self.dates = dates
        self.mentions = mentions
        self.segments = segments
        self.triggers = triggers
        self.unknowns = unknowns
        self.salient: list[Person] = []  # persons in order of mention
        self.resolved_actor_spans: list[MarkedSpan] = []
        self.drafts: list[Draft] = []
        self.body_started = False
        self.toks = TokenArrays.of(doc)
        self.text = self.toks.text
        starts = [m.start for m in mentions]
        self._mention_starts = starts
        self._trigger_starts = [t.start_char for t in triggers]
        self._date_starts = [m.start_char for m in dates]
        self._clauses: dict[tuple[int, int, int], tuple[int, int]] = {}
        self._attributed: dict[tuple[int, int], bool] = {}
        self._cue_maybe: dict[tuple[int, int], bool] = {}
        self._seg_lows: dict[int, tuple[str, bool]] = {}
        self._durations: dict[int, int] = {}

    def _clause(self, lo: int, hi: int, i: int) -> tuple[int, int]:
        """`_clause_range` of token i within tokens lo..hi-1, computed once."""
        key = (lo, hi, i)
        found = self._clauses.get(key)
        if found is None:
            found = self._clauses[key] = _clause_range(self.doc, lo, hi, i)
        return found

    def _search(self, cue: trg.Cue, seg: Segment, text: str) -> re.Match[str] | None:
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

    def _duration(self, seg: Segment) -> int:
        """`_duration_days` of the segment's text, computed once."""
        found = self._durations.get(seg.index)
        if found is None:
            found = self._durations[seg.index] = _duration_days(seg.text)
        return found

    def _seg_mentions(self, seg: Segment) -> list[Mention]:
        lo = bisect.bisect_left(self._mention_starts, seg.start)
        hi = bisect.bisect_left(self._mention_starts, seg.end)
        return self.mentions[lo:hi]

    def _seg_triggers(self, seg: Segment) -> list[Trigger]:
        lo = bisect.bisect_left(self._trigger_starts, seg.start_char)
        hi = bisect.bisect_left(self._trigger_starts, seg.end_char)
        return self.triggers[lo:hi]

    # --- reading -------------------------------------------------------------------------

    def read(self) -> list[Draft]:
        previous: list[Draft] = []
        for seg in self.segments:
            if not seg.headline:
                self.body_started = True
            elif self.body_started and seg.index > 2 and seg.end - seg.start <= 6:
                # Lines without a stop after the body began: teasers, link lists, captions.
                self._persons(seg)
                previous = []
                continue
            persons = self._persons(seg)
            seg_triggers = self._seg_triggers(seg)
            if not seg_triggers:
                previous = previous[:0]
                for p in persons:
                    if not p.speaker and p.kind != "organisation":
                        self.salient.append(p)
                continue
            places = self._places(seg)
            current: list[Draft] = []
            for group in self._group(seg_triggers):
                current.extend(self._drafts(seg, group, persons, places, previous))
            self.drafts.extend(current)
            previous = current or previous[:0]
            for p in persons:
                if not p.speaker and p.kind != "organisation":
                    self.salient.append(p)
        return self.drafts

    def _group(self, triggers: list[Trigger]) -> list[list[Trigger]]:
        """Triggers of one type in one sentence state one event (attendance kept apart)."""
        groups: dict[tuple[EventType, bool], list[Trigger]] = {}
        for t in triggers:
            groups.setdefault((t.type, t.attendance), []).append(t)
        out = list(groups.values())
        # A visit trigger beside an attendance trigger is the same visit.
        keys = set(groups)
        if (T.VISIT, True) in keys and (T.VISIT, False) in keys:
            out = [g for g in out if not (g[0].type is T.VISIT and not g[0].attendance)]
        return out

    # --- actors --------------------------------------------------------------------------

    def _family_names(self, seg: Segment, ms: list[Mention]) -> list[Person]:
        """ "Kim" (or "Kims") after "Kim Jong Un" was named: a person of a country where the
        family name comes first, told again by it. Only when one person named so far has that
        family name, and no capitalised name follows ("Kim Dae Jung" is someone else)."""
        by_family: dict[str, list[Person]] = {}
        for p in self.salient:
            if p.kind == "person" and p.country in FAMILY_NAME_FIRST and " " in p.name:
                named = by_family.setdefault(p.name.split()[0], [])
                if p.name not in {q.name for q in named}:
                    named.append(p)
        found: list[Person] = []
        for family, people in by_family.items():
            if len(people) != 1:
                continue
            for match in re.finditer(rf"\b{re.escape(family)}s?\b(?!\s+[A-ZÄÖÜ])", seg.text):
                start = seg.start_char + match.start()
                if any(m.start_char <= start < m.end_char for m in ms):
                    continue  # part of a name the lexicon knows ("Kim Jong Un")
                token = self.doc.char_span(start, start + 1, alignment_mode="expand")
                i = token.start if token is not None else seg.start
                found.append(
                    Person(
                        people[0].name,
                        people[0].country,
                        start,
                        seg.start_char + match.end(),
                        speaker=_is_speaker(self.toks, i, seg.start),
                        negated=_is_negated(self.toks, i, seg),
                    )
                )
        return found

    def _persons(self, seg: Segment) -> list[Person]:
        doc = self.doc
        ms = self._seg_mentions(seg)
        persons: list[Person] = []
        unknown_spans = [
            (u, c) for u, c in self.unknowns if seg.start_char <= u.start_char < seg.end_char
        ]
        for n, m in enumerate(ms):
            if m.kind == "actor" and m.actor is not None:
                if m.form == "name" and _other_first_name(doc, m, ms):
                    continue
                found_actor = self._disambiguate(m)
                persons.append(
                    Person(
                        found_actor.canonical,
                        found_actor.country,
                        m.start_char,
                        m.end_char,
                        kind=found_actor.kind,
                        speaker=_is_speaker(self.toks, m.start, seg.start),
                        negated=_is_negated(self.toks, m.start, seg),
                    )
                )
            elif m.kind == "role" and m.role is not None and not m.former:
                nxt = ms[n + 1] if n + 1 < len(ms) else None
                if nxt is not None and nxt.kind == "actor" and nxt.start - m.end <= 1:
                    continue
                if any(0 <= u.start_char - m.end_char <= 2 for u, _ in unknown_spans):
                    continue
                if m.start > seg.start and doc[m.start - 1].lower_ in ("als", "zum", "zur"):
                    continue  # the office as predicate: "als Präsident vereidigt"
                if (
                    m.end < len(doc)
                    and doc[m.end].text[:1].isupper()
                    and doc[m.end].text not in ("(",)
                    and not doc[m.end].is_punct
                    and m.end < seg.end
                    and lemma_of(doc[m.end]) == doc[m.end].text
                    and doc[m.end].text.lower() not in trg.PLANNED_CUES.pattern
                    and _looks_like_name(doc[m.end].text)
                ):
                    continue  # a name the lexicon does not know follows the title
                if m.role.country is None and not (
                    m.start > seg.start and doc[m.start - 1].lower_ in _ARTICLES
                ):
                    continue
                actor = self._resolve_role(m.role, m.text)
                if actor is not None:
                    persons.append(
                        Person(
                            actor.canonical,
                            actor.country,
                            m.start_char,
                            m.end_char,
                            negated=_is_negated(self.toks, m.start, seg),
                        )
                    )
        persons += self._family_names(seg, ms)
        for u, country in unknown_spans:
            persons.append(
                Person(
                    u.name,
                    country,
                    u.start_char,
                    u.end_char,
                    kind="unknown",
                    title=u.title,
                    speaker=bool(trg.SPEAKER_TITLE.search(u.title)),
                )
            )
        persons.sort(key=lambda p: p.start_char)
        for p in persons:
            self.resolved_actor_spans.append(
                MarkedSpan(
                    p.start_char, p.end_char, "actor", self.text[p.start_char : p.end_char], p.name
                )
            )
        return persons

    def _disambiguate(self, m: Mention) -> ActorEntry:
        assert m.actor is not None
        forms = self.index.actor_forms.get(m.text) or []
        if len(forms) <= 1:
            return m.actor
        seen = {p.name for p in self.salient}
        for actor, _ in forms:
            if actor.canonical in seen:
                return actor
        if self.published is not None:
            for actor, _ in forms:
                if any(r.holds_on(self.published) for r in actor.roles):
                    return actor
        return m.actor

    def _resolve_role(self, key: RoleKey, text: str) -> ActorEntry | None:
        holders = self.index.holders(key, self.published)
        if not holders:
            return None
        seen = [p.name for p in reversed(self.salient)]
        for name in seen:
            for h in holders:
                if h.canonical == name:
                    return h
        if key.country is None and key.term in _GENERIC_ONLY_ANAPHORIC:
            return None
        if len(holders) == 1 or self.published is None:
            return holders[0] if len(holders) == 1 else None
        german = [h for h in holders if h.country == "DE"]
        if key.country is None and len(german) == 1:
            return german[0]
        return holders[0] if key.country is not None else None

    def _places(self, seg: Segment) -> list[Place]:
        out: list[Place] = []
        for m in self._seg_mentions(seg):
            if m.kind != "place" or m.place is None:
                continue
            prep = self.doc[m.start - 1].lower_ if m.start > seg.start else ""
            if prep in ("der", "den", "dem", "die") and m.start - 2 >= seg.start:
                prep2 = self.doc[m.start - 2].lower_
                if prep2 in ("in", "nach", "aus"):
                    prep = prep2
            elif m.start - 2 >= seg.start and (
                _PLACE_ADJECTIVE.fullmatch(prep) or prep in _PLACE_NOUNS
            ):
                # "im russischen Kasan", "in der Hauptstadt Kiew", "nach der Hafenstadt Odessa"
                j = m.start - 2
                while j > seg.start and (
                    _PLACE_ADJECTIVE.fullmatch(self.doc[j].lower_)
                    or self.doc[j].lower_ in _PLACE_NOUNS
                    or self.doc[j].lower_ in ("der", "den", "dem", "die")
                ):
                    j -= 1
                if self.doc[j].lower_ in ("in", "im", "nach", "aus"):
                    prep = self.doc[j].lower_
            out.append(Place(m.place, m.start_char, m.end_char, m.form, prep))
        return out

    def _refs(self, seg: Segment, persons: list[Person], trigger_i: int) -> list[Person]:
        """Persons of earlier sentences referred to here: "er", "die beiden Staatschefs"."""
        names_here = {p.name for p in persons}
        earlier = [p for p in reversed(self.salient) if p.kind != "organisation"]
        text = seg.text
        refs: list[Person] = []
        group = self._search(trg.GROUP_REF_CUE, seg, text)
        if group:
            for p in earlier:
                if p.name not in names_here and p.name not in {r.name for r in refs}:
                    refs.append(
                        replace(
                            p,
                            kind="ref",
                            start_char=seg.start_char + group.start(),
                            end_char=seg.start_char + group.end(),
                        )
                    )
                if len(refs) == 2:
                    break
            return refs
        lowers = self.toks.lower[seg.start : seg.end]
        has_pronoun = not _PRONOUN_HASHES.isdisjoint(lowers)
        has_possessive = not _POSSESSIVE_HASHES.isdisjoint(lowers)
        described = trg.PERSON_NOUN_REF.search(text.strip())
        if (has_pronoun or has_possessive or described) and earlier:
            for p in earlier:
                if p.name not in names_here:
                    refs.append(replace(p, kind="ref"))
                    break
        return refs

    # --- events --------------------------------------------------------------------------

    def _drafts(
        self,
        seg: Segment,
        group: list[Trigger],
        persons: list[Person],
        places: list[Place],
        previous: list[Draft],
    ) -> list[Draft]:
        doc = self.doc
        first = next((t for t in group if t.verbal), group[0])
        etype = first.type
        seg_triggers = self._seg_triggers(seg)
        if etype is T.VISIT and any(
            t.type is T.INAUGURATION and not t.verbal for t in seg_triggers
        ):
            group = [replace(t, attendance=True) for t in group]
            first = next((t for t in group if t.verbal), group[0])
        if (
            etype in (T.INAUGURATION, T.SUMMIT)
            and not first.verbal
            and any(
                t.attendance or (t.type is T.VISIT and t.verbal and etype is T.INAUGURATION)
                for t in seg_triggers
            )
        ):
            return []  # the ceremony others attend, told again
        if _HYPOTHETICAL.search(
            seg.text[
                max(0, first.start_char - seg.start_char - 30) : first.start_char - seg.start_char
            ]
        ):
            return []  # hypothetical: "für den Fall eines Wahlsiegs"
        head = seg.text[: first.start_char - seg.start_char]
        if _CONDITIONAL_OPENING.match(head) and "," not in head:
            return []  # "Sollte Putin nach Rio reisen, ...": a condition, not a plan
        denial = _DENIAL.search(head)
        if denial and _REPORTED.search(head, denial.end()):
            return []  # "Der Kreml dementierte Berichte über ein Treffen", "bestritt, dass"
        toks = self.toks
        if not first.verbal and all(
            t.token_i > seg.start and toks.lower[t.token_i - 1] in _NO_HASHES for t in group
        ):
            return []  # "führten keine Gespräche" (but "kein leichtes Treffen" took place)
        c_start, c_end = self._clause(seg.start, seg.end, first.token_i)
        clause_end_char = toks.end[c_end - 1] if c_end > seg.start else seg.end_char
        if (
            not first.verbal
            and _TO_A.search(head)
            and _INVITED.search(self.text, first.end_char, clause_end_char)
        ):
            return []  # "hatte Putin zu einem Besuch eingeladen": an invitation, no visit yet
        if not first.verbal and _DID_NOT_HAPPEN.search(self.text, first.end_char, clause_end_char):
            return []  # "Eine Vereinbarung ... kam nicht zustande", "Das Treffen platzte"
        clause_text = toks.span_text(c_start, c_end)
        if self._search(trg.HABITUAL_CUE, seg, clause_text):
            return []
        if etype is T.AGREEMENT and (
            self._search(trg.NEGATION_CUE, seg, seg.text[: first.end_char - seg.start_char])
            # "einigten sich nicht auf ...": the negation after a finite verb
            or (first.verbal and self._search(trg.NEGATION_CUE, seg, clause_text))
        ):
            return []
        if first.attendance and _NICHT_WORD.search(clause_text):
            return []
        if (
            etype in (T.MEETING, T.CALL, T.VISIT)
            and _INSTEAD_OR_NOT.search(clause_text)
            and _INSTEAD.search(clause_text)
        ):
            return []
        actors = [p for p in persons if not p.speaker and not p.negated]
        if etype is T.INAUGURATION:
            trigger_tokens = {t.token_i for t in group if not t.verbal}
            actors = [p for p in actors if not _after_preposition(doc, p, seg, trigger_tokens)]
            if _ADMINISTERS_OATH.search(clause_text):
                # "Duda nahm ihm den Amtseid ab": the one who swears is "ihm", not Duda
                actors = [p for p in actors if p.start_char > first.start_char]
        if etype in (T.AGREEMENT, T.INAUGURATION):
            lo, hi = toks.idx[c_start], toks.end[c_end - 1]
            actors = [p for p in actors if lo <= p.start_char < hi]
        after = first.token_i + 1
        if not first.verbal and after < c_end and toks.lower[after] == _ZWISCHEN:
            # "ein Telefonat zwischen X und Y": these two, whoever else the sentence names
            lo, hi = toks.idx[after], toks.end[c_end - 1]
            between = [p for p in actors if lo <= p.start_char < hi]
            if len(between) >= 2:
                actors = between
        if (
            etype is T.MEETING
            and trg.SUMMIT_CUES.search(seg.text)
            and (len([p for p in actors if p.kind != "organisation"]) != 2)
            # "trafen sich am Rande des Gipfels": a meeting beside the summit, not the summit
            and not _AT_MARGIN.search(clause_text)
        ):
            etype = T.SUMMIT
        if etype is T.PROTEST:
            actors = [
                p
                for p in actors
                if p.kind == "unknown" and trg.PROTEST_LEADER_TITLE.search(p.title)
            ]
        elif etype is T.ELECTION:
            persons_only = [p for p in actors if p.kind != "organisation"]
            if persons_only or not _ELECTED_ORG.search(clause_text):
                actors = persons_only
        people = [p for p in actors if p.kind != "organisation"]
        if (etype not in (T.PROTEST, T.AGREEMENT, T.SUMMIT, T.ELECTION) or not people) and (
            (etype in NEEDS_TWO and len(people) < 2) or not people
        ):
            refs = self._refs(seg, people, first.token_i)
            if etype is T.ELECTION or etype is T.PROTEST:
                refs = []
            for r in refs:
                if r.name not in {p.name for p in people}:
                    people.append(r)
            if etype in NEEDS_TWO and len(people) < 2 and previous:
                for d in previous:
                    for name in d.actors:
                        if name not in {p.name for p in people} and len(people) < 2:
                            people.append(Person(name, d.countries.get(name), 0, 0, "ref"))
            if (
                not people
                and previous
                and not first.verbal
                and etype in NEEDS_ACTOR
                and _definite_before(doc, first.token_i, seg.start)
            ):
                for d in previous:
                    for name in d.actors:
                        people.append(Person(name, d.countries.get(name), 0, 0, "ref"))
                    break
        if etype in (T.SUMMIT, T.AGREEMENT, T.ELECTION) and not people:
            orgs = [p for p in actors if p.kind == "organisation"]
            people = orgs
        if etype is T.AGREEMENT and not people:
            seen: set[str] = set()
            lo, hi = toks.idx[c_start], toks.end[c_end - 1]
            for pl in places:
                if not (lo <= pl.start_char < hi) and pl.form == "adjective":
                    continue
                if pl.form == "demonym":
                    continue  # "die Polen und die Litauer": peoples, no party to a treaty
                if pl.entry.kind == "country" and pl.entry.canonical not in seen:
                    seen.add(pl.entry.canonical)
                    people.append(
                        Person(
                            pl.entry.canonical,
                            pl.entry.country,
                            pl.start_char,
                            pl.end_char,
                            "country",
                        )
                    )
        date_mention, basis = self._date_for(seg, first, c_start, c_end, group, seg_triggers)
        status = self._status(clause_text, first, date_mention, doc, c_start, seg)
        location = self._location(etype, first, places, people, seg_triggers, seg)
        if (
            etype is T.VISIT
            and location is not None
            and location.country
            and people
            and all(p.country == location.country for p in people)
        ):
            # Only hosts named ("traf er dort X"): the visitor is the one referred to.
            for r in self._refs(seg, people, first.token_i)[:1]:
                if r.country != location.country:
                    people.insert(0, r)
        if location is None and etype is T.ELECTION:
            code = next((p.country for p in people if p.country), None)
            location = self.index.country_place.get(code) if code else None
        elif (
            etype is T.ELECTION
            and location is not None
            and location.kind == "city"
            and location.country
            and (_NATIONAL_VOTE.search(first.text) or _NATIONAL_VOTE.search(clause_text))
        ):
            # "die Präsidentenwahl ... in Minsk": a national vote is the country's
            location = self.index.country_place.get(location.country) or location
        if location is None and etype is T.PROTEST:
            location = self._paragraph_country(seg) or self._main_country()
        conf = (
            0.55
            + (0.1 if date_mention else 0)
            + (0.1 if location else 0)
            + (0.1 if first.verbal else 0)
            - (0.15 if seg.headline else 0)
        )
        base = Draft(etype, [], {}, location, date_mention, basis, status, seg, first, conf)
        self._set_dates(base, date_mention, basis, seg)
        if etype in (T.VISIT, T.SUMMIT):
            base.duration = self._duration(seg)
            base.closing = bool(_CLOSING.search(seg.text))
        if date_mention is None and not first.verbal and previous and etype in NEEDS_ACTOR:
            pass
        drafts: list[Draft] = []
        if etype is T.VISIT:
            drafts = self._visit_drafts(base, people, group, seg)
        elif etype is T.PROTEST and location is not None:
            drafts = []
            spread = [pl for pl in places if pl.form == "name" and pl.prep in ("in", "und")]
            joined = _IN_A_AND_B.search(seg.text)
            if joined and len(spread) >= 2:
                for pl in spread:
                    d = _derive(base, [], {})
                    d.location = pl.entry
                    drafts.append(d)
            else:
                drafts = [
                    _derive(base, [p.name for p in people], {p.name: p.country for p in people})
                ]
        elif etype is T.MEETING and (pair := self._subject_with_objects(seg, people, first)):
            subject, objects = pair
            drafts = [
                _derive(
                    base,
                    [subject.name, o.name],
                    {subject.name: subject.country, o.name: o.country},
                )
                for o in objects
            ]
        else:
            names = _unique([p.name for p in people])
            drafts = [_derive(base, names, {p.name: p.country for p in people})]
        for d in drafts:
            d.candidates = [u for u, _ in self.unknowns if u.name in d.actors]
            if not d.actors and not d.mention and previous:
                pass
        # A meeting told right after a dated visit of the same people happened then.
        for d in drafts:
            if d.mention is None and d.basis is DateBasis.NONE and d.actors and d.type is T.MEETING:
                for p in previous:
                    if (
                        p.mention is not None
                        and set(p.actors) & set(d.actors)
                        and p.type is T.VISIT
                    ):
                        d.mention, d.start, d.end = p.mention, p.start, p.end
                        d.precision = p.precision
                        d.basis = p.basis
                        d.inherited = True
                        if d.location is None and p.location is not None and d.type is T.MEETING:
                            d.location = p.location
                        break
        if (
            etype is T.MEETING
            and first.verbal
            and self.x.verb_forms.get(toks.orth[first.token_i]) in _GOING_TO_MEET
        ):
            drafts += [v for d in drafts if (v := _implied_visit(d)) is not None]
        return drafts

    def _subject_with_objects(
        self, seg: Segment, people: list[Person], trigger: Trigger
    ) -> tuple[Person, list[Person]] | None:
        """ "Er will X und Y treffen": a pronoun subject meeting two named persons, one after
        the other: two meetings."""
        if len(people) != 2 or any(p.kind == "ref" for p in people):
            return None
        a, b = sorted(people, key=lambda p: p.start_char)
        between = self.text[a.end_char : b.start_char]
        if not re.fullmatch(r"(?:\s*\([^)]*\))?\s+und\s+(?:\w+\s+){0,2}", between):
            return None
        head = self.doc[seg.start : seg.end]
        names = {p.name for p in people}
        if re.search(r"\bmit\s+(?:\w+\s+){0,2}$", self.text[seg.start_char : a.start_char]):
            # "Gespräche mit X und Y": the one the article is about talks with both.
            subject = next(
                (p for p in reversed(self.salient) if p.name not in names and p.kind == "person"),
                None,
            )
            return (subject, [a, b]) if subject is not None else None
        if not any(t.lower_ in trg.PRONOUNS and t.idx < a.start_char for t in head):
            return None
        refs = self._refs(seg, people, trigger.token_i)
        if not refs:
            return None
        return refs[0], [a, b]

    def _visit_drafts(
        self, base: Draft, people: list[Person], group: list[Trigger], seg: Segment
    ) -> list[Draft]:
        """One visit per visiting delegation (persons of one country); hosts join each."""
        attendance = group[0].attendance
        location = base.location
        if attendance:
            anchor = (
                self._anchor()
                if _CEREMONY_REF.search(seg.text) or (location is None and base.mention is None)
                else None
            )
            if anchor is not None:
                if location is None:
                    location = anchor.location
                if base.mention is None and anchor.mention is not None:
                    base.mention, base.start, base.end = anchor.mention, anchor.start, anchor.end
                    base.precision, base.basis = anchor.precision, anchor.basis
                people = [p for p in people if p.name not in anchor.actors]
                host_country = (location.country if location else None) or next(
                    (anchor.countries.get(a) for a in anchor.actors if anchor.countries.get(a)),
                    None,
                )
            else:
                if location is None:
                    return []
                host_country = location.country
        else:
            host_country = location.country if location else None
        if not people:
            return []
        hosts = [p for p in people if host_country and p.country == host_country]
        visitors = [p for p in people if p not in hosts]
        if not visitors:
            return []
        # Possessive noun trigger ("nach seinem Staatsbesuch in Peking"): the subject alone.
        t = group[0]
        if not t.verbal and t.token_i > 0 and self.doc[t.token_i - 1].lower_ in trg.POSSESSIVES:
            before = [p for p in visitors if p.start_char < t.start_char] or visitors[:1]
            visitors = before[-1:]
        groups: dict[str | None, list[Person]] = {}
        for p in visitors:
            groups.setdefault(p.country if attendance or len(visitors) > 1 else None, []).append(p)
        if not attendance:
            groups = {None: visitors}
        drafts = []
        for members in groups.values():
            names = _unique([p.name for p in members] + [h.name for h in hosts])
            d = _derive(base, names, {p.name: p.country for p in members + hosts})
            d.location = location
            drafts.append(d)
        return drafts

    def _anchor(self) -> Draft | None:
        """The latest ceremony told so far (an inauguration or summit), with its date and
        place gathered from all its statements."""
        found = next(
            (d for d in reversed(self.drafts) if d.type in (T.INAUGURATION, T.SUMMIT) and d.actors),
            None,
        )
        if found is None:
            return None
        same = [
            d for d in self.drafts if d.type is found.type and set(d.actors) & set(found.actors)
        ]
        dated = next((d for d in same if d.mention is not None), None)
        placed = next((d for d in same if d.location is not None), None)
        result = _copy(dated or found)
        if result.location is None and placed is not None:
            result.location = placed.location
        return result

    def _main_country(self) -> PlaceEntry | None:
        """The country the article names most often (names, genitives, adjectives). Not
        demonyms: "Tausende Ukrainer demonstrierten" says who protests, not where."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            if (
                m.kind == "place"
                and m.place is not None
                and m.place.country
                and m.form != "demonym"
            ):
                counts[m.place.country] = counts.get(m.place.country, 0) + 1
        if not counts:
            return None
        code = max(counts, key=lambda c: counts[c])
        return self.index.country_place.get(code)

    def _paragraph_country(self, seg: Segment) -> PlaceEntry | None:
        """The one country the paragraph has named up to this sentence (names, cities,
        adjectives), or None when it named none or several."""
        paragraph_start = self.text.rfind("\n\n", 0, seg.start_char) + 1
        codes = {
            m.place.country
            for m in self.mentions
            if m.kind == "place"
            and m.place is not None
            and m.place.country
            and m.form != "demonym"  # "Tausende Ukrainer demonstrierten" in Berlin
            and paragraph_start <= m.start_char < seg.end_char
        }
        if len(codes) != 1:
            return None
        return self.index.country_place.get(codes.pop())

    def _location(
        self,
        etype: EventType,
        trigger: Trigger,
        places: list[Place],
        people: list[Person],
        seg_triggers: list[Trigger],
        seg: Segment,
    ) -> PlaceEntry | None:
        def dist(p: Place) -> int:
            d = p.start_char - trigger.end_char
            return d if d >= 0 else -d + 40

        def owned_by_other(p: Place) -> bool:
            """A place right after another trigger is that trigger's ("Abreise nach X"); but
            "zu Gesprächen nach Washington reisen" goes to Washington."""
            if etype is T.VISIT and p.prep == "nach":
                return False
            for t in seg_triggers:
                if t.type is not etype and 0 <= p.start_char - t.end_char <= 12:
                    return True
            return False

        c_lo, c_hi = self._clause(seg.start, seg.end, trigger.token_i)
        lo, hi = self.toks.idx[c_lo], self.toks.end[c_hi - 1]
        places = [
            p
            for p in places
            if not owned_by_other(p)
            and not self._attribute_place(p, seg)
            and (-90 <= p.start_char - trigger.start_char <= 90 or lo <= p.start_char < hi)
        ]

        # A demonym ("die Franzosen") is a country's people, not a place: it locates an
        # election, never a visit's destination or where a meeting or protest happens.
        if etype is T.VISIT:
            cands = [p for p in places if p.form == "name" and p.prep in ("nach", "in", "im")]
            if trigger.verbal and trigger.text.lower().startswith("besuch"):
                # "besuchte Rom", "hat die Ukraine besucht": the object is the destination.
                cands += [
                    p
                    for p in places
                    if p.form == "name"
                    and lo <= p.start_char < hi
                    and p.prep not in _NOT_OBJECT_PREPS
                ]
            cands += [
                p
                for p in places
                if p.form == "adjective" and p.prep in ("im", "in") and p.entry.kind == "city"
            ]
        elif etype in (T.ELECTION,):
            dateline = _DATELINE.match(seg.text)
            after_dateline = seg.start_char + (dateline.end() if dateline else 0)
            cands = [
                p
                for p in places
                if p.form in ("name", "genitive")
                and p.prep not in _NOT_VOTE_PREPS
                and p.start_char >= after_dateline
            ]
            # The voters named by their people: "Die Slowaken wählen ein neues Parlament".
            cands += [p for p in places if p.form == "demonym"]
            cands += [
                p
                for p in places
                if p.form == "adjective" and 0 <= trigger.start_char - p.end_char <= 2
            ]
            cands.sort(key=lambda p: p.entry.kind != "country")
            if cands:
                return cands[0].entry
        else:
            cands = [
                p
                for p in places
                if p.form == "name" and p.prep in ("in", "im", "auf", "bei", "nahe")
            ]
            cands += [
                p
                for p in places
                if p.form == "adjective" and p.prep in ("im", "in") and p.entry.kind == "city"
            ]
            if etype is T.PROTEST and not cands:
                cands = [p for p in places if p.form in ("name", "genitive")]
        if not cands:
            return None
        return min(cands, key=dist).entry

    def _attribute_place(self, place: Place, seg: Segment) -> bool:
        """A place inside a causal or concessive phrase about another noun ("angesichts des
        Machtkampfes in Belarus", "wegen der Proteste in Minsk"): not where the event is."""
        key = (place.start_char, seg.start)
        found = self._attributed.get(key)
        if found is None:
            found = self._attributed[key] = self._attributed_uncached(place, seg)
        return found

    def _attributed_uncached(self, place: Place, seg: Segment) -> bool:
        toks = self.toks
        if not toks.idx or place.start_char >= toks.end[-1]:
            return False
        start = max(bisect.bisect_right(toks.idx, place.start_char) - 1, 0)  # as char_span
        lo = max(seg.start, start - 6)
        words = toks.lower[lo:start]
        if _CAUSAL_PREP_HASHES.isdisjoint(words):
            return False
        at = max(i for i, w in enumerate(words) if w in _CAUSAL_PREP_HASHES)
        return _COMMA_UND_HASHES.isdisjoint(words[at:])

    def _date_for(
        self,
        seg: Segment,
        trigger: Trigger,
        c_start: int,
        c_end: int,
        group: list[Trigger],
        seg_triggers: list[Trigger],
    ) -> tuple[DateMention | None, DateBasis]:
        toks = self.toks
        in_seg = self.dates[
            bisect.bisect_left(self._date_starts, seg.start_char) : bisect.bisect_left(
                self._date_starts, seg.end_char
            )
        ]
        if not in_seg:
            return None, DateBasis.NONE
        mine = {t.start_char for t in group}

        def nearest_trigger(m: DateMention) -> Trigger | None:
            return min(seg_triggers, key=lambda t: abs(t.start_char - m.start_char), default=None)

        called_vote = trigger.type is T.ELECTION and bool(
            _CALLED_VOTE.search(self.text, seg.start_char, seg.end_char)
        )

        def belongs(m: DateMention) -> bool:
            if called_vote and not _TARGET_DAY.search(
                self.text, max(seg.start_char, m.start_char - 12), m.start_char
            ):
                # "hatte die Wahl Ende Mai ausgerufen": the day of the call; but "für den
                # 23. Juli angesetzt" is the vote's
                return False
            near = nearest_trigger(m)
            if (
                near is not None
                and near.start_char not in mine
                and near.type is not trigger.type
                and not near.verbal
                and 0 <= m.start_char - near.end_char <= 8
            ):
                return False  # "Amtsantritt im Dezember", "Parlamentswahl vom 26. Oktober"
            if (
                m.start_char > trigger.end_char
                and (
                    m.text[:4].lower() == "seit"
                    or _SINCE.search(self.text[trigger.end_char : m.start_char])
                )
                and _FIRST_SINCE.search(
                    self.text, max(seg.start_char, trigger.start_char - 40), m.start_char
                )
            ):
                return False  # "sein erster Besuch seit 2017": the time before, not the visit
            lo, hi = sorted((m.start_char, trigger.start_char))
            quotes = len(_QUOTES.findall(self.text, lo, hi))
            if quotes and not _quoted_noun(self.text, trigger, m, quotes):
                return False
            # A relative clause about another noun: "..., die am 15. Juli ... gemacht haben".
            head = self.text[seg.start_char : m.start_char]
            comma = head.rfind(",")
            if comma >= 0 and self._dates_other_event(seg, trigger, mine, comma, m):
                return False
            if comma >= 0 and m.start_char > trigger.end_char:
                rel = _RELATIVE.match(head[comma + 1 :])
                gap = seg.start_char + comma - trigger.end_char
                gap_text = self.text[trigger.end_char : seg.start_char + comma]
                if rel and gap > 3 and not _PLACE_TAIL.fullmatch(gap_text):
                    return False
            return True

        in_seg = [m for m in in_seg if belongs(m)]
        clause_lo = toks.idx[c_start]
        clause_hi = toks.end[c_end - 1] if c_end > c_start else clause_lo
        chosen: DateMention | None = None
        if in_seg:

            def score(m: DateMention) -> float:
                same = clause_lo <= m.start_char < clause_hi
                ctx = _window(seg.text, m.start_char - seg.start_char)
                reporting = bool(self._search(trg.REPORTING_CUE, seg, ctx)) and not same
                return (
                    (0 if same else 100)
                    + (1000 if reporting else 0)
                    + abs(m.start_char - trigger.start_char) / 100
                )

            scores = [score(m) for m in in_seg]
            order = sorted(range(len(in_seg)), key=scores.__getitem__)
            best = in_seg[order[0]]
            if scores[order[0]] < 1000:
                chosen = _join_pair(best, in_seg, seg.text, seg.start_char)
        if (
            chosen is not None
            and chosen.start is None
            and chosen.precision is not Precision.UNKNOWN
        ):
            chosen = None
        if chosen is not None:
            basis = DateBasis.RELATIVE if chosen.relative else DateBasis.EXPLICIT
            return chosen, basis
        return None, DateBasis.NONE

    def _dates_other_event(
        self, seg: Segment, trigger: Trigger, mine: set[int], comma: int, m: DateMention
    ) -> bool:
        """Whether date `m`, in a relative clause opened by the comma at `comma` (offset in
        `seg`), describes another event's noun: "die Wahlen in Indien, die am 1. Juni endeten"
        dates the election, not the swearing-in the sentence goes on to tell."""
        if not _RELATIVE_OPENING.match(seg.text, comma + 1):
            return False
        at = seg.start_char + comma
        closing = self.text.find(",", m.end_char, seg.end_char)
        clause_end = closing if closing >= 0 else seg.end_char
        if at < trigger.start_char < clause_end:
            return False  # the trigger is told inside that relative clause
        for t in self._seg_triggers(seg):
            if t.verbal or t.start_char in mine or t.type is trigger.type or t.end_char > at:
                continue
            gap = self.text[t.end_char : at]
            if not gap or _PLACE_TAIL.fullmatch(gap):
                return True
        return False

    def _set_dates(
        self, d: Draft, mention: DateMention | None, basis: DateBasis, seg: Segment
    ) -> None:
        if mention is not None:
            d.start, d.end, d.precision = mention.start, mention.end, mention.precision
            if (
                d.start is not None
                and d.precision is Precision.DAY
                and d.type in (T.VISIT, T.SUMMIT)
            ):
                n = self._duration(seg)
                if n > 1:
                    d.end = d.start + timedelta(days=n - 1)
                    d.precision = Precision.RANGE
            return
        since = _SINCE.search(seg.text) if d.type is T.PROTEST else None
        if since and self.published is not None:
            at = seg.start_char + since.end()
            start = next((m for m in self.dates if at <= m.start_char <= at + 40 and m.start), None)
            if start is not None and start.start is not None and start.start < self.published:
                d.start, d.end, d.precision = start.start, self.published, Precision.RANGE
                d.mention, d.basis = start, DateBasis.EXPLICIT
                return
        if self._happening_now(d, seg) and self.published is not None:
            d.start = d.end = self.published
            d.precision = Precision.DAY
            d.basis = DateBasis.PUBLICATION
            if d.type in (T.VISIT, T.SUMMIT):
                n = self._duration(seg)
                if n > 1:
                    d.end = d.start + timedelta(days=n - 1)
                    d.precision = Precision.RANGE
            return
        if self.published is not None and _CLOCK_TIME.search(seg.text):
            # A clock time alone ("Beginn um 16.30 Uhr") is on the day the story is at.
            at = bisect.bisect_left(self._date_starts, seg.start_char)
            day = next(
                (
                    m.start
                    for m in reversed(self.dates[:at])
                    if m.precision is Precision.DAY and m.start is not None
                ),
                self.published,
            )
            d.start = d.end = day
            d.precision = Precision.DAY
            d.basis = DateBasis.RELATIVE
            d.inherited = True  # taken from the context: less specific than a phrase of its own

    def _happening_now(self, d: Draft, seg: Segment) -> bool:
        """Told in the present or present perfect, in the body, and not backgrounded."""
        if seg.headline or d.status is Status.PLANNED:
            return False
        toks = self.toks
        t = d.trigger
        c_start, c_end = self._clause(seg.start, seg.end, t.token_i)
        words = set(toks.lower[c_start:c_end])
        if not _PAST_AUX_HASHES.isdisjoint(words):
            return False
        # Present passive: "wird", "werden" count as "ist" (the future was ruled out as planned).
        present_aux = not (
            _PRESENT_AUX_HASHES.isdisjoint(words) and _WERDEN_HASHES.isdisjoint(words)
        )
        if not t.verbal:
            if t.token_i > seg.start:
                j = t.token_i - 1
                while j > seg.start:
                    word = toks.word(j)
                    low = word.lower()
                    if not (
                        low in _DETERMINERS
                        or (
                            word[:1].islower()
                            and word.isalpha()
                            and low not in trg.BACKGROUND_PREPS
                        )
                    ):
                        break
                    j -= 1
                low = toks.word(j).lower()
                if low in trg.BACKGROUND_PREPS and low != "von":
                    return False
            return present_aux or bool(_NOW_WORDS.search(toks.span_text(c_start, c_end)))
        word = toks.word(t.token_i)
        lemma = lemma_table().get(toks.orth[t.token_i], word).lower()
        form = word.lower()
        if present_aux:
            return True
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
        present = form in {lemma, stem + "t", stem + "e", stem + "st", stem + "et"}
        return present

    def _status(
        self,
        clause_text: str,
        trigger: Trigger,
        mention: DateMention | None,
        doc: Doc,
        c_start: int,
        seg: Segment,
    ) -> Status:
        if mention is not None and mention.start is not None and self.published is not None:
            if mention.start > self.published:
                return Status.PLANNED
            if mention.end is not None and mention.end < self.published:
                return Status.OCCURRED
        toks = self.toks
        if (
            not trigger.verbal
            and trigger.token_i > 0
            and toks.lower[trigger.token_i - 1] in _TEMPORAL_PREP_HASHES
        ):
            return Status.OCCURRED
        j = trigger.token_i - 1
        while j > seg.start and toks.lower[j] in _DETERMINERS_POSSESSIVES_HASHES:
            j -= 1
        if not trigger.verbal and toks.lower[j] in _TEMPORAL_PREP_HASHES:
            return Status.OCCURRED
        if self._search(trg.PLANNED_CUE, seg, clause_text):
            return Status.PLANNED
        if (
            trigger.verbal
            and trigger.token_i > seg.start
            and toks.lower[trigger.token_i - 1] == _ZU
            and self._search(trg.PLANNED_CUE, seg, self.text[seg.start_char : trigger.start_char])
        ):
            return Status.PLANNED  # "schlug vor, sich in Moskau zu treffen"
        if not trigger.verbal and trg.PLANNED_ADJ.search(
            self.text[max(seg.start_char, trigger.start_char - 40) : trigger.start_char]
        ):
            return Status.PLANNED
        words = clause_text.lower().split()
        if any(w in trg.FUTURE_AUX for w in words) and "worden" not in words:
            # "wird ... reisen" (future) vs "wird ... empfangen" (present passive): the
            # future has an infinitive at the clause end.
            tail = [j for j in range(c_start, seg.end) if toks.word(j).isalpha()][-3:]
            if any(_is_infinitive(toks, j) for j in tail):
                return Status.PLANNED
            if trigger.verbal and _is_infinitive(toks, trigger.token_i):
                return Status.PLANNED
        return Status.OCCURRED

    # --- marks ---------------------------------------------------------------------------

    def spans(self) -> list[MarkedSpan]:
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


_DETERMINERS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einen", "einer", "eines"}
)
_GENERIC_ONLY_ANAPHORIC = frozenset(
    {
        "staatschef",
        "regierungschef",
        "präsident",
        "premier",
        "staatsoberhaupt",
        "kanzler",
        "präsidenten",
    }
)


_PLACE_TAIL = re.compile(r"\s+(?:in|im|aus) [A-ZÄÖÜ][\w-]+")
_QUOTES = re.compile(r"[\"„“”«»]")


def _quoted_noun(text: str, trigger: Trigger, m: DateMention, quotes: int) -> bool:
    """The trigger sits in a short quoted phrase after the date ("am Montag zu „einem
    offiziellen Besuch“ in Peking"): the quote is a phrase, not reported speech."""
    if quotes != 1 or m.start_char > trigger.start_char:
        return False
    opening = max(text.rfind(q, 0, trigger.start_char) for q in '"„“«»')
    closes = _QUOTES.match(text, trigger.end_char) is not None
    return closes and trigger.start_char - opening <= 40


_ELECTED_ORG = re.compile(r"partei|bündnis|allianz|regierungspartei|wahlsieger", re.IGNORECASE)
_CAUSAL_PREPS = frozenset(
    {"angesichts", "wegen", "trotz", "aufgrund", "infolge", "inmitten", "hinsichtlich"}
)
_RELATIVE = re.compile(r"\s*(?:die|der|das|den|dem|deren|dessen|welche\w*)\b")
_RELATIVE_OPENING = re.compile(
    r"\s*(?:(?:an|auf|bei|in|mit|nach|seit|vor|während|zu)\s+)?"
    r"(?:die|der|das|den|dem|deren|dessen|welche\w*)\b",
    re.IGNORECASE,
)
_NATIONAL_VOTE = re.compile(
    r"präsident|parlament|national|bundestag|duma|kongress|unterhaus|amtszeit|staatschef",
    re.IGNORECASE,
)
# A place after these is no vote's place ("für den Beitritt zu Russland", "aus Kiew").
_NOT_VOTE_PREPS = frozenset({"aus", "zu", "zum", "zur", "gegen", "mit", "für", "nach"})
# "Minsk (dpa) - ": where the story was filed, not where a vote was held.
_DATELINE = re.compile(r"\s*[A-ZÄÖÜ][^()\n]{0,60}\([^()\n]{1,30}\)\s*[-–—]\s")
# Words before a place that make it no object of "besuchen" ("aus Rom", "mit Kiew").
_NOT_OBJECT_PREPS = frozenset(
    "aus von vom mit für gegen über bei beim zu zum zur vor nach nahe seit ab an am auf "
    "durch ohne um unter zwischen wegen trotz".split()
)
_SINCE = re.compile(r"\bseit\b", re.IGNORECASE)
# An event compared with the time before it: "erster Besuch seit", "erstmals seit".
_FIRST_SINCE = re.compile(r"\b(?:erst(?:e[mnrs]?)?|erstmals|ersten\s+Mal)\b", re.IGNORECASE)


def _is_infinitive(toks: TokenArrays, j: int) -> bool:
    """A word in -en that is its own lookup lemma ("reisen", "treffen")."""
    word = toks.word(j).lower()
    return word.endswith("en") and word == lemma_table().get(toks.orth[j], toks.word(j)).lower()


_HYPOTHETICAL = re.compile(r"\b(?:im )?fall(?:e)? (?:eines|einer|des)\b|\bals ob\b", re.IGNORECASE)
_NICHT_WORD = re.compile(r"\bnicht\b")
_INSTEAD_OR_NOT = re.compile(r"\b(?:statt|anstatt|nicht)\b", re.IGNORECASE)
# "statt" as a preposition ("statt eines Besuchs"), not the particle of "stattfinden" that
# ends its clause ("Die Gespräche finden am Dienstag statt").
_INSTEAD = re.compile(
    r"\b(?:an)?statt\b(?!\s*(?:[.,;:!?)\]–—-]|$|und\b|oder\b|sondern\b))", re.IGNORECASE
)
_IN_A_AND_B = re.compile(r"\bin \w+ und \w+")
_NOW_WORDS = re.compile(r"\b(?:zurzeit|derzeit|gerade|aktuell)\b")
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s?Uhr\b")
_CEREMONY_REF = re.compile(
    r"amtseinführung|vereidigung|zeremonie|feier|gipfel|amtsantritt|dafür|daran|dazu|dabei",
    re.IGNORECASE,
)


def _after_preposition(doc: Doc, p: Person, seg: Segment, trigger_tokens: set[int]) -> bool:
    """A person named after a preposition ("nach Velo", "vom Vorgänger Kessel"): someone
    beside the one taking office, unless the phrase is the trigger noun's own ("die
    Vereidigung von Velo")."""
    span = doc.char_span(p.start_char, p.end_char, alignment_mode="expand")
    if span is None or span.start <= seg.start:
        return False
    j = span.start - 1
    while j > seg.start and (
        doc[j].text[:1].isupper()
        or doc[j].lower_ in _DETERMINERS
        or (_INFLECTED_ADJECTIVE.fullmatch(doc[j].text) and doc[j - 1].lower_ in _PERSON_PREPS)
    ):
        j -= 1
    if doc[j].lower_ == "von" and j > seg.start and doc[j - 1].i in trigger_tokens:
        return False  # "die Vereidigung von X": X is the one sworn in
    return doc[j].lower_ in _PERSON_PREPS


_PERSON_PREPS = frozenset({"vor", "nach", "von", "vom", "mit", "gegen", "neben"})
# "vom scheidenden Ministerpräsidenten X"
_INFLECTED_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:en|em|er|es|e)")


_ARTICLES = frozenset({"der", "den", "dem", "des", "die"})
_SPEAKER_BEFORE = re.compile(r"(?:sprecher|sprecherin|von|laut)$", re.IGNORECASE)
_TITLEISH = re.compile(
    r"(?:präsident|minister|kanzler|chef|führer|könig|premier|sprecher|machthaber|politiker|"
    r"kandidat|herrscher|diplomat|in|er|sidentin|ex|staatsoberhaupt)$",
    re.IGNORECASE,
)


def _is_speaker(toks: TokenArrays, i: int, seg_start: int) -> bool:
    """A spokesperson or a source ("Kremlsprecher Peskow", "nach Angaben von X")."""
    if i > seg_start:
        prev = toks.word(i - 1)
        if _SPEAKER_BEFORE.search(prev) and prev.lower() != "von":
            return True
    window = toks.span_text(max(seg_start, i - 4), i).lower()
    return "angaben von" in window or "angaben des" in window


def _is_negated(toks: TokenArrays, i: int, seg: Segment) -> bool:
    """A person named as the one left out: "nicht X, sondern Y", "statt mit X zu sprechen"."""
    before = range(max(seg.start, i - 3), i)
    if any(toks.lower[j] in _INSTEAD_HASHES for j in before):
        return True
    if "sondern" not in seg.text:
        return False
    return any(toks.lower[j] == _NICHT for j in range(max(seg.start, i - 5), i))


_NICHT = hash_string("nicht")
_ZWISCHEN = hash_string("zwischen")
_ZU = hash_string("zu")
# Between a preposition and a place name: "im russischen Kasan", "in der Hauptstadt Kiew".
_PLACE_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:e|en|em|er|es)")
_PLACE_NOUNS = frozenset(
    "stadt hauptstadt großstadt hafenstadt metropole region provinz grenzstadt kurort "
    "schwarzmeerstadt küstenstadt millionenstadt ostseestadt republik teilrepublik".split()
)
# "Sollte Putin ... reisen, ...", "Falls ...": the event is a condition.
_CONDITIONAL_OPENING = re.compile(r"\s*(?:[^,]*\(\w+\)\s*[-–—]\s*)?(?:Sollte|Sollten|Falls)\b")
_DENIAL = re.compile(
    r"\bdementier\w*|\bbestritt\w*|\bbestreitet\b|\bwies\b|\bweist\b", re.IGNORECASE
)
_REPORTED = re.compile(r"\b(?:Bericht|Meldung|Spekulation|Gerücht)\w*|,\s*dass\b")
_TO_A = re.compile(r"\bzu\s+(?:einem|einer)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_INVITED = re.compile(r"\beingeladen\b|\blud\b|\bluden\b|\blädt\b|\beinlud", re.IGNORECASE)
# A vote called, set or brought forward: a date there is the decision's.
_CALLED_VOTE = re.compile(
    r"\b(?:ausgerufen|ausrief\w*|angesetzt|ansetzte\w*|anberaumt|ausgeschrieben|"
    r"vorgezogen|vorzuziehen)\b",
    re.IGNORECASE,
)
_TARGET_DAY = re.compile(r"\b(?:für|auf)(?:\s+(?:den|die|das))?\s*$", re.IGNORECASE)
_ADMINISTERS_OATH = re.compile(r"\b(?:nahm|nahmen|nimmt|abgenommen|abnehmen)\b", re.IGNORECASE)
_DID_NOT_HAPPEN = re.compile(
    r"\b(?:nicht|nie)\s+zustande\b|\bscheiterte[n]?\b|\bgescheitert\b|\bplatzte[n]?\b|"
    r"\bgeplatzt\b|\babgesagt\b|\bsagte[n]?\b[^.]{0,40}\bab\W*$",
    re.IGNORECASE,
)
_NO_HASHES = frozenset(hash_string(w) for w in ("kein", "keine", "keinen", "keinem", "keiner"))
_INSTEAD_HASHES = frozenset(hash_string(w) for w in ("statt", "anstatt"))
_DETERMINERS_POSSESSIVES_HASHES = frozenset(hash_string(w) for w in _DETERMINERS | trg.POSSESSIVES)
_TEMPORAL_PREP_HASHES = frozenset(hash_string(w) for w in trg.TEMPORAL_PREPS)
_CAUSAL_PREP_HASHES = frozenset(hash_string(w) for w in _CAUSAL_PREPS)
_COMMA_UND_HASHES = frozenset(hash_string(w) for w in (",", "und"))
_PAST_AUX_HASHES = frozenset(hash_string(w) for w in trg.PAST_AUX - {"worden"})
_PRESENT_AUX_HASHES = frozenset(hash_string(w) for w in trg.PRESENT_AUX)
_WERDEN_HASHES = frozenset(hash_string(w) for w in ("wird", "werden"))
_PRONOUN_HASHES = frozenset(hash_string(w) for w in trg.PRONOUNS)
_POSSESSIVE_HASHES = frozenset(hash_string(w) for w in trg.POSSESSIVES)


def _other_first_name(doc: Doc, m: Mention, ms: list[Mention]) -> bool:
    """A surname alone in the lexicon, preceded here by a different first name ("Jimmy
    Carter" is not "Ashton Carter")."""
    if m.actor is None or m.end - m.start != 1 or m.start == 0:
        return False
    prev = doc[m.start - 1]
    if not prev.is_alpha or not prev.text[:1].isupper() or prev.is_sent_start or prev.is_stop:
        return False
    if prev.i == 0 or doc[prev.i - 1].is_space or doc[prev.i - 1].text in {".", ":", "-"}:
        return False
    if any(o.end == m.start and o.kind in ("role", "place") for o in ms):
        return False
    if _TITLEISH.search(prev.text) or prev.lower_ in _DETERMINERS:
        return False
    return prev.text not in m.actor.canonical.split()


def _looks_like_name(word: str) -> bool:
    return bool(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüßéáíóúñ'\-]+", word)) and word.lower() not in (
        _COMMON_TAIL
    )


def _definite_before(doc: Doc, i: int, seg_start: int) -> bool:
    j = i - 1
    while j >= seg_start and doc[j].text[:1].islower() and doc[j].lower_ not in _DETERMINERS:
        j -= 1
    return j >= seg_start and doc[j].lower_ in {"der", "die", "das", "den", "dem", "des"}


def _window(text: str, offset: int) -> str:
    """The clause a date phrase sits in (between commas)."""
    lo = max(text.rfind(",", 0, offset), text.rfind(":", 0, offset)) + 1
    hi_candidates = [i for i in (text.find(",", offset), text.find(":", offset)) if i >= 0]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return text[lo:hi]


def _join_pair(
    chosen: DateMention, mentions: list[DateMention], text: str, base: int
) -> DateMention:
    """ "am Montag und Dienstag": two adjacent day phrases joined by und/bis as one range."""
    for other in mentions:
        if other is chosen or other.start is None or chosen.start is None:
            continue
        a, b = (chosen, other) if chosen.start_char < other.start_char else (other, chosen)
        between = text[a.end_char - base : b.start_char - base].strip().lower()
        span_ok = (b.end - a.start).days <= 31 if a.start and b.end else False
        if a.start and b.end and _BEGAN.search(between):
            span_ok = (b.end - a.start).days <= 366
        if (
            (_PAIR_JOIN.match(between) or _BEGAN.search(between))
            and a.start
            and b.end
            and a.start <= b.end
            and span_ok
        ):
            return DateMention(
                a.start_char,
                b.end_char,
                text[a.start_char - base : b.end_char - base],
                a.start,
                b.end,
                Precision.RANGE,
                a.relative or b.relative,
            )
    return chosen


_BEGAN = re.compile(r"^(?:begann|begannen|startete|starteten|anfing|anfingen)\b.{0,20}\bund$")
_PAIR_JOIN = re.compile(r"^(?:\w+ )?(?:und|bis|bis zum|-|–)$")


def _duration_days(text: str) -> int:
    match = trg.DURATION_RE.search(text)
    if not match:
        return 0
    word = match.group(1).lower()
    return int(word) if word.isdigit() else trg.NUMBER.get(word, 0)


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


# --- merging -------------------------------------------------------------------------------


def _place_compatible(a: PlaceEntry | None, b: PlaceEntry | None) -> bool:
    if a is None or b is None or a.canonical == b.canonical:
        return True
    if a.kind == "country" and b.kind != "country":
        return a.country == b.country
    if b.kind == "country" and a.kind != "country":
        return a.country == b.country
    return False


def _dates_compatible(a: Draft, b: Draft) -> bool:
    if a.start is None or b.start is None:
        return True
    assert a.end is not None and b.end is not None
    if a.basis is DateBasis.PUBLICATION and b.basis is DateBasis.PUBLICATION:
        return True
    if DateBasis.PUBLICATION in (a.basis, b.basis):
        now, other = (a, b) if a.basis is DateBasis.PUBLICATION else (b, a)
        if not now.trigger.verbal:
            return True  # a noun dated by publication ("Wahlsieg") may name an earlier event
        # Told as happening now ("ist eingetroffen"): the same event as one dated within a
        # week of publication ("am Freitag"), not as one told months before ("im Mai").
        assert now.start is not None and other.start is not None and other.end is not None
        return other.start - _THESE_DAYS <= now.start <= other.end + _THESE_DAYS
    return a.start <= b.end and b.start <= a.end


_THESE_DAYS = timedelta(days=7)


def _same_event(a: Draft, b: Draft) -> bool:
    if a.type is not b.type:
        return False
    if (
        a.type is T.MEETING
        and len(a.actors) == 2
        and len(b.actors) == 2
        and len(set(a.actors) & set(b.actors)) == 1
    ):
        return False  # one host, two partners: two meetings
    if not _place_compatible(a.location, b.location) or not _dates_compatible(a, b):
        return False
    if a.status is not b.status and (a.start is None) != (b.start is None):
        # An undated plan ("Kim will Putin treffen") is not a meeting told with its own
        # date as past ("zuletzt im April 2019").
        # ("Das Telefonat wurde seit Monaten erwartet", a noun, tells of the call again.)
        done, plan = (a, b) if a.status is Status.OCCURRED else (b, a)
        if (
            plan.trigger.verbal
            and done.start is not None
            and done.basis in (DateBasis.EXPLICIT, DateBasis.RELATIVE)
        ):
            return False
    if a.type is T.PROTEST:
        if a.location is None or b.location is None or a.location == b.location:
            return True
        # "Demonstranten zogen durch Belgrad", undated, after protests in Serbia that day
        undated = a.start is None or b.start is None
        kinds = {a.location.kind, b.location.kind}
        return undated and "country" in kinds and a.location.country == b.location.country
    if a.type is T.SUMMIT and (a.location is not None or b.location is not None):
        return True
    if a.actors and b.actors:
        return bool(set(a.actors) & set(b.actors))
    return True


def _specificity(d: Draft) -> tuple[int, int, int, int]:
    basis_rank = {
        DateBasis.EXPLICIT: 3,
        DateBasis.RELATIVE: 3,
        DateBasis.PUBLICATION: 1,
        DateBasis.NONE: 0,
        DateBasis.EDITOR: 4,
    }[d.basis]
    if d.inherited:
        basis_rank = 2
    return (
        basis_rank * 10 + PRECISION_RANK.get(d.precision, 0),
        0 if d.segment.headline else 1,
        len(d.actors),
        1 if d.location else 0,
    )


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """Statements of the same event within one article become one event."""
    _date_election_evenings(drafts)
    _talks_on_the_phone(drafts)
    merged: list[Draft] = []
    for d in drafts:
        target = next((m for m in merged if _same_event(m, d)), None)
        if target is None:
            merged.append(d)
            continue
        better, worse = (d, target) if _specificity(d) > _specificity(target) else (target, d)
        result = _copy(better)
        result.actors = _unique(better.actors + worse.actors)
        result.countries = {**worse.countries, **better.countries}
        if result.location is None or (
            worse.location is not None
            and result.location.kind == "country"
            and worse.location.kind != "country"
            # a vote is the country's; "nach seiner Stimmabgabe in Minsk" is a polling station
            and result.type is not T.ELECTION
        ):
            result.location = worse.location
        if (
            result.segment.headline
            and not worse.segment.headline
            and _specificity(worse)[0] == _specificity(better)[0]
        ):
            result.segment = worse.segment
        if (
            better.status is Status.PLANNED
            and worse.status is Status.OCCURRED
            and better.mention is None
        ):
            result.status = Status.OCCURRED
        result.candidates = better.candidates + [
            c for c in worse.candidates if c not in better.candidates
        ]
        result.confidence = min(0.95, max(better.confidence, worse.confidence) + 0.05)
        result.duration = max(better.duration, worse.duration)
        result.closing = better.closing
        result.told_in = [
            *better.told_in,
            *worse.told_in,
            *(seg for seg in (better.segment, worse.segment) if seg is not result.segment),
        ]
        merged[merged.index(target)] = result
    for d in merged:
        _apply_duration(d)
    _borrow_ceremony_dates(merged)
    _borrow_same_ceremony(merged)
    return merged


_ELECTION_EVENING = re.compile(r"wahl(?:abend|tag|sonntag)\b", re.IGNORECASE)


def _date_election_evenings(drafts: list[Draft]) -> None:
    """Events dated "am Wahlabend" take the day of the vote the article dates elsewhere."""
    evening = [
        d for d in drafts if d.mention is not None and _ELECTION_EVENING.search(d.mention.text)
    ]
    if not evening:
        return
    vote = next(
        (
            d
            for d in drafts
            if d.type is T.ELECTION
            and d.precision is Precision.DAY
            and d.mention is not None
            and not _ELECTION_EVENING.search(d.mention.text)
        ),
        None,
    )
    if vote is None:
        return
    for d in evening:
        d.start, d.end, d.precision = vote.start, vote.end, Precision.DAY


_TALK_NOUNS = frozenset({"gespräch", "gespräche", "gesprächs", "gesprächen", "unterredung"})


def _talks_on_the_phone(drafts: list[Draft]) -> None:
    """ "Das Gespräch sei lang gewesen" after a call of the same two people: the call told
    again, not a meeting ("Gespräch" names phone talks as well), unless a place says where.
    And talks in the sentence of a call ("haben per Videoschalte beraten") are that call."""
    calls = [d for d in drafts if d.type is T.CALL and len(d.actors) >= 2]
    if not calls:
        return
    for d in drafts:
        if d.type is not T.MEETING:
            continue
        same_people = [c for c in calls if set(d.actors) <= set(c.actors)]
        told_again = (
            not d.trigger.verbal
            and d.location is None
            and d.trigger.text.lower() in _TALK_NOUNS
            # the call's own day, or none: "am Montag zu Gesprächen reisen" is other talks
            and any(d.start is None or d.start == c.start for c in same_people)
        )
        # "haben per Videoschalte beraten": the verb of talks, the call says how
        by_call = d.trigger.verbal and any(c.segment is d.segment for c in same_people)
        if told_again or by_call:
            d.type = T.CALL


_SAME_CEREMONY = re.compile(
    r"(?:(?:kurz|unmittelbar|direkt|noch|schon)\s+)?(?:vor|nach|neben|mit|wie)\s+([A-ZÄÖÜ][\w-]+)\b",
    re.IGNORECASE,
)


def _borrow_same_ceremony(merged: list[Draft]) -> None:
    """ "Vor Trump war bereits Pence vereidigt worden": an undated swearing-in told beside
    another person's dated one is the same ceremony's."""
    for d in merged:
        if d.type is not T.INAUGURATION or d.start is not None:
            continue
        opening = next(
            (
                m
                for seg in (d.segment, *d.told_in)
                if (m := _SAME_CEREMONY.match(seg.text.lstrip())) and m.group(1)[:1].isupper()
            ),
            None,
        )
        if opening is None:
            continue
        name = opening.group(1).lower()
        other = next(
            (
                o
                for o in merged
                if o is not d
                and o.type is T.INAUGURATION
                and o.start is not None
                and any(a.split()[-1].lower() == name for a in o.actors)
            ),
            None,
        )
        if other is not None:
            d.start, d.end, d.precision = other.start, other.end, other.precision
            d.basis = other.basis


_CLOSING = re.compile(r"\babschließend\w*|\bzum abschluss\b|\bzum ende\b", re.IGNORECASE)


def _apply_duration(d: Draft) -> None:
    """A day-dated event said elsewhere to have lasted n days: the range, ending on the day
    when the date phrase dates its close."""
    if d.duration <= 1 or d.precision is not Precision.DAY or d.start is None:
        return
    if d.closing:
        d.start = d.start - timedelta(days=d.duration - 1)
    else:
        d.end = d.start + timedelta(days=d.duration - 1)
    d.precision = Precision.RANGE


def _borrow_ceremony_dates(merged: list[Draft]) -> None:
    """Undated trips to a summit's place, and deals "am Rande des Gipfels", take the
    summit's dates."""
    summits = [d for d in merged if d.type is T.SUMMIT and d.start is not None]
    if not summits:
        return
    for d in merged:
        if d.start is not None or d.basis is not DateBasis.NONE or d.type is T.SUMMIT:
            continue
        for s in summits:
            same_place = (
                d.type is T.VISIT
                and d.location is not None
                and s.location is not None
                and d.location.canonical == s.location.canonical
            )
            margin = d.type in (T.AGREEMENT, T.MEETING) and bool(_AT_SUMMIT.search(d.segment.text))
            if same_place or margin:
                d.start, d.end, d.precision = s.start, s.end, s.precision
                d.basis = s.basis
                if d.location is None:
                    d.location = s.location
                break


_AT_MARGIN = re.compile(r"\bam rande\b", re.IGNORECASE)
_AT_SUMMIT = re.compile(
    r"\b(?:am rande|während|bei|beim|auf)\b(?:\s+\w+){0,2}\s+[\w-]*gipfel", re.IGNORECASE
)


# Meeting verbs whose subject goes to the other ("traf X in Moskau"), unlike "empfangen".
_GOING_TO_MEET = frozenset({"treffen", "zusammentreffen"})


def _implied_visit(meeting: Draft) -> Draft | None:
    """A meeting in one participant's country with a guest from another is also the guest's
    trip there ("Xi traf Putin in Moskau"): the visit, guests first, the host beside them."""
    place = meeting.location
    if place is None or not place.country or meeting.status is not Status.OCCURRED:
        return None  # a planned meeting's place is a proposal more often than a trip
    countries = [meeting.countries.get(a) for a in meeting.actors]
    if None in countries or place.country not in countries:
        return None
    guests = [a for a, c in zip(meeting.actors, countries, strict=True) if c != place.country]
    if not guests:
        return None
    hosts = [a for a in meeting.actors if a not in guests]
    visit = _derive(meeting, guests + hosts, dict(meeting.countries))
    visit.type = T.VISIT
    visit.confidence = meeting.confidence - 0.1
    return visit


def keep_draft(d: Draft) -> bool:
    if d.type in NEEDS_TWO and len(d.actors) < 2:
        return False
    if d.type in NEEDS_ACTOR and not d.actors:
        return False
    if d.type is T.ELECTION and not d.actors and d.location is None:
        return False
    if d.type is T.SUMMIT and not d.actors and d.location is None:
        return False
    if d.type is T.AGREEMENT and not d.actors:
        return False
    return not (d.type is T.PROTEST and d.location is None and not d.actors)
