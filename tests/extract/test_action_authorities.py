"""Who acts and with what status, on short articles written for these tests.

Each pins one kind of failure seen on new text (issue 11): datelines and dashes
before the subject, several authorities in one list, less common agencies, UN
drafts tabled by a state, lifting stories and bills, standing listings.
"""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.extract import extract
from sanctionwatch.extract.learn.models import Models
from sanctionwatch.model import Article, Report

PUBLISHED = date(2025, 6, 4)  # a Wednesday


def read(text: str, rules_only: bool = True) -> Report:
    """The report of `text` published on PUBLISHED; by the rules alone unless told."""
    models = Models.empty() if rules_only else None
    return extract(Article(id="t", text=text, published=PUBLISHED), models=models)


def actions(text: str, rules_only: bool = True) -> list[tuple[str, str, bool]]:
    return [(a.authority, a.status, a.background) for a in read(text, rules_only).actions]


def news(text: str, rules_only: bool = True) -> set[tuple[str, str]]:
    return {(a, s) for a, s, bg in actions(text, rules_only) if not bg}


@pytest.mark.parametrize("rules_only", [True, False])
def test_a_dateline_dash_does_not_make_the_subject_an_object(rules_only: bool) -> None:
    text = (
        "SEOUL, June 3 (Yonhap) -- South Korea sanctions four North Korean hackers and two "
        "firms that laundered stolen cryptocurrency, the Foreign Ministry said on Tuesday."
    )
    assert news(text, rules_only) == {("KR", "imposed")}


def test_a_list_of_states_set_off_by_dashes_acts_state_by_state() -> None:
    text = (
        "RIYADH — The members of the Gulf financing centre — Saudi Arabia, the United States, "
        "Kuwait and Qatar — announced on Tuesday the joint designation of two individuals and "
        "one entity that raised funds for Hezbollah."
    )
    assert news(text) == {(code, "imposed") for code in ("SA", "US", "KW", "QA")}


def test_states_announcing_measures_of_their_own_each_act() -> None:
    text = (
        "Canada imposed sanctions on Tuesday on 14 Venezuelan officials. The United States, "
        "the United Kingdom and the European Union announced measures of their own on the "
        "same day."
    )
    assert news(text) == {
        ("CA", "imposed"),
        ("US", "imposed"),
        ("GB", "imposed"),
        ("EU", "imposed"),
    }


def test_a_draft_tabled_at_the_security_council_is_a_un_proposal() -> None:
    text = (
        "The United States on Tuesday circulated a draft resolution at the Security Council "
        "that would add four tankers to the sanctions list of the 1718 Committee."
    )
    assert news(text) == {("UN", "proposed")}


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The Monetary Authority of Singapore on Monday added three Russian banks to its "
            "list of designated entities.",
            "SG",
        ),
        (
            "Lithuania's Interior Minister signed on Tuesday the decision to include 28 "
            "citizens of Belarus in the list of foreigners whose entry is prohibited, for "
            "their role in the repressions.",
            "LT",
        ),
        (
            "Argentina's Ministry of Security has included two Hezbollah financiers in the "
            "Public Registry of Persons linked to Acts of Terrorism, freezing their assets, "
            "the government said on Tuesday.",
            "AR",
        ),
    ],
)
def test_ministries_and_authorities_of_smaller_states_act(text: str, authority: str) -> None:
    assert news(text) == {(authority, "imposed")}


def test_lifting_an_asset_freeze_invents_no_imposition() -> None:
    text = (
        "The Government of Japan decided today to lift the asset freeze on three former "
        "Ukrainian officials, after a court in Kyiv closed their cases."
    )
    assert news(text) == {("JP", "lifted")}


def test_a_revoked_designation_is_a_lifting() -> None:
    text = (
        "The Foreign Office on Tuesday revoked the designation of a Russian steel magnate "
        "under the Russia sanctions regime, after he left the board of the company."
    )
    assert news(text) == {("GB", "lifted")}


