"""Which actions exist and who takes them: kinds from the session-30 ordinary-month
first looks (issue 11), tested with sentences written for these tests (no corpus text)."""

from tests.extract.helpers import rules_actions
from tests.extract.test_status_s27 import PUBLISHED


def news_sets(text: str) -> dict[str, tuple[list[str], dict[str, int | None]]]:
    """authority -> (target names, counts) of each news imposition the rules find."""
    return {
        a.authority: (sorted(t.name for t in a.targets), dict(a.counts))
        for a in rules_actions(text, PUBLISHED)
        if a.status == "imposed" and not a.background
    }


def test_a_second_authority_pointing_back_at_a_told_set_takes_its_targets() -> None:
    lead = (
        "The US Treasury on Monday sanctioned two Colombian nationals and three companies"
        " over a gold smuggling ring.\n\nThey include Andrés Felipe Rojas Quintana and"
        " Minerales del Cauca S.A.S.\n\n"
    )
    for follow in (
        # a definite set of the very counts the act told before has
        "Colombia's financial analysis unit blacklisted the two individuals and three"
        " companies on Tuesday.\n",
        # "the same" before the verb, in a passive clause
        "The Government of Colombia decided on Tuesday to mirror the listing, so the same five"
        " targets are sanctioned in Colombia as well.\n",
    ):
        found = news_sets(lead + follow)
        assert (
            found["CO"][0]
            == found["US"][0]
            == [
                "Andrés Felipe Rojas Quintana",
                "Minerales del Cauca S.A.S.",
            ]
        ), follow
        assert found["CO"][1]["person"] == 2 and found["CO"][1]["organization"] == 3, follow


def test_a_definite_set_of_other_counts_is_no_pointer() -> None:
    # "the four banks" is not the set of two people and three companies told before
    text = (
        "The US Treasury on Monday sanctioned two Colombian nationals and three companies"
        " over a gold smuggling ring.\n\nThey include Andrés Felipe Rojas Quintana and"
        " Minerales del Cauca S.A.S.\n\n"
        "Colombia's financial analysis unit blacklisted the four banks on"
        " Tuesday.\n"
    )
    found = news_sets(text)
    assert found.get("CO", ([], {}))[0] == []


def test_a_pointer_takes_only_the_kinds_it_names() -> None:
    lead = (
        "The US Treasury on Monday sanctioned two Colombian nationals and three companies"
        " over a gold smuggling ring.\n\nThey include Andrés Felipe Rojas Quintana and"
        " Minerales del Cauca S.A.S.\n\n"
    )
    people = "Colombia's financial analysis unit blacklisted the two individuals on Tuesday.\n"
    found = news_sets(lead + people)
    assert found["CO"][0] == ["Andrés Felipe Rojas Quintana"]
    assert found["CO"][1]["person"] == 2 and found["CO"][1]["organization"] is None
    # a set further on in the clause is not what the act hits ("accounts linked to ...")
    linked = (
        "Colombia's financial analysis unit blacklisted accounts linked to the two individuals"
        " on Tuesday.\n"
    )
    assert news_sets(lead + linked).get("CO", ([], {}))[0] == []


def test_an_occasion_used_to_announce_sanctions_is_an_act() -> None:
    text = (
        "Canada used Monday's summit to unveil sanctions on two Iranian generals,"
        " Ali Reza Tangsiri and Mohammad Karami.\n"
    )
    assert news_sets(text)["CA"][0] == ["Ali Reza Tangsiri", "Mohammad Karami"]
    # an intention to announce is still no act done
    assert "CA" not in news_sets(text.replace("used", "will use"))


def test_equivalent_regulations_made_after_another_act_are_an_act_on_its_targets() -> None:
    lead = (
        "The EU on Monday froze the assets of two Sudanese generals, Abdel Rahim Dagalo"
        " and Osman Mohamed Hamid.\n\n"
    )
    for follow in (
        "Britain made equivalent regulations the same day.\n",
        "Switzerland adopted parallel measures on Tuesday.\n",
    ):
        found = news_sets(lead + follow)
        assert len(found) == 2, follow
        assert all(t == ["Abdel Rahim Dagalo", "Osman Mohamed Hamid"] for t, _ in found.values())
    # a state that has none makes none
    assert "NO" not in news_sets(lead + "Norway has no equivalent regulations.\n")
