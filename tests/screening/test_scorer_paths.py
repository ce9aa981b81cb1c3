"""The scorer's shortcuts change no score, no feature and no detail.

`_names` skips pairs of name forms whose hooks are disjoint (what `compare_names` scores
0 first thing) and `combine` reads the features in one pass: both are compared with the
plain reading, on parties of the UN consolidated list as shipped in ../shared/lists.
"""

from __future__ import annotations

import itertools
import random

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import scorer
from sanctionwatch.screening.features import FEATURES, FeatureResult
from sanctionwatch.screening.names import compare_names
from sanctionwatch.screening.query import Query, prepare
from sanctionwatch.screening.text import ANY, NameForm
from tests.conftest import LISTS

UN = LISTS / "un/consolidated.xml"


@pytest.fixture(scope="module")
def parties() -> list[Query]:
    entities = read_list(UN).entities()
    return [prepare(Query.from_entity(e)) for e in entities if e["schema"] != "Sanction"]


def _every_pair(
    query: Query, cand: Query, kind: str
) -> tuple[str, float, NameForm | None, NameForm | None]:
    """The best name comparison over every pair of forms, none skipped.

    Written out on purpose, not a call into scorer.py: it is the independent plain
    reading `_names` is checked against. It repeats only `_names`'s rule for which pair
    wins (the first strictly better value, stopping at 1.0) so that the two agree on the
    forms too; scoring through production code would break along with a broken shortcut."""
    best: tuple[str, float, NameForm | None, NameForm | None]
    best = ("name_token_overlap", 0.0, None, None)
    for qf in query.forms:
        for cf in cand.forms:
            feature, value = compare_names(qf, cf, kind)
            if value > best[1]:
                best = (feature, value, qf, cf)
                if value >= 1.0:
                    break
        if best[1] >= 1.0:
            break
    return best


def test_skipping_pairs_without_a_shared_hook_changes_no_name_feature(
    parties: list[Query],
) -> None:
    by_token: dict[str, list[Query]] = {}
    for party in parties:
        for token in {t for f in party.forms for t in f.tokens if len(t) >= 4}:
            by_token.setdefault(token, []).append(party)
    rng = random.Random(11)
    # Parties sharing a word (related names, most pairs of forms still unrelated), and
    # parties drawn at random.
    related = [pair for group in by_token.values() for pair in itertools.pairwise(group)]
    drawn = [(rng.choice(parties), rng.choice(parties)) for _ in range(3000)]
    skipped = scored = 0
    for query, cand in related[:4000] + drawn:
        if query.form_keys & cand.form_keys:
            continue  # found by key, before any pair is compared
        kind = query.kind if query.kind != ANY else cand.kind
        feature, qf, cf = scorer._names(query, cand, kind, {}, {})
        name, value, q_form, c_form = _every_pair(query, cand, kind)
        assert (feature.name, feature.score, qf, cf) == (name, value, q_form, c_form)
        skipped += any(hooks.isdisjoint(f.hooks) for hooks in query.hook_sets for f in cand.forms)
        scored += value > 0
    assert skipped > 1000 and scored > 1000  # both paths were taken


def _reference(features: list[FeatureResult]) -> float:
    """`combine` as the feature table describes it: the best base, plus the adds, held
    above each floor in turn, then below each cap in turn, within [0, 1]."""
    effect = {f.name: FEATURES[f.name].effect for f in features}
    base = max((f.score * f.weight for f in features if effect[f.name] == "base"), default=0)
    score = base + sum(f.weight * f.score for f in features if effect[f.name] == "add")
    for f in features:
        if effect[f.name] == "floor":
            score = max(score, f.weight)
    for f in features:
        if effect[f.name] == "cap":
            score = min(score, f.weight)
    return min(max(score, 0.0), 1.0)


def test_combine_in_one_pass_gives_the_table_s_score() -> None:
    rng = random.Random(3)
    names = sorted(FEATURES)
    checked = 0
    for size in (1, 2, 3):
        for chosen in itertools.combinations(names, size):
            for _ in range(3):
                # Weights as the table has them, and as a caller's `weights` may set them
                # (negative ones too).
                features = [
                    FeatureResult(
                        n,
                        rng.choice((0.0, 0.5, 0.78, 1.0, 2.0)),
                        rng.choice((FEATURES[n].weight, -0.2, 0.0, 0.65, 1.3)),
                        "",
                    )
                    for n in chosen
                ]
                assert scorer.combine(features) == _reference(features), features
                checked += 1
    assert checked > 1000
