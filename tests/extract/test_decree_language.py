"""Actions stated without the word "sanction" as verb, and words that only look like
one (issue 11, unseen text): decrees and decisions enacted, funds frozen, dealings
restricted, parties subjected to measures, other authorities' listings adopted;
liftings told as removals, endings or in the passive, so that the impositions they
tell about are not news; obligations, calls and bills that are no act. Sentences
written for these tests; the rules alone run (no learned judge), so each case
tests one rule of data/frames.toml."""

from datetime import date

import pytest

from sanctionwatch.extract import extract
from sanctionwatch.extract.learn.models import Models
from sanctionwatch.extract.triggers import find_triggers
from sanctionwatch.model import Action, Article
from tests.extract.helpers import rules_actions


def actions(text: str) -> list[Action]:
    return rules_actions(text)


def news(text: str) -> set[tuple[str, str]]:
    return {(a.authority, a.status) for a in actions(text) if not a.background}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision of the NSDC enacted by the President: the enactment is the act
        (
            "President Volodymyr Zelensky on Saturday enacted the decision of the National "
            "Security and Defense Council imposing restrictive measures on 45 legal entities.",
            {("UA", "imposed")},
        ),
        # ... also with the state in the leader's own title
        (
            "President of Ukraine Volodymyr Zelensky signed the decree which enacts the "
            "decision of National Security and Defense Council on sanctions against 12 "
            "vessels and 9 captains.",
            {("UA", "imposed")},
        ),
        (
            "Ukraine's President put into effect a decision of the National Security and "
            "Defence Council on sanctions against 56 companies.",
            {("UA", "imposed")},
        ),
        # a decree whose clause names a measure, signed by a country's ruler
        (
            "Minsk hits back at Vilnius with sanctions. Belarusian ruler Alexander Lukashenko "
            "signed a decree on Thursday that bars three Lithuanian freight firms from "
            "operating in the country.",
            {("BY", "imposed")},
        ),
        # the Swiss legal wording of an asset freeze
        (
            "Switzerland adopts the EU's sanctions. The Swiss Federal Council on Wednesday "
            "froze the funds and economic resources of 12 individuals.",
            {("CH", "imposed")},
        ),
        (
            "Switzerland on Friday ordered the freezing of funds of 30 Russian businessmen "
            "under its sanctions ordinance.",
            {("CH", "imposed")},
        ),
        # MAS: financial measures widened, institutions prohibited from transactions
        (
            "The Monetary Authority of Singapore on Monday expanded its financial measures "
            "in relation to Russia to three more Russian banks.",
            {("SG", "imposed")},
        ),
        (
            "The Monetary Authority of Singapore on Monday prohibited financial institutions "
            "from transactions and business relations with three Russian banks.",
            {("SG", "imposed")},
        ),
        (
            "Singapore widens its Russia sanctions. Singapore on Thursday restricted "
            "dealings with four Russian banks.",
            {("SG", "imposed")},
        ),
        # subjected to measures, the targets between verb and "to"
        (
            "The Council of the EU on Monday decided to subject 9 individuals to restrictive "
            "measures.",
            {("EU", "imposed")},
        ),
        # another authority's listings adopted
        (
            "The Swiss government adopted the EU's latest listings on Friday.",
            {("CH", "imposed")},
        ),
    ],
)
def test_impositions_without_a_sanctions_verb(text: str, expected: set) -> None:
    assert news(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sanctions removed as the object: a lifting, and the relative clause's
        # imposition is the past of it, no news of its own
        (
            "Syrian banks get relief. Washington on Friday removed sanctions on three Syrian "
            "banks that it sanctioned for funding the army.",
            ("US", "lifted"),
        ),
        (
            "The U.S. Treasury on Friday terminated the Syria sanctions program.",
            ("US", "lifted"),
        ),
        (
            "The Council of the EU on Monday ended the restrictive measures against two "
            "Syrian banks.",
            ("EU", "lifted"),
        ),
        (
            "The Commerce Department on Tuesday took three Chinese firms off the Entity List.",
            ("US", "lifted"),
        ),
        # the passive, with the imposition's participle inside the phrase
        (
            "The sanctions, imposed over the crackdown on protesters, were lifted by the EU "
            "on Monday.",
            ("EU", "lifted"),
        ),
    ],
)
def test_liftings_invent_no_imposition(text: str, expected: tuple[str, str]) -> None:
    assert news(text) == {expected}


