"""The trigger alternations' word gate (`literals`) never skips a branch that matches."""

import random
import re
from pathlib import Path

import pytest

from sanctionwatch.extract import triggers
from sanctionwatch.extract.literals import FOLDS_TO_ASCII, Gated, GatedPattern, required
from sanctionwatch.extract.vocabulary import vocabulary

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def texts() -> list[str]:
    """Every article text of the shared corpus, the written corpus and the held-out set."""
    paths = [*sorted(CORPUS.glob("*/*.txt")), *sorted((REPO / "corpus" / "written").glob("*.txt"))]
    paths += sorted((REPO / "bench" / "heldout").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths if p.name not in ("URLS.txt",)]


def sentences() -> list[str]:
    return [s for t in texts() for s in SPLIT.split(t) if s.strip()]


def mutated(sentence: str, rng: random.Random) -> str:
    """The sentence with a word dropped, two swapped, or its case changed: near misses."""
    words = sentence.split(" ")
    choice = rng.randrange(4)
    if choice == 0 and len(words) > 2:
        del words[rng.randrange(len(words))]
    elif choice == 1 and len(words) > 2:
        i, j = rng.randrange(len(words)), rng.randrange(len(words))
        words[i], words[j] = words[j], words[i]
    elif choice == 2:
        return sentence.upper()
    else:
        return sentence.title()
    return " ".join(words)


def test_reads_the_words_every_match_holds() -> None:
    assert required(r"\b(?:re-?)?impos(?:ed|es|ing|e)\b", re.I) == [frozenset({"impos"})]
    assert required(r"\bentry bans?\b", re.I) == [frozenset({"entry ban"})]
    # an alternation needs one word of each branch; a lookbehind's words are not needed
    assert required(r"(?<=\bto )(?:sanction|blacklist)\b", re.I) == [
        frozenset({"sanction", "blacklist"})
    ]
    # a case-sensitive part is compared lower-cased, like the text
    assert required(r"(?-i:Annex)\s+\d+", re.I) == [frozenset({"annex"})]
    # an optional part and short words need nothing; an empty match cannot be gated
    assert required(r"(?:blacklist)?\s+on", re.I) == []
    assert required(r"x*", re.I) is None


def test_the_folds_str_lower_hides_are_all_known() -> None:
    """Every character IGNORECASE matches to an ASCII letter either lower-cases to
    that letter or leaves a character of FOLDS_TO_ASCII, which turns the gate off."""
    letters = re.compile("[a-z]", re.I)
    for code in range(0x80, 0x110000):
        c = chr(code)
        if 0xD800 <= code <= 0xDFFF or not letters.fullmatch(c):
            continue
        folded = [a for a in ASCII_LETTERS if re.fullmatch(a, c, re.I)]
        assert folded, c
        if not any(a.lower() in c.lower() for a in folded):
            assert not FOLDS_TO_ASCII.isdisjoint(c.lower()), (hex(code), c)


def test_a_folded_letter_runs_the_whole_alternation() -> None:
    gate = Gated([r"\bimpos(?:ed|es)\b", r"\bsanctioned\b"], re.I)
    text = "Japan ſanctioned two firms and impoſed a ban"  # long s: re folds it to "s"
    expected = [m.span() for m in gate.whole.finditer(text)]
    assert len(expected) == 2
    got = gate.finditer(text, 0, len(text), text.lower())
    assert [m.span() for m in got] == expected


