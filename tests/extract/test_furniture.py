"""The furniture line model: what it removes from a page of a site the corpus does
not hold, what it never removes, and that training it is reproducible."""

import json
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

import pytest

from sanctionwatch.extract.cleaning import junk_regions
from sanctionwatch.extract.furniture import (
    FEATURES,
    REGEX_FEATURES,
    TIME_OR_DATE,
    LineStats,
    char_counts,
    features_of,
    furniture_lines,
    model,
    page_features,
    stats,
)
from sanctionwatch.extract.furniture_train import fit, train, written_pages
from sanctionwatch.extract.vocabulary import DATA
from tests.conftest import REPO

CORPUS = REPO.parent / "shared" / "corpus"
FURNITURE = REPO / "bench" / "furniture"

# a page in the manner of a site none of the training pages comes from
PAGE = [
    "Skip to main content",
    "Home | Politics | Business | Culture",
    "Sign in",
    "Iceland joins European measures on Belarus",
    "By Anna Jonsdottir",
    "Share on Facebook",
    "Iceland said on Tuesday it would align with the latest European measures against Belarus.",
    "The foreign ministry said the listings covered the same people and companies as in",
    "Brussels.",
    "Officials did not say when the rules would take effect.",
    "Subscribe to our morning newsletter",
    "Most read",
    "Weather service warns of strong winds",
]


def test_menu_sharing_and_subscription_lines_are_furniture_prose_is_not() -> None:
    said = dict(zip(PAGE, furniture_lines(PAGE), strict=True))
    for line in (
        "Skip to main content",
        "Share on Facebook",
        "Subscribe to our morning newsletter",
    ):
        assert said[line], line
    for line in PAGE[6:10]:
        assert not said[line], line  # prose, and "Brussels." finishing a wrapped sentence
    assert not said["Iceland joins European measures on Belarus"]  # the headline


def test_a_line_about_sanctions_or_stating_an_action_is_never_furniture() -> None:
    lines = ["Menu", "Share", "Related: EU sanctions more tankers", "Subscribe"]
    assert furniture_lines(lines)[2] is False
    lines = ["Menu", "Share", "Treasury targets oil network", "Subscribe"]
    assert furniture_lines(lines)[2] is False


def test_the_cleaner_marks_the_furniture_lines_of_a_page() -> None:
    text = "\n".join(PAGE)
    junk = {text[s:e] for s, e in junk_regions(text)}
    assert "Skip to main content" in junk and "Share on Facebook" in junk
    assert not any(line in junk for line in PAGE[6:10])


def test_features_are_bounded_and_named() -> None:
    for values in page_features(PAGE):
        assert len(values) == len(FEATURES)
        assert all(0.0 <= v <= 1.0 for v in values)


def test_fitting_separates_a_small_labelled_set_and_is_deterministic() -> None:
    pages = written_pages(FURNITURE / "written.txt")[:4]
    xs = [row for p in pages for row in page_features([ln for ln, _ in p])]
    ys = [int(label) for p in pages for _, label in p if label is not None]
    first, again = fit(xs, ys), fit(xs, ys)
    assert first == again
    weights, bias = first
    scores = [bias + sum(w * x for w, x in zip(weights, row, strict=True)) for row in xs]
    right = sum((s > 0) == bool(y) for s, y in zip(scores, ys, strict=True))
    assert right / len(ys) > 0.9


def test_a_malformed_written_page_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "pages.txt"
    path.write_text("F Menu\nP A sentence.\nX what\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"pages\.txt:3: expected"):
        written_pages(path)


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_training_again_reproduces_the_shipped_model() -> None:
    shipped = json.loads((DATA / "furniture.json").read_text(encoding="utf-8"))
    model = train(CORPUS, FURNITURE / "written.txt", FURNITURE / "weak_labels.txt")
    assert model["weights"] == shipped["weights"] and model["bias"] == shipped["bias"]


def corpus_lines() -> list[str]:
    return [
        line.strip()[:200]
        for path in sorted(CORPUS.glob("*/*.txt"))[::3]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_character_counts_equal_counting_each_character() -> None:
    """The ASCII shortcut counts what str.isalpha/isdigit/islower count, character by character."""
    lines = [*corpus_lines(), "", "ABC 123", "x", "Ünïcode ²³ ٣ ΣΑΣ", "İstanbul ſ K"]
    for head in lines:
        slow = (
            sum(map(str.isalpha, head)),
            sum(map(str.isdigit, head)),
            any(map(str.islower, head)),
        )
        assert char_counts(head) == slow, head


def test_every_time_or_date_holds_a_digit() -> None:
    """Lines without a digit skip the time-or-date search: each alternative needs one."""
    parsed = list(parser.parse(TIME_OR_DATE.pattern, TIME_OR_DATE.flags))
    branches = parsed[-1][1][1] if parsed[-1][0] is sre.BRANCH else [parsed]

    def needs_digit(items: object) -> bool:
        for op, av in items:  # type: ignore[attr-defined]
            if op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
                return True
            if op is sre.MAX_REPEAT and av[0] >= 1 and needs_digit(av[2]):
                return True
        return False

    assert branches and all(needs_digit(list(branch)) for branch in branches)
    assert not TIME_OR_DATE.search("Updated Monday, March, 14h")


def corpus_pages() -> list[list[str]]:
    return [
        [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for path in sorted(CORPUS.glob("*/*.txt"))
    ]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_a_line_judged_without_its_pattern_features_is_judged_as_with_them() -> None:
    """The shortcut leaves out only the 0/1 pattern features, and skips a line only where
    the full model scores it below the threshold too; lines near the threshold exist."""
    m = model()
    skipped = kept_below = 0
    for lines in [PAGE, *corpus_pages()]:
        every: list[LineStats] = [stats(line) for line in lines]
        last = len(lines) - 1
        for i in range(len(lines)):
            full = features_of(lines, every, i, last, True)
            cheap = features_of(lines, every, i, last, False)
            for name, x, y in zip(FEATURES, full, cheap, strict=True):
                if name in REGEX_FEATURES:
                    assert y is None and x in (0.0, 1.0), (name, lines[i])
                else:
                    assert x == y, (name, lines[i])
            below = m.probability(full) < m.threshold  # type: ignore[arg-type]
            if m.surely_below(cheap):
                assert below, lines[i]
                skipped += 1
            elif below:
                kept_below += 1
    assert skipped > 1000 and kept_below > 10


def test_a_table_flattened_a_cell_a_line_under_an_act_is_no_furniture() -> None:
    # a table as a page pastes it, one cell to a line, under the line that announces it
    lines = [
        "Skip to main content",
        "Home | World | Markets",
        "Ottawa on Thursday sanctioned five tankers of the shadow fleet, listed below:",
        "Ship",
        "IMO",
        "Flag",
        "NORTHERN DAWN",
        "9312455",
        "Gabon",
        "KESTREL",
        "9288116",
        "Sierra Leone",
        "The ships are barred from Canadian ports.",
        "Share this article:",
        "Facebook",
        "Email",
    ]
    said = dict(zip(lines, furniture_lines(lines), strict=True))
    assert not any(said[line] for line in lines[3:12]), [x for x in lines[3:12] if said[x]]
    assert said["Facebook"] and said["Skip to main content"]
