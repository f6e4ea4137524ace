"""The one spaCy pipeline the extractor uses: blank German and a sentencizer, plus lemmas
looked up on demand.

No pretrained German model can be installed where we run, so nothing here requires one. Lemmas
come from spacy-lookups-data's German `lemma_lookup` table, loaded once and read directly for the
few tokens that need one: running spaCy's lemmatizer pipe over every token would cost more than
the rest of the extraction.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token


@cache
def german_pipeline() -> Language:
    """A blank German pipeline with sentence boundaries (built once)."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


@cache
def lemma_table() -> dict[int, str]:
    """The German lookup lemmas keyed by the hash of the word form (`Token.orth`); empty when
    spacy-lookups-data is missing (every word is then its own lemma)."""
    try:
        from spacy.lookups import load_lookups

        table = load_lookups("de", ["lemma_lookup"]).get_table("lemma_lookup")
    except (ValueError, OSError, ImportError, KeyError):
        return {}
    return dict(table.items())


def lemma_of(token: Token) -> str:
    """The lookup lemma of a token, as spaCy's lookup lemmatizer would give it."""
    return lemma_table().get(token.orth, token.text)


@cache
def german_tokenizer_only() -> Language:
    """The blank tokenizer alone: the floor that benchmarks compare against."""
    return spacy.blank("de")


class TokenArrays:
    """Per-token attributes of a parsed doc, read once into plain lists (indexing a list is
    far cheaper than building `Token` objects): hashes, character offsets, space flags and
    sentence starts."""

    __slots__ = ("end", "flags", "idx", "lower", "orth", "sent_starts", "space", "text")

    def __init__(self, doc: Doc) -> None:
        self.text: str = doc.text
        self.flags: list[int] | None = None  # clause flags, filled by the extractor
        rows: list[list[int]] = (
            doc.to_array([ORTH, LOWER, IDX, LENGTH, IS_SPACE]).tolist() if len(doc) else []
        )
        self.orth: list[int] = [r[0] for r in rows]
        self.lower: list[int] = [r[1] for r in rows]
        self.idx: list[int] = [r[2] for r in rows]
        self.end: list[int] = [r[2] + r[3] for r in rows]
        self.space: list[int] = [r[4] for r in rows]
        self.sent_starts: list[int] = [s.start for s in doc.sents] if rows else []

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
