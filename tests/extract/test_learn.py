"""The learned parts: label projection, gazetteer, training path, shipped models."""

import json
from pathlib import Path

import pycrfsuite
import pytest

from sanctionwatch.extract import extract
from sanctionwatch.extract.learn import candidates, gazetteer, models, tagger, train
from sanctionwatch.extract.learn.corpus import (
    CorpusError,
    Example,
    folds,
    load_corpus,
    load_split,
    scored_targets,
)
from sanctionwatch.model import Action, Article, Report, Target

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared corpus not available")


def test_gold_names_are_found_in_the_text_across_spacing_and_case() -> None:
    text = "The Treasury designated SOVCOMFLOT  PJSC and the vessel Hao Fan-6 on Monday."
    spans = tagger.gold_spans(
        text,
        [
            {"name": "Sovcomflot PJSC", "kind": "organization"},
            {"name": "Hao Fan 6", "kind": "vessel"},
        ],
    )
    assert [(text[a:b], kind) for a, b, kind in spans] == [
        ("SOVCOMFLOT  PJSC", "organization"),
        ("Hao Fan-6", "vessel"),
    ]


def test_gazetteer_takes_the_longest_list_name() -> None:
    names = gazetteer.Gazetteer(["islamic revolutionary guard corps", "guard corps"])
    words = ["the", "islamic", "revolutionary", "guard", "corps", "and", "guard", "corps"]
    assert names.spans(words) == [(1, 5), (6, 8)]


def test_gazetteer_tries_only_names_its_first_two_words_open() -> None:
    # "bank" opens a four-word name, but "bank melli" only a two-word one, and "bank"
    # alone is a name: each is found where the text writes it, the longest first
    names = gazetteer.Gazetteer(["bank of east asia", "bank melli", "bank", "melli iran"])
    words = ["bank", "melli", "iran", "bank", "of", "east", "asia", "bank", "of", "x"]
    assert names.spans(words) == [(0, 2), (3, 7), (7, 8)]
    assert names.spans(["bank"]) == [(0, 1)] and names.spans(["melli"]) == []


@needs_shared
def test_gazetteer_reads_an_official_list() -> None:
    names = gazetteer.build(SHARED / "lists", ["un/consolidated.xml"])
    assert len(names) > 1000
    assert names == sorted(set(names))
    assert all(n == gazetteer.normalise(n) for n in names[:200])


def test_missing_model_folder_names_the_files(tmp_path: Path) -> None:
    with pytest.raises(models.ModelError, match=r"targets\.crfsuite.*make train"):
        models.Models.load(tmp_path)


def test_confidence_filter_keeps_unscored_facts() -> None:
    sure = Target("Sure Ltd", "organization", confidence=0.9)
    weak = Target("Weak Ltd", "organization", confidence=0.2)
    report = Report(
        Article(id="a", text="x"),
        [
            Action("US", "imposed", targets=[sure, weak], confidence=0.8),
            Action("EU", "imposed", confidence=0.1),
            Action("GB", "imposed"),
        ],
    )
    kept = report.at_least(0.5)
    assert [a.authority for a in kept.actions] == ["US", "GB"]
    assert [t.name for t in kept.actions[0].targets] == ["Sure Ltd"]
    assert len(report.actions[0].targets) == 2  # the original is untouched


@needs_shared
def test_training_on_a_small_slice_gives_working_models(tmp_path: Path) -> None:
    examples = load_corpus(SHARED / "corpus" / "dev")[:8]
    names = gazetteer.build(SHARED / "lists", ["un/consolidated.xml"])
    record = train.train_all(examples, tmp_path, seed=7, names=names)
    assert record["articles"] == 8
    assert record["tagger"]["mentions"] > 0
    saved = json.loads((tmp_path / models.RECORD_FILE).read_text())
    assert saved["corpus_sha256"] == record["corpus_sha256"]
    again = tmp_path / "again"
    train.train_all(examples, again, seed=7, names=names)
    for path in tmp_path.iterdir():
        if path.is_file():  # the same data, code and seed give the same bytes
            assert path.read_bytes() == (again / path.name).read_bytes(), path.name
    bundle = models.Models.load(tmp_path)
    report = extract(examples[0].article, models=bundle)
    assert report.actions
    for action in report.actions:
        assert 0.0 <= action.confidence <= 1.0
        for target in action.targets:
            assert 0.0 <= target.confidence <= 1.0


