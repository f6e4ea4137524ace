"""Marking spans of a text (actors, places, date phrases, triggers) as HTML.

The text is untrusted (it comes from scraped articles): every piece of it goes through
`escape`; only the <mark> tags we write ourselves are markup. Nothing here calls mark_safe on
text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString

KINDS = ("actor", "place", "date", "trigger")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # one of KINDS
    label: str = ""  # canonical actor/place, event type or resolved date, for the title


def find_terms(text: str, terms: Iterable[str], kind: str, label: str = "") -> list[Span]:
    """Every whole-word occurrence of each term (case-insensitive) as a span."""
    spans: list[Span] = []
    for term in {t.strip() for t in terms if t and t.strip()}:
        pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
        spans.extend(Span(m.start(), m.end(), kind, label) for m in pattern.finditer(text))
    return spans


def _non_overlapping(spans: Iterable[Span], length: int) -> list[Span]:
    """Longest spans first win; the survivors in text order."""
    chosen: list[Span] = []
    taken = [False] * length
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        start, end = max(0, span.start), min(length, span.end)
        if start >= end or any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        chosen.append(Span(start, end, span.kind, span.label))
    return sorted(chosen, key=lambda s: s.start)


def highlight(text: str, spans: Sequence[Span]) -> SafeString:
    """`text` escaped, each span wrapped in <mark class="hl hl-KIND">."""
    parts: list[str] = []
    position = 0
    for span in _non_overlapping(spans, len(text)):
        parts.append(escape(text[position : span.start]))
        if span.label:
            parts.append(
                format_html(
                    '<mark class="hl hl-{}" title="{}">{}</mark>',
                    span.kind,
                    span.label,
                    text[span.start : span.end],
                )
            )
        else:
            parts.append(
                format_html(
                    '<mark class="hl hl-{}">{}</mark>', span.kind, text[span.start : span.end]
                )
            )
        position = span.end
    parts.append(escape(text[position:]))
    # Every part above is either escape()d text or format_html output.
    return SafeString("".join(parts))
