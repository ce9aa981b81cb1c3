"""Who imposes each action and which targets belong to it (issue 11, session 13).
Short texts written for these tests: a newsletter's country headings, a part of
another action's targets ("two of the same vessels"), a target another action named
("Canada also listed the same companies"), a bare "Treasury" in a story that names
only Britain."""

from sanctionwatch.extract import extract
from sanctionwatch.extract.actors import story_home
from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.pipeline import run
from sanctionwatch.model import Article
from tests.extract.helpers import PUBLISHED, authorities

RULE_STAGES = ["clean", "published", "sentences", "mentions", "names", "frames", "assemble"]


def test_an_office_under_a_country_heading_is_that_countrys() -> None:
    text = (
        "Regional sanctions update\n\n"
        "Japan.\n\n"
        "On 2 October 2025, the Government of Japan decided to freeze the assets of "
        "Harbin Northstar Bearings Co., Ltd. and Tash-Kumyr Trade LLC.\n\n"
        "New Zealand.\n\n"
        "On 15 October 2025, the Minister of Foreign Affairs imposed travel bans and asset "
        "freezes on Arman Seitkali and Rustam Oralov."
    )
    found = authorities(text)
    assert found.get("NZ") == {"Arman Seitkali", "Rustam Oralov"}
    assert found.get("JP") == {"Harbin Northstar Bearings Co., Ltd.", "Tash-Kumyr Trade LLC"}


def test_a_country_heading_over_the_targets_does_not_act() -> None:
    # the heading sorts the targets by country; the designating office names its state
    text = (
        "OFAC on Tuesday designated 40 companies in five countries.\n\n"
        "2. Kazakhstan\n\n"
        "Three Kazakh companies were designated, among them Steppe Bearing LLP and "
        "Almaty Machine Parts LLP."
    )
    found = authorities(text)
    assert "KZ" not in found
    assert {"Steppe Bearing LLP", "Almaty Machine Parts LLP"} <= found["US"]


def test_a_number_of_the_same_vessels_named_after_it() -> None:
    text = (
        "Seoul on Thursday designated the tankers Sea Lark, Blue Heron and Grey Gull for "
        "ship-to-ship transfers with North Korea. The designation came a day after the "
        "Japanese government designated two of the same vessels, Sea Lark and Blue Heron."
    )
    found = authorities(text)
    assert found["KR"] == {"Sea Lark", "Blue Heron", "Grey Gull"}
    assert found["JP"] == {"Sea Lark", "Blue Heron"}


def test_a_partner_listing_the_same_company_keeps_it() -> None:
    # one company named by the first action: the partner's copy is judged as the first's
    text = (
        "The European Union on Monday imposed sanctions on Sovcomflot. Canada also listed "
        "the same company on Monday."
    )
    found = authorities(text)
    assert found["EU"] == {"Sovcomflot"}
    assert found["CA"] == {"Sovcomflot"}


def test_a_bare_treasury_in_a_story_that_names_only_britain() -> None:
    text = (
        "Britain on Tuesday imposed sanctions on Ivan Petrov, a Russian banker. The Treasury "
        "also froze the assets of Oleg Sidorov, his business partner."
    )
    found = authorities(text)
    assert set(found) == {"GB"}
    assert found["GB"] == {"Ivan Petrov", "Oleg Sidorov"}


def test_a_bare_treasury_stays_american_where_britain_is_only_a_place() -> None:
    text = "The Treasury on Tuesday sanctioned Ivan Petrov, a Russian banker living in Britain."
    assert set(authorities(text)) == {"US"}


def test_a_bare_treasury_stays_american_where_the_us_is_named() -> None:
    text = (
        "Britain on Tuesday imposed sanctions on Ivan Petrov. In Washington, the Treasury "
        "froze the assets of Oleg Sidorov, and the United States barred him from entry."
    )
    found = authorities(text)
    assert "Oleg Sidorov" in found["US"]


