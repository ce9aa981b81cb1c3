"""Who acts, status and dates in ordinary news, forms of session 25's first look
(w1260-w1279: bills described by what they would do, licences granted to a named firm,
listings that lapse unrenewed, calls for a lifting, infinitives of sanctioning after
"prepared to", kinds of sanctions between "slapped" and the noun, older rounds told
with "added N carriers"). Short texts written for these tests."""

from datetime import date

from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions

FRIDAY = date(2026, 12, 4)


def news(text: str, published: date = FRIDAY) -> list[Action]:
    return [a for a in rules_actions(text, published) if not a.background]


def dated(found: list[Action]) -> set[tuple[str, str, date | None]]:
    return {(a.authority, a.status, a.date) for a in found}


# -- a bill tells what it would do, however long the sentence


def test_every_measure_of_a_bill_passed_by_one_chamber_is_proposed() -> None:
    text = (
        "The House voted 301-112 on Thursday to pass the Baltic Cable Security Act, a "
        "bill that would require the Treasury to freeze the assets of any shipowner whose "
        "anchors damage undersea cables, and to sanction the vessels involved within 60 "
        "days."
    )
    assert dated(news(text)) == {("US", "proposed", date(2026, 12, 3))}


def test_a_bill_named_by_its_participle_is_proposed() -> None:
    text = "The Senate on Thursday passed a bill imposing sanctions on Georgian judges."
    assert dated(news(text)) == {("US", "proposed", date(2026, 12, 3))}


def test_a_bill_signed_into_law_imposes() -> None:
    text = (
        "The President on Thursday signed into law a bill that would sanction any "
        "official who jails protesters, and the Treasury sanctioned two judges under it."
    )
    assert {a.status for a in news(text)} == {"imposed"}


# -- relief for one named firm, and listings that run out


def test_a_licence_granted_to_a_named_firm_to_keep_operating_lifts_its_sanctions() -> None:
    text = (
        "The US Treasury on Thursday granted Dunav Refining Company a licence to keep "
        "operating until the end of March while its Russian shareholder sells out."
    )
    found = news(text)
    assert dated(found) == {("US", "lifted", date(2026, 12, 3))}
    assert [t.name for t in found[0].targets] == ["Dunav Refining Company"]


def test_a_licence_for_ordinary_business_is_no_relief() -> None:
    text = "The ministry on Thursday granted Nordvik Energy a licence to drill off the coast."
    assert news(text) == []


def test_listings_that_expire_unrenewed_are_a_lifting_on_the_day_they_expire() -> None:
    text = (
        "The European Union renewed its sanctions over Moldova on Wednesday, but two "
        "businessmen fell off the list when their listings expired at midnight on "
        "Thursday after Slovakia refused to extend them."
    )
    assert ("EU", "lifted", date(2026, 12, 3)) in dated(news(text))
    assert len([a for a in news(text) if a.status == "lifted"]) == 1


def test_falling_off_a_list_lifts() -> None:
    text = (
        "Canada said on Thursday that three Belarusian potash traders had dropped off its "
        "sanctions list."
    )
    assert dated(news(text)) == {("CA", "lifted", date(2026, 12, 3))}


def test_a_call_for_the_lifting_of_sanctions_is_no_lifting() -> None:
    for text in (
        "Minsk's foreign ministry called for \u201cthe complete lifting of the unlawful "
        "restrictions\u201d on Thursday.",
        "Tehran demanded the lifting of the sanctions on its national airline.",
    ):
        assert news(text) == [], text


# -- threats and triggers


def test_prepared_to_target_is_a_threat() -> None:
    text = (
        "A State Department official said on Thursday that Washington was prepared to "
        "target the traders who buy the cargoes with sanctions if shipments continued."
    )
    assert dated(news(text)) == {("US", "threatened", date(2026, 12, 3))}


def test_to_target_after_an_act_is_still_its_purpose() -> None:
    text = "Britain on Thursday amended its Iran sanctions regulations to target 12 individuals."
    assert dated(news(text)) == {("GB", "imposed", date(2026, 12, 3))}


