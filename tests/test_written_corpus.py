"""The project's own training articles (corpus/written): complete trios, gold in the
ANNOTATION.md shape as the shared scorer reads it, every named target in its text,
and no text lifted from the shared corpus."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from sanctionwatch import model
from sanctionwatch.extract.learn.corpus import load_corpus
from sanctionwatch.screening.query import imo_valid
from tests.conftest import CORPUS, REPO, SHARED

WRITTEN = REPO / "corpus" / "written"
SCORER = SHARED / "eval" / "score.py"

AUTHORITY_BODIES = {"EU", "UN", "G7", "ECOWAS", "AFRICAN_UNION", "ARAB_LEAGUE", "OAS", "ASEAN"}
ACTION_FIELDS = {
    "authority",
    "agency",
    "status",
    "date",
    "targets",
    "counts",
    "measures",
    "target_countries",
    "program",
    "reason",
    "background",
    "optional",
    "evidence",
}
SHINGLE = 12  # words; a run this long shared with another text is copying, not chance

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason="shared scorer not available")


@pytest.fixture(scope="module")
def score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score", module)
    spec.loader.exec_module(module)
    return module


def stems(suffix: str) -> set[str]:
    return {p.name[: -len(suffix)] for p in WRITTEN.glob(f"*{suffix}")}


def number(path: Path) -> int:
    """An article's number: w1000 comes after w999, not after w100."""
    return int(path.name.split(".")[0][1:])


def golds() -> list[Path]:
    return sorted(WRITTEN.glob("*.gold.json"), key=number)


def test_every_article_is_a_complete_trio() -> None:
    texts = {p.stem for p in WRITTEN.glob("*.txt")}
    assert len(texts) >= 20
    assert texts == stems(".meta.json") == stems(".gold.json")
    assert all(re.fullmatch(r"w\d{3,4}", s) for s in texts), sorted(texts)


def test_the_project_loader_reads_every_article() -> None:
    examples = load_corpus(WRITTEN)
    assert [e.stem for e in examples] == sorted(p.stem for p in WRITTEN.glob("*.txt"))
    assert all(e.article.text.strip() for e in examples)


@pytest.mark.parametrize("path", golds(), ids=lambda p: p.name)
def test_gold_follows_the_annotation_shape(path: Path, score: ModuleType) -> None:
    stem = path.name[: -len(".gold.json")]
    gold = score.load(path)
    meta = json.loads((WRITTEN / f"{stem}.meta.json").read_text(encoding="utf-8"))
    text = (WRITTEN / f"{stem}.txt").read_text(encoding="utf-8")
    where = f"{path.name}"
    assert gold["article"]["id"] == meta["id"] == stem, where
    for key in ("title", "published", "source"):
        assert gold["article"][key] == meta[key], f"{where}: article.{key} differs from meta"
    published = date.fromisoformat(meta["published"]) if meta["published"] else None
    for i, action in enumerate(gold["actions"]):
        at = f"{where} actions[{i}]"
        assert set(action) == ACTION_FIELDS, at
        auth = action["authority"]
        assert auth in AUTHORITY_BODIES or re.fullmatch(r"[A-Z]{2}", auth), f"{at}: {auth}"
        assert action["status"] in model.STATUSES, at
        if action["date"] is not None:
            day = date.fromisoformat(action["date"])
            assert score._date(action["date"]) == day, at
            assert published is None or day <= published, f"{at}: dated after publication"
        assert set(action["counts"]) == set(model.TARGET_KINDS), at
        counts = action["counts"].values()
        assert all(v is None or (isinstance(v, int) and v > 0) for v in counts), at
        assert set(action["measures"]) <= set(model.MEASURES), at
        assert all(re.fullmatch(r"[A-Z]{2}", c) for c in action["target_countries"]), at
        assert isinstance(action["background"], bool) and isinstance(action["optional"], bool), at
        for target in action["targets"]:
            tat = f"{at} target {target['name']!r}"
            assert target["kind"] in model.TARGET_KINDS, tat
            for name in [target["name"], *target["aliases"]]:
                assert name in text, f"{tat}: {name!r} does not occur in the text"
                assert score.name_keys(name), tat
            if "imo" in target:
                assert target["kind"] == "vessel" and re.fullmatch(r"\d{7}", target["imo"]), tat
                assert target["imo"] in text, tat
                # invented ships too: a real number has one, and screening reads a bare
                # seven-digit number in a name as an IMO only when its check digit holds
                assert imo_valid(target["imo"]), f"{tat}: IMO check digit fails"


