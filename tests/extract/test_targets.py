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


def test_also_faced_sanctions_in_a_later_sentence_is_hit() -> None:
    text = (
        "Norway on Tuesday sanctioned Fjord Parts. Lars Berg also faced sanctions. "
        "Ana Lind has faced sanctions since 2019."
    )
    assert rule_targets(text) == ["Fjord Parts", "Lars Berg"]


def test_a_body_after_a_title_closed_by_a_comma_is_listed() -> None:
    text = (
        "Oslo sanctioned army officers as well as the minister of defence, the Nordic "
        "Institute of Telecommunications, and the state-owned Fjord Mining Company."
    )
    assert hit(text, "sanctioned") == [
        "Nordic Institute of Telecommunications",
        "Fjord Mining Company",
    ]
    text = "Oslo sanctioned the spokesperson of the Vale Guard Corps."
    assert hit(text, "sanctioned") == []


def test_names_after_a_trigger_used_as_an_adjective_are_roles() -> None:
    text = "Oslo designated Lars Berg, who sold oil for sanctioned entities including Fjord Oil."
    assert rule_targets(text) == ["Lars Berg"]
    text = "Oslo designated Lars Berg, a supplier to designated firms such as Nordic Cargo."
    assert hit(text, "designated") == ["Lars Berg"]


def test_an_alias_in_parentheses_does_not_break_a_role() -> None:
    text = (
        "Oslo sanctioned a network that supports the Vale Guard Corps (VGC) and its proxy "
        "Fjord Front."
    )
    assert hit(text, "sanctioned") == []


def test_among_named_parties_is_no_list_cue() -> None:
    text = (
        "Oslo sanctioned Fjord Parts. The step shows alignment among the Justice, "
        "Trade and Foreign Departments."
    )
    assert rule_targets(text) == ["Fjord Parts"]


def test_counted_people_are_no_names_and_counted_kinds_go_on_listing() -> None:
    text = "Oslo sanctioned nine people, most from Norway, as well as three Swedes and two Danes."
    assert hit(text, "sanctioned") == []
    text = (
        "The officials include Lars Berg, the head of the Vale Security Service, two deputy "
        "ministers, Ana Lind and Ole Dahl, and Eva Holm."
    )
    assert hit(text, "include") == ["Lars Berg", "Ana Lind", "Ole Dahl", "Eva Holm"]


def test_a_name_qualifying_a_persons_role_is_not_hit() -> None:
    text = (
        "Oslo sanctioned 14 officials, including the chairman of the Central Vote "
        "Commission (CVC), Lars Berg, and High Court (HC) president Ana Lind."
    )
    assert hit(text, "sanctioned") == ["Lars Berg", "Ana Lind"]
    text = "Oslo sanctioned founder Lars Berg and top leader Ana Lind."
    assert hit(text, "sanctioned") == ["Lars Berg", "Ana Lind"]


def test_a_name_before_a_head_noun_only_qualifies_it() -> None:
    text = 'Oslo sanctioned the "Raptor" spyware and the Fjord wallet addresses.'
    assert hit(text, "sanctioned") == []
    text = "Oslo sanctioned the Raptor spyware consortium."
    assert hit(text, "sanctioned") == ["Raptor"]


def test_a_unit_in_a_passive_subjects_apposition_is_not_hit() -> None:
    text = (
        "Norway acted on Friday. The refiner, Fjord Gold JSC, a unit of the Vale Mining "
        "and Smelting Company, was designated."
    )
    assert rule_targets(text) == ["Fjord Gold JSC"]


def test_semicolon_items_after_a_colon_cue_are_listed() -> None:
    text = (
        "Norway sanctioned four people on Monday. They are: Lars Berg, a banker; "
        "Ole Dahl, a general; and Eva Holm."
    )
    assert rule_targets(text) == ["Lars Berg", "Ole Dahl", "Eva Holm"]


def test_ranks_and_units_are_cut_from_a_persons_name() -> None:
    text = (
        "Norway sanctioned Second Brigadier General Lars Berg of the Vale Intelligence "
        "Organization and Commandant Eva Holm."
    )
    assert rule_targets(text) == ["Lars Berg", "Eva Holm"]
    assert rule_targets("Norway sanctioned Reza Kamali of the Basij and Ole Dahl.") == [
        "Reza Kamali",
        "Ole Dahl",
    ]
    text = "Norway sanctioned the State Research Institute of Organic Chemistry."
    assert rule_targets(text) == ["State Research Institute of Organic Chemistry"]


