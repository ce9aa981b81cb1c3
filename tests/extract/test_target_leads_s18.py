"""Target and action precision, session 18: bystanders of a measure (who must comply,
who a relative clause says is spared), explanations of how sanctions work, and the
wordings behind them; each rule tested with sentences written for these tests (no
corpus text)."""

from datetime import date

from sanctionwatch.extract import pipeline
from sanctionwatch.extract.document import Doc, Name
from sanctionwatch.extract.learn.stage import key, placed
from sanctionwatch.extract.pipeline import DEFAULT_PIPELINE
from sanctionwatch.extract.targets import is_speaker
from sanctionwatch.model import Article
from tests.extract.helpers import rules_actions, rules_news, shipped_news

PUBLISHED = date(2026, 11, 26)  # a Thursday


def rules(text: str) -> dict[str, list[str]]:
    return rules_news(text, PUBLISHED)


def shipped(text: str) -> dict[str, list[str]]:
    return shipped_news(text, PUBLISHED)


COMPLY = (
    "Australia on Thursday imposed an asset freeze on Orion Trading and Kestrel Optics. "
    "The Sanctions Office reminded exporters that companies such as BHP and Rio Tinto will "
    "need to obtain a sanctions permit for any dealing with the two."
)


def test_companies_that_must_comply_are_no_targets() -> None:
    assert rules(COMPLY) == {"AU": ["Orion Trading", "Kestrel Optics"]}
    assert shipped(COMPLY) == {"AU": ["Orion Trading", "Kestrel Optics"]}
    # "need a licence", "must report": the same duty in other words
    text = (
        "The Commerce Department on Tuesday added Lingyun Compute to the Entity List. Exporters, "
        "including chipmakers such as Nvidia and AMD, now need a license to ship any item to it."
    )
    assert rules(text) == {"US": ["Lingyun Compute"]}
    text = (
        "Liechtenstein froze the assets of Gennady Surkov on Friday. Banks such as LGT and "
        "VP Bank must report frozen assets to the Financial Intelligence Unit."
    )
    assert rules(text) == {"LI": ["Gennady Surkov"]}


def test_examples_of_a_listing_stay_targets() -> None:
    # "such as" with no duty after it lists those hit
    text = (
        "The US on Tuesday added 12 Chinese firms to the Entity List, including server "
        "makers such as Lingyun Compute and Taihe Systems, which rebuilt restricted GPUs."
    )
    assert rules(text) == {"US": ["Lingyun Compute", "Taihe Systems"]}


def test_a_name_said_to_be_spared_is_no_target() -> None:
    text = (
        "OFAC on Thursday designated the tanker operator Hexagon Marine FZE. The cargoes "
        "went to refiners such as Vadinar Refining, which was not itself sanctioned."
    )
    assert rules(text) == {"US": ["Hexagon Marine FZE"]}
    # a plural verb spares every name of the list before it
    text = (
        "Treasury on Tuesday sanctioned Jinglan Network Co., Ltd. and its chief, Zhou Lihua. "
        "Prosecutors charged two employees, Wang Peng and Li Dongsheng, who are not subject "
        "to the sanctions."
    )
    assert shipped(text) == {"US": ["Jinglan Network Co., Ltd.", "Zhou Lihua"]}


def test_how_a_designation_works_is_no_act() -> None:
    text = (
        "OFSI published new guidance last week. When the UK designates a person, the asset "
        "freeze extends automatically to companies that person owns or controls."
    )
    assert rules_actions(text, PUBLISHED) == []
    # a past act told in a "when" clause is still an act (of the past)
    (action,) = rules_actions(
        "When Britain sanctioned Roman Abramovich in 2022, Chelsea was put up for sale.",
        PUBLISHED,
    )
    assert (action.authority, action.background) == ("GB", True)


def test_a_participle_after_no_or_every_is_an_adjective() -> None:
    text = (
        "The US sanctioned Rosneft in October. The State Bank of India requires an "
        "undertaking that no sanctioned entity is in the chain, an official said."
    )
    assert [a.background for a in rules_actions(text, PUBLISHED)] == [True]


def test_a_sum_in_words_makes_a_package_of_arms() -> None:
    text = (
        "China on Sunday put three US drone makers on its unreliable entity list. Washington "
        "approved the 620 million US dollar package, including drones, on November 14."
    )
    assert {a.authority for a in rules_actions(text, PUBLISHED)} == {"CN"}


def test_a_name_put_on_the_list_earlier_is_no_news_target() -> None:
    text = (
        "China's Ministry of Commerce on Sunday put Redline Aerospace on its unreliable entity "
        "list. American giants such as Lockheed Martin, which were put on the list earlier, "
        "are still under the measures."
    )
    assert rules(text) == {"CN": ["Redline Aerospace"]}


def test_a_date_closes_the_first_of_two_coordinated_verbs() -> None:
    text = (
        "The EU on Thursday listed Alpha Shipping. Beta Lines, parent of the operator, was "
        "listed by the EU in 2012 and delisted in 2016."
    )
    assert rules(text) == {"EU": ["Alpha Shipping"]}


def test_a_vessel_table_lists_the_vessel_not_its_owner() -> None:
    text = (
        "The EU on Thursday imposed a port ban on four ships:\n\n"
        "Name | IMO | Flag | Registered owner\n"
        "Port Olya 4 | 9298372 | Russia | Caspian Route LLC\n"
        "Sabalan Star | 9274120 | Iran | Hafez Darya Kish Shipping\n"
    )
    assert rules(text) == {"EU": ["Port Olya 4", "Sabalan Star"]}


