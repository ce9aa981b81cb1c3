"""The scorer's features, one table: name, weight and what each one means.

The name score is the base; the other features raise, lower or cap it. A weight's
meaning depends on the feature's `effect`: "base" features give the base score itself
(weight scales it), "add" features add weight (negative to lower), "floor" and "cap"
features hold the score above or below weight.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class FeatureSpec:
    name: str
    weight: float
    effect: str  # "base", "add", "floor" or "cap"
    doc: str

    def __reduce__(self) -> tuple[Any, ...]:
        # By its fields: compiled by mypyc, a frozen dataclass has no unpickling of its own.
        return type(self), tuple(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class FeatureResult:
    """One feature as it fired for one pair, with the values it compared."""

    name: str
    score: float
    weight: float
    detail: str
    query_value: str | None = None
    candidate_value: str | None = None

    # Written out, not generated: compiled by mypyc, a dataclass's generated __init__ is
    # interpreted (a frozen one's sets each field through a Python call), ten times what
    # this native one costs; the scorer makes several per candidate. The same fields, in
    # order, and the same frozen instance.
    def __init__(
        self,
        name: str,
        score: float,
        weight: float,
        detail: str,
        query_value: str | None = None,
        candidate_value: str | None = None,
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "weight", weight)
        object.__setattr__(self, "detail", detail)
        object.__setattr__(self, "query_value", query_value)
        object.__setattr__(self, "candidate_value", candidate_value)

    def __reduce__(self) -> tuple[Any, ...]:
        # By its fields: compiled by mypyc, a frozen dataclass has no unpickling of its own.
        return type(self), tuple(getattr(self, f.name) for f in fields(self))


_TABLE = (
    FeatureSpec(
        "name_match",
        1.0,
        "base",
        "A name of the query equals a name of the candidate once both are transliterated, "
        "spelling variants (Korean, Arabic) made canonical, particles, titles and legal "
        "forms removed, and tokens put in order.",
    ),
    FeatureSpec(
        "name_token_overlap",
        1.0,
        "base",
        "Best pair of names aligned token by token: equal, same consonant skeleton, an "
        "initial, or a close spelling. Unmatched tokens of the query cost more than extra "
        "tokens (a middle name) of the candidate.",
    ),
    FeatureSpec(
        "name_joined_similarity",
        1.0,
        "base",
        "Similarity of the names written without spaces ('Kim Jongun' and 'Kim Jong Un'), "
        "counted only when high.",
    ),
    FeatureSpec(
        "name_acronym",
        1.0,
        "base",
        "An organisation's name is one word made of the first letters of the other's "
        "words, with or without the little ones ('IRGC', 'Islamic Revolutionary Guard "
        "Corps'; 'MIRA', 'Movement for Islamic Reform in Arabia'): 0.85; three letters "
        "0.6, below the threshold (as often another party's initials).",
    ),
    FeatureSpec(
        "imo_match",
        0.98,
        "floor",
        "Query and candidate share an IMO number: the same vessel whatever its name now.",
    ),
    FeatureSpec(
        "imo_mismatch",
        0.3,
        "cap",
        "Both have IMO numbers and none is shared: different vessels however alike the names.",
    ),
    FeatureSpec(
        "identifier_match",
        0.8,
        "floor",
        "Query and candidate share an identifier of six or more characters (passport, "
        "registration or tax number, compared as upper-case alphanumerics).",
    ),
    FeatureSpec(
        "birth_date_match",
        0.05,
        "add",
        "A birth (or incorporation) date of the query equals one of the candidate.",
    ),
    FeatureSpec(
        "birth_year_match",
        0.02,
        "add",
        "Birth (or incorporation) years are equal, no full dates to compare: confirms a "
        "common name.",
    ),
    FeatureSpec(
        "common_name",
        0.65,
        "cap",
        "The name is made of common given names and surnames only ('Mohammed Ali', 'Li "
        "Wei', 'John Smith', a patronymic beside them), or of generic and everyday business "
        "words ('Phoenix Marine'), and nothing confirms it (a shared birth date or year, "
        "identifier or IMO number; a shared country only when the whole name matches) or "
        "something contradicts it (another country, birth year or IMO number): namesakes "
        "are many, so it stays below the threshold.",
    ),
    FeatureSpec(
        "three_part_name",
        0.0,
        "add",
        "A common person's name matched in all three of its parts, a given name, a "
        "patronymic and a surname, the same but for their spelling ('Vasily Aleksandrovich "
        "Orlov', 'Vasilii Aleksandrovich ORLOV'): the three together tell one person from "
        "namesakes as a rare name does, so the common-name cap does not hold it back; "
        "nothing added to the score.",
    ),
    FeatureSpec(
        "other_listed_name",
        -0.12,
        "add",
        "A query word matched only as a misspelling of a candidate's word is itself a name "
        "on the lists ('Zhuravel' against 'Zhuravlev', 'Potanin' against 'Putin'): more "
        "likely another name than a typo; in a person's name one two letters or more from "
        "the candidate's word, neither a cut of it nor its consonants spelt otherwise, "
        "counts three times ('Karchevsky' against 'Kilchevsky'). Screening through the "
        "index only.",
    ),
    FeatureSpec(
        "birth_year_mismatch",
        -0.32,
        "add",
        "Both have birth years and no pair is within one year: likely another person.",
    ),
    FeatureSpec(
        "country_match",
        0.03,
        "add",
        "Query and candidate share a country (nationality, citizenship, jurisdiction, flag).",
    ),
    FeatureSpec(
        "country_mismatch",
        -0.1,
        "add",
        "Both have countries and share none: evidence against, more so for a common name.",
    ),
    FeatureSpec(
        "org_type_mismatch",
        -0.05,
        "add",
        "Both organisation names carry legal forms of different kinds (an LLC against a JSC).",
    ),
    FeatureSpec(
        "schema_mismatch",
        0.0,
        "cap",
        "The query's type (person, organisation, vessel) excludes the candidate's.",
    ),
)

FEATURES: dict[str, FeatureSpec] = {f.name: f for f in _TABLE}
THRESHOLD = 0.7  # a score at or above this is a match
ALGORITHM = "screening-v1"  # the name the API publishes for this scorer
DESCRIPTION = (
    "Names compared across scripts and transliterations (pinyin, Revised Romanization and "
    "McCune-Reischauer, ISO 9, GOST, Ukrainian; Korean and Arabic variants as data), "
    "legal forms and vessel prefixes removed, token order free; IMO and MMSI numbers, "
    "identifiers, birth dates and countries confirm or contradict; a common name needs "
    "one of them to confirm it."
)
