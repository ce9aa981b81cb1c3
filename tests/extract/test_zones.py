from sanctionwatch.extract import extract
from sanctionwatch.model import Article, Report


def rules_report(text: str) -> Report:
    """The rules' reading of `text` alone (no learned models)."""
    from sanctionwatch.extract.learn.models import Models

    return extract(Article(id="t", text=text), models=Models.empty())


def targets_by_authority(text: str) -> dict[str, list[str]]:
    report = extract(Article(id="t", text=text))
    return {a.authority: [t.name for t in a.targets] for a in report.actions if not a.background}


def test_follow_up_sentence_lists_targets() -> None:
    text = (
        "Portugal imposed sanctions on three companies. "
        "Among those listed are Tagus Marine Ltd and Douro Freight."
    )
    assert targets_by_authority(text) == {"PT": ["Tagus Marine Ltd", "Douro Freight"]}


def test_zone_moves_to_the_authority_named_as_subject() -> None:
    text = (
        "Norway and Denmark imposed sanctions on Russian firms. "
        "Denmark said the list includes Baltic Crest Shipping."
    )
    found = targets_by_authority(text)
    assert found["DK"] == ["Baltic Crest Shipping"]
    assert found["NO"] == []


def test_follow_up_without_cue_adds_nobody() -> None:
    text = "Portugal imposed sanctions on three companies. Joao Silva met Ana Costa later."
    assert targets_by_authority(text) == {"PT": []}


def test_bullet_list_after_a_colon_lists_targets() -> None:
    text = (
        "Ireland today sanctioned three tankers. The vessels designated are:\n"
        "- Green Gull (IMO 9111111)\n"
        "- Red Heron (IMO 9222222)\n"
        "Officials gave no further details."
    )
    found = extract(Article(id="t", text=text)).actions[0].targets
    assert [(t.name, t.imo) for t in found] == [("Green Gull", "9111111"), ("Red Heron", "9222222")]


def test_an_old_action_no_one_is_named_for_does_not_take_the_list() -> None:
    text = (
        "Norway on Friday listed 11 tankers owned by Nordic Sea Lines. Analysts counted "
        "800 tankers that had carried sanctioned oil since 2022. Nine of the listed tankers "
        "fly the Russian flag. The effort also sanctions two insurers, Fjord Cover and "
        "Polar Risk, for enabling the fleet."
    )
    report = rules_report(text)
    assert [[t.name for t in a.targets] for a in report.actions] == [["Fjord Cover", "Polar Risk"]]


def test_a_list_naming_no_authority_after_a_joint_action_is_everyones() -> None:
    text = (
        "Norway, Sweden and Denmark announced on Wednesday the joint designation of two "
        "people. Those designated are Lars Berg, a banker; and Ana Lind, a broker."
    )
    report = rules_report(text)
    found = {a.authority: [t.name for t in a.targets] for a in report.actions}
    assert found == {k: ["Lars Berg", "Ana Lind"] for k in ("NO", "SE", "DK")}


def test_an_items_relative_clause_does_not_end_a_semicolon_list() -> None:
    text = (
        "Norway designated three people on Monday. The designated individuals are Lars "
        "Berg, who the ministry said moved funds for Vale Front; Ole Dahl, a broker; and "
        "Ana Lind, a courier."
    )
    report = rules_report(text)
    found = [t.name for a in report.actions for t in a.targets]
    assert found == ["Lars Berg", "Ole Dahl", "Ana Lind"]


def test_a_semicolon_item_may_open_on_an_article() -> None:
    text = (
        "Norway designated three commanders on Monday. They are Lars Berg, a colonel; "
        'the officer known as "Wolf", Ole Dahl; and the unit\'s intelligence chief, Ana Lind.'
    )
    report = rules_report(text)
    found = [t.name for a in report.actions for t in a.targets]
    assert found == ["Lars Berg", "Ole Dahl", "Ana Lind"]


def test_a_last_line_cut_off_by_the_page_still_lists_targets() -> None:
    text = (
        "Norway on Monday sanctioned Fjord Parts. The firm sold drones. It denies this. "
        "Also sanctioned was Lars Berg, the firm's director, and Ana Lind (Li"
    )
    report = rules_report(text)
    found = [t.name for a in report.actions for t in a.targets]
    assert found == ["Fjord Parts", "Lars Berg", "Ana Lind"]


def test_a_colon_list_goes_on_past_an_item_that_is_no_name() -> None:
    text = (
        "Norway on Monday sanctioned four people. The list includes: the editor of the "
        "Fjord Evening Times; Professor Lars Berg of Vale University; Ole Dahl, a member "
        "of parliament; and Ana Lind, head of a friendship society."
    )
    report = rules_report(text)
    found = [t.name for a in report.actions for t in a.targets]
    assert found == ["Lars Berg", "Ole Dahl", "Ana Lind"]


def test_defendants_named_after_a_sanctions_action_are_not_its_targets() -> None:
    text = (
        "Norway on Monday sanctioned Fjord Parts. Charges were also brought against three "
        "people. These included Lars Berg and Ana Lind, who were charged over the attack."
    )
    report = rules_report(text)
    assert [t.name for a in report.actions for t in a.targets] == ["Fjord Parts"]