@pytest.mark.parametrize("path", golds(), ids=lambda p: p.name)
def test_gold_scores_perfectly_against_itself(path: Path, score: ModuleType) -> None:
    """Pairing, name keys and counts as the scorer computes them: a gold file that
    cannot match itself (clashing actions, a name with no key) is malformed."""
    gold = score.load(path)
    s = score.score_article(path.stem, gold, gold)
    assert (s.actions.fp, s.actions.fn, s.targets.fp, s.targets.fn) == (0, 0, 0, 0), s.notes
    assert (s.threats.fp, s.threats.fn) == (0, 0), s.notes
    assert s.counts_right == s.counts_total and s.dates_right == s.dates_total, s.notes


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.casefold())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_no_text_is_lifted_from_the_shared_corpus() -> None:
    shared: set[tuple[str, ...]] = set()
    for part in ("train", "dev", "seeds"):
        for p in (CORPUS / part).glob("*.txt"):
            shared |= shingles(p.read_text(encoding="utf-8", errors="replace"))
    for p in sorted(WRITTEN.glob("*.txt")):
        common = shingles(p.read_text(encoding="utf-8")) & shared
        run = " ".join(next(iter(common))) if common else ""
        assert not common, f"{p.name} shares text with the shared corpus: {run}"


def summary_row(path: Path) -> str:
    """The README table row of one article, computed from its files."""
    stem = path.name[: -len(".gold.json")]
    gold = json.loads(path.read_text(encoding="utf-8"))
    meta = json.loads((WRITTEN / f"{stem}.meta.json").read_text(encoding="utf-8"))
    words = len((WRITTEN / f"{stem}.txt").read_text(encoding="utf-8").split())
    parts = []
    for a in gold["actions"]:
        flags = [f for f, key in (("bg", "background"), ("opt", "optional")) if a[key]]
        parts.append(f"{a['authority']}:{a['status']}" + (f"({','.join(flags)})" if flags else ""))
    named = sum(len(a["targets"]) for a in gold["actions"] if not a["background"])
    actions = ", ".join(parts) or "none (negative)"
    cells = [stem, meta["source"], meta["published"] or "–", words, actions, named]
    return "| " + " | ".join(str(c) for c in cells) + " |"


def test_readme_table_says_what_the_files_hold() -> None:
    readme = (WRITTEN / "README.md").read_text(encoding="utf-8")
    rows = [line for line in readme.splitlines() if re.match(r"\| w\d{3,4} \|", line)]
    assert rows == [summary_row(p) for p in golds()]
    actions = [a for p in golds() for a in json.loads(p.read_text(encoding="utf-8"))["actions"]]
    news = Counter(a["status"] for a in actions if not a["background"])
    background = sum(a["background"] for a in actions)
    assert (
        f"{len(rows)} articles, {len(actions)} actions ({news['imposed']} imposed,"
        f" {news['threatened']} threatened, {news['lifted']} lifted, {news['proposed']} proposed,"
        f" {background} background)"
    ) in readme


@pytest.mark.slow
def test_readme_share_of_listed_targets_is_measured(score: ModuleType) -> None:
    """The README's figure for target names found on the official lists (distinct names
    per article, compared with the scorer's name keys)."""
    from sanctionwatch.extract.learn.gazetteer import names_from_lists

    listed: set[str] = set()
    for name in names_from_lists(SHARED / "lists"):
        listed |= score.name_keys(name)
    total = on_list = 0
    for path in golds():
        names = {
            (t["name"], *t["aliases"])
            for a in json.loads(path.read_text(encoding="utf-8"))["actions"]
            for t in a["targets"]
        }
        total += len(names)
        on_list += sum(any(score.name_keys(n) & listed for n in spellings) for spellings in names)
    readme = (WRITTEN / "README.md").read_text(encoding="utf-8")
    assert f"{on_list} of {total} target names" in readme
