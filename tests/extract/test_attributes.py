from sanctionwatch.extract.attributes import find_measures, find_program, find_reason


def test_measures_from_wording() -> None:
    text = "They face an asset freeze and a travel ban, and exports of drones are banned."
    assert find_measures(text) == ["asset_freeze", "travel_ban", "export_ban"]


def test_programmes() -> None:
    assert find_program("adopted its 9th package of sanctions") == "9th package"
    assert find_program("under Executive Order 14024 today") == "Executive Order 14024"
    assert find_program("nothing here") is None


def test_reason() -> None:
    assert (
        find_reason("sanctioned for supplying drones to the army.")
        == "supplying drones to the army"
    )


def test_hit_countries_exclude_the_actor() -> None:
    from sanctionwatch.extract.attributes import hit_countries
    from sanctionwatch.extract.mentions import find_mentions

    text = "Japan sanctioned Russian and North Korean firms."
    assert hit_countries(find_mentions(text), {"JP"}, text.index("sanctioned")) == ["RU", "KP"]


def test_the_gated_measures_are_those_each_pattern_finds() -> None:
    """`find_measures` searches for a measure only where its words stand: it must find
    each measure wherever its pattern does (and nothing elsewhere), in every case."""
    from pathlib import Path

    from sanctionwatch.extract.vocabulary import vocabulary

    corpus = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
    texts = [
        line
        for path in sorted(corpus.glob("*/*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    texts += [text.upper() for text in texts]
    # "ſ" (long s) matches "s" when re ignores case, but lower() keeps it (`FOLDS_TO_ASCII`)
    texts += ["They face an asset freeze.", "an aſſet freeze", "SWIFT", "nothing here", ""]
    found = 0
    for text in texts:
        each = [name for name, pat in vocabulary().measures.items() if pat.search(text)]
        assert find_measures(text) == each, text
        found += bool(each)
    assert found > 100
    assert find_measures("an aſſet freeze") == ["asset_freeze"]
