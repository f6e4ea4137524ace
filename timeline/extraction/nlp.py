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
from spacy.language import Language
from spacy.tokens import Token


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
