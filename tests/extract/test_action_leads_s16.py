"""Session 16's action leads (issue 11): acts, threats and liftings missed or invented in the
general language of sanctions news, in sentences written for these tests. The rules alone are
run (no learned judge), so each case tests one rule."""

from datetime import date

from tests.extract.helpers import rules_actions

PUBLISHED = date(2025, 3, 14)  # a Friday


def summary(text: str) -> list[tuple[str, str]]:
    return [(a.authority, a.status) for a in rules_actions(text, PUBLISHED)]


def test_froze_accounts_in_the_past_tense_is_an_act() -> None:
    # "freez" (the sanctions word an imposition needs nearby) does not match "froze"
    for text in (
        "Ukraine on Friday froze Rosneft's accounts and banned its tankers.",
        "Kazakhstan froze the accounts of two Russian banks on Tuesday.",
    ):
        assert [s for _, s in summary(text)] == ["imposed"], text


def test_a_freeze_without_an_authority_is_still_no_act() -> None:
    assert summary("The accounts were frozen for weeks, the company said.") == []


def test_followed_with_bare_bans_on_is_an_act_of_the_follower() -> None:
    text = (
        "The EU imposed sanctions on Rosneft on Monday. "
        "Latvia followed on Tuesday with bans on the entry of 20 Russian officials."
    )
    assert summary(text) == [("EU", "imposed"), ("LV", "imposed")]
    assert summary("Estonia followed with bans against five Russian journalists.") == [
        ("EE", "imposed")
    ]


def test_followed_with_bans_of_trade_needs_its_target() -> None:
    # "bans" needs "on" or "against" right after it, as the other measure nouns do
    assert summary("Chile followed with bans, the ministry said.") == []


def test_a_lifting_proposed_or_wanted_is_no_lifting() -> None:
    for text in (
        "Hungary's proposal to remove three oligarchs from the EU sanctions list was rejected.",
        "Budapest proposed to remove the oligarch from the sanctions list.",
        "Slovakia wants to lift the sanctions on the Russian metals tycoon.",
        "Rome made a fresh push to ease sanctions on Syria, diplomats said.",
    ):
        assert summary(text) == [], text


def test_a_lifting_proposal_approved_is_a_lifting() -> None:
    text = (
        "EU governments on Friday approved Hungary's proposal to remove two oligarchs "
        "from the sanctions list."
    )
    assert [s for _, s in summary(text)] == ["lifted"]


def test_a_lifting_done_stays_a_lifting() -> None:
    for text in (
        "Washington on Friday removed sanctions on three Syrian banks.",
        "The EU Council on Friday decided to remove two individuals from the sanctions list.",
    ):
        assert [s for _, s in summary(text)] == ["lifted"], text


def test_pressure_to_impose_is_no_act() -> None:
    for text in (
        "Britain is under pressure to impose new sanctions on Israeli ministers.",
        "Britain came under pressure on Friday to impose sanctions on Israeli ministers.",
        "Canberra faces pressure from Kyiv to sanction the shadow fleet.",
    ):
        assert summary(text) == [], text


def test_an_act_beside_pressure_still_counts() -> None:
    text = "Under pressure from its allies, Japan on Friday imposed sanctions on 11 Russian firms."
    assert summary(text) == [("JP", "imposed")]


def test_it_will_be_expanded_after_a_listing_is_a_threat() -> None:
    for text in (
        "Russia's foreign ministry added 15 Britons to its stop list on Friday, "
        "and it will be expanded.",
        "Russia on Friday barred 15 British officials from entering the country. "
        "The ministry said the list was not final and that it could be expanded.",
    ):
        assert summary(text) == [("RU", "imposed"), ("RU", "threatened")], text


def test_it_will_be_expanded_about_anything_else_is_no_threat() -> None:
    for text in (
        "The port at Ust-Luga opened in 2001, and it will be expanded next year.",
        "It will be expanded next year, the operator said.",
    ):
        assert summary(text) == [], text