def test_lifting_in_a_relative_clause_is_no_trigger() -> None:
    # "sanctions that were lifted under the 2015 deal came back": the lifting
    # describes the sanctions, it is not the clause's act
    text = "United Nations sanctions on Iran that were lifted under the 2015 deal came back."
    assert "lift" not in {t.kind for t in find_triggers(text, 0, len(text))}


def test_frozen_funds_as_an_adjective_is_no_trigger() -> None:
    text = "Euroclear, the depository that holds most of the frozen funds, declined to comment."
    assert find_triggers(text, 0, len(text)) == []
    # ... but "has frozen the funds" is the verb with its object
    verb = "Britain has frozen the funds of two banks."
    assert [t.kind for t in find_triggers(verb, 0, len(verb))] == ["impose"]


def test_signed_decree_needs_a_measure_in_its_clause() -> None:
    text = "Trump on Monday signed an executive order on tariffs; sanctions were not mentioned."
    assert find_triggers(text, 0, text.index(";")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an explainer: what every bank must do is no act of the EU
        (
            "What is frozen? Every bank, broker or company in the EU must freeze the funds "
            "and economic resources that belong to a listed person.",
            set(),
        ),
        # a call: "should" before the trigger
        (
            "The European Union should sanction the tankers of the shadow fleet, the "
            "Estonian prime minister said.",
            set(),
        ),
        # a bill that would impose, if passed: a proposal, not a threat as well
        (
            "U.S. senators on Tuesday introduced a bill targeting buyers of Russian oil. The "
            "bill, if passed, would impose sanctions on any country buying Russian oil.",
            {("US", "proposed")},
        ),
    ],
)
def test_no_act_or_only_a_proposal(text: str, expected: set) -> None:
    assert news(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # OFAC's identification of property, also with the clause split by dashes
        (
            "The US Treasury has identified five aircraft operated by Iran Air as blocked "
            "property, in a step aimed at grounding the carrier.",
            {("US", "imposed")},
        ),
        (
            "OFAC identifies four freighters as blocked property. The US Treasury's Office of "
            "Foreign Assets Control has identified four aircraft — two An-124 freighters and "
            "an Il-76 — as property in which a blocked company has an interest.",
            {("US", "imposed")},
        ),
        # a denial order renewed: an imposition
        (
            "The US Commerce Department's Bureau of Industry and Security on Wednesday renewed "
            "for one year the temporary denial orders that cut off three Russian airlines.",
            {("US", "imposed")},
        ),
        # visas restricted
        (
            "The State Department said it was restricting visas of more than 250 members of "
            "the regime under its sanctions authorities.",
            {("US", "imposed")},
        ),
        # a list updated with entities
        (
            "Taiwan's Ministry of Economic Affairs on Saturday updated its strategic high-tech "
            "commodities entity list with 601 entities.",
            {("TW", "imposed")},
        ),
        # countermeasures with the day between the verb and the noun
        (
            "China's Ministry of Foreign Affairs announced on Monday countermeasures against a "
            "Japanese lawmaker.",
            {("CN", "imposed")},
        ),
        # an act that did not happen
        (
            "EU foreign ministers discussed a new sanctions package on Monday. Hungary blocked "
            "the package, which would have frozen the assets of 20 more oligarchs.",
            set(),
        ),
    ],
)
def test_more_listing_language(text: str, expected: set) -> None:
    assert news(text) == expected


def test_a_when_clause_after_a_past_year_is_background() -> None:
    # "since 2018, when the United States reimposed sanctions": as old as the year
    text = (
        "Iran Air itself has been designated since 2018, when the United States reimposed "
        "sanctions after withdrawing from the nuclear deal."
    )
    found = actions(text)
    assert [(a.authority, a.status) for a in found] == [("US", "imposed")]
    assert all(a.background for a in found)


def test_measures_named_as_kinds_explain() -> None:
    text = (
        "The Council of the EU decides on sanctions by unanimity. The measures range from "
        "asset freezes and travel bans on named persons to sectoral bans on imports."
    )
    assert news(text) == set()


def test_a_licence_allowing_operation_is_relief_and_older_listings_background() -> None:
    # the lifting is the news; the designation of January is its background
    text = (
        "OFAC gives refiner NIS 30 more days. The US Treasury's Office of Foreign Assets "
        "Control on Monday issued a new license allowing Serbia's oil company NIS to continue "
        "operating until the end of August. NIS is majority-owned by Gazprom Neft, which was "
        "designated by Washington on January 10."
    )
    article = Article(id="t", text=text, published=date(2025, 7, 29))
    found = extract(article, models=Models.empty()).actions
    assert {(a.authority, a.status) for a in found if not a.background} == {("US", "lifted")}


