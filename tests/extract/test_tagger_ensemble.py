"""The target tagger as a bagged ensemble: member files, bags, averaged marginals."""

from pathlib import Path

import pycrfsuite
import pytest

from sanctionwatch.extract.learn import gazetteer, models, tagger, train
from sanctionwatch.extract.learn.corpus import load_corpus

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared corpus not available")


def test_each_article_is_left_out_by_one_member_drawn_from_its_own_seed() -> None:
    stems = [f"w{n:04d}" for n in range(400)]
    parts = [tagger.member_of(7, stem, 4) for stem in stems]
    assert set(parts) == {0, 1, 2, 3}
    assert all(60 < parts.count(m) < 140 for m in range(4))  # about a quarter each
    # an article's part does not depend on which other articles there are
    assert [tagger.member_of(7, stem, 4) for stem in stems[::-1]] == parts[::-1]
    assert [tagger.member_of(8, stem, 4) for stem in stems] != parts


def test_members_draw_their_own_sentences_without_marks_and_member_0_the_single_taggers() -> None:
    draws = [[tagger.without_marks(7, "w0001", i, m) for i in range(200)] for m in range(3)]
    assert draws[0] == [tagger.without_marks(7, "w0001", i) for i in range(200)]
    assert draws[0] != draws[1] != draws[2]


def test_member_files_sit_beside_member_0(tmp_path: Path) -> None:
    path = tmp_path / models.TAGGER_FILE
    assert models.member_path(path, 0) == path
    assert models.member_path(path, 2) == tmp_path / "targets.2.crfsuite"
    assert models.member_paths(path) == []
    for m in (0, 1, 3):  # a gap ends the ensemble
        models.member_path(path, m).write_bytes(b"")
    assert models.member_paths(path) == [path, tmp_path / "targets.1.crfsuite"]


@needs_shared
def test_the_ensembles_marginals_and_labels_are_the_mean_of_its_members(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    examples = load_corpus(SHARED / "corpus" / "dev")[:8]
    names = gazetteer.Gazetteer(gazetteer.build(SHARED / "lists", ["un/consolidated.xml"]))
    docs = [(train.rule_doc(ex), ex) for ex in examples]
    path = tmp_path / models.TAGGER_FILE
    monkeypatch.setattr(tagger, "MEMBERS", 3)
    assert tagger.train(docs, names, path, 7)["members"] == 3
    paths = models.member_paths(path)
    assert len(paths) == 3
    members = [models.opened_tagger(p) for p in paths]
    ensemble = models.Ensemble(members)
    assert ensemble.labels()[0] == "O" and "B-person" in ensemble.labels()
    assert ensemble.known == frozenset().union(*(m.known or () for m in members))
    # each member left out its own articles: three different models
    assert len({p.read_bytes() for p in paths}) == 3

    compared = 0
    for doc, _ in docs:
        for _, toks, _, feats in tagger.sequences(doc, names, encoded=True):
            mean = ensemble.marginals(feats)
            for label in ensemble.labels():
                j = ensemble.labels().index(label)
                own = []
                for member in members:
                    member.set(feats)
                    own.append(
                        [
                            member.marginal(label, k) if label in member.labels() else 0.0
                            for k in range(len(toks))
                        ]
                    )
                for k in range(len(toks)):
                    assert mean[k][j] == pytest.approx(sum(o[k] for o in own) / 3, abs=1e-12)
                    compared += 1
            assert all(sum(row) == pytest.approx(1.0) for row in mean)
    assert compared > 1000

    # the stage reads the ensemble: a mention's tokens take their most likely label under
    # the mean, its confidence is the least of those; a rule token's P(target) is 1 - P(O)
    mentions_seen = 0
    for doc, _ in docs:
        mentions, tokens = tagger.tag(doc, ensemble, names)
        mentions_seen += len(mentions)
        expected_tokens = []
        for i, toks, ctx, feats in tagger.sequences(
            doc, names, tagger.wanted(doc), ensemble.known, encoded=True
        ):
            offset = doc.sentences[i].start
            mean = ensemble.marginals(feats)
            expected_tokens.extend(
                (offset + t.start, offset + t.end, 1.0 - mean[k][0])
                for k, t in enumerate(toks)
                if ctx.rule_target[k] or ctx.rule_other[k]
            )
            for m in (m for m in mentions if m.sentence == i):
                ks = [k for k, t in enumerate(toks) if m.start <= offset + t.start < m.end]
                labels = [ensemble.labels()[row.index(max(row))] for row in (mean[k] for k in ks)]
                assert labels == [f"B-{m.kind}"] + [f"I-{m.kind}"] * (len(ks) - 1) or (
                    labels == [f"I-{m.kind}"] * len(ks)
                )
                assert m.confidence == pytest.approx(min(max(mean[k]) for k in ks))
        assert [t[:2] for t in tokens] == [t[:2] for t in expected_tokens]
        assert [t[2] for t in tokens] == pytest.approx([t[2] for t in expected_tokens])
    assert mentions_seen > 0


@needs_shared
def test_a_smaller_ensemble_removes_the_files_of_a_larger_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    examples = load_corpus(SHARED / "corpus" / "dev")[:3]
    names = gazetteer.Gazetteer(gazetteer.build(SHARED / "lists", ["un/consolidated.xml"]))
    docs = [(train.rule_doc(ex), ex) for ex in examples]
    path = tmp_path / models.TAGGER_FILE
    monkeypatch.setattr(tagger, "MEMBERS", 2)
    tagger.train(docs, names, path, 7)
    assert len(models.member_paths(path)) == 2
    monkeypatch.setattr(tagger, "MEMBERS", 1)
    tagger.train(docs, names, path, 7)
    assert models.member_paths(path) == [path]
    single = pycrfsuite.Tagger()
    single.open(str(path))  # member 0 alone is a plain crfsuite model
    assert "O" in single.labels()