def test_retaining_the_ability_to_revoke_relief_is_a_threat() -> None:
    for text in (
        "The Treasury issued a general licence to Chevron on Saturday. It said it retained "
        "the ability to amend or revoke the licence at any time if Caracas did not negotiate.",
        "The EU suspended sanctions on Syria's banks on Monday but keeps the option to "
        "reimpose sanctions.",
    ):
        assert [s for _, s in summary(text)] == ["lifted", "threatened"], text


def test_retaining_a_right_of_another_kind_is_no_threat() -> None:
    for text in (
        "Apple retains the right to cancel any order, the company said.",
        "Japan on Friday froze the assets of six Russian firms, which keep the right to appeal.",
    ):
        assert "threatened" not in [s for _, s in summary(text)], text


def dated(text: str) -> list[tuple[str, str, str]]:
    return [(a.authority, a.status, str(a.date)) for a in rules_actions(text, PUBLISHED)]


def test_a_day_before_and_a_coordinated_verb_dates_both() -> None:
    for tail in ("and warned of further countermeasures.", ", and the list will be expanded."):
        text = f"Russia's foreign ministry added 15 Britons to its stop list on Friday {tail}"
        assert dated(text.replace(" ,", ",")) == [
            ("RU", "imposed", "2025-03-14"),
            ("RU", "threatened", "2025-03-14"),
        ], tail


def test_a_day_of_another_subject_is_not_shared() -> None:
    text = (
        "Britain sanctioned the shipping firm on Monday "
        "and the EU on Wednesday imposed an asset freeze on its owner."
    )
    assert dated(text) == [("GB", "imposed", "2025-03-10"), ("EU", "imposed", "2025-03-12")]


def test_a_freeze_by_a_court_or_prosecutors_is_no_sanction() -> None:
    for text in (
        "A Cyprus court froze the bank accounts of the shipping magnate pending trial.",
        "A Kyiv court on Monday froze the accounts of the former minister.",
    ):
        assert summary(text) == [], text


def test_a_granted_request_to_remove_is_a_lifting() -> None:
    text = (
        "The Treasury on Friday granted Hungary's request to remove Paks II from the scope "
        "of sanctions."
    )
    assert summary(text) == [("US", "lifted")]


def test_a_legal_power_to_revoke_is_no_threat() -> None:
    text = (
        "The Commerce Department said it retains the power to revoke export licences held "
        "by Huawei's suppliers."
    )
    assert summary(text) == []


def test_a_day_before_and_said_dates_the_first_verb() -> None:
    for text, tail in (
        (
            "Australia sanctioned five Iranian officials on Tuesday",
            "said more listings could follow.",
        ),
        (
            "Canada lifted sanctions on two Syrian banks on Tuesday",
            "said it would keep the option to reimpose them.",
        ),
    ):
        assert {d for _, _, d in dated(f"{text} and {tail}")} == {"2025-03-11"}, text


def test_exploring_measures_to_raise_costs_is_a_threat() -> None:
    text = (
        "The G7 foreign ministers said on Wednesday they were exploring measures to further "
        "increase the economic costs on Russia."
    )
    assert summary(text) == [("G7", "threatened")]
    assert summary("The researchers are exploring measures to increase crop yields.") == []


def test_a_list_that_can_and_will_be_expanded_is_a_threat() -> None:
    text = (
        "Lithuania banned 24 Belarusian officials on Tuesday. The minister said the list "
        '"can and will be expanded" if the flights continued.'
    )
    assert ("LT", "threatened") in summary(text)


def test_prepared_to_go_further_is_a_threat() -> None:
    text = (
        "Britain sanctioned 12 firms on Monday. The foreign secretary said the UK was "
        "prepared to go further against third-country suppliers."
    )
    assert summary(text) == [("GB", "imposed"), ("GB", "threatened")]


