"""The target tagger's feature strings: what each token is given, and in which order."""

import re
from pathlib import Path

from sanctionwatch.extract.learn import features, train
from sanctionwatch.extract.learn.corpus import Example
from sanctionwatch.extract.learn.gazetteer import Gazetteer
from sanctionwatch.model import Article


def test_open_marks_start_after_the_word_that_opens_them() -> None:
    words = ["firms", "including", "Alpha", "(", "Kappa", ")", "and", "Beta", ":", "Gamma"]
    column = features._opened_column(words, [w.lower() for w in words])
    assert column == [
        (),
        (),  # the cue itself is not after a cue
        ("aftercue",),
        ("aftercue",),
        ("aftercue", "paren"),
        ("aftercue", "paren"),  # the closing parenthesis is still inside
        ("aftercue",),
        ("aftercue",),
        ("aftercue",),
        ("aftercue", "colon"),
    ]
    assert features._opened_column(["no", "marks"], ["no", "marks"]) == [(), ()]


def test_each_token_takes_the_nearest_trigger_the_first_of_equals() -> None:
    column = features._trigger_column(14, [(3, "imposed"), (1, "proposed")])
    assert column[0] == ("trig=b1", "trs=bproposed")
    assert column[1] == ("trig=t0", "trs=tproposed")
    assert column[2] == ("trig=b1", "trs=bimposed")  # as near to both: the first listed
    assert column[4] == ("trig=a1", "trs=aimposed")
    assert column[6] == ("trig=a2", "trs=aimposed")  # distance 3 falls in bucket 2
    assert column[13] == ("trig=a9", "trs=aimposed")  # ten past it: the far bucket
    assert features._trigger_column(3, []) == [(), (), ()]


def test_every_token_has_one_sentence_string_and_no_bias() -> None:
    text = "The EU imposed sanctions on firms including Alpha Shipping Ltd and Beta Trading LLC."
    doc = train.rule_doc(Example(Article(id="f1", text=text), {"actions": []}))
    toks = features.tokenize(doc.sentences[0].text)
    ctx = features.context(doc, 0, toks, features.doc_marks(doc))
    feats = features.sentence_features(doc, 0, toks, ctx, Gazetteer(["alpha shipping ltd"]))
    assert len(feats) == len(toks)
    for tok in feats:
        assert [f for f in tok if f.startswith("sp=")] == ["sp=sfirst"]
        assert "b" not in tok and not any(f.startswith(("sent=", "pos=")) for f in tok)
    words = [t.text for t in toks]
    alpha = feats[words.index("Alpha")]
    # own word first, then the neighbours two before to two after, then the marks
    assert alpha[:4] == ["w=alpha", "sh=Xx", "s3=pha", "p3=alp"]
    assert alpha.index("w-2=firms") < alpha.index("w-1=including") < alpha.index("w1=shipping")
    assert alpha.index("w1=shipping") < alpha.index("w2=ltd") < alpha.index("gaz=B")
    assert "aftercue" in alpha and "aftercue" not in feats[words.index("including")]
    assert "gaz=I" in feats[words.index("Ltd")] and "gaz-1=B" in feats[words.index("Shipping")]
    assert feats[0][-1] == "BOS" and feats[-1][-1] == "EOS"
    assert "w-2=<s>" in feats[1] and "w2=<s>" in feats[-2]


def test_encoded_features_are_the_same_strings_as_bytes() -> None:
    """The tagger's bytes form (`encoded`) names exactly the features of the str form."""
    text = (
        "Washington imposed sanctions on Alpha Shipping Ltd, the tanker Ocean Star and "
        "its owner, Omar al-Rahim, the Treasury said on Tuesday."
    )
    doc = train.rule_doc(Example(Article(id="f2", text=text), {"actions": []}))
    toks = features.tokenize(doc.sentences[0].text)
    ctx = features.context(doc, 0, toks, features.doc_marks(doc))
    names = Gazetteer(["alpha shipping ltd"])
    plain = features.sentence_features(doc, 0, toks, ctx, names)
    encoded = features.sentence_features(doc, 0, toks, ctx, names, encoded=True)
    assert any(isinstance(f, bytes) for tok in encoded for f in tok)
    decoded = [[f.decode() if isinstance(f, bytes) else f for f in tok] for tok in encoded]
    assert decoded == plain
    # the str form stays str whatever was built before (training reads it as text)
    again = features.sentence_features(doc, 0, toks, ctx, names)
    assert again == plain and all(isinstance(f, str) for tok in again for f in tok)


def test_collapse_runs_is_the_regex_it_replaces() -> None:
    """`collapse_runs` gives what re.sub(r"(.)\\1+", r"\\1", ...) gives: over the shapes
    of real words and over raw text with its newlines (which `.` does not match)."""
    runs = re.compile(r"(.)\1+")
    text = (Path(__file__).parents[2] / "corpus" / "written" / "w001.txt").read_text()
    samples = [features._shape(w) for w in text.split()] + [text, "a\n\n\nbb\n", "ééé--  x"]
    for s in samples:
        assert features.collapse_runs(s) == runs.sub(r"\1", s)
    assert features._shape("Rosneft-2024") == "Xx-d"