def test_a_bill_introduced_is_proposed_not_imposed() -> None:
    text = (
        "A bipartisan group of U.S. senators on Tuesday introduced the Sanctioning Russia "
        "Act, which would require sanctions on Russian state-owned enterprises and impose a "
        "tariff on imports from countries that buy Russian oil."
    )
    assert ("US", "imposed") not in news(text)
    assert ("US", "proposed") in news(text)


def test_listings_that_remain_or_stay_in_place_are_no_action() -> None:
    text = (
        "The US Treasury on Tuesday issued a general license authorizing transactions with "
        "three Syrian banks. Their designations stay in place. Bank Melli Iran and two "
        "others remain designated under earlier actions."
    )
    assert news(text) == {("US", "lifted")}


def test_a_dash_inside_a_regulation_name_does_not_split_the_clause() -> None:
    text = (
        "The Monetary Authority of Singapore (MAS) on Tuesday amended its Financial Services "
        "(Sanctions and Freezing of Assets of Persons – Russia) Regulations to add three "
        "Russian banks to the list of designated entities."
    )
    assert news(text) == {("SG", "imposed")}


def test_a_country_naming_a_sanctions_regime_does_not_act() -> None:
    text = (
        "The Security Council committee that oversees the Haiti sanctions regime added two "
        "gang leaders to its list on Tuesday, imposing an asset freeze and a travel ban."
    )
    assert news(text) == {("UN", "imposed")}


def test_an_imposition_coordinated_with_a_lifting_stands() -> None:
    text = (
        "EU foreign ministers on Tuesday lifted all economic sanctions on Syria, and at the "
        "same time listed three commanders of armed factions responsible for killings."
    )
    assert news(text) == {("EU", "lifted"), ("EU", "imposed")}


def test_a_government_that_will_bring_forward_sanctions_threatens() -> None:
    text = (
        "Foreign Secretary David Lammy told parliament on Tuesday the United Kingdom will "
        "bring forward further sanctions on Russia's military suppliers in the coming days."
    )
    assert news(text) == {("GB", "threatened")}


def test_an_action_is_scored_by_the_probability_of_the_label_the_rules_gave() -> None:
    from sanctionwatch.extract.learn import actions as judge
    from sanctionwatch.model import Action

    probs = {"news": 0.97, "background": 0.02, "spurious": 0.01}
    assert judge.confidence(Action("US", "imposed"), probs) == 0.97
    assert judge.confidence(Action("US", "imposed", background=True), probs) == 0.02


def test_a_background_action_is_as_sure_as_the_judge_is_that_it_is_background() -> None:
    """corpus/written/w244: Japan lifts a freeze on officials it designated in 2014."""
    import json
    from pathlib import Path

    from sanctionwatch.extract.document import Doc
    from sanctionwatch.extract.learn import actions as judge
    from sanctionwatch.extract.learn import models
    from sanctionwatch.extract.pipeline import DEFAULT_PIPELINE, run

    folder = Path(__file__).resolve().parents[2] / "corpus" / "written"
    meta = json.loads((folder / "w244.meta.json").read_text(encoding="utf-8"))
    article = Article(
        id="w244",
        text=(folder / "w244.txt").read_text(encoding="utf-8"),
        published=date.fromisoformat(meta["published"]),
    )
    doc = Doc(article)
    doc.models = models.shipped()
    doc = run(doc, DEFAULT_PIPELINE[: DEFAULT_PIPELINE.index("learned_targets")])
    probs = judge.judge(doc, doc.models.judge)
    key = {(a.authority, a.status, a.background): k for k, a in enumerate(doc.actions)}
    kept = [a for a in extract(article).actions if a.background]
    assert kept, "the 2014 designation is kept as background"
    for action in kept:
        p = probs[key[(action.authority, action.status, True)]]
        assert action.confidence == round(p["background"], 3) != round(p["news"], 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Joe Biden on Tuesday imposed sanctions on Russian bank Sberbank.", "US"),
        ("Putin signed a decree on Tuesday imposing counter-sanctions on 20 officials.", "RU"),
        ("Zelensky on Tuesday imposed sanctions on 50 Russian firms, the NSDC said.", "UA"),
    ],
)
def test_a_leader_named_as_the_subject_acts_for_their_state(text: str, expected: str) -> None:
    assert news(text) == {(expected, "imposed")}