def test_a_relational_word_right_before_a_passive_subject_makes_it_a_role() -> None:
    text = "In connection with Fjord Air, Vale Aviation was also designated on Friday."
    assert hit(text, "designated") == ["Vale Aviation"]
    text = "Fjord Parts, together with Vale Aviation, was designated on Friday."
    assert hit(text, "designated") == ["Fjord Parts", "Vale Aviation"]


def test_examples_of_a_kind_the_targets_helped_are_roles() -> None:
    text = (
        "Norway sanctioned Fjord Oil on Friday. The firm used the revenue to support "
        "regional proxy groups, including the Vale Front."
    )
    assert rule_targets(text) == ["Fjord Oil"]


def test_sanctions_that_apply_to_names_hit_them() -> None:
    text = (
        "Norway imposed sanctions on Iran on Friday. Minister Lars Berg said the sanctions "
        "would also apply to Iranian banks Melli and Saderat."
    )
    assert rule_targets(text) == ["Melli", "Saderat"]


def test_a_name_qualifying_a_group_of_people_is_not_hit() -> None:
    text = "Norway sanctioned three senior Fjord lawmakers and Vale rebels on Friday."
    assert hit(text, "sanctioned") == []


def test_one_of_the_sanctioned_in_an_apposition_hits_the_name() -> None:
    text = (
        "Norway sanctioned Fjord Parts on Friday. Lars Berg, one of the sanctioned "
        "individuals, runs the firm. Ana Lind, one of its owners, lives in Oslo."
    )
    assert rule_targets(text) == ["Fjord Parts", "Lars Berg"]


def test_abbreviated_ranks_do_not_break_a_list() -> None:
    text = (
        "Norway designated Lt. Gen. Lars Berg, the commander of the 58th Army, "
        "and Maj. Gen. Ole Dahl on Friday."
    )
    assert hit(text, "designated") == ["Lars Berg", "Ole Dahl"]


def test_a_role_names_own_party_after_a_comma_is_a_role_too() -> None:
    text = (
        "Oslo sanctioned nine people it said were linked to the Vale Front movement "
        "and its financial arm, Fjord Credit."
    )
    assert hit(text, "sanctioned") == []
    text = "Oslo sanctioned Lars Berg and his holding company, Fjord Credit."
    assert hit(text, "sanctioned") == ["Lars Berg", "Fjord Credit"]


def test_a_title_inside_an_apposition_belongs_to_the_name_before() -> None:
    text = (
        "Norway on Friday designated Lars Berg, a senior member and co-founder of Hamas, "
        "the group’s envoy to Iran."
    )
    assert hit(text, "designated") == ["Lars Berg"]


def test_examples_after_like_in_a_later_sentence_are_not_hit() -> None:
    text = (
        "Norway sanctioned Fjord Parts on Friday. Exchanges like Vale Coin and Nord Pay "
        "are used to launder money."
    )
    assert rule_targets(text) == ["Fjord Parts"]


def test_a_term_the_text_defines_is_no_party() -> None:
    text = (
        "Norway designated Fjord Parts and issued an advisory on the risks "
        "(the “Advisory”) on Friday."
    )
    assert rule_targets(text) == ["Fjord Parts"]


def test_a_descriptor_before_a_title_leaves_the_title_to_the_person() -> None:
    text = (
        "Oslo imposed visa bans on several officials, including the Workers Party chief "
        "in Tibet, Lars Berg, over abuses."
    )
    assert hit(text, "imposed") == ["Lars Berg"]


def test_a_counted_part_after_along_with_goes_on_listing() -> None:
    text = (
        "Oslo sanctioned Fjord Host, a provider that supported the Vale ransomware gang, "
        "along with two of its Russian administrators, Lars Berg and Ole Dahl."
    )
    assert hit(text, "sanctioned") == ["Fjord Host", "Lars Berg", "Ole Dahl"]


def test_an_en_dash_inside_a_compound_is_no_break() -> None:
    text = "Oslo sanctioned Lars Berg, head of the Norway–Vale Friendship Society, on Friday."
    assert hit(text, "sanctioned") == ["Lars Berg"]


def test_bodies_listed_as_where_the_members_work_are_not_hit() -> None:
    text = (
        "Oslo's decision targets senior members of the judicial branch, including the "
        "High Court, and officials who jailed reporters."
    )
    assert hit(text, "targets") == []