@needs_shared
def test_the_tagger_does_not_depend_on_the_order_of_its_training_articles(
    tmp_path: Path,
) -> None:
    # which sentences train without the rules' marks is drawn per sentence, so that
    # adding, removing or reordering articles re-draws no other article's sentences
    # (one stream over the shuffled corpus moved marginals by 0.03 here)
    examples = load_corpus(SHARED / "corpus" / "dev")[:6]
    names = gazetteer.Gazetteer(gazetteer.build(SHARED / "lists", ["un/consolidated.xml"]))
    docs = [(train.rule_doc(ex), ex) for ex in examples]
    tagger.train(docs, names, tmp_path / "forward", 7)
    tagger.train(docs[::-1], names, tmp_path / "backward", 7)

    def marginals(path: Path) -> list[float]:
        crf = pycrfsuite.Tagger()
        crf.open(str(path))
        out = []
        for doc, _ in docs:
            for _, toks, _, feats in tagger.sequences(doc, names):
                crf.set(feats)
                out.extend(crf.marginal("O", k) for k in range(len(toks)))
        return out

    forward, backward = marginals(tmp_path / "forward"), marginals(tmp_path / "backward")
    assert len(forward) == len(backward) > 100
    assert max(abs(a - b) for a, b in zip(forward, backward, strict=True)) < 1e-6
    assert (
        0.3
        < sum(tagger.without_marks(7, ex.stem, i) for ex in examples for i in range(40)) / 240
        < 0.7
    )


@needs_shared
def test_folds_split_by_article_and_cover_the_corpus() -> None:
    examples = load_corpus(SHARED / "corpus" / "seeds", SHARED / "corpus" / "dev")
    split = folds(examples, 5, 1)
    stems = [e.stem for part in split for e in part]
    assert sorted(stems) == sorted(e.stem for e in examples)
    assert split == folds(examples, 5, 1)
    assert max(len(p) for p in split) - min(len(p) for p in split) <= 1


def test_shipped_models_are_small_and_say_what_made_them() -> None:
    folder = models.MODELS_DIR
    total = sum(p.stat().st_size for p in folder.iterdir())
    assert total <= 50 * 1024 * 1024
    record = json.loads((folder / models.RECORD_FILE).read_text())
    assert record["articles"] == len(record["stems"]) > 100
    assert {"seed", "corpus_sha256", "code_sha256", "tagger", "judge"} <= set(record)


def test_the_record_covers_the_rule_stages_code_and_data() -> None:
    # the training docs are made by the rule stages: their modules, their data files
    # and screening's pinyin syllables (vocabulary.pinyin_syllables) all shape them
    names = {(p.parent.name, p.name) for p in train.rule_files()}
    assert {("extract", "zones.py"), ("data", "grammar.toml"), ("data", "pinyin.txt")} <= names
    assert ("data", "furniture.json") in names
    assert not any(n.endswith(".crfsuite") or n == models.RECORD_FILE for _, n in names)


def test_scored_targets_skip_background_optional_and_threatened_actions() -> None:
    def action(name: str, status: str = "imposed", **flags: bool) -> dict:
        return {"status": status, "targets": [{"name": name}], **flags}

    gold = {
        "actions": [
            action("News Ltd"),
            action("Old Ltd", background=True),
            action("Maybe Ltd", optional=True),
            action("Warned Ltd", status="threatened"),
            action("Planned Ltd", status="proposed"),
        ]
    }
    assert [t["name"] for t in scored_targets(gold)] == ["News Ltd", "Planned Ltd"]


