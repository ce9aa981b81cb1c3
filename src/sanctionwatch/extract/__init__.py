"""News extraction: sanctions actions from article text, rule-based and model-free.

    >>> from sanctionwatch.model import Article
    >>> report = extract(Article(id="a1", text="Japan on Friday froze the assets of 3 firms."))
    >>> report.actions[0].authority
    'JP'

Every evidence span is an offset into the original `article.text`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.pipeline import DEFAULT_PIPELINE, STAGES, register, run
from sanctionwatch.model import Article, Report

__all__ = ["DEFAULT_PIPELINE", "STAGES", "extract", "register"]


def extract(article: Article, pipeline: Sequence[str] = DEFAULT_PIPELINE) -> Report:
    """Extract the sanctions actions an article reports.

    article: the article; `published` may be None, and is then looked for in the text.
    pipeline: stage names to run, in order (see `STAGES`).
    """
    doc = run(Doc(article), pipeline)
    if doc.published != article.published:
        article = dataclasses.replace(article, published=doc.published)
    return Report(article=article, actions=doc.actions)