def test_keeps_the_alternation_order_on_a_tie_and_skips_overlaps() -> None:
    branches = [r"\bfroze\b[^.]{0,20}?assets", r"\bfroze\b", r"\bassets\b[^.]*"]
    gate = Gated(branches, re.I)
    text = "The UK froze the assets of X. It froze more assets and assets too."
    got = [m.span() for m in gate.finditer(text, 0, len(text), text.lower())]
    assert got == [m.span() for m in gate.whole.finditer(text)]
    # "froze the assets" (the first branch wins over "froze"), "froze more assets",
    # then "assets too" (the third branch, once the overlapping "assets" is passed)
    assert [text[a:b] for a, b in got] == ["froze the assets", "froze more assets", "assets too"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_no_branch_is_skipped_where_it_matches() -> None:
    """Over every corpus sentence and near-miss variants of it: wherever a trigger
    branch matches, the gate keeps it, on the match's own text alone; and each kind's
    gated alternation finds the spans of the whole one."""
    rng = random.Random(11)
    every = sentences()
    every += [mutated(s, rng) for s in every]
    gates = triggers.gated()
    checked = 0
    for kind, branches in vocabulary().frames["triggers"].items():
        gate = gates[kind]
        assert gate.readable, kind
        for i, branch in enumerate(gate.branches):
            for text in every:
                for m in branch.finditer(text):
                    low = text[m.start() : m.end()].lower()
                    assert i in gate.active(low), (kind, branches[i], m.group())
                    checked += 1
        for text in every:
            got = gate.finditer(text, 0, len(text), text.lower())
            assert [m.span() for m in got] == [m.span() for m in gate.whole.finditer(text)]
    assert checked > 1000  # the corpus does exercise the triggers


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_the_background_markers_gated_find_what_the_whole_alternation_finds() -> None:
    """The background markers (frames.toml [[background]]) are read through a gate as
    well: over every corpus sentence and its near misses, in whole sentences and in
    the clause-sized ranges `zones.old_context` and `triggers.is_background` read, the
    gate finds the spans of the whole alternation."""
    rng = random.Random(12)
    every = sentences()
    every += [mutated(s, rng) for s in every]
    gate = triggers.patterns().background
    assert gate.readable
    found = 0
    for text in every:
        for start, end in [(0, len(text)), *triggers.clauses(text)]:
            got = gate.finditer(text, start, end, text[start:end].lower())
            assert [m.span() for m in got] == [
                m.span() for m in gate.whole.finditer(text, start, end)
            ]
            found += len(got)
    assert found > 1000  # the corpus does hold background markers


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_the_programme_gate_finds_the_first_programme_the_whole_alternation_finds() -> None:
    """`Gated.search` over the programmes (`attributes.find_program`): the leftmost
    programme, the earlier pattern on a tie, as the one alternation's `search`."""
    rng = random.Random(13)
    every = sentences()
    every += [mutated(s, rng) for s in every]
    gate = vocabulary().programs
    assert gate.readable
    found = 0
    for text in every:
        got = gate.search(text, 0, len(text), text.lower())
        want = gate.whole.search(text)
        assert (got and got.span()) == (want and want.span())
        found += got is not None
    assert found > 100  # the corpus does name programmes


def test_search_takes_the_earlier_branch_on_a_tie() -> None:
    gate = Gated([r"\bprice cap\b", r"\bprice cap on oil\b", r"\boil\b"], re.I)
    text = "the G7 oil price cap on oil"
    got = gate.search(text, 0, len(text), text.lower())
    assert got is not None and got.group() == "oil"  # the leftmost wins
    got = gate.search(text, 11, len(text), text[11:].lower())
    assert got is not None and got.group() == "price cap"  # the earlier branch on a tie
    assert got.span() == gate.whole.search(text, 11).span()


def test_a_branch_added_later_is_gated_by_its_own_words() -> None:
    """The words come from the patterns: a new branch needs no list kept by hand."""
    gate = Gated([r"\bimpos(?:ed|es)\b", r"\bslapped\s+tariffs\s+on\b"], re.I)
    text = "Ottawa slapped tariffs on the firms"
    assert gate.active(text.lower()) == [1]
    assert [m.group() for m in gate.finditer(text, 0, len(text), text.lower())] == [
        "slapped tariffs on"
    ]


def test_kept_words_are_the_words_read_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words kept between runs (`patterncache`) are those `required` reads, and
    they are kept under this module's source, so an edit to it reads them again."""
    from sanctionwatch.extract import literals, patterncache

    monkeypatch.setenv("SANCTIONWATCH_PATTERN_CACHE", str(tmp_path))
    for name, value in (("_path", None), ("_programs", None), ("_made", {}), ("_new", {})):
        monkeypatch.setattr(patterncache, name, value)
    branches = vocabulary().frames["triggers"]["impose"]
    first = [literals.kept_required(b, re.I) for b in branches]
    patterncache.save()
    monkeypatch.setattr(patterncache, "_programs", None)
    monkeypatch.setattr(patterncache, "_made", {})
    again = [literals.kept_required(b, re.I) for b in branches]
    assert first == again == [required(b, re.I) for b in branches]
    path = patterncache.cache_file()
    assert path is not None
    kept = [key for key in patterncache.read(path) if key[0] == "required"]
    assert len(kept) == len(set(branches))
    assert all(key[1] == literals.source_digest() for key in kept)


def naive_active(gate: Gated, low: str) -> list[int]:
    """`Gated.active` as it read before it skipped the keys whose inner key is missing."""
    keyed = set(gate.always)
    for w in gate.keys:
        if w in low:
            keyed.update(gate.keyed[w])
    return [i for i in sorted(keyed) if all(any(w in low for w in need) for need in gate.rest[i])]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_skipping_the_keys_whose_inner_key_is_missing_keeps_every_branch() -> None:
    """A key is looked for only where the longest key inside it stands: over every
    corpus sentence, its near misses and every trigger's own words, the same branches."""
    rng = random.Random(13)
    every = sentences()
    every += [mutated(s, rng) for s in every]
    gates = [*triggers.gated().values(), triggers.patterns().background]
    every += [w for gate in gates for w in gate.keys]
    assert any(inner >= 0 for gate in gates for _, inner, _ in gate.checks)
    for gate in gates:
        for text in every:
            low = text.lower()
            assert gate.active(low) == naive_active(gate, low)


def test_folds_to_ascii_is_the_set_test() -> None:
    """`folds_to_ascii` searches for each folding letter instead of looking up every
    character: the same answer on any text of ASCII, those letters and others."""
    from sanctionwatch.extract.literals import folds_to_ascii

    rng = random.Random(14)
    letters = "ab ’—é\u017f\u0131\u0307"
    texts = ["".join(rng.choice(letters) for _ in range(rng.randrange(9))) for _ in range(20000)]
    for text in texts:
        assert folds_to_ascii(text) == (not text.isascii() and not FOLDS_TO_ASCII.isdisjoint(text))
    assert folds_to_ascii("an a\u017f\u017fet") and not folds_to_ascii("an ‘asset’")


def gated_rules() -> dict[str, GatedPattern]:
    """Every grammar rule the extractor reads through a `GatedPattern`, by module and name
    (found in the modules, so a rule gated later is checked too)."""
    from sanctionwatch.extract import actors, frames, furniture, targets, zones

    found = {}
    for module in (actors, frames, furniture, targets, triggers, zones):
        for name, value in vars(module).items():
            if isinstance(value, GatedPattern):
                found[f"{module.__name__}.{name}"] = value
    return found


def test_a_gated_rule_skips_only_text_that_lacks_its_words() -> None:
    gate = GatedPattern(re.compile(r"\b(?:banks|insurers)\s+(?:such as|including)\s+$", re.I))
    assert gate.needs == [("including", "such as"), ("banks", "insurers")]
    text = "Banks such as "
    assert gate.search(text) is not None and gate.match(text) is not None
    assert gate.search("Insurers said ") is None  # no cue word: re does not run
    assert gate.search("Banks including ", 1) is None  # "banks" lies before pos
    assert gate.match("xx Banks such as ", 3) is not None
    assert list(gate.finditer("Banks like ")) == []
    # "ſ" is matched to "s" under IGNORECASE, which lower() does not give: no gate
    assert gate.search("Bankſ ſuch as ") is not None


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_the_gated_rules_find_what_their_patterns_find(request: pytest.FixtureRequest) -> None:
    """Over the corpus sentences and their near misses, each gated rule's search and
    finditer give its pattern's matches in whole sentences and their clauses; over
    every sentence, its gate holds on the text of each match of the pattern at a word
    start (so on any range that holds it: the gate never stops a match). Every third
    sentence by default (about 30 s), every sentence under --slow."""
    rng = random.Random(13)
    plain = sentences()
    if not request.config.getoption("--slow"):
        plain = plain[::3]
    gates = gated_rules()
    assert len(gates) >= 15
    matched = 0
    for text in plain + [mutated(s, rng) for s in plain]:
        for start, end in [(0, len(text)), *triggers.clauses(text)]:
            for key, gate in gates.items():
                spans = [m.span() for m in gate.pattern.finditer(text, start, end)]
                assert [m.span() for m in gate.finditer(text, start, end)] == spans, key
                got = gate.search(text, start, end)
                assert (got and got.span()) == (spans[0] if spans else None), key
                matched += len(spans)
    for text in plain:
        starts = [0, *(m.end() for m in re.finditer(r"\s+", text))]
        for key, gate in gates.items():
            if not gate.possible(text, 0, len(text)):
                assert not any(gate.pattern.match(text, p) for p in starts), key
                continue
            for p in starts:
                m = gate.pattern.match(text, p)
                if m is not None:
                    assert gate.possible(text, m.start(), m.end()), (key, m.group())
                    got = gate.match(text, p)
                    assert got is not None and got.span() == m.span(), key
                    matched += 1
    assert matched > 1000  # the corpus does exercise the gated rules