def test_will_propose_is_an_intention_not_a_proposal() -> None:
    text = (
        "The Czech Ministry of Foreign Affairs on Wednesday added two men to the national "
        "sanctions list. Foreign Minister Jan Lipavský said he will propose the two men also "
        "for listing at the EU level."
    )
    assert ("CZ", "proposed") not in news(text)
    assert ("CZ", "imposed") in news(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judgement of the measures by the one hit, and its reservation of a response
        (
            "Washington on Thursday sanctioned Iranian drone makers. Iran's foreign ministry "
            'spokesman called the designations "illegal".',
            {("US", "imposed")},
        ),
        # who makes designations, in the present passive: an explainer
        (
            "Explainer: how a UK asset freeze works\n\nDesignations are made by ministers of the "
            "Foreign, Commonwealth and Development Office under regulations for each regime.",
            set(),
        ),
        # Switzerland brought into line with the EU's sanctions
        (
            "The Federal Council decided on Wednesday to bring Switzerland into line with the "
            "sanctions the European Union adopted against Russia.",
            {("CH", "imposed")},
        ),
    ],
)
def test_judgements_explainers_and_alignment(text: str, expected: set) -> None:
    assert {s for s in news(text) if s[1] != "threatened"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The National Security and Defense Council of Ukraine on Friday decided to apply "
            "personal special economic and other restrictive measures (sanctions) to 56 "
            "companies.",
            {("UA", "imposed")},
        ),
        (
            "Ukraine on Friday synchronised its sanctions with those of the European Union, "
            "adding 40 individuals.",
            {("UA", "imposed")},
        ),
        (
            "Lithuania on Friday froze the accounts of 12 Belarusian firms under national "
            "sanctions.",
            {("LT", "imposed")},
        ),
        (
            "The Treasury on Tuesday named 12 individuals as Specially Designated Nationals.",
            {("US", "imposed")},
        ),
        (
            "Norway on Friday incorporated the EU's 17th package into Norwegian law.",
            {("NO", "imposed")},
        ),
    ],
)
def test_how_other_states_take_measures_over(text: str, expected: set) -> None:
    assert news(text) == expected


def test_the_commission_alone_is_the_eus_proposing_body() -> None:
    # "The Commission" after another state spoke: the EU's, and a proposal
    text = (
        "China's Ministry of Commerce on Thursday opposed an EU plan to list Chinese "
        "refiners. The Commission on Wednesday presented its 21st sanctions package to "
        "member states."
    )
    found = news(text)
    assert ("EU", "proposed") in found
    assert ("CN", "proposed") not in found


def test_an_executive_order_lifting_sanctions_is_only_the_lifting() -> None:
    text = "Trump on Monday signed an executive order lifting sanctions on Syria."
    assert news(text) == {("US", "lifted")}


# Review probes (rv-dec): ordinary news the broad patterns above must leave alone.


@pytest.mark.parametrize(
    "text",
    [
        # a domestic ban by decree: the ban word is no sanction without a party hit
        "Turkish President Recep Tayyip Erdogan signed a decree that bans foreign nationals "
        "from buying land near military zones.",
        # trade restrictions lifted or removed in the passive: no sanctions relief
        "Restrictions on imports of Ukrainian grain were lifted by Poland on Monday after "
        "farmers ended their protest.",
        "Import restrictions on Chinese electric cars were removed by Brazil.",
        # a list that is no sanctions list
        "The EU took Panama off its list of tax havens on Tuesday.",
        # an ordinary business licence
        "Ireland granted a new licence allowing Shell to drill off the west coast.",
    ],
)
def test_ordinary_news_gives_no_action(text: str) -> None:
    assert news(text) == set()


def test_into_line_with_needs_measures_after_it() -> None:
    # rules brought into line with Brussels: no measure taken over, only the
    # background of adopting the EU's sanctions since 2014
    text = (
        "Switzerland has been adopting the EU's sanctions since 2014, and it brought its "
        "rules into line with Brussels in 2022."
    )
    assert "into line" not in " ".join(
        text[t.start : t.end] for t in find_triggers(text, 0, len(text))
    )
