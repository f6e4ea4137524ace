"""Writes on the timeline side: extraction of articles into events."""

from __future__ import annotations

from django.db import transaction

from articles.models import Article


def extraction_enqueue_on_commit(article: Article) -> None:
    """Queue extraction of a stored article once the storing transaction commits."""
    from timeline.tasks import article_extract

    Article.objects.filter(pk=article.pk).update(extraction_status=Article.ExtractionStatus.QUEUED)
    article_id = article.pk
    transaction.on_commit(lambda: article_extract.enqueue(article_id))
