"""Structural checks on real articles from the shared corpus (not tuned scores)."""

import json
from datetime import date
from pathlib import Path

import pytest

from sanctionwatch.extract import extract
from sanctionwatch.model import Article

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def load(stem: str) -> Article:
    path = CORPUS / "dev" / f"{stem}.txt"
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    published = meta.get("published")
    return Article(
        id=stem,
        text=path.read_text(encoding="utf-8"),
        published=date.fromisoformat(published) if published else None,
    )


pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")


@pytest.mark.parametrize("stem", ["dev-02", "dev-14", "dev-26", "dev-37"])
def test_every_span_points_into_the_original_text(stem: str) -> None:
    article = load(stem)
    report = extract(article)
    assert report.actions
    for action in report.actions:
        for span in action.evidence:
            assert 0 <= span.start < span.end <= len(article.text)
        for target in action.targets:
            for span in target.evidence:
                assert article.text[span.start : span.end].startswith(target.name[:3])


def test_analysis_piece_without_action_yields_no_scored_action() -> None:
    report = extract(load("dev-41"))
    assert not [
        a for a in report.actions if a.status in ("imposed", "proposed") and not a.background
    ]


def test_state_and_treasury_are_two_actions() -> None:
    report = extract(load("dev-24"))
    agencies = {a.agency for a in report.actions if a.authority == "US" and not a.background}
    assert {"State Department", "Treasury (OFAC)"} <= agencies


def test_vessels_carry_imo_numbers() -> None:
    report = extract(load("dev-37"))
    imos = {t.imo for a in report.actions for t in a.targets if t.kind == "vessel"}
    assert len(imos - {None}) == 4


def test_seed_without_sidecar_gets_publication_date_from_text() -> None:
    path = next((CORPUS / "seeds").glob("003_*.txt"))
    report = extract(Article(id=path.stem, text=path.read_text(encoding="utf-8")))
    assert report.article.published == date(2024, 1, 12)
