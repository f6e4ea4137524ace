"""The one spaCy pipeline the extractor uses: blank German and spaCy's sentencizer rule (read
off token arrays and corrected after abbreviations), plus lemmas looked up on demand.

No pretrained German model can be installed where we run, so nothing here requires one. Lemmas
come from spacy-lookups-data's German `lemma_lookup` table, loaded once and read directly for the
few tokens that need one: running spaCy's lemmatizer pipe over every token would cost more than
the rest of the extraction.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from functools import cache
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from timeline.extraction import triggers as trg


@cache
def german_pipeline() -> Language:
    """A blank German pipeline with sentence boundaries (built once).

    The sentence component is spaCy's sentencizer rule read off token arrays (no `Token`
    objects), corrected after abbreviations and closing years (`fix_sentence_starts`); the
    arrays it reads are kept for the extractor (`TokenArrays.of`)."""
    nlp = spacy.blank("de")
    without_whitespace_cases(nlp)
    nlp.add_pipe("timeline_sentences")
    return nlp


def without_whitespace_cases(nlp: Language) -> None:
    """Drop the tokenizer's special cases for whitespace ("\n", "\t", " "): its whitespace
    handling makes the same tokens without them, but in spaCy 3.8 a text's first special case
    stops the token cache for the rest of that text (explosion/spaCy#13950), so every article
    with a line break was tokenised uncached, about ten times slower."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        tokenizer.rules = {
            text: case for text, case in (tokenizer.rules or {}).items() if not text.isspace()
        }


@Language.component("timeline_sentences")
def _sentences_component(doc: Doc) -> Doc:
    TokenArrays.of(doc)
    return doc


@cache
def _punct_hashes() -> frozenset[int]:
    from spacy.pipeline.sentencizer import Sentencizer

    return frozenset(hash_string(c) for c in Sentencizer.default_punct_chars)


def sentencizer_starts(orth: list[int], punct: list[int]) -> list[int]:
    """The sentence starts spaCy's `sentencizer` (default punctuation) would set."""
    stops = _punct_hashes()
    starts = [0]
    seen_period = False
    for i, o in enumerate(orth):
        if o in stops:
            seen_period = True
        elif seen_period and not punct[i]:
            starts.append(i)
            seen_period = False
    return starts


RESOURCES = Path(__file__).resolve().parent / "resources" / "de"
LEMMA_FIXES = RESOURCES / "lemmas.toml"


@cache
def lemma_table() -> dict[int, str]:
    """The German lookup lemmas keyed by the hash of the word form (`Token.orth`), with the
    corrections of `resources/de/lemmas.toml`; only those when spacy-lookups-data is missing
    (every other word is then its own lemma)."""
    found: dict[int, str] = {}
    try:
        from spacy.lookups import load_lookups

        found = dict(load_lookups("de", ["lemma_lookup"]).get_table("lemma_lookup").items())
    except (ValueError, OSError, ImportError, KeyError):
        pass
    with LEMMA_FIXES.open("rb") as f:
        fixes: dict[str, str] = tomllib.load(f)["forms"]
    for form, lemma in fixes.items():
        if lemma:
            found[hash_string(form)] = lemma
        else:
            found.pop(hash_string(form), None)
    lemmas = set(found.values())
    for lemma in _resource_verbs():
        for form in regular_forms(lemma):
            found.setdefault(hash_string(form), lemma)
        # "kündige ... an": the finite forms of a separable verb are those of its base verb
        particle = _PARTICLE.match(lemma)
        base = lemma[particle.end() :] if particle else ""
        if base in lemmas:
            for form in regular_forms(base):
                found.setdefault(hash_string(form), base)
    return found


def regular_forms(lemma: str) -> list[str]:
    """The present and subjunctive forms of a verb built regularly from its stem: "reisen"
    gives "reise", "reist", "reiset", ...; reported speech is told in the subjunctive ("er
    reise nach Paris", "sie empfange ihn"), and the lookup table misses many of these forms."""
    if not lemma.endswith("en") or len(lemma) < 5:
        return []
    stem = lemma[:-2]
    forms = [stem + "e", stem + "est", stem + "et", stem + "t"]
    if not stem.endswith(("s", "ß", "z", "x")):
        forms.append(stem + "st")
    return forms