def test_added_to_a_states_regulations_by_name_is_a_listing() -> None:
    text = (
        "Global Affairs Canada on Tuesday added Reza Sarhangpour and Mehdi Rastegar to the "
        "Special Economic Measures (Iran) Regulations."
    )
    assert rules(text) == {"CA": ["Reza Sarhangpour", "Mehdi Rastegar"]}


def test_closed_entry_is_an_entry_ban() -> None:
    text = (
        "Russia's Foreign Ministry on Wednesday closed entry for 15 Australian citizens, "
        "including ABC Moscow correspondent Peter Haldane and Professor Judith Carrington."
    )
    assert rules(text) == {"RU": ["Peter Haldane", "Judith Carrington"]}
    # the border or a checkpoint closed is no measure
    assert rules_actions("The ministry closed entry points in the region.", PUBLISHED) == []


def test_a_duty_to_report_frozen_assets_is_no_act() -> None:
    text = (
        "Liechtenstein froze the assets of Gennady Surkov on Friday. Banks such as LGT must "
        "report frozen assets to the Financial Intelligence Unit."
    )
    assert [(a.authority, a.status) for a in rules_actions(text, PUBLISHED)] == [("LI", "imposed")]


def test_a_copula_after_a_name_describes_it() -> None:
    # "Surkov is the owner of X": the firms the listed men own are not listed
    text = (
        "Liechtenstein froze the assets of Gennady Surkov and Timur Abashidze on Friday. "
        "Surkov is the main owner of the producer Volga Azot, and Abashidze controls the "
        "port operator Tamanneft Terminal."
    )
    assert rules(text) == {"LI": ["Gennady Surkov", "Timur Abashidze"]}
    # after a list noun the copula still opens the list
    text = "Britain on Monday sanctioned four men. The four are Ivan Petrov and Oleg Sidorov."
    assert rules(text) == {"GB": ["Ivan Petrov", "Oleg Sidorov"]}


def test_measures_named_as_not_taken_are_no_act() -> None:
    for text in (
        "The statement condemned the deployment of troops, but the G7 announced no new "
        "sanctions on Wednesday.",
        "The EU imposed no new sanctions on Monday.",
        "Japan adopted no further measures against Russia on Friday.",
    ):
        assert rules_actions(text, PUBLISHED) == [], text
    # "no" elsewhere in the clause does not undo the act
    text = "The EU on Monday imposed sanctions on Nordic Oil, which has no operations in Europe."
    assert rules(text) == {"EU": ["Nordic Oil"]}


def test_who_declined_to_comment_speaks() -> None:
    name = Name(15, 34, "Cape Lumen Shipping", "organization")
    text = "The charterer, Cape Lumen Shipping, declined to comment."
    assert text[name.start : name.end] == name.text
    assert is_speaker(text, name)
    assert is_speaker(
        "Hexagon Marine could not be reached.", Name(0, 14, "Hexagon Marine", "organization")
    )


def test_applying_un_sanctions_as_a_habit_is_no_act() -> None:
    text = (
        "The US Treasury on Thursday told exchange houses that Washington would sanction "
        "them. The UAE Central Bank applies UN sanctions."
    )
    assert [(a.authority, a.status) for a in rules_actions(text, PUBLISHED)] == [
        ("US", "threatened")
    ]
    # with its day it is an act
    (action,) = rules_actions("The UAE on Monday applied UN sanctions to Pak Chol.", PUBLISHED)
    assert (action.authority, action.status) == ("AE", "imposed")


def test_a_name_the_rules_gave_to_a_licence_is_placed() -> None:
    # the tagger adds no name to a news action that the rules read as a licence's
    text = (
        "OFAC on Tuesday designated Rosneft. The EU also approved its 19th package on "
        "Tuesday. OFAC issued the following general licenses:\n\n"
        "  • GL 124A: Authorizes certain transactions involving the Caspian Pipeline "
        "Consortium projects.\n"
    )
    doc = Doc(article=Article(id="t", text=text, published=PUBLISHED))
    stages = list(DEFAULT_PIPELINE)
    doc = pipeline.run(doc, stages[: stages.index("assemble") + 1])
    (lifted,) = [a for a in doc.actions if a.status == "lifted"]
    assert [t.name for t in lifted.targets] == ["Caspian Pipeline Consortium"]
    (i,) = [k for k, s in enumerate(doc.sentences) if "GL 124A" in s.text]
    assert placed(doc, i, key("Caspian Pipeline Consortium"))


def test_a_list_member_named_in_a_role_does_not_join() -> None:
    # "the chief executive of contractor Y, Z": Y is whom Z works for
    text = (
        "Russia's Foreign Ministry on Wednesday closed entry for 15 Australian citizens. "
        "Among them are journalist Peter Haldane, the chief executive of defense contractor "
        "Austal Marine, Andrew Pellow, and Professor Judith Carrington."
    )
    found = shipped(text)["RU"]
    assert "Austal Marine" not in found
    assert {"Peter Haldane", "Andrew Pellow", "Judith Carrington"} <= set(found)


def test_the_duty_of_those_listed_keeps_them_targets() -> None:
    # "would need a licence for any U.S. item", "to buy": the listed firms' own duty
    text = (
        "The Bureau of Industry and Security on Tuesday added 11 firms to the Entity List. "
        "Commerce said companies in China and Belarus, including Minsk Avia Komplekt, would "
        "need a licence for any U.S. item."
    )
    assert rules(text) == {"US": ["Minsk Avia Komplekt"]}


def test_each_before_a_verb_is_no_adjective() -> None:
    text = "Australia and Canada on Wednesday each imposed sanctions on Mehdi Saberi-Nejad."
    assert rules(text) == {"AU": ["Mehdi Saberi-Nejad"], "CA": ["Mehdi Saberi-Nejad"]}
