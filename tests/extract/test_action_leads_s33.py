"""Action precision on unseen text: issue 11 leads of session 33 (extras of the first
looks w2000-w2059: the targets' country or a non-acting state given an act). Short
texts written for these tests."""

from tests.extract.helpers import rules_actions


def acts(text: str) -> list[tuple[str, str, list[str]]]:
    return [(a.authority, a.status, [t.name for t in a.targets]) for a in rules_actions(text)]


# -- a state that says where a listed firm is, after "the", does not list it


def test_a_place_before_a_firm_noun_after_the_is_no_actor() -> None:
    text = (
        "Britain on Thursday sanctioned four suppliers of drone parts. "
        "The Tehran trading company Sepidar Andisheh and its owner Reza Kamali were "
        "designated for shipping engines to Russia."
    )
    assert [a[0] for a in acts(text)] == ["GB"]
    assert "IR" not in [a[0] for a in acts(text)]


def test_the_state_before_its_government_still_acts() -> None:
    text = "The Canadian government on Friday sanctioned Voskhod Logistics LLC."
    assert [a[:2] for a in acts(text)] == [("CA", "imposed")]


# -- "30 Russia designations": a count before a state before a sanctions noun


def test_a_counted_state_designations_name_the_regime() -> None:
    text = "Ottawa has made more than 300 Iran designations since 2022."
    assert [a[:2] for a in acts(text)] == [("CA", "imposed")]


# -- "and by North Korea's Foreign Trade Bank": a possessive owner is no agent


def test_a_possessive_owner_after_by_is_no_agent() -> None:
    text = (
        "The payments were routed through Kestrel Maritime, which the Treasury "
        "sanctioned in 2019, and by Iran's Bank Melli."
    )
    assert "IR" not in [a[0] for a in acts(text)]


def test_a_central_bank_acts_for_its_state() -> None:
    text = "Russia's central bank froze the accounts of Oleg Vasiliev on Friday."
    assert [a[:2] for a in acts(text)] == [("RU", "imposed")]


# -- a request to a body written with initials and dots is still a request to it


def test_a_joint_request_to_the_u_n_committee_is_a_un_proposal() -> None:
    text = (
        "Britain and France on Monday asked the U.N. Security Council's Libya sanctions "
        "committee to add two smugglers, Ali Masoud and Omar Fathi, to its sanctions list."
    )
    assert [a[:2] for a in acts(text)] == [("UN", "proposed")]


# -- a possessive state before its foreign service acts through it


def test_a_foreign_service_proposal_is_the_blocs() -> None:
    text = (
        "The European Union's foreign service has circulated a proposal to sanction "
        "three militia commanders in Darfur, two diplomats said on Tuesday."
    )
    assert [a[:2] for a in acts(text)] == [("EU", "proposed")]


# -- ", and the Japanese government designated": a coordinated clause with its own subject


def test_an_adjective_government_opening_a_coordinated_clause_acts() -> None:
    text = (
        "Customs officers searched a tanker in Osaka, and the Japanese government on "
        "Friday designated the tanker and its Panamanian owner."
    )
    assert [a[:2] for a in acts(text)] == [("JP", "imposed")]