def test_the_story_home_is_built_once_per_document() -> None:
    text = (
        "LONDON, March 3 (Reuters) - The Treasury on Monday froze the assets of Ivan Petrov. "
        "The Korean government said it would study the measures."
    )
    doc = run(
        Doc(Article(id="t", text=text, published=PUBLISHED)),
        ["clean", "published", "sentences", "mentions", "names", "frames"],
    )
    assert story_home(doc) is story_home(doc) is doc.story
    assert doc.story.home(0) == "GB"


def test_the_counted_group_list_belongs_to_the_actions_that_counted_it() -> None:
    text = (
        "Norway and Iceland on Monday imposed entry bans on five Belarusian officials, and "
        "Switzerland froze the assets of two of them. The five are Anton Kuzmich, Boris "
        "Lapitsky, Dmitry Sorokin, Yuri Malkov and Pavel Zhuk. Bern's measures apply only "
        "to Kuzmich and Lapitsky."
    )
    found = authorities(text)
    five = {"Anton Kuzmich", "Boris Lapitsky", "Dmitry Sorokin", "Yuri Malkov", "Pavel Zhuk"}
    assert found["NO"] == found["IS"] == five
    assert not {"Dmitry Sorokin", "Yuri Malkov", "Pavel Zhuk"} & found.get("CH", set())


def test_a_list_after_an_old_act_in_a_relative_clause_stays_with_the_news() -> None:
    text = (
        "The United States on Thursday sanctioned a network that bought drone parts for the "
        "Houthis. It is run by Ahmed Saleh, a financier whom Washington sanctioned in 2021, "
        "the Treasury said. Thursday's action named:\n"
        "• Red Anchor Trading Ltd, a Hong Kong buyer;\n"
        "• Blue Dhow Shipping LLC, an Omani agent."
    )
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    news = [a for a in report.actions if a.status == "imposed" and not a.background]
    assert [a.authority for a in news] == ["US"]
    assert {"Red Anchor Trading Ltd", "Blue Dhow Shipping LLC"} <= {t.name for t in news[0].targets}
    old = [t.name for a in report.actions if a.background for t in a.targets]
    assert not {"Red Anchor Trading Ltd", "Blue Dhow Shipping LLC"} & set(old)


def test_who_only_threatened_does_not_own_a_designation_after_it() -> None:
    text = (
        "South Korea on Wednesday imposed sanctions on nine North Korean individuals who "
        "earn foreign currency for weapons programmes, including Kim Song Il. North Korea's "
        "KCNA news agency said Pyongyang would take countermeasures against the sanctions. "
        "It is the first South Korean designation this year."
    )
    # the rules' reading, before the action judge weighs what they found
    doc = run(Doc(Article(id="t", text=text, published=PUBLISHED)), RULE_STAGES)
    assert {a.authority for a in doc.actions if a.status == "imposed"} == {"KR"}


def test_an_act_that_preceded_an_old_act_is_old_too() -> None:
    text = (
        "China on Monday sanctioned Seki Hei, a member of Japan's upper house. In 2021, "
        "Beijing imposed sanctions on several European lawmakers, after the EU sanctioned "
        "Chinese officials over Xinjiang."
    )
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    news = {a.authority for a in report.actions if a.status == "imposed" and not a.background}
    assert news == {"CN"}


def test_a_state_named_in_an_apposition_to_the_subject_does_not_act() -> None:
    text = (
        "Iceland and Norway, the two Nordic states that are not EU members, announced on "
        "Thursday that they had imposed sanctions on Ivan Neculiti."
    )
    doc = run(Doc(Article(id="t", text=text, published=PUBLISHED)), RULE_STAGES)
    assert {a.authority for a in doc.actions if a.status == "imposed"} == {"IS", "NO"}


def test_a_title_naming_one_state_is_no_section_heading() -> None:
    # a short title is the story's headline: the office below it is the dateline's state's
    text = (
        "US sanctions refiners\n\n"
        "BEIJING, May 9 (Reuters) - The United States on Friday sanctioned Shandong Luqing "
        "Petrochemical Co., a refinery accused of buying Iranian oil.\n\n"
        "The Ministry of Commerce on Saturday put Acme Defense Systems Inc on its "
        "unreliable entity list."
    )
    found = authorities(text)
    assert found.get("CN") == {"Acme Defense Systems Inc"}
    assert "Acme Defense Systems Inc" not in found.get("US", set())