@needs_shared
def test_extract_command_leaves_out_facts_below_min_confidence(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sanctionwatch.cli import app

    runner = CliRunner()
    seeds = SHARED / "corpus" / "seeds"
    facts: dict[str, list[float]] = {}
    for label, floor in (("all", "0"), ("sure", "0.9")):
        out = tmp_path / label
        result = runner.invoke(
            app, ["extract", str(seeds), "--out", str(out), "--min-confidence", floor]
        )
        assert result.exit_code == 0, result.output
        facts[label] = [
            c
            for path in out.glob("*.json")
            for a in json.loads(path.read_text())["actions"]
            for c in [a["confidence"], *(t["confidence"] for t in a["targets"])]
        ]
    assert all(0.0 <= c <= 1.0 for c in facts["all"])
    assert all(c >= 0.9 for c in facts["sure"])
    assert len(facts["sure"]) < len(facts["all"])
    bad = runner.invoke(app, ["extract", str(seeds), "--min-confidence", "1.5"])
    assert bad.exit_code != 0


def write_article(folder: Path, stem: str, text: str, gold: object) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_written_articles_are_training_only_and_stems_are_unique(tmp_path: Path) -> None:
    gold = {"actions": [{"authority": "US", "status": "imposed", "targets": []}]}
    real, written = tmp_path / "real", tmp_path / "written"
    write_article(real, "a1", "The US sanctioned Alpha Ltd.", gold)
    write_article(real, "a2", "The EU sanctioned Beta Ltd.", gold)
    write_article(written, "w1", "Japan froze the assets of Gamma Co.", gold)
    examples, extra = load_split([real], [written])
    assert [e.stem for e in examples] == ["a1", "a2"]
    assert [e.stem for e in extra] == ["w1"]
    assert all(e.stem != "w1" for part in folds(examples, 2, 3) for e in part)
    write_article(written, "a2", "A second article under a taken stem.", gold)
    with pytest.raises(CorpusError, match=r"a2\.gold\.json: article 'a2' is also in"):
        load_split([real], [written])


def test_a_bad_gold_file_is_named(tmp_path: Path) -> None:
    write_article(tmp_path, "ok", "text", {"actions": []})
    (tmp_path / "bad.txt").write_text("text", encoding="utf-8")
    (tmp_path / "bad.gold.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"bad\.gold\.json: not a UTF-8 JSON gold file"):
        load_corpus(tmp_path)
    (tmp_path / "bad.gold.json").write_text('{"actions": [{"targets": "X"}]}', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"bad\.gold\.json: actions\[0\]"):
        load_corpus(tmp_path)
    with pytest.raises(CorpusError, match="no such corpus folder"):
        load_corpus(tmp_path / "missing")


@needs_shared
def test_training_command_takes_written_articles_as_extra(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for ex in load_corpus(SHARED / "corpus" / "seeds")[:3]:
        gold = ex.gold
        write_article(corpus / "seeds", ex.stem, ex.article.text, gold)
    written = tmp_path / "written"
    write_article(
        written,
        "w-01",
        "Washington, May 2 2025 - The US Treasury on Friday sanctioned Orion Tanker Ltd "
        "and the vessel SEA LARK (IMO 9234567).",
        {
            "actions": [
                {
                    "authority": "US",
                    "status": "imposed",
                    "targets": [
                        {"name": "Orion Tanker Ltd", "kind": "organization"},
                        {"name": "SEA LARK", "kind": "vessel"},
                    ],
                }
            ]
        },
    )
    out = tmp_path / "models"
    argv = ["--corpus", str(corpus), "--lists", str(SHARED / "lists"), "--out", str(out)]
    names = gazetteer.build(SHARED / "lists", ["un/consolidated.xml"])
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(gazetteer, "build", lambda _lists: names)  # one list is enough here
        assert train.main([*argv, "--extra", str(written)]) == 0
        record = json.loads((out / models.RECORD_FILE).read_text())
        assert record["articles"] == 4 and record["written_articles"] == 1
        assert "w-01" in record["stems"]
        assert train.main([*argv, "--extra"]) == 0  # no training-only folder
        assert json.loads((out / models.RECORD_FILE).read_text())["written_articles"] == 0
        assert train.main([*argv, "--extra", str(tmp_path / "nowhere")]) == 2


def _written(stem: str, firm: str, person: str, speaker: str) -> Example:
    text = (
        f"Oslo on Monday sanctioned {firm}. {person}, who runs the firm, is on the list"
        f" too, minister {speaker} said."
    )
    gold = {
        "actions": [
            {
                "authority": "NO",
                "status": "imposed",
                "targets": [
                    {"name": firm, "kind": "organization"},
                    {"name": person, "kind": "person"},
                ],
            }
        ]
    }
    return Example(Article(id=stem, text=text), gold)


def test_the_candidate_judge_learns_names_the_rules_passed_over(tmp_path: Path) -> None:
    people = [
        ("Nordic Ore Trading", "Lars Berg", "Eva Holm"),
        ("Fjord Metals AS", "Ana Lind", "Per Dahl"),
        ("Tromso Freight", "Kari Moen", "Ola Strand"),
        ("Bergen Bunkering", "Nils Aas", "Siri Vik"),
    ]
    docs = [
        (train.rule_doc(ex), ex) for ex in (_written(f"w{k}", *p) for k, p in enumerate(people))
    ]
    first = docs[0][0]
    passed = [n.text for _, n in candidates.candidates(first)]
    assert "Lars Berg" in passed and "Nordic Ore Trading" not in passed  # the rules hold it
    assert [candidates.gold_label(n, docs[0][1].gold) for _, n in candidates.candidates(first)] == [
        "target" if n == "Lars Berg" else "other" for n in passed
    ]
    names = gazetteer.Gazetteer(())
    counts = candidates.train(docs, names, tmp_path / "c.crfsuite", seed=1)
    assert counts["target"] == 4
    judge = pycrfsuite.Tagger()
    judge.open(str(tmp_path / "c.crfsuite"))
    unseen = train.rule_doc(_written("u", "Alta Shipping", "Jon Eik", "Mia Berg"))
    p = {n.text: prob for _, n, prob in candidates.judge(unseen, judge, names)}
    assert p["Jon Eik"] > 0.5 > p["Mia Berg"]


def test_the_candidate_judge_reads_no_name_in_a_negated_clause() -> None:
    text = (
        "Oslo on Monday sanctioned Nordic Ore Trading. Its owner Lars Berg was also listed,"
        " although his partner Ana Lind is not."
    )
    doc = train.rule_doc(Example(Article(id="n", text=text), {"actions": []}))
    passed = [n.text for _, n in candidates.candidates(doc)]
    assert "Ana Lind" not in passed


def test_the_candidate_judge_reads_the_role_words_before_a_name() -> None:
    text = (
        "Oslo on Monday sanctioned Nordic Ore Trading. The firm shipped parts for "
        "U.S.-designated Sepehr Energy and worked with agencies like Fjord Customs, "
        "and it was linked to Bergen Bunkering."
    )
    doc = train.rule_doc(Example(Article(id="r", text=text), {"actions": []}))
    names = gazetteer.Gazetteer(())
    read = {n.text: candidates.features(doc, i, n, names) for i, n in candidates.candidates(doc)}
    assert {"excl", "prior"} <= set(read["Sepehr Energy"])
    assert "partner" in read["Fjord Customs"]
    assert "excl" in read["Bergen Bunkering"] and "prior" not in read["Bergen Bunkering"]


def test_a_tagged_mention_takes_the_bounds_of_the_name_found_there() -> None:
    from sanctionwatch.extract.learn.stage import snap

    text = "The EU listed Minister of Education Yousef Noori and Boeing Defense, Space & Security."
    doc = train.rule_doc(Example(Article(id="s1", text=text), {"actions": []}))

    def tagged(words: str) -> str:
        start = text.index(words)
        m = tagger.Mention(0, start, start + len(words), words, "person", 0.9)
        return snap(doc, m).text

    assert tagged("Education Yousef Noori") == "Yousef Noori"  # a portfolio is no name
    assert tagged("Boeing Defense") == "Boeing Defense, Space & Security"
    assert tagged("Yousef Noori") == "Yousef Noori"
    assert tagged("listed") == "listed"  # no name there: the tagger's bounds stand


@needs_shared
def test_a_rule_targets_confidence_weighs_the_target_judge_and_the_tagger_alike() -> None:
    """Each model alone ranked the wrong targets poorly (bench/roles_cv.py): a rule
    target's confidence is the mean of the target judge's P(target) (on the scale of a
    judge of rule targets alone, `roles.rule_scale`) and the tagger's."""
    from sanctionwatch.extract.learn import roles, stage

    shipped = models.shipped()
    examples = load_corpus(SHARED / "corpus" / "seeds")[:6]
    checked = 0
    for ex in examples:
        doc = train.rule_doc(ex)
        doc.models = shipped
        stage.judge_actions(doc, shipped)
        _, tokens = tagger.tag(doc, shipped.tagger, shipped.names)
        judged = roles.judge(doc, shipped.roles, shipped.names)
        role = {
            (t.name, a.authority): judged[id(t)]
            for a in doc.actions
            for t in a.targets
            if id(t) in judged
        }
        report = extract(ex.article, models=shipped)
        for action in report.actions:
            for target in action.targets:
                p = role.get((target.name, action.authority))
                if p is None or p < stage.DROP_BELOW:
                    continue
                tagged = max(stage.span_confidence(s.start, s.end, tokens) for s in target.evidence)
                scaled = roles.rule_scale(p, roles.prior_factor(shipped.record))
                assert target.confidence == pytest.approx((scaled + tagged) / 2, abs=0.002)
                checked += 1
    assert checked >= 5


def test_the_gazetteer_holds_a_name_in_another_order_or_without_its_legal_form() -> None:
    names = gazetteer.Gazetteer(["longevity shipping llc", "nasrallah hasan", "ab melli"])
    assert names.holds("Longevity Shipping LLC") == "exact"
    assert names.holds("Longevity Shipping") == "loose"  # the article leaves out "LLC"
    assert names.holds("Hasan NASRALLAH") == "loose"  # given name first
    assert names.holds("Melli") == ""  # a short single word is too often a common one
    assert names.holds("Longevity") == "" and names.holds("—") == ""
    # one normaliser with the rest of the project (sanctionwatch.names)
    assert gazetteer.normalise("Kim Yong-bok, López") == "kim yong bok lopez"


def test_the_judges_read_a_names_first_and_last_word_only_when_it_says_what_kind() -> None:
    from sanctionwatch.extract.learn import roles
    from sanctionwatch.extract.learn.features import generic

    assert generic("Shipping") and generic("of") and generic("General")
    assert not generic("Yakubets") and not generic("Huione")
    doc = train.rule_doc(_written("g", "Nordic Ore Trading", "Lars Berg", "Eva Holm"))
    names = gazetteer.Gazetteer(["nordic ore trading"])
    read = {t.name: roles.features(doc, k, t, names) for k, t in roles.judged(doc)}
    assert "last=trading" in read["Nordic Ore Trading"] and "onlist" in read["Nordic Ore Trading"]
    assert not any(f.startswith("st=") for f in read["Nordic Ore Trading"])  # no status
    passed = {n.text: candidates.features(doc, i, n, names) for i, n in candidates.candidates(doc)}
    assert not any(f.startswith(("first=", "last=")) for f in passed["Lars Berg"])
    assert "lastsh=Xx" in passed["Lars Berg"]


def test_the_target_judge_also_learns_from_the_names_the_rules_passed_over(
    tmp_path: Path,
) -> None:
    from sanctionwatch.extract.learn import roles

    people = [
        ("Nordic Ore Trading", "Lars Berg", "Eva Holm"),
        ("Fjord Metals AS", "Ana Lind", "Per Dahl"),
    ]
    docs = [
        (train.rule_doc(ex), ex) for ex in (_written(f"w{k}", *p) for k, p in enumerate(people))
    ]
    passed = {t.name: k for k, t in roles.passed_over(docs[0][0])}
    assert passed == {"Lars Berg": 0, "Eva Holm": 0}  # both on the firm's action
    held = [(k, t) for doc, _ in docs for k, t in roles.judged(doc)]
    counts = roles.train(docs, gazetteer.Gazetteer(()), tmp_path / "r.crfsuite", seed=1)
    # the rule targets, and the passed-over names that are no gold target ("Eva
    # Holm", "Per Dahl"); a passed-over gold target ("Lars Berg") is left to the
    # candidate judge
    assert counts["target"] + counts["other"] == len(held) + 2


def test_a_targets_confidence_keeps_the_scale_of_a_judge_of_rule_targets_alone() -> None:
    from sanctionwatch.extract.learn import roles

    record = {"roles": {"labels": {"target": 900, "other": 3300, "passed": 3000}}}
    factor = roles.prior_factor(record)
    assert factor == pytest.approx(11.0)  # 3,300 "other" items where rule targets give 300
    assert roles.prior_factor(None) == 1.0 and roles.prior_factor({"roles": {}}) == 1.0
    # the odds times the factor: 0.03 (the drop line) reads as 0.25, and the order stays
    assert roles.rule_scale(0.03, factor) == pytest.approx(0.33 / 1.3)
    assert roles.rule_scale(0.5, 1.0) == 0.5 and roles.rule_scale(1.0, factor) == 1.0
    probs = [0.0, 0.01, 0.1, 0.4, 0.9]
    assert sorted(roles.rule_scale(p, factor) for p in probs) == [
        roles.rule_scale(p, factor) for p in probs
    ]


def test_the_judge_tells_a_hit_state_acting_through_its_own_agency() -> None:
    from datetime import date

    from sanctionwatch.extract.document import Doc
    from sanctionwatch.extract.learn.actions import features
    from sanctionwatch.extract.pipeline import run

    text = (
        "The U.S. Treasury on Thursday sanctioned three men who smuggle fuel for a cartel "
        "in Mexico. Mexico's Financial Intelligence Unit on Thursday added the same men to "
        "its List of Blocked Persons. Separately, Mexico sanctioned two firms in Mexico, "
        "officials said."
    )
    doc = Doc(Article(id="t", text=text, published=date(2025, 6, 4)))
    doc.models = models.Models.empty()
    run(doc, train.RULE_STAGES)
    mx = [k for k, a in enumerate(doc.actions) if a.authority == "MX"]
    assert mx
    feats = [f for k in mx for f in features(doc, k) if f.startswith("auth_is_hit")]
    assert "auth_is_hit_agency" in feats


def test_tokens_are_the_token_pattern_s_matches() -> None:
    """`features.tokenize` places each token by its text: the same tokens, starts and
    ends as the pattern's matches, white space of any kind between them or none."""
    from sanctionwatch.extract.learn.features import TOKEN, tokenize

    texts = [
        "",
        "  ",
        "Ivan Petrov’s firm, A&B Trading_LLC (U.S.-listed) -- said\tno _ more.",
        "a\u00a0b\u2009c\n\nd...e'f'’g",
    ]
    for text in texts:
        got = [(t.start, t.end, t.text) for t in tokenize(text)]
        assert got == [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    assert [t.text for t in tokenize(texts[2])][:4] == ["Ivan", "Petrov’s", "firm", ","]
