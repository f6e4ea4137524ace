"""The trigger stage: the words that state an event, found by their form.

Verbs are matched on their lookup lemma (every word form whose lemma is a trigger lemma, known
once per form); some verbs state an event only with a companion word in their clause ("trat
sein Amt an"); nouns by their ending, which admits German compounds ("Staatsbesuch",
"Präsidentenwahl"). The words themselves are data (`triggers`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import compress, repeat

from spacy.language import Language
from spacy.tokens import Doc

from timeline.extraction import triggers as trg
from timeline.extraction.analysis import clause_range, forward_text
from timeline.extraction.nlp import TokenArrays, lemma_table
from timeline.extraction.records import T, Trigger
from timeline.extraction.types import EventType

_MISSING = object()


class TriggerFinder:
    """Built once per extractor: the verb forms and companion patterns of the trigger words;
    `find(doc)` lists a doc's triggers in text order."""

    def __init__(self, nlp: Language, demonym_forms: Iterable[str]) -> None:
        strings = nlp.vocab.strings
        demonyms = sorted({form.lower() for form in demonym_forms})
        self.companions = {**trg.COMPANION_VERBS, **trg.vote_companions(demonyms)}
        lemmas = set(trg.VERB_LEMMAS) | set(self.companions)
        table = lemma_table()
        # Verb triggers by word form: every form whose lookup lemma is a trigger lemma.
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

    def find(self, doc: Doc) -> list[Trigger]:
        """The triggers of `doc`, in text order."""
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
                clause = forward_text(text, start).lower()
            else:
                at = bisect.bisect_right(sent_starts, i) - 1
                s_lo = sent_starts[at]
                s_hi = sent_starts[at + 1] if at + 1 < len(sent_starts) else len(toks.orth)
                c_lo, c_hi = clause_range(doc, s_lo, s_hi, i)
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


def group_triggers(triggers: list[Trigger]) -> list[list[Trigger]]:
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