def test_measures_to_be_mirrored_name_no_threat_of_their_owner() -> None:
    # the reply is the other state's; the words name the state whose measures are mirrored
    text = (
        "Poland sanctioned 20 Belarusian officials on Tuesday. The State Border Committee "
        "in Minsk said the Polish measures will be mirrored."
    )
    assert ("PL", "threatened") not in summary(text)


def counted(text: str) -> list[tuple[str, int]]:
    from sanctionwatch.extract.counts import find_counts

    return [(c.kind, c.value) for c in find_counts(text)]


def test_more_than_n_is_an_approximate_count() -> None:
    assert counted("Seoul blacklisted more than 40 vessels carrying North Korean coal.") == [
        ("vessel", 40)
    ]
    assert counted("OFAC designated more than 12 individuals tied to the cartel.") == [
        ("person", 12)
    ]
    # "fewer than", "rather than" still count nothing
    assert counted("It named fewer than 10 companies this time.") == []


def test_dozens_with_a_number_word_count_twelve_each() -> None:
    assert counted("London listed two dozen entities supplying the junta.") == [
        ("organization", 24)
    ]
    assert counted("Ottawa sanctioned three dozen officials of the regime.") == [("person", 36)]


def test_an_approximate_running_tally_is_no_count() -> None:
    for text in (
        "Moscow has now barred entry to more than 2,000 Americans since the war began.",
        "Canberra has sanctioned nearly 1,000 individuals so far.",
        "The UK has sanctioned more than 2,000 individuals under its Russia regime.",
    ):
        assert counted(text) == [], text
    # the day of the news makes the perfect an act: it counts
    assert counted("OFAC has designated more than 30 entities today.") == [("organization", 30)]


def test_one_state_asking_another_is_no_act_of_either() -> None:
    for text in (
        "Lithuania urged the EU to sanction Belaruskali and Grodno Azot.",
        "Seoul asked Japan and Australia to blacklist the tanker SAEBYOL.",
    ):
        assert summary(text) == [], text


def test_a_request_to_a_un_committee_or_within_an_authority_stays_a_proposal() -> None:
    assert summary(
        "France asked the UN Security Council's 2140 committee to blacklist the ship RUBYMAR."
    ) == [("UN", "proposed")]
    assert summary(
        "The European Commission called on the EU member states to approve new sanctions "
        "on Rosneft."
    ) == [("EU", "proposed")]


def test_prepared_to_add_more_targets_is_a_threat() -> None:
    for text in (
        "Tokyo said it was prepared to add more entities.",
        "Oslo was prepared to add the vessels' insurers next.",
    ):
        assert [s for _, s in summary(text)] == ["threatened"], text


def test_prepared_to_add_without_targets_is_no_threat() -> None:
    assert summary("The company said it was prepared to add value for shareholders.") == []


def test_would_extend_bans_to_more_targets_is_a_threat() -> None:
    text = "Poland and Finland said they would extend their entry bans to more Belarusian judges."
    assert sorted(s for _, s in summary(text)) == ["threatened", "threatened"]
    # a prolongation to a date is no further listing
    assert "threatened" not in [
        s for _, s in summary("Canada will extend the sanctions to 31 July, the minister said.")
    ]


def test_will_adopt_the_eus_package_is_a_threat() -> None:
    for text in (
        "Switzerland will adopt the EU's latest sanctions package against Russia.",
        "Iceland will adopt the European Union's new sanctions listings, its minister said.",
    ):
        assert [s for _, s in summary(text)] == ["threatened"], text


def test_the_eu_adopting_in_the_future_or_an_adoption_done_is_no_threat() -> None:
    assert [
        s for _, s in summary("Liechtenstein adopted the EU's sanctions package on Friday.")
    ] == ["imposed"]
    assert [
        s for _, s in summary("The EU will adopt sanctions on Monday against 20 Russian officials.")
    ] == ["imposed"]
