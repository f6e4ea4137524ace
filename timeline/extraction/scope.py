"""The scope stage: whether a statement tells an event that happened or happens (occurred),
one still to come (planned), or none at all (a condition, a denial, an invitation, a refusal,
something that did not come about, a habit)."""

from __future__ import annotations

import re

from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc

from timeline.extraction import triggers as trg
from timeline.extraction.analysis import DETERMINERS, is_infinitive
from timeline.extraction.article import Article
from timeline.extraction.nlp import lemma_table
from timeline.extraction.records import Draft, Segment, T, Trigger
from timeline.extraction.types import DateMention, Status


def out_of_scope(
    article: Article, seg: Segment, group: list[Trigger], first: Trigger, c_start: int, c_end: int
) -> bool:
    """Whether the trigger group tells no event: a hypothesis or condition, a denied report,
    "keine Gespräche", an invitation, what did not come about, a habit, a negated agreement,
    attendance negated, "statt eines Besuchs"."""
    etype = first.type
    if _HYPOTHETICAL.search(
        seg.text[max(0, first.start_char - seg.start_char - 30) : first.start_char - seg.start_char]
    ):
        return True  # hypothetical: "für den Fall eines Wahlsiegs"
    head = seg.text[: first.start_char - seg.start_char]
    if _CONDITIONAL_OPENING.match(head) and "," not in head:
        return True  # "Sollte Putin nach Rio reisen, ...": a condition, not a plan
    denial = _DENIAL.search(head)
    if denial and _REPORTED.search(head, denial.end()):
        return True  # "Der Kreml dementierte Berichte über ein Treffen", "bestritt, dass"
    toks = article.toks
    if not first.verbal and all(
        t.token_i > seg.start and toks.lower[t.token_i - 1] in _NO_HASHES for t in group
    ):
        return True  # "führten keine Gespräche" (but "kein leichtes Treffen" took place)
    clause_end_char = toks.end[c_end - 1] if c_end > seg.start else seg.end_char
    if (
        not first.verbal
        and _TO_A.search(head)
        and _INVITED.search(article.text, first.end_char, clause_end_char)
    ):
        return True  # "hatte Putin zu einem Besuch eingeladen": an invitation, no visit yet
    if not first.verbal and _DID_NOT_HAPPEN.search(article.text, first.end_char, clause_end_char):
        return True  # "Eine Vereinbarung ... kam nicht zustande", "Das Treffen platzte"
    clause_text = toks.span_text(c_start, c_end)
    if article.search(trg.HABITUAL_CUE, seg, clause_text):
        return True
    if etype is T.AGREEMENT and (
        article.search(trg.NEGATION_CUE, seg, seg.text[: first.end_char - seg.start_char])
        # "einigten sich nicht auf ...": the negation after a finite verb
        or (first.verbal and article.search(trg.NEGATION_CUE, seg, clause_text))
    ):
        return True
    if first.attendance and _NICHT_WORD.search(clause_text):
        return True
    return bool(
        etype in (T.MEETING, T.CALL, T.VISIT)
        and _INSTEAD_OR_NOT.search(clause_text)
        and _INSTEAD.search(clause_text)
    )