def _resource_verbs() -> frozenset[str]:
    """The verbs the trigger and scope resources name."""
    rules = trg.scope_rules()
    verbs = set(trg.trigger_rules().verbs) | rules.reporting
    for cue in rules.cues:
        verbs |= cue.lemmas
    return frozenset(verbs)


_PARTICLE = re.compile(
    "ab|an|auf|aus|bei|ein|mit|nach|vor|weg|weiter|zurück|zusammen|zu|teil|statt|fest|heim|"
    "hin|her|bekannt|hervor|hinzu"
)


def lemma_of(token: Token) -> str:
    """The lookup lemma of a token, as spaCy's lookup lemmatizer would give it."""
    return lemma_table().get(token.orth, token.text)


TEXT_KEY = "timeline_text"


def parse_doc(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc(text)` that keeps the text in the doc's user data for `TokenArrays`; pass
    the doc on to `nlp(...)` or `nlp.pipe(...)` to run the pipeline's components."""
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    return doc


@cache
def german_tokenizer_only() -> Language:
    """The blank tokenizer alone: the floor that benchmarks compare against."""
    return spacy.blank("de")


# Abbreviations the tokenizer does not know, so that their stop stands alone and the
# sentencizer cuts after it ("Abg. Müller", "Sen. Warren").
ABBREVIATIONS = frozenset(
    {
        "Abg", "Sen", "Gen", "Präs", "Gouv", "Min", "Bgm", "Botsch", "Kard", "Pfr", "Hr",
        "Vors", "Stellv", "Kand", "insb", "evtl", "ggf", "bzgl", "ehem", "gez", "lt", "vgl",
        "sog", "Jh", "Jhd", "Mrd", "Mio", "Tsd", "Nr", "Abs", "ca", "bzw", "Dr", "Prof", "St",
        "Jr", "Sr", "Mr", "Mrs", "Ms",
    }
)  # fmt: skip
# A year closing a sentence ("... im Jahr 2020. Danach ..."): the tokenizer keeps "2020." as one
# token, so the sentencizer sees no stop.
# The look-behind ("not after a word character or a stop") is tested after the first digit, as
# "(?<![\w.][12])": the same matches, but the pattern then starts with a character set and the
# regex engine skips ahead to the next "1" or "2" instead of trying every position.
_YEAR_STOP = re.compile(r"[12](?<![\w.][12])\d{3}\.(?=[ \t]*\n|[ \t]+[A-ZÄÖÜ\"„»])")
_NOT_BEFORE_YEAR_STOP = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "zum", "zur", "ein", "eine", "einem",
        "einen", "einer", "eines", "sein", "seine", "seinem", "seinen", "seiner", "ihr",
        "ihre", "ihrem", "ihren", "ihrer", "am", "im", "vom",
    }
)  # fmt: skip


def fix_sentence_starts(toks: TokenArrays, starts: list[int]) -> list[int]:
    """The sentencizer's sentence starts, corrected cheaply: no cut after an abbreviation
    whose stop stands alone ("Abg. Müller", "Präs. kam"), nor before a lower-case word after
    a short word's stop; a cut after a year that closes a sentence ("im Jahr 2020. Danach")."""
    text = toks.text
    out: list[int] = []
    for start in starts:
        if out and start >= 1 and text[toks.idx[start - 1] : toks.end[start - 1]] == ",":
            continue  # "König Felipe VI., Argentiniens Präsident": a comma goes on
        if out and start >= 2 and text[toks.idx[start - 1] : toks.end[start - 1]] == ".":
            before = toks.word(start - 2)
            # the stop touches the word: "Abg." (not "kam ." or a sentence-final "an .")
            attached = toks.end[start - 2] == toks.idx[start - 1]
            if (
                attached
                and before.isalpha()
                and (
                    before in ABBREVIATIONS
                    or (len(before) == 1 and before.isupper())
                    or (len(before) <= 4 and toks.word(start)[:1].islower())
                )
            ):
                continue
        out.append(start)
    if "." in text:
        extra: list[int] = []
        for match in _YEAR_STOP.finditer(text):
            at = bisect.bisect_left(toks.idx, match.start())
            if (
                at >= len(toks.idx)
                or toks.idx[at] != match.start()
                or toks.end[at] != match.end()
                or (at > 0 and toks.word(at - 1).lower() in _NOT_BEFORE_YEAR_STOP)
            ):
                continue
            nxt = at + 1
            while nxt < len(toks.idx) and toks.space[nxt]:
                nxt += 1
            if nxt < len(toks.idx):
                extra.append(nxt)
        extra += _after_regnal_numbers(toks)
        if extra:
            out = sorted(set(out) | set(extra))
    return out


# Words that open a sentence far more often than they follow a name: after "Charles III." they
# start the next sentence ("König Charles III. Am Donnerstag reist Biden weiter").
_SENTENCE_OPENERS = (
    "Am Im In Der Die Das Den Dem Des Er Sie Es Nach Bei Mit Auch Doch Dann Danach Dort Zuvor "
    "Anschließend Zuletzt Bereits Schon Für Auf Aus Vor Seit Wie Als Nun Jetzt Heute Gestern "
    "Zudem Außerdem Später Damit Dabei Daher Deshalb Trotzdem Zugleich Gleichzeitig".split()
)
_REGNAL_STOP = re.compile(r"\b[IVX]+\.[ \t]+(?=(?:" + "|".join(_SENTENCE_OPENERS) + r")\b)")


def _after_regnal_numbers(toks: TokenArrays) -> list[int]:
    """Cuts after a regnal number that the tokenizer keeps with its stop ("III.") when a
    sentence opener follows."""
    cuts = []
    for match in _REGNAL_STOP.finditer(toks.text):
        at = bisect.bisect_left(toks.idx, match.end())
        if at < len(toks.idx) and toks.idx[at] == match.end():
            cuts.append(at)
    return cuts


class TokenArrays:
    """Per-token attributes of a parsed doc, read once into plain lists (indexing a list is
    far cheaper than building `Token` objects): hashes, character offsets, space flags and
    sentence starts."""

    __slots__ = ("end", "flags", "idx", "lower", "orth", "sent_starts", "space", "text")

    def __init__(self, doc: Doc) -> None:
        # The text as the caller gave it (`parse`), else rebuilt from the doc (`Doc.text` makes
        # a `Token` object per token: as costly as the rest of this together).
        self.text: str = doc.user_data.get(TEXT_KEY) or doc.text
        self.flags: list[int] | None = None  # clause flags, filled by the extractor
        n = len(doc)
        array = doc.to_array([ORTH, LOWER, IDX, LENGTH, IS_SPACE, IS_PUNCT, SENT_START])
        self.orth: list[int] = array[:, 0].tolist() if n else []
        self.lower: list[int] = array[:, 1].tolist() if n else []
        self.idx: list[int] = array[:, 2].tolist() if n else []
        self.end: list[int] = (array[:, 2] + array[:, 3]).tolist() if n else []
        self.space: list[int] = array[:, 4].tolist() if n else []
        self.sent_starts: list[int] = []
        if not n:
            return
        flags: list[int] = array[:, 6].tolist()
        if not any(flags[1:]) and n > 1:
            # Unparsed for sentences: the sentencizer's rule, corrected, set on the doc too.
            starts = fix_sentence_starts(self, sentencizer_starts(self.orth, array[:, 5].tolist()))
            column = numpy.full((n, 1), -1, dtype="int64")
            column[starts, 0] = 1
            doc.from_array([SENT_START], column.astype("uint64"))  # type: ignore[arg-type]
            self.sent_starts = starts
            return
        starts = [0]
        starts.extend(i for i in range(1, n) if flags[i] == 1)
        self.sent_starts = fix_sentence_starts(self, starts)

    @classmethod
    def of(cls, doc: Doc) -> TokenArrays:
        """The arrays of `doc`, built once and kept in its user data."""
        found: TokenArrays | None = doc.user_data.get("token_arrays")
        if found is None:
            found = doc.user_data["token_arrays"] = cls(doc)
        return found

    def word(self, i: int) -> str:
        return self.text[self.idx[i] : self.end[i]]

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens start..end-1 (as `doc[start:end].text`)."""
        if end <= start:
            return ""
        return self.text[self.idx[start] : self.end[end - 1]]
