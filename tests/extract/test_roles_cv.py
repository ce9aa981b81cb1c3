"""bench/roles_cv.py's per-target outcomes: what its calibration and origin tables count."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sanctionwatch.extract.learn import models, stage, train
from sanctionwatch.extract.learn.corpus import load_corpus

BENCH = Path(__file__).parents[2] / "bench"
SHARED = Path(__file__).parents[3] / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared corpus not available")


def _bench():
    sys.path.insert(0, str(BENCH))
    try:
        import cv
        import roles_cv
    finally:
        sys.path.remove(str(BENCH))
    return cv.load_scorer(SHARED / "eval" / "score.py"), roles_cv


def _target(name: str, confidence: float | None = None) -> dict:
    out: dict = {"name": name, "kind": "organization", "aliases": []}
    if confidence is not None:
        out["confidence"] = confidence
    return out


def _action(authority: str, names: list[str], status: str = "imposed") -> dict:
    return {
        "authority": authority,
        "status": status,
        "date": None,
        "targets": [_target(n, 0.5) for n in names],
    }


@needs_shared
def test_outcomes_count_right_wrong_and_unpaired_targets_as_the_scorer_does() -> None:
    score, roles_cv = _bench()
    gold = {
        "actions": [
            {**_action("US", []), "targets": [_target("Alpha Trading"), _target("Beta Bank")]},
            {**_action("UK", [], "threatened"), "targets": [_target("Gamma Oil")]},
        ]
    }
    pred = {
        "actions": [
            _action("US", ["alpha trading", "Delta Shipping"]),  # one right, one extra
            _action("EU", ["Beta Bank"]),  # no EU action in the gold: unpaired, wrong
            _action("UK", ["Gamma Oil"], "threatened"),  # a threat: not a scored target
        ]
    }
    origins = [["rule", "tagger"], ["member"], ["rule"]]
    got = roles_cv.outcomes(score, gold, pred, origins)
    assert got == [
        (0.5, True, True, "rule"),
        (0.5, False, True, "tagger"),
        (0.5, False, False, "member"),
    ]
    tally = score.score_article("x", gold, pred).targets
    assert (tally.tp, tally.fp) == (sum(g[1] for g in got), sum(not g[1] for g in got))


@needs_shared
def test_origins_name_the_stage_part_of_every_target_and_leave_the_stage_as_it_was() -> None:
    _, roles_cv = _bench()
    adders = (stage.add_list_members, stage.add_registered_items)
    shipped = models.shipped()
    seen = set()
    for ex in load_corpus(SHARED / "corpus" / "seeds")[:8]:
        doc = train.rule_doc(ex)
        doc.models = shipped
        held = [t for a in doc.actions for t in a.targets]
        with roles_cv.Origins() as origins:
            doc = stage.learned_targets(doc)
        found = origins.of({id(t) for t in held}, doc.actions)
        for action, names in zip(doc.actions, found, strict=True):
            assert len(names) == len(action.targets)
            for target, origin in zip(action.targets, names, strict=True):
                assert origin in roles_cv.ORIGINS
                assert (origin == "rule") == any(target is t for t in held)
                seen.add(origin)
        # wrapped or not, the stage gives the same actions
        plain = train.rule_doc(ex)
        plain.models = shipped
        plain = stage.learned_targets(plain)
        assert [a.to_dict() for a in doc.actions] == [a.to_dict() for a in plain.actions]
    assert (stage.add_list_members, stage.add_registered_items) == adders
    assert "rule" in seen