def happening_now(article: Article, d: Draft, seg: Segment) -> bool:
    """Told in the present or present perfect, in the body, and not backgrounded."""
    if seg.headline or d.status is Status.PLANNED:
        return False
    toks = article.toks
    t = d.trigger
    c_start, c_end = article.clause(seg.start, seg.end, t.token_i)
    words = set(toks.lower[c_start:c_end])
    if not _PAST_AUX_HASHES.isdisjoint(words):
        return False
    # Present passive: "wird", "werden" count as "ist" (the future was ruled out as planned).
    present_aux = not (_PRESENT_AUX_HASHES.isdisjoint(words) and _WERDEN_HASHES.isdisjoint(words))
    if not t.verbal:
        if t.token_i > seg.start:
            j = t.token_i - 1
            while j > seg.start:
                word = toks.word(j)
                low = word.lower()
                if not (
                    low in DETERMINERS
                    or (word[:1].islower() and word.isalpha() and low not in trg.BACKGROUND_PREPS)
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


def status(
    article: Article,
    clause_text: str,
    trigger: Trigger,
    mention: DateMention | None,
    doc: Doc,
    c_start: int,
    seg: Segment,
) -> Status:
    if mention is not None and mention.start is not None and article.published is not None:
        if mention.start > article.published:
            return Status.PLANNED
        if mention.end is not None and mention.end < article.published:
            return Status.OCCURRED
    toks = article.toks
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
    if article.search(trg.PLANNED_CUE, seg, clause_text):
        return Status.PLANNED
    if (
        trigger.verbal
        and trigger.token_i > seg.start
        and toks.lower[trigger.token_i - 1] == _ZU
        and article.search(trg.PLANNED_CUE, seg, article.text[seg.start_char : trigger.start_char])
    ):
        return Status.PLANNED  # "schlug vor, sich in Moskau zu treffen"
    if not trigger.verbal and trg.PLANNED_ADJ.search(
        article.text[max(seg.start_char, trigger.start_char - 40) : trigger.start_char]
    ):
        return Status.PLANNED
    words = clause_text.lower().split()
    if any(w in trg.FUTURE_AUX for w in words) and "worden" not in words:
        # "wird ... reisen" (future) vs "wird ... empfangen" (present passive): the
        # future has an infinitive at the clause end.
        tail = [j for j in range(c_start, seg.end) if toks.word(j).isalpha()][-3:]
        if any(is_infinitive(toks, j) for j in tail):
            return Status.PLANNED
        if trigger.verbal and is_infinitive(toks, trigger.token_i):
            return Status.PLANNED
    return Status.OCCURRED


_HYPOTHETICAL = re.compile(r"\b(?:im )?fall(?:e)? (?:eines|einer|des)\b|\bals ob\b", re.IGNORECASE)
_NICHT_WORD = re.compile(r"\bnicht\b")
_INSTEAD_OR_NOT = re.compile(r"\b(?:statt|anstatt|nicht)\b", re.IGNORECASE)
# "statt" as a preposition ("statt eines Besuchs"), not the particle of "stattfinden" that
# ends its clause ("Die Gespräche finden am Dienstag statt").
_INSTEAD = re.compile(
    r"\b(?:an)?statt\b(?!\s*(?:[.,;:!?)\]–—-]|$|und\b|oder\b|sondern\b))", re.IGNORECASE
)
_NOW_WORDS = re.compile(r"\b(?:zurzeit|derzeit|gerade|aktuell)\b")
_CONDITIONAL_OPENING = re.compile(r"\s*(?:[^,]*\(\w+\)\s*[-–—]\s*)?(?:Sollte|Sollten|Falls)\b")
_DENIAL = re.compile(
    r"\bdementier\w*|\bbestritt\w*|\bbestreitet\b|\bwies\b|\bweist\b", re.IGNORECASE
)
_REPORTED = re.compile(r"\b(?:Bericht|Meldung|Spekulation|Gerücht)\w*|,\s*dass\b")
_TO_A = re.compile(r"\bzu\s+(?:einem|einer)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_INVITED = re.compile(r"\beingeladen\b|\blud\b|\bluden\b|\blädt\b|\beinlud", re.IGNORECASE)
_DID_NOT_HAPPEN = re.compile(
    r"\b(?:nicht|nie)\s+zustande\b|\bscheiterte[n]?\b|\bgescheitert\b|\bplatzte[n]?\b|"
    r"\bgeplatzt\b|\babgesagt\b|\bsagte[n]?\b[^.]{0,40}\bab\W*$",
    re.IGNORECASE,
)
_NO_HASHES = frozenset(hash_string(w) for w in ("kein", "keine", "keinen", "keinem", "keiner"))

_ZU = hash_string("zu")
_TEMPORAL_PREP_HASHES = frozenset(hash_string(w) for w in trg.TEMPORAL_PREPS)
_DETERMINERS_POSSESSIVES_HASHES = frozenset(hash_string(w) for w in DETERMINERS | trg.POSSESSIVES)
_PAST_AUX_HASHES = frozenset(hash_string(w) for w in trg.PAST_AUX - {"worden"})
_PRESENT_AUX_HASHES = frozenset(hash_string(w) for w in trg.PRESENT_AUX)
_WERDEN_HASHES = frozenset(hash_string(w) for w in ("wird", "werden"))