def test_a_sanctioned_leader_does_not_act() -> None:
    assert news("Putin was sanctioned by the EU on Tuesday.") == {("EU", "imposed")}


def test_a_state_that_vows_to_respond_does_not_hide_the_act_it_answers() -> None:
    text = "China vowed on Tuesday to take countermeasures after the US sanctioned two refineries."
    assert news(text) == {("CN", "threatened"), ("US", "imposed")}


@pytest.mark.parametrize(
    "text",
    [
        "The governments of Australia, Canada, New Zealand, the United Kingdom and the United "
        "States on Tuesday imposed sanctions on two Israeli ministers.",
        "The foreign ministers of Australia, Canada, New Zealand, Norway and the United Kingdom "
        "said on Tuesday they had imposed sanctions on two Israeli ministers.",
        "On Tuesday, Australia, Canada, New Zealand, Norway and the UK imposed travel bans and "
        "asset freezes on two Israeli ministers.",
        "Australia, Canada, New Zealand, Norway and the UK - five close allies - sanctioned two "
        "Israeli ministers on Tuesday.",
        "Foreign ministers from Australia, Canada, New Zealand, Norway and the UK said they had "
        "imposed sanctions on two Israeli ministers on Tuesday.",
        "Australia, Canada, New Zealand and Norway joined Britain on Tuesday in sanctioning two "
        "Israeli ministers.",
    ],
)
def test_every_government_of_a_list_of_five_acts(text: str) -> None:
    states = {"AU", "CA", "NZ", "GB"} | ({"US"} if "United States" in text else {"NO"})
    assert news(text) == {(code, "imposed") for code in states}


def test_sanctions_against_the_governments_of_states_do_not_make_them_act() -> None:
    text = (
        "The European Union on Tuesday imposed sanctions against the governments of Belarus "
        "and Iran over drone supplies."
    )
    assert news(text) == {("EU", "imposed")}


@pytest.mark.parametrize(
    "text",
    [
        "The EU imposes sanctions by a unanimous decision of the Council, which can freeze "
        "the assets of people it finds responsible.",
        "Under the law, the Treasury designates individuals who provide material support to "
        "terrorist groups and freezes their assets.",
        "Canada imposes sanctions under the Special Economic Measures Act when a grave breach "
        "of international peace has occurred.",
        "When the UN Security Council adopts sanctions, member states are required to freeze "
        "the assets of listed individuals.",
        "Under the regulations, the minister may designate persons who are involved in a "
        "serious violation of human rights.",
    ],
)
def test_a_text_that_explains_how_sanctions_work_states_no_action(text: str) -> None:
    assert news(text) == set()
    assert news(text, rules_only=False) == set()


def test_a_simple_present_with_a_day_still_reports_an_act() -> None:
    text = "Canada imposes sanctions on Tuesday on officials who led the crackdown in Iran."
    assert news(text) == {("CA", "imposed")}


def test_a_country_adjective_with_its_government_is_the_subject_of_sanctions_as_a_verb() -> None:
    text = (
        "The British government sanctions Iranian officials and Chinese drone makers, the "
        "Foreign Office said on Tuesday."
    )
    assert news(text) == {("GB", "imposed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Verkhovna Rada on Tuesday approved sanctions against Russian officials.", "UA"),
        ("The Cabinet of Ministers of Ukraine on Tuesday sanctioned 40 Russian firms.", "UA"),
        (
            "Malta's Sanctions Monitoring Board on Tuesday froze the assets of Libyan smugglers.",
            "MT",
        ),
        (
            "The Belgian Federal Public Service Foreign Affairs on Tuesday froze the assets of "
            "Russian oligarchs under sanctions.",
            "BE",
        ),
    ],
)
def test_less_common_authorities_are_known(text: str, expected: str) -> None:
    assert news(text) == {(expected, "imposed")}