def test_slapped_a_kind_of_sanctions_on_someone_imposes() -> None:
    text = (
        "Japan on Thursday slapped unilateral sanctions on three North Korean trading "
        "firms that ship coal to China."
    )
    found = news(text)
    assert dated(found) == {("JP", "imposed", date(2026, 12, 3))}
    assert found[0].counts.get("organization") == 3


def test_an_older_round_of_added_carriers_is_background() -> None:
    text = (
        "Washington on Thursday sanctioned two Russian port operators. In March 2025 the "
        "State Department added three gas carriers that had loaded at the terminal."
    )
    found = rules_actions(text, FRIDAY)
    assert dated([a for a in found if not a.background]) == {("US", "imposed", date(2026, 12, 3))}
    assert any(a.background and a.counts.get("vessel") == 3 for a in found)


# -- the day of an act told in its subject or in a quoted statement


def test_a_decision_of_a_date_that_is_the_subject_of_its_trigger_is_dated_so() -> None:
    text = (
        "Iceland and Norway have aligned with the European Union's latest listings over "
        "Moldova, the High Representative said on Thursday. The Council's decision of "
        "12 November added 9 individuals to the Moldova list."
    )
    eu = [a for a in rules_actions(text, FRIDAY) if a.authority == "EU"]
    assert [(a.date, a.background) for a in eu] == [(date(2026, 11, 12), True)]


def test_today_in_a_quoted_statement_is_the_day_of_the_statement() -> None:
    text = (
        "\u201cToday, New Zealand is imposing travel bans on 11 Russian officials,\u201d "
        "Foreign Minister Winston Peters said in a statement issued on Wednesday."
    )
    assert dated(news(text)) == {("NZ", "imposed", date(2026, 12, 2))}


def test_today_outside_a_quotation_is_still_the_page_s_day() -> None:
    text = "New Zealand today imposed travel bans on 11 Russian officials, the minister said."
    assert dated(news(text)) == {("NZ", "imposed", FRIDAY)}


# -- a proposal's content, an alignment's targets


def test_what_a_package_agreed_in_principle_would_add_is_the_proposal() -> None:
    text = (
        "EU ambassadors on Wednesday reached a political agreement on the bloc's 22nd "
        "package of sanctions against Russia. The package would add 96 vessels to the "
        "list of tankers barred from EU ports and freeze the assets of 14 entities."
    )
    found = news(text)
    assert dated(found) == {("EU", "proposed", date(2026, 12, 2))}
    assert (found[0].counts.get("vessel"), found[0].counts.get("organization")) == (96, 14)


def test_an_aligning_state_holds_the_targets_of_the_act_it_aligns_with() -> None:
    text = (
        "Iceland has aligned with the European Union's latest sanctions against Belarus, "
        "the High Representative said on Thursday. The Council's decision of 12 November "
        "listed 5 individuals, among them the Minsk judge Ales Karpovich."
    )
    iceland = [a for a in rules_actions(text, FRIDAY) if a.authority == "IS"]
    assert [t.name for t in iceland[0].targets] == ["Ales Karpovich"]
    assert iceland[0].counts.get("person") == 5


# -- a weekday with its date beside it, threats named by their measure


def test_a_weekday_with_a_date_in_apposition_is_that_date() -> None:
    text = (
        "Belarus barred 14 Lithuanian officials from entering the country on Thursday, its "
        "foreign ministry said. The EU adopted its latest package last Monday, November 23, "
        "listing 30 individuals."
    )
    eu = [a for a in rules_actions(text, FRIDAY) if a.authority == "EU"]
    assert {a.date for a in eu} == {date(2026, 11, 23)}


def test_could_face_a_kind_of_sanctions_is_a_threat() -> None:
    text = (
        "On Thursday, EU foreign policy chief Kaja Kallas said officials behind the "
        "crackdown \u201ccould face an EU travel ban\u201d if member states agree."
    )
    assert dated(news(text)) == {("EU", "threatened", date(2026, 12, 3))}


def test_would_mirror_another_s_listings_is_a_threat() -> None:
    text = "London said it would mirror the EU's listings under its own regime in the coming days."
    assert {(a.authority, a.status) for a in news(text)} == {("GB", "threatened")}
