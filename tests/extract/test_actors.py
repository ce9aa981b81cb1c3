from sanctionwatch.extract.actors import (
    agent_mentions,
    antecedents,
    subject_mentions,
    warner,
)
from sanctionwatch.extract.mentions import find_mentions
from sanctionwatch.extract.triggers import find_triggers


def subjects(text: str, trigger: str) -> list[str]:
    ms = find_mentions(text)
    return [m.text for m in subject_mentions(text, ms, 0, text.index(trigger))]


def test_countries_after_target_prepositions_do_not_act() -> None:
    text = "Canada and Norway imposed sanctions on Iran and Syria."
    assert subjects(text, "sanctions on") == ["Canada", "Norway"]
    text = "After strikes on Israel, Canada sanctioned two men."
    assert subjects(text, "sanctioned") == ["Canada"]


def test_adjectives_act_only_with_a_government_noun() -> None:
    assert subjects("The Dutch government froze it.", "froze") == ["Dutch"]
    assert subjects("Dutch officials froze Iranian funds.", "froze") == ["Dutch"]
    assert subjects("Dutch banks froze it.", "froze") == []


def test_introductory_place_is_not_a_list_with_the_subject() -> None:
    text = "In a message to Pyongyang, Tokyo imposed new sanctions."
    assert subjects(text, "imposed") == ["Tokyo"]


def test_passive_agent() -> None:
    text = "The tanker was blacklisted by the UK and Canada."
    ms = find_mentions(text)
    trig = find_triggers(text, 0, len(text))[0]
    assert [m.code for m in agent_mentions(text, ms, trig, len(text))] == ["GB", "CA"]


def test_relative_clause_hangs_on_the_list_before_it() -> None:
    text = "It followed moves by Italy and Spain, who banned the vessels"
    ms = find_mentions(text)
    start = text.index("banned")
    assert [m.code for m in antecedents(text, ms, start)] == ["IT", "ES"]


def test_warner_is_not_the_threatened_party() -> None:
    text = "The UK foreign secretary said that Russia would face severe consequences."
    ms = find_mentions(text)
    trig = next(t for t in find_triggers(text, 0, len(text)) if t.kind == "threat")
    assert [m.code for m in warner(text, ms, trig)] == ["GB"]


def test_an_adjective_of_a_counted_group_is_hit_not_acting() -> None:
    text = "The EU hit three Iranian officials with asset freezes."
    assert subjects(text, "asset") == ["EU"]
    text = "The US sanctioned 12 senior Russian officials and froze their assets."
    assert subjects(text, "froze") == ["US"]
    # no number: the officials speak for their government
    assert subjects("Dutch officials froze Iranian funds.", "froze") == ["Dutch"]
    # a year or a determiner before the adjective counts nothing
    text = "On December 7, 2022, the Canadian government amended the regulations."
    assert subjects(text, "amended") == ["Canadian"]


def test_states_in_a_relative_aside_do_not_act() -> None:
    text = "The UK, which left the EU in 2020, imposed sanctions on Acme Ltd."
    assert subjects(text, "imposed") == ["UK"]


def test_partners_in_coordination_act_with_the_subject() -> None:
    text = (
        "The United States, in coordination with the United Kingdom and Canada, on Tuesday "
        "sanctioned six officials."
    )
    assert subjects(text, "sanctioned") == ["United States", "United Kingdom", "Canada"]
    text = "Japan, alongside Australia, froze the assets of two banks."
    assert subjects(text, "froze") == ["Japan", "Australia"]
    # the object of an earlier verb is not made a partner by the phrase
    text = "Canada imposed sanctions on Iran in coordination with Australia."
    assert subjects(text, "sanctions on") == ["Canada"]


def test_an_adjective_before_a_named_ministry_acts() -> None:
    assert subjects("The Japanese finance ministry froze it.", "froze") == ["Japanese"]
    assert subjects("The Canadian foreign affairs department listed him.", "listed") == ["Canadian"]
    assert subjects("Japanese investors froze it.", "froze") == []


def test_a_possessive_country_acts_through_its_offices() -> None:
    text = "Seoul's Presidential Office added two officials to its list."
    assert subjects(text, "added") == ["Seoul"]
    # an office of no acting kind leaves the country an owner
    assert subjects("Beijing's liaison office froze the funds.", "froze") == []


def test_a_head_of_state_or_minister_acts_for_the_state() -> None:
    text = "Ukrainian President Volodymyr Zelensky on Tuesday imposed sanctions on 50 firms."
    assert subjects(text, "imposed") == ["Ukrainian"]
    text = "New Zealand's foreign minister Winston Peters announced travel bans on 12 men."
    assert subjects(text, "travel bans") == ["New Zealand"]
    # who speaks of another's act, or held the office before, does not act
    text = "Syria's foreign minister said after the decision that the lifting was welcome."
    assert subjects(text, "lifting") == []
    text = "The Treasury removed former Paraguayan President Horacio Cartes from its list."
    assert subjects(text, "from its list") == ["Treasury"]


def test_the_agent_of_a_passive_announcement_acts() -> None:
    text = "New sanctions on Russian officials were announced by Britain on Tuesday."
    ms = find_mentions(text)
    trig = find_triggers(text, 0, len(text))[0]
    assert [m.code for m in agent_mentions(text, ms, trig, len(text))] == ["GB"]
    # the agent of another participle is not the one who sanctions
    text = "Sanctions were imposed on tankers owned by Greek companies."
    ms = find_mentions(text)
    trig = find_triggers(text, 0, len(text))[0]
    assert agent_mentions(text, ms, trig, len(text)) == []


def test_partners_named_before_the_subject_act_with_it() -> None:
    text = "In coordination with the United Kingdom and Canada, the United States froze it."
    assert subjects(text, "froze") == ["United Kingdom", "Canada", "United States"]
    text = "Together with the EU, Norway on Tuesday froze the assets of two banks."
    assert subjects(text, "froze") == ["EU", "Norway"]
    # partners with no subject of the clause after them: nobody is named as acting
    text = "In coordination with the UK, it froze the assets."
    assert subjects(text, "froze") == []
