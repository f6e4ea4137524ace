from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from articles.models import Article
from articles.selectors import article_list


@require_GET
def article_index(request: HttpRequest) -> HttpResponse:
    page = Paginator(article_list(), 50).get_page(request.GET.get("page"))
    return render(request, "articles/index.html", {"page": page})


@require_GET
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    return render(request, "articles/detail.html", {"article": article})
