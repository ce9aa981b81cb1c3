from sanctionwatch.extract.names import find_names
from sanctionwatch.extract.targets import select


def hit(text: str, trigger: str) -> list[str]:
    scope = text.index(trigger) + len(trigger)
    return [n.text for n in select(text, find_names(text), scope, 0, len(text))]


def test_objects_after_trigger_are_hit() -> None:
    text = "Oslo sanctioned Nordic Ore Trading and its owner Lars Berg."
    assert hit(text, "sanctioned") == ["Nordic Ore Trading", "Lars Berg"]


def test_roles_after_relational_words_are_not_hit() -> None:
    text = "Oslo sanctioned Nordic Ore Trading, a firm linked to Boris Vale."
    assert hit(text, "sanctioned") == ["Nordic Ore Trading"]


def test_apposition_describes_and_list_resumes() -> None:
    text = "Oslo sanctioned Lars Berg, director of Fjord Metals, and Ana Lind."
    assert hit(text, "sanctioned") == ["Lars Berg", "Ana Lind"]


def test_speakers_are_not_hit() -> None:
    text = "The listing of Nordic Ore Trading matters, minister Eva Holm said."
    assert hit(text, "listing") == ["Nordic Ore Trading"]


def test_passive_subject_before_trigger() -> None:
    text = "Nordic Ore Trading and Lars Berg were designated on Friday."
    assert hit(text, "designated") == ["Nordic Ore Trading", "Lars Berg"]


def test_negated_clause_hits_nobody() -> None:
    text = "The list does not include Lars Berg."
    assert hit(text, "list") == []


def test_zone_sentences_need_a_cue() -> None:
    text = "Lars Berg met Ana Lind in Oslo."
    assert [n.text for n in select(text, find_names(text), 0, 0, len(text), need_cue=True)] == []


def test_reported_subject_is_not_a_speaker() -> None:
    text = "The EU said Ivan Dorn and two aides face an asset freeze."
    assert [n.text for n in select(text, find_names(text), len(text), 0, len(text))] == [
        "Ivan Dorn"
    ]


def test_family_members_stay_apart_but_later_surnames_merge() -> None:
    from sanctionwatch.extract import extract
    from sanctionwatch.model import Article

    text = (
        "Chile sanctioned Rojas and his wife Ana. Chile also sanctioned Pedro Rojas, "
        "his brother, and Luis Mena. Mena was listed too."
    )
    names = [t.name for a in extract(Article(id="t", text=text)).actions for t in a.targets]
    assert "Rojas" in names and "Pedro Rojas" in names
    assert names.count("Luis Mena") == 1 and "Mena" not in names


def test_numbered_sister_ships_are_two_parties_and_spelling_variants_one() -> None:
    from sanctionwatch.extract.targets import near

    assert not near("hao fan 2", "hao fan 6")
    assert not near("wan heng 11", "wan heng 12")
    assert near("shim hyon sop", "sim hyon sop")


def test_a_list_set_off_by_dashes_before_a_passive_is_hit() -> None:
    # the clause breaks at each dash; the list runs on to the passive after the second
    text = "Two shipping firms — Kestrel Marine LLC and Osprey Freight FZE — were designated."
    names = find_names(text)
    start = text.index("Kestrel")
    chosen = select(text, names, start, start, text.rindex("—"))
    assert [n.text for n in chosen] == ["Kestrel Marine LLC", "Osprey Freight FZE"]


def test_agencies_that_helped_are_not_hit() -> None:
    text = (
        "Oslo sanctioned Lars Berg with help from agencies like the Fjord Police Directorate"
        " and the Tromso Field Office."
    )
    assert hit(text, "sanctioned") == ["Lars Berg"]


def test_a_body_a_listed_title_belongs_to_is_not_hit() -> None:
    # "the spokesperson of X": the spokesperson is listed, X is only the body the
    # title belongs to; a person after the title is the one listed
    text = "Also on the list are the deputy commander and spokesperson of the Vale Guard Corps."
    assert [n.text for n in select(text, find_names(text), 0, 0, len(text), need_cue=True)] == []
    text = "Oslo sanctioned Ana Lind and deputy chief of the general staff Lars Berg."
    assert hit(text, "sanctioned") == ["Ana Lind", "Lars Berg"]


def test_a_party_the_target_supports_or_funds_is_not_hit() -> None:
    text = "Oslo sanctioned Nordic Ore Trading for supporting Vale Guard Corps, and Lars Berg."
    assert hit(text, "sanctioned") == ["Nordic Ore Trading", "Lars Berg"]
    text = "Oslo sanctioned a network financing the Vale Guard Corps."
    assert hit(text, "sanctioned") == []


def rule_targets(text: str) -> list[str]:
    from sanctionwatch.extract import extract
    from sanctionwatch.extract.learn.models import Models
    from sanctionwatch.model import Article

    report = extract(Article(id="t", text=text), models=Models.empty())
    return [t.name for a in report.actions for t in a.targets]


def test_negation_inside_a_relative_clause_spares_nobody() -> None:
    text = "Oslo sanctioned Lars Berg, accused of jailing reporters who did not obey him."
    assert hit(text, "sanctioned") == ["Lars Berg"]


def test_list_set_off_by_a_dash_after_a_cue_in_a_later_sentence() -> None:
    text = (
        "The European Union imposed sanctions on Iranian officials on Monday. "
        "The new list includes two ministers — Minister of Culture and Islamic Guidance "
        "Parviz Dalir, accused of jailing engineers, and Javad Karimi."
    )
    assert rule_targets(text) == ["Parviz Dalir", "Javad Karimi"]


def test_title_opening_the_object_is_the_persons_own() -> None:
    text = "The EU also designated Iran’s Minister of Interior, Ahmad Vahidi, on Monday."
    assert hit(text, "designated") == ["Ahmad Vahidi"]
    text = "Oslo sanctioned Lars Berg and the group's envoy to Iran Ali Haddad."
    assert hit(text, "sanctioned") == ["Lars Berg", "Ali Haddad"]


def test_party_named_as_sanctioned_already_is_a_role() -> None:
    text = "Oslo sanctioned the tanker Jaya, which carried oil for U.S.-designated Sepehr Energy."
    assert hit(text, "sanctioned") == ["Jaya"]
    text = (
        "Oslo is designating Lars Berg and firms including Fjord Parts, "
        "for supplying designated Iranian airline Mahan Air."
    )
    assert hit(text, "designating") == ["Lars Berg", "Fjord Parts"]


def test_relational_word_after_a_rejoined_list_is_a_role() -> None:
    text = (
        "Norway sanctioned Fjord Parts on Friday. It said it was also targeting a number "
        "of their aircraft, as well as aircraft from Caspian Airlines and Pouya Air."
    )
    assert rule_targets(text) == ["Fjord Parts"]


def test_designation_tag_is_no_name() -> None:
    text = "Oslo designated Lars Berg and Ana Lind as Specially Designated Global Terrorists."
    assert [n.text for n in find_names(text)] == ["Lars Berg", "Ana Lind"]
