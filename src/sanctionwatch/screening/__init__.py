"""Screening: who on the served lists a party may be, with a score that explains itself.

    >>> from sanctionwatch.screening import Index, Query, score
    >>> kim = {"id": "x", "schema": "Person", "properties": {"name": ["Kim Jong Un"]}}
    >>> index = Index.build([kim])
    >>> index.match(Query(names=["김정은"], schema="Person"))[0].entity_id
    'x'

`Index` (index.py) retrieves candidates; `score` (scorer.py) compares one pair and is
what the index uses; `FEATURES` (features.py) documents every feature and its weight.
"""

from sanctionwatch.screening.features import (
    ALGORITHM,
    DESCRIPTION,
    FEATURES,
    THRESHOLD,
    FeatureResult,
    FeatureSpec,
)
from sanctionwatch.screening.index import Hit, Index
from sanctionwatch.screening.query import Query, prepare
from sanctionwatch.screening.scorer import Result, score

__all__ = [
    "ALGORITHM",
    "DESCRIPTION",
    "FEATURES",
    "THRESHOLD",
    "FeatureResult",
    "FeatureSpec",
    "Hit",
    "Index",
    "Query",
    "Result",
    "prepare",
    "score",
]