def test_a_treasury_acting_before_britain_is_named_stays_american() -> None:
    # Britain is named only after the Treasury acted: the bare Treasury is the default's
    text = (
        "The Treasury on Tuesday designated Orion Freight FZE and Pavel Dudin for supplying "
        "drone parts to Russia. Britain also sanctioned Kestrel Shipping Ltd on the same day."
    )
    found = authorities(text)
    assert found.get("US") == {"Orion Freight FZE", "Pavel Dudin"}
    assert found.get("GB") == {"Kestrel Shipping Ltd"}


def test_a_threatener_acting_later_is_the_actor() -> None:
    # who threatened may act later: a day of its own, or "it" for subject, says so
    dated = (
        "Washington on Monday sanctioned Orion Freight FZE. Beijing said it would take "
        "countermeasures. On Thursday, sanctions were imposed on Acme Defense Systems Inc, "
        "a US contractor."
    )
    undated = (
        "Washington on Monday sanctioned Orion Freight FZE. Beijing said it would take "
        "countermeasures. It later imposed sanctions on Acme Defense Systems Inc, a US "
        "contractor."
    )
    for text in (dated, undated):
        found = authorities(text)
        assert found.get("CN") == {"Acme Defense Systems Inc"}
        assert found.get("US") == {"Orion Freight FZE"}


def test_an_office_under_a_numbered_country_heading_is_that_countrys() -> None:
    # "3. Japan": the line is only the name, with no full stop after it
    text = (
        "Sanctions roundup\n\n"
        "2. Türkiye\n\n"
        "Turkish firms Anka Lojistik AS and Bosphorus Parts Ltd were designated on Tuesday "
        "by the US Treasury. The Ministry of Trade said it was reviewing the decision.\n\n"
        "3. Japan\n\n"
        "The Ministry of Foreign Affairs on Tuesday froze the assets of Ural "
        "Precision Tools JSC."
    )
    found = authorities(text)
    assert found.get("JP") == {"Ural Precision Tools JSC"}
    assert "TR" not in found


def test_a_dash_heading_on_the_first_line_is_a_section_heading() -> None:
    text = (
        "DELISTING — NEW ZEALAND\n\n"
        "The Ministry of Foreign Affairs and Trade removed Kestrel Shipping Ltd from its "
        "sanctions list. The US Treasury on the same day designated Orion Freight FZE."
    )
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    lifted = [a for a in report.actions if a.status == "lifted"]
    assert [a.authority for a in lifted] == ["NZ"]
    assert {t.name for t in lifted[0].targets} == {"Kestrel Shipping Ltd"}


def test_a_treasury_press_release_after_britain_acted_stays_american() -> None:
    # an executive order is the US's; a state in a "Following ..." phrase acted before
    under_order = (
        "Britain sanctioned Kestrel Shipping Ltd on Monday. On Tuesday, the Treasury "
        "designated Orion Freight FZE and Pavel Dudin under Executive Order 14024."
    )
    following = (
        "Following the United Kingdom's designation of Kestrel Shipping Ltd last week, the "
        "Treasury today sanctioned Orion Freight FZE and Pavel Dudin."
    )
    for text in (under_order, following):
        found = authorities(text)
        assert {"Orion Freight FZE", "Pavel Dudin"} <= found.get("US", set())
        assert not {"Orion Freight FZE", "Pavel Dudin"} & found.get("GB", set())


def test_an_act_after_a_threat_of_response_is_no_older_than_the_threat() -> None:
    # the "after" clause hangs on the threat, not on the old act before it
    text = (
        "China had sanctioned Raytheon in 2022, and it said on Monday it would respond "
        "after the US sanctioned Xinjiang Tianshan Textiles Co and Li Wei on Friday."
    )
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    us = [a for a in report.actions if a.authority == "US"]
    assert us and not any(a.background for a in us)
