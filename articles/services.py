"""Writes to the article store. Each article is stored in its own transaction."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction

from articles.ingestion import ArticleDraft, IngestError, draft_check, iter_input_files, parse_file
from articles.models import Article, Outlet

logger = logging.getLogger(__name__)

ArticleHook = Callable[[Article], None]


@dataclass(slots=True)
class IngestReport:
    ingested: list[Article] = field(default_factory=list)
    # Already stored: (where, the stored article); with `update`, those it completed are in
    # `updated` with the fields set instead.
    duplicates: list[tuple[str, Article]] = field(default_factory=list)
    updated: list[tuple[str, Article, list[str]]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (where, why)
    notes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def article_store(
    *, draft: ArticleDraft, on_created: ArticleHook | None = None
) -> tuple[Article, bool]:
    """Store a draft unless the same article (content hash or URL) is already stored.

    Returns the stored (or existing) article and whether it was created. Raises IngestError
    for a draft that cannot be stored (`articles.ingestion.draft_check`).
    """
    draft = draft_check(draft)
    existing = Article.objects.filter(content_hash=draft.content_hash).first()
    if existing is None and draft.url:
        existing = Article.objects.filter(url=draft.url).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            outlet = None
            if draft.outlet:
                outlet, _ = Outlet.objects.get_or_create(name=draft.outlet)
            article = Article.objects.create(
                outlet=outlet,
                title=draft.title,
                body=draft.body,
                raw_content=draft.raw_content,
                input_format=draft.input_format,
                source_name=draft.source_name,
                url=draft.url,
                published_at=draft.published_at,
                published_basis=draft.published_basis,
                language=draft.language,
                content_hash=draft.content_hash,
                ingest_notes="\n".join(draft.notes),
            )
            if on_created is not None:
                on_created(article)
    except IntegrityError:
        # Another process stored the same article between our check and insert.
        existing = Article.objects.filter(content_hash=draft.content_hash).first()
        if existing is None and draft.url:
            existing = Article.objects.filter(url=draft.url).first()
        if existing is None:
            raise
        return existing, False
    return article, True


def article_complete(
    *, article: Article, draft: ArticleDraft, on_changed: ArticleHook | None = None
) -> tuple[list[str], list[str]]:
    """Fill in what a stored article lacks (publication date, outlet, URL) from a draft of the
    same article; what it has is kept. Returns the fields set and notes on what was kept
    although the draft says otherwise. `on_changed` runs in the same transaction when
    anything was set (e.g. to re-extract)."""
    draft = draft_check(draft)
    changed: list[str] = []
    notes: list[str] = []
    if draft.published_at is not None:
        if article.published_at is None:
            article.published_at = draft.published_at
            article.published_basis = draft.published_basis
            changed += ["published_at", "published_basis"]
        elif draft.published_basis == Article.PublishedBasis.GIVEN and (
            draft.published_at != article.published_at
        ):
            notes.append(
                f"kept the stored publication date {article.published_at.isoformat()} "
                "(--update fills in only what is missing)"
            )
    with transaction.atomic():
        if draft.outlet and article.outlet_id is None:
            article.outlet, _ = Outlet.objects.get_or_create(name=draft.outlet)
            changed.append("outlet")
        if (
            draft.url
            and not article.url
            and not Article.objects.filter(url=draft.url).exclude(pk=article.pk).exists()
        ):
            article.url = draft.url
            changed.append("url")
        if changed:
            article.save(update_fields=[*changed, "updated_at"])
            if on_changed is not None:
                on_changed(article)
    return [name for name in changed if name != "published_basis"], notes


def articles_ingest(
    *,
    paths: Iterable[Path],
    outlet: str | None = None,
    published_at: datetime | None = None,
    on_created: ArticleHook | None = None,
    update: bool = False,
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
) -> IngestReport:
    """Ingest files and folders; a bad file is reported and the batch goes on.

    An article already stored is a duplicate; with `update` what it lacks is filled in from
    the input (`article_complete`) and `on_created` runs for it as for a new one."""
    report = IngestReport()
    files: Iterable[Path] = list(iter_input_files(list(paths)))
    if progress is not None:
        files = progress(files)
    for path in files:
        if not path.exists():
            report.failed.append((str(path), "no such file or folder"))
            continue
        try:
            parsed = parse_file(
                path,
                max_bytes=settings.ARTICLE_MAX_BYTES,
                outlet=outlet,
                published_at=published_at,
            )
        except IngestError as exc:
            report.failed.append((str(path), str(exc)))
            continue
        except OSError as exc:
            report.failed.append((str(path), f"cannot read: {exc.strerror or exc}"))
            continue
        for problem in parsed.errors:
            report.failed.append((str(path), problem))
        for draft in parsed.drafts:
            where = draft.source_name or str(path)
            try:
                article, created = article_store(draft=draft, on_created=on_created)
            except IngestError as exc:
                report.failed.append((where, str(exc)))
                continue
            except DatabaseError as exc:
                # A constraint or value the checks did not foresee: this record only is lost
                # (its own transaction rolled back), the batch goes on.
                logger.exception("storing %s failed", where)
                report.failed.append((where, f"not stored: {type(exc).__name__}: {exc}"[:500]))
                continue
            if created:
                report.ingested.append(article)
                for note in draft.notes:
                    report.notes.append((where, note))
                continue
            if update:
                try:
                    changed, kept = article_complete(
                        article=article, draft=draft, on_changed=on_created
                    )
                except DatabaseError as exc:
                    logger.exception("updating %s failed", where)
                    report.failed.append((where, f"not updated: {type(exc).__name__}: {exc}"[:500]))
                    continue
                report.notes.extend((where, note) for note in kept)
                if changed:
                    report.updated.append((where, article, changed))
                    continue
            report.duplicates.append((where, article))
    return report
