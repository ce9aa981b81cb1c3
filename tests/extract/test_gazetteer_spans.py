"""`Gazetteer.spans` reads on from a name's first word only while the words may still
make a list name (`prefixes`): the same spans as trying every length."""

from pathlib import Path

import pytest

from sanctionwatch.extract.learn import features, models
from sanctionwatch.extract.learn.corpus import load_corpus
from sanctionwatch.extract.learn.gazetteer import Gazetteer

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def every_length(names: Gazetteer, words: list[str], most: int = 8) -> list[tuple[int, int]]:
    """The longest list name (of at most `most` words) at each word, left to right,
    trying every length."""
    found, i = [], 0
    while i < len(words):
        top = min(len(words), i + most)
        ends = [j for j in range(i + 1, top + 1) if " ".join(words[i:j]) in names.names]
        if ends:
            found.append((i, max(ends)))
            i = max(ends)
        else:
            i += 1
    return found


def test_a_name_cut_short_falls_back_to_the_longest_whole_one() -> None:
    names = Gazetteer(["alpha beta gamma delta", "alpha beta", "beta gamma delta epsilon"])
    words = ["alpha", "beta", "gamma", "x", "beta", "gamma", "delta", "alpha", "beta", "gamma"]
    assert names.spans(words) == every_length(names, words) == [(0, 2), (7, 9)]
    assert names.spans(["alpha", "beta", "gamma", "delta"]) == [(0, 4)]
    assert "alpha beta gamma" in names.prefixes and "alpha beta" in names.prefixes
    assert "alpha" not in names.prefixes  # one word is no prefix: every name opens so


@pytest.mark.skipif(not (SHARED / "corpus" / "dev").is_dir(), reason="shared corpus missing")
def test_spans_over_corpus_sentences_are_those_of_every_length() -> None:
    names = models.shipped().names
    most = max(name.count(" ") + 1 for name in names.names)
    checked = found = 0
    for example in load_corpus(SHARED / "corpus" / "dev"):
        for line in example.article.text.split("\n"):
            words = [t.text.lower() for t in features.tokenize(line) if t.text[0].isalnum()]
            spans = names.spans(words)
            assert spans == every_length(names, words, most)
            checked += 1
            found += len(spans)
    assert checked > 500 and found > 20
