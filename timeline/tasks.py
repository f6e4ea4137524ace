from __future__ import annotations

from django.tasks import task


@task()
def article_extract(article_id: int) -> None:
    """Extract the events of one article (background task)."""
    from timeline.services import article_events_extract

    article_events_extract(article_id=article_id)
