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
