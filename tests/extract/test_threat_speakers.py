"""Who threatens: the state that warns, not the states its clause mentions."""

from sanctionwatch.extract import extract
from sanctionwatch.model import Article

from .helpers import PUBLISHED


def threateners(text: str) -> list[str]:
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    return sorted(a.authority for a in report.actions if a.status == "threatened")


def test_agency_named_after_another_state_does_not_share_the_threat() -> None:
    text = (
        "Beijing's Taiwan Affairs Office spokesman Li Wei said the mainland would not"
        ' stand by and warned of "countermeasures" against separatist officials.'
    )
    assert threateners(text) == ["CN"]


def test_state_spoken_of_before_the_warning_does_not_threaten() -> None:
    text = (
        "Russia's foreign ministry said Canberra was acting on orders from abroad and"
        " warned Moscow would respond with countermeasures."
    )
    assert threateners(text) == ["RU"]


def test_proposal_opposed_is_not_its_author_s_threat() -> None:
    text = (
        "China's commerce ministry opposed a European Commission plan to list Chinese"
        " refiners and said China will take countermeasures if the listing goes ahead."
    )
    assert threateners(text) == ["CN"]


def test_states_listed_together_share_a_threat() -> None:
    text = "The United States and the European Union warned they would impose further sanctions."
    assert threateners(text) == ["EU", "US"]


def test_measure_taken_to_court_or_queried_is_no_threat() -> None:
    text = (
        "Canada on Monday sanctioned the businessman Marc Tremblay. His lawyer said his"
        " client would challenge the designation before the Federal Court. The Foreign"
        " Ministry of Israel said it would ask Ottawa for more details about the listings."
    )
    assert threateners(text) == []


def test_right_reserved_to_reciprocal_action_is_a_threat() -> None:
    text = 'Iran\'s foreign ministry said Tehran "reserves its right to reciprocal action".'
    assert threateners(text) == ["IR"]


def test_similar_steps_considered_are_a_threat() -> None:
    text = "Canada's foreign minister told reporters her government was considering similar steps."
    assert threateners(text) == ["CA"]


def test_what_a_proposal_would_do_is_no_threat() -> None:
    text = (
        "The European Commission on Tuesday proposed a new sanctions package against"
        " Russia that lists 12 oil traders. Several of the traders would also face an"
        " asset freeze."
    )
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    assert [a.status for a in report.actions] == ["proposed"]


def test_state_opening_a_later_reported_clause_threatens() -> None:
    text = (
        "Britain sanctioned five Iranian officials on Monday. The foreign ministry noted"
        " that the British government had chosen confrontation, and that Tehran"
        ' "reserves the right to respond".'
    )
    assert threateners(text) == ["IR"]


def test_readiness_to_revoke_a_licence_is_a_threat() -> None:
    text = (
        "The United States eased oil sanctions on Venezuela on Tuesday. The State"
        " Department said the US was prepared to revoke the licence immediately."
    )
    assert threateners(text) == ["US"]
