"""News extraction: sanctions actions from article text, rules with small learned models over them.

    >>> from sanctionwatch.model import Article
    >>> report = extract(Article(id="a1", text="Japan on Friday froze the assets of 3 firms."))
    >>> report.actions[0].authority
    'JP'

The pipeline is a list of named stages (`data/pipeline.json`), each a function
`Doc -> Doc` in its own module:

- `cleaning`: junk regions (navigation, repeated headlines, date prefixes);
- `dates` ("published"): the publication date, from the article or its text;
- `sentences`: sentence spans over the kept text, headlines and list items flagged;
- `mentions`: states, blocs and agencies (with `actors` deciding who acts);
- `names`: capitalised names with kind, aliases and IMO numbers;
- `frames`: trigger phrases (`triggers`) with status, actor and background flag;
- `assemble`: frames grouped into actions, with targets (`targets`, `zones`),
  counts (`counts`), dates and attributes (`attributes`);
- `learned_targets` (`learn.stage`): the action and target judges score every
  action and target (`confidence`) and drop sure mistakes; the CRF tagger adds
  names the rules missed in enumerations. Models ship in `data/models/`
  (`make train`); `extract(article, models=Models.empty())` runs the rules alone.

Vocabularies and patterns live in `data/`. Every evidence span is an offset into
the original `article.text` (HTML character references are decoded first, `entities`,
and spans mapped back). `register()` adds a stage (e.g. a model-backed one)
without changing the others.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.entities import decoded_article, map_back
from sanctionwatch.extract.learn.models import Models
from sanctionwatch.extract.pipeline import DEFAULT_PIPELINE, STAGES, register, run
from sanctionwatch.model import Article, Report

__all__ = ["DEFAULT_PIPELINE", "STAGES", "extract", "register"]


def extract(
    article: Article, pipeline: Sequence[str] = DEFAULT_PIPELINE, models: Models | None = None
) -> Report:
    """Extract the sanctions actions an article reports.

    article: the article; `published` may be None, and is then looked for in the text.
    pipeline: stage names to run, in order (see `STAGES`).
    models: the learned parts to use; None takes the ones shipped in the package.
    """
    readable, decoded = decoded_article(article)
    doc = Doc(readable)
    doc.models = models
    doc = run(doc, pipeline)
    if decoded is not None:
        map_back(doc.actions, decoded)
    if doc.published != article.published:
        article = dataclasses.replace(article, published=doc.published)
    return Report(article=article, actions=doc.actions)
