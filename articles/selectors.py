from __future__ import annotations

from django.db.models import QuerySet

from articles.models import Article


def article_list() -> QuerySet[Article]:
    """Articles newest first, those without a publication date last."""
    return Article.objects.select_related("outlet").order_by("-published_at", "-id")
