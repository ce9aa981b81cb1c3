"""The shipped models: what names them in stored reports, and what the tagger is given."""

import json
from pathlib import Path

import pytest

from sanctionwatch.extract.learn import models, tagger
from sanctionwatch.extract.learn.corpus import load_corpus

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared corpus not available")


def test_the_models_digest_changes_with_the_record_and_the_furniture_weights(
    tmp_path: Path,
) -> None:
    shipped = models.MODELS_DIR / models.RECORD_FILE
    (tmp_path / models.RECORD_FILE).write_bytes(shipped.read_bytes())
    furniture = tmp_path / "furniture.json"
    furniture.write_bytes(models.FURNITURE_FILE.read_bytes())
    first = models.models_digest(tmp_path, furniture)
    assert first == models.models_digest()  # the same bytes name the same models
    record = json.loads(shipped.read_text(encoding="utf-8"))
    record["seed"] += 1
    (tmp_path / models.RECORD_FILE).write_text(json.dumps(record), encoding="utf-8")
    retrained = models.models_digest(tmp_path, furniture)
    assert retrained != first
    furniture.write_text(furniture.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert models.models_digest(tmp_path, furniture) not in (first, retrained)
    (tmp_path / models.RECORD_FILE).unlink()
    assert models.models_digest(tmp_path, furniture) != retrained


def test_stored_reports_name_the_shipped_models() -> None:
    from sanctionwatch.batch import EXTRACTOR_VERSION
    from sanctionwatch.store.tables import articles

    assert EXTRACTOR_VERSION.endswith("+models-" + models.models_digest())
    assert len(EXTRACTOR_VERSION) <= articles.c.extractor.type.length


def test_the_model_features_are_read_from_the_model_file() -> None:
    for name in (models.TAGGER_FILE, models.JUDGE_FILE, models.ROLES_FILE):
        tagger = models.Tagger()
        tagger.open(str(models.MODELS_DIR / name))
        assert models.attributes(models.MODELS_DIR / name) == frozenset(tagger.info().attributes)


def test_each_model_file_is_loaded_into_its_own_field() -> None:
    loaded = models.Models.load(models.MODELS_DIR)
    for field, name in (
        ("tagger", models.TAGGER_FILE),
        ("judge", models.JUDGE_FILE),
        ("roles", models.ROLES_FILE),
        ("candidates", models.CANDIDATES_FILE),
    ):
        assert getattr(loaded, field).known == models.attributes(models.MODELS_DIR / name)
    assert loaded.names is not None
    assert loaded.record == json.loads(
        (models.MODELS_DIR / models.RECORD_FILE).read_text(encoding="utf-8")
    )


def test_not_a_model_file_has_no_feature_list(tmp_path: Path) -> None:
    path = tmp_path / "x.crfsuite"
    path.write_bytes(b"lCRF" + bytes(60))
    assert models.attributes(path) is None
    assert models.attributes(tmp_path / "missing.crfsuite") is None


@needs_shared
def test_leaving_out_unknown_features_changes_no_label_or_marginal() -> None:
    """The tagger reads only the features its model knows: bit for bit the same result."""
    from sanctionwatch.extract import pipeline
    from sanctionwatch.extract.document import Doc

    bundle = models.shipped()
    known = bundle.tagger.known
    assert known
    plain = models.Tagger()
    plain.open(str(models.MODELS_DIR / models.TAGGER_FILE))
    left_out = 0
    for example in load_corpus(SHARED / "corpus" / "dev")[:12]:
        doc = Doc(example.article)
        doc.models = bundle
        for stage in pipeline.DEFAULT_PIPELINE[:-1]:
            doc = pipeline.STAGES[stage](doc)
        every = list(tagger.sequences(doc, bundle.names))
        fewer = list(tagger.sequences(doc, bundle.names, known=known))
        for (_, toks, _, all_feats), (_, _, _, model_feats) in zip(every, fewer, strict=True):
            assert all(set(m) <= set(a) for m, a in zip(model_feats, all_feats, strict=True))
            left_out += sum(map(len, all_feats)) - sum(map(len, model_feats))
            labels = plain.tag(all_feats)
            marginals = [plain.marginal(y, k) for k in range(len(toks)) for y in plain.labels()]
            assert plain.tag(model_feats) == labels
            assert [plain.marginal(y, k) for k in range(len(toks)) for y in plain.labels()] == (
                marginals
            )
    assert left_out > 0
