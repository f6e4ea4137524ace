"""dateparser's `search_dates` on corpus texts, scored beside our date tagger
(`evaluate_dates --compare-dateparser`).

dateparser reads one date string well (it reads every publication date, see
`articles.publication_dates`); this shows with numbers how it does on running text. It gets
its best chance: German, the article's publication date as the base for relative dates, and
each string it finds read again on its own for its precision ("Mai 2024" is the whole month).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from timeline.extraction.corpus import CorpusDocument
from timeline.extraction.types import DateMention, Precision

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

LANGUAGES = ["de"]


def dateparser_mentions(document: CorpusDocument) -> list[DateMention]:
    """The date expressions `search_dates` finds in the document, as DateMentions."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    base = datetime.combine(document.published or date.today(), datetime.min.time())
    settings = {"RELATIVE_BASE": base}
    found = search_dates(document.text, languages=LANGUAGES, settings=settings) or []
    reader = DateDataParser(languages=LANGUAGES, settings=settings)
    mentions: list[DateMention] = []
    position = 0
    for phrase, moment in found:
        start_char = document.text.find(phrase, position)
        if start_char < 0:  # search_dates returns the text it matched; be safe all the same
            continue
        position = end_char = start_char + len(phrase)
        first, last, precision = _span(reader, phrase, moment.date())
        mentions.append(DateMention(start_char, end_char, phrase, first, last, precision))
    return mentions


def _span(reader: DateDataParser, phrase: str, day: date) -> tuple[date, date, Precision]:
    period = reader.get_date_data(phrase).period
    if period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31), Precision.YEAR
    if period == "month":
        following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        return day.replace(day=1), following - timedelta(days=1), Precision.MONTH
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6), Precision.RANGE
    return day, day, Precision.DAY