def test_a_warning_that_a_state_will_sanction_is_a_threat() -> None:
    text = "Beijing warned on Tuesday it will sanction Lockheed Martin if the sale goes ahead."
    assert news(text) == {("CN", "threatened")}


def test_an_undated_imposition_in_a_lifting_story_is_its_background() -> None:
    text = (
        "The United States on Tuesday delisted three Russian businessmen from the SDN list. "
        "The delistings follow a petition. Treasury sanctioned the men under Executive Order "
        "14024 for their roles in the Russian economy."
    )
    assert news(text) == {("US", "lifted")}
    assert ("US", "imposed", True) in actions(text)


def test_an_imposition_marked_as_new_in_a_lifting_story_is_news() -> None:
    text = (
        "The United States on Tuesday lifted sanctions on Syria's central bank. "
        "The Treasury also sanctioned three Hezbollah financiers."
    )
    assert news(text) == {("US", "lifted"), ("US", "imposed")}


def test_the_state_that_submitted_an_adopted_draft_does_not_impose() -> None:
    text = (
        "The UN Security Council on Tuesday adopted a draft resolution submitted by the "
        "United States that renews the sanctions regime on South Sudan until May 2026."
    )
    assert news(text) == {("UN", "imposed")}


def test_a_state_that_adopts_anothers_sanctions_imposes_and_the_other_is_background() -> None:
    text = (
        "The Federal Council on Wednesday adopted the sanctions against four Russian arms "
        "suppliers that the European Union imposed last week."
    )
    assert set(actions(text)) == {("CH", "imposed", False), ("EU", "imposed", True)}


def test_a_government_that_adopts_the_same_listings_imposes() -> None:
    text = (
        "Liechtenstein's government adopted the same listings on Wednesday, the principality's "
        "foreign ministry said."
    )
    assert news(text) == {("LI", "imposed")}


@pytest.mark.parametrize("stem", ["w295", "w299"])
def test_the_judge_keeps_a_background_action_it_reads_as_background(stem: str) -> None:
    """Written articles whose background action the judge reads as background (P above
    0.9) with P(news) under the news floor: the floor is for news actions only."""
    import json
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "corpus" / "written"
    meta = json.loads((folder / f"{stem}.meta.json").read_text(encoding="utf-8"))
    gold = json.loads((folder / f"{stem}.gold.json").read_text(encoding="utf-8"))
    article = Article(
        id=stem,
        text=(folder / f"{stem}.txt").read_text(encoding="utf-8"),
        published=date.fromisoformat(meta["published"]),
    )
    kept = {a.authority for a in extract(article).actions if a.background}
    assert "US" in kept
    assert "US" in {a["authority"] for a in gold["actions"] if a["background"]}


def test_sanctions_as_a_verb_before_additional_targets() -> None:
    text = (
        "Japan sanctions additional Russian individuals and entities, the Foreign Ministry said "
        "on Tuesday."
    )
    assert news(text) == {("JP", "imposed")}


def test_the_agent_of_a_condemned_imposition_acts() -> None:
    text = "Iran condemned the sanctions imposed by Britain on Tuesday on five IRGC commanders."
    assert news(text) == {("GB", "imposed")}
    # who condemns acts in nothing, and a standing listing is no act
    text = "Iran condemned the sanctions on five IRGC commanders."
    assert news(text) == set()
    text = "However, he remains designated by the United States Treasury."
    assert ("US", "imposed") not in news(text)
