"""The trigger stage: the words that state an event, found by their form.

Verbs are matched on their lookup lemma (every word form whose lemma is a trigger lemma, known
once per form); some verbs state an event only with a companion word in their clause ("trat
sein Amt an"); nouns by their ending, which admits German compounds ("Staatsbesuch",
"Präsidentenwahl"). The words themselves are data (`triggers`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import compress, repeat

from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc

from timeline.extraction import triggers as trg
from timeline.extraction.analysis import TITLEISH, clause_range, forward_text, particle_verbs
from timeline.extraction.nlp import TokenArrays, lemma_table
from timeline.extraction.records import T, Trigger
from timeline.extraction.types import EventType

_MISSING = object()
_DATELINE_SOURCE = re.compile(r"(?m)^\s*[A-ZÄÖÜ][^()\n]{0,60}\(([^()\n]{1,30})\)\s*[-–—]")


class TriggerFinder:
    """Built once per extractor from the trigger resource (`triggers.trigger_rules`):
    `find(doc)` lists a doc's triggers in text order."""

    def __init__(self, nlp: Language, demonym_forms: Iterable[str]) -> None:
        strings = nlp.vocab.strings
        self.rules = trg.trigger_rules()
        self.voters = trg.voters_pattern(sorted({form.lower() for form in demonym_forms}))
        lemmas = set(self.rules.verbs)
        table = lemma_table()
        # Verb triggers by word form: every form whose lookup lemma is a trigger lemma; and a
        # participle used as an adjective, whose lemma is a participle of a trigger verb ("der
        # in Astana eingetroffene Kanzler": "eingetroffen", lemma "eintreffen"), counted only
        # where its phrase tells when or where (`_tells_when_or_where`).
        self.verb_forms: dict[int, str] = {}
        self.attributive: set[int] = set()
        participle_verbs: dict[str, str | None] = {}
        for k, v in table.items():
            if v in lemmas:
                self.verb_forms[k] = v
            elif v.endswith(("t", "en")):
                if v not in participle_verbs:
                    verb = table.get(hash_string(v))
                    participle_verbs[v] = verb if verb in lemmas and verb != v else None
                if (verb := participle_verbs[v]) is not None:
                    self.verb_forms[k] = verb
                    self.attributive.add(k)
        for lemma in lemmas:
            key = strings.add(lemma)
            if key not in table:
                self.verb_forms[key] = lemma
        self.words = {strings.add(w): rule for w, rule in self.rules.words.items()}
        self._endings = self.rules.all_noun_endings
        self._noun_rules: dict[int, trg.Rule | None] = {}
        self._token_kinds: dict[int, tuple[int, object] | None] = {}

    def _noun_rule(self, orth: int, word: str) -> trg.Rule | None:
        """The rule a capitalised noun falls under ("Staatsbesuch": visit), memoised."""
        if orth in self._noun_rules:
            return self._noun_rules[orth]
        low = word.lower()
        found: trg.Rule | None = None
        if word[:1].isupper() and len(word) >= 4 and low.endswith(self._endings):
            found = self.rules.noun_rule(low)
        self._noun_rules[orth] = found
        return found

    def _token_kind(self, orth: int, lower: int, word: str) -> tuple[int, object] | None:
        """What a word form can trigger, memoised by form: (0, rule) an exact word, (1, lemma)
        a verb, (2, rule) a noun, None nothing."""
        hit: tuple[int, object] | None
        word_rule = self.words.get(lower)
        if word_rule is not None:
            hit = (0, word_rule)
        else:
            lemma = self.verb_forms.get(orth)
            if lemma is None and "ss" in word:
                # Swiss spelling: "schliessen", "beschloss" ("schließen")
                lemma = self.verb_forms.get(hash_string(word.replace("ss", "ß")))
            if lemma is not None:
                hit = (1, lemma)
            else:
                noun = self._noun_rule(orth, word)
                hit = None if noun is None else (2, noun)
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
        # "traf ... ein" is "eintreffen" (a visit), not "treffen"; "brach ... auf" is
        # "aufbrechen" although "brechen" states nothing.
        particles = particle_verbs(doc)
        candidates = sorted(set(compress(range(len(hits)), hits)).union(particles))
        # "Helsinki (Demo) -", "Kiew (dpa) -": who filed the story, never an event.
        sources = [m.span(1) for m in _DATELINE_SOURCE.finditer(text)] if "(" in text else []
        for i in candidates:
            orth = orths[i]
            start, end = idx[i], ends[i]
            if any(lo <= start < hi for lo, hi in sources):
                continue
            word = text[start:end]
            if i in particles:
                joined = particles[i][0]
                if joined in self.rules.verbs:
                    trigger = self._rule_trigger(
                        doc, toks, i, self.rules.verbs[joined], word, verbal=True
                    )
                    if trigger is not None:
                        found[i] = trigger
                continue
            hit = hits[i]
            code: int = hit[0]  # type: ignore[index]
            payload: object = hit[1]  # type: ignore[index]
            if code == 0:
                rule: trg.Rule = payload  # type: ignore[assignment]
                found[i] = Trigger(rule.type, start, end, word, True, i, rule.attendance)
                continue
            if code == 2:
                trigger = self._rule_trigger(doc, toks, i, (payload,), word, verbal=False)  # type: ignore[arg-type]
                if trigger is not None:
                    found[i] = trigger
                continue
            lemma = str(payload)
            if orth in self.attributive and not _tells_when_or_where(toks, i):
                continue
            if lemma in ("treffen", "wählen") and i > 0 and word[:1].isupper():
                if starts_set is None:
                    starts_set = set(sent_starts)
                if i - 1 != 0 and i - 1 not in starts_set:
                    noun = self._noun_rule(orth, word)
                    if noun is not None and (
                        trigger := self._rule_trigger(doc, toks, i, (noun,), word, False)
                    ):
                        found[i] = trigger
                    continue  # the noun "Treffen" is read by the noun rules
            trigger = self._rule_trigger(doc, toks, i, self.rules.verbs[lemma], word, True)
            if trigger is not None:
                found[i] = trigger
                continue
            noun = self._noun_rule(orth, word)
            if noun is not None and (
                trigger := self._rule_trigger(doc, toks, i, (noun,), word, False)
            ):
                found[i] = trigger
        phrases = self.rules.phrases
        for match in phrases.finditer(text) if phrases is not None else ():
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            kind = EventType(match.lastgroup or "agreement")
            found[span.start] = Trigger(
                kind, match.start(), match.end(), match.group(0), False, span.start
            )
        for trigger in [t for t in found.values() if t.retyped_from is not None]:
            self._retype_clause(doc, toks, trigger, found)
        return sorted(found.values(), key=lambda t: t.start_char)

    @staticmethod
    def _retype_clause(
        doc: Doc, toks: TokenArrays, verb: Trigger, found: dict[int, Trigger]
    ) -> None:
        """Nouns of the type a verb left in its clause take the verb's type: "im zweiten
        Wahlgang zum Kanzler gewählt" is one inauguration, not an election beside it."""
        at = bisect.bisect_right(toks.sent_starts, verb.token_i) - 1
        s_lo = toks.sent_starts[at]
        s_hi = toks.sent_starts[at + 1] if at + 1 < len(toks.sent_starts) else len(toks.orth)
        c_lo, c_hi = clause_range(doc, s_lo, s_hi, verb.token_i)
        for j in range(c_lo, c_hi):
            other = found.get(j)
            if other is not None and not other.verbal and other.type is verb.retyped_from:
                found[j] = replace(other, type=verb.type, retyped_from=other.type)

    def _rule_trigger(
        self,
        doc: Doc,
        toks: TokenArrays,
        i: int,
        rules: tuple[trg.Rule, ...],
        word: str,
        verbal: bool,
    ) -> Trigger | None:
        """The trigger the word at token i states by the first of its rules whose companion
        its clause holds; None when none holds."""
        start, end = toks.idx[i], toks.end[i]
        texts: dict[bool, str] = {}

        def read(rest: bool) -> str:
            """The clause of token i, or the rest of its sentence; read once."""
            if rest not in texts:
                if rest:
                    texts[rest] = forward_text(toks.text, start).lower()
                else:
                    sent_starts = toks.sent_starts
                    at = bisect.bisect_right(sent_starts, i) - 1
                    s_lo = sent_starts[at]
                    s_hi = sent_starts[at + 1] if at + 1 < len(sent_starts) else len(toks.orth)
                    c_lo, c_hi = clause_range(doc, s_lo, s_hi, i)
                    texts[rest] = toks.span_text(c_lo, c_hi).lower()
            return texts[rest]

        for rule in rules:
            if rule.unless is not None and rule.unless.search(read(rule.unless_in_rest)):
                continue
            if rule.companion is not None:
                text = read(rule.companion_in_rest)
                if not rule.companion.search(text):
                    continue
                if rule.needs_voters and not self.voters.search(text):
                    continue
            for other, pattern in rule.type_with:
                if pattern.search(read(rule.companion_in_rest)):
                    return Trigger(other, start, end, word, verbal, i, False, rule.type)
            return Trigger(rule.type, start, end, word, verbal, i, rule.attendance)
        return None


_PHRASE_OPENERS = frozenset(
    hash_string(w)
    for w in "der die das den dem des ein eine einen einem eines einer , ; : ( –".split()
)
_WHEN_OR_WHERE = frozenset(
    hash_string(w) for w in "am im in an auf nach bei zum zur gestern vorgestern zuvor".split()
)


def _tells_when_or_where(toks: TokenArrays, i: int) -> bool:
    """Whether the participle at token i describes a person ("der ... eingetroffene Kanzler",
    not "die ... getroffenen Entscheidungen") and the words between the article (or the
    clause's edge) and it hold a preposition or a time adverb: "die am Sonntag in Warschau
    gewählte Präsidentin"."""
    if i + 1 >= len(toks.orth) or not TITLEISH.search(toks.word(i + 1)):
        return False
    for j in range(i - 1, max(-1, i - 9), -1):
        if toks.lower[j] in _PHRASE_OPENERS:
            return False
        if toks.lower[j] in _WHEN_OR_WHERE:
            return True
    return False


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
