"""Who acts when one sentence tells two authorities' acts, on short texts written for
these tests in the style of sanctions news (issue 11): a relative clause about a target
("X, whom Washington sanctioned in 2021, ...") or a clause with no relative pronoun
("sanctions the United States imposed on him last year") belongs to its own subject,
and its date does not make the main act background.
"""

from __future__ import annotations

from sanctionwatch.model import Report
from tests.extract.test_action_authorities import read


def acts(report: Report) -> set[tuple[str, str, bool]]:
    return {(a.authority, a.status, a.background) for a in report.actions}


def targets_of(report: Report, authority: str, background: bool) -> set[str]:
    return {
        t.name
        for a in report.actions
        if a.authority == authority and a.background == background
        for t in a.targets
    }


def test_a_relative_clause_with_whom_dates_only_itself() -> None:
    report = read(
        "The EU on Monday added Alexei Ivanov, whom the United States sanctioned in 2022, "
        "and the shipping firm Ocean Star LLC to its Russia sanctions list."
    )
    # the EU's listing is the news, not background because of the aside's "in 2022"
    assert ("EU", "imposed", False) in acts(report)
    assert ("EU", "imposed", True) not in acts(report)
    assert {"Alexei Ivanov", "Ocean Star LLC"} <= targets_of(report, "EU", False)


def test_a_relative_clause_with_who_after_the_trigger_dates_only_itself() -> None:
    report = read(
        "Britain on Thursday sanctioned Oleg Petrov, who was first sanctioned in 2014, and "
        "two firms he controls."
    )
    assert acts(report) == {("GB", "imposed", False)}


def test_the_subject_of_a_clause_after_a_measures_noun_acts_there() -> None:
    report = read(
        "Japan on Friday froze the assets of 11 individuals, including Ivan Petrov, a move "
        "that follows sanctions the United States imposed on Petrov last year."
    )
    # the earlier act is the US's, not a second act of Japan's
    assert acts(report) == {("JP", "imposed", False), ("US", "imposed", True)}
    assert "Ivan Petrov" in targets_of(report, "JP", False)


def test_a_trigger_inside_the_relative_clause_keeps_its_date() -> None:
    report = read(
        "The EU on Monday listed Alexei Ivanov. His firm Ocean Star LLC, which the United "
        "States sanctioned in 2022, was not listed."
    )
    assert ("US", "imposed", True) in acts(report)
    assert ("US", "imposed", False) not in acts(report)


def test_a_participle_after_a_dated_act_shares_its_date() -> None:
    report = read(
        "The United States on Tuesday imposed sanctions on six Iranian firms, including "
        "Sunrise Trading Ltd. Britain imposed sanctions on the same network in April, "
        "listing the firm Qods Aviation Industries."
    )
    # Britain's act is April's, one background act; no news act of Britain's
    assert acts(report) == {("US", "imposed", False), ("GB", "imposed", True)}
    assert targets_of(report, "GB", True) == {"Qods Aviation Industries"}
    assert "Qods Aviation Industries" not in targets_of(report, "US", False)


def test_a_participle_of_a_news_act_stays_news() -> None:
    # the year dates the firms' shipments (a relative clause), not the EU's act
    report = read(
        "The EU on Monday sanctioned companies that shipped drones to Russia in 2023, "
        "listing Alpha Ltd and Beta LLC."
    )
    assert acts(report) == {("EU", "imposed", False)}
    assert targets_of(report, "EU", False) == {"Alpha Ltd", "Beta LLC"}


def test_the_list_a_country_adjective_names_is_that_authority_s() -> None:
    report = read(
        "The European Union on Monday adopted sanctions against 15 individuals, and Britain "
        "announced its own sanctions against eight people. The British list includes Ivan "
        "Petrov and Oleg Sidorov."
    )
    assert targets_of(report, "GB", False) == {"Ivan Petrov", "Oleg Sidorov"}
    assert targets_of(report, "EU", False) == set()


def test_the_owner_of_a_welcomed_decision_acts() -> None:
    report = read("Berlin and Paris on Monday welcomed the EU's decision to sanction Ivan Petrov.")
    assert {(a, s) for a, s, bg in acts(report) if not bg} == {("EU", "imposed")}


def test_the_owner_of_a_supported_move_acts() -> None:
    report = read(
        "The United States on Tuesday welcomed Japan's move to freeze the assets of the "
        "Russian banker Ivan Petrov."
    )
    assert {(a, s) for a, s, bg in acts(report) if not bg} == {("JP", "imposed")}
    assert "Ivan Petrov" in targets_of(report, "JP", False)


def test_a_state_deciding_itself_still_acts() -> None:
    report = read("Canada on Tuesday announced its decision to sanction Ivan Petrov.")
    assert {(a, s) for a, s, bg in acts(report) if not bg} == {("CA", "imposed")}


def test_the_subject_of_a_clause_after_a_target_noun_acts_there() -> None:
    report = read(
        "Japan on Friday added 11 entities to its export blacklist, among them Alpha Ltd, a "
        "Hong Kong firm the US Commerce Department added to its Entity List in 2023."
    )
    assert acts(report) == {("JP", "imposed", False), ("US", "imposed", True)}
    assert "Alpha Ltd" in targets_of(report, "JP", False)


def test_a_day_before_the_subject_is_no_relative_clause() -> None:
    report = read("Last week the EU imposed sanctions on the firm Alpha Ltd.")
    assert {a for a, _, _ in acts(report)} == {"EU"}


def test_a_list_after_another_authority_s_old_act_is_the_news_action_s() -> None:
    report = read(
        "The EU imposed sanctions on Monday on 12 people over the crackdown in Georgia. The "
        "United States sanctioned several of them last year. Those listed include Ivan "
        "Petrov and Oleg Sidorov."
    )
    assert targets_of(report, "EU", False) == {"Ivan Petrov", "Oleg Sidorov"}


def test_the_same_individuals_named_after_an_old_act_are_the_news_action_s() -> None:
    report = read(
        "Britain on Tuesday sanctioned five Iranian officials. The US Treasury designated "
        "the same individuals last month. They are Ali Rezaei, Hossein Karimi and Mohammad "
        "Jafari."
    )
    assert targets_of(report, "GB", False) == {"Ali Rezaei", "Hossein Karimi", "Mohammad Jafari"}


def test_a_list_after_the_same_authority_s_old_act_stays_with_it() -> None:
    # one authority's old act names the targets it hit then: its own list
    report = read(
        "Britain on Tuesday sanctioned five Iranian officials. Britain sanctioned the "
        "Revolutionary Guards in 2023. Those listed then include Ali Rezaei."
    )
    assert "Ali Rezaei" not in targets_of(report, "GB", False)


def test_states_in_a_list_of_clauses_each_act_on_their_own_targets() -> None:
    report = read(
        "On Tuesday, Australia sanctioned Ivan Petrov, New Zealand sanctioned Oleg Sidorov "
        "and Canada sanctioned Pavel Orlov."
    )
    assert {a for a, _, _ in acts(report)} == {"AU", "NZ", "CA"}
    assert targets_of(report, "AU", False) == {"Ivan Petrov"}
    assert targets_of(report, "NZ", False) == {"Oleg Sidorov"}
    assert targets_of(report, "CA", False) == {"Pavel Orlov"}


def test_a_country_named_in_the_objects_is_no_subject_of_the_next_verb() -> None:
    report = read(
        "Japan on Tuesday sanctioned 12 firms in Russia and China, blacklisted by the "
        "United States last year."
    )
    assert {a for a, _, bg in acts(report) if not bg} == {"JP"}


def test_a_list_of_one_kind_goes_to_the_action_that_hit_that_kind() -> None:
    report = read(
        "The United States on Tuesday sanctioned five Chinese firms over drone exports to "
        "Russia. Britain on the same day sanctioned three Russian military officers. The "
        "firms include Alpha Ltd and Beta Technology Co."
    )
    assert {"Alpha Ltd", "Beta Technology Co."} <= targets_of(report, "US", False)
    assert targets_of(report, "GB", False) == set()


def test_a_list_of_the_latest_action_s_kind_stays_with_it() -> None:
    report = read(
        "The United States on Tuesday sanctioned five Chinese firms over drone exports to "
        "Russia. Britain on the same day sanctioned three Russian military officers. The "
        "officers include Ivan Petrov and Oleg Sidorov."
    )
    assert targets_of(report, "GB", False) == {"Ivan Petrov", "Oleg Sidorov"}
    assert targets_of(report, "US", False) == set()


def test_vessels_go_to_the_action_that_listed_tankers() -> None:
    report = read(
        "The EU on Monday listed 20 tankers of Russia's shadow fleet. Canada, meanwhile, "
        "sanctioned four Russian officials. The vessels include Sea Star and Ocean Pearl."
    )
    assert targets_of(report, "EU", False) == {"Sea Star", "Ocean Pearl"}


def test_names_after_an_old_act_s_aside_go_on_with_the_news_list() -> None:
    report = read(
        "The European Union on Tuesday imposed sanctions on 21 individuals and 6 entities "
        "over human rights abuses in Belarus. Among those listed are Viktor Sheiman, whom "
        "Washington sanctioned in 2021, and the state potash firm Belaruskali."
    )
    assert {"Viktor Sheiman", "Belaruskali"} <= targets_of(report, "EU", False)
    assert "Belaruskali" not in targets_of(report, "US", True)


def test_sanctions_taken_up_from_another_authority_are_its_older_act() -> None:
    report = read(
        "Switzerland on Tuesday adopted the sanctions imposed by the EU on 12 Belarusian "
        "officials, including Ivan Petrov."
    )
    assert acts(report) == {("CH", "imposed", False), ("EU", "imposed", True)}
    # the adopter's list is the same as the one it takes up
    assert "Ivan Petrov" in targets_of(report, "CH", False)


def test_a_later_act_of_another_authority_still_ends_the_list() -> None:
    report = read(
        "China on Tuesday announced sanctions on Skyline Dynamics days after the US imposed "
        "visa bans on Chinese officials, including Li Wei."
    )
    assert "Li Wei" not in targets_of(report, "CN", False)


def test_a_relative_clause_on_old_context_names_no_news_target() -> None:
    report = read(
        "Japan on Tuesday imposed asset freezes on 11 individuals and 4 entities. The move "
        "follows sanctions by the European Union last month on the same network, which "
        "included the firm Omega Trade and its owner Ivan Petrov. Japan's list includes "
        "Sergei Volkov and the company Baltic Star."
    )
    jp = targets_of(report, "JP", False)
    assert {"Sergei Volkov", "Baltic Star"} <= jp
    assert not {"Omega Trade", "Ivan Petrov"} & jp


def test_a_partner_s_own_clause_keeps_its_names_from_the_other_partner() -> None:
    report = read(
        "Canada and the United Kingdom on Tuesday announced coordinated sanctions. Canada "
        "listed Ivan Petrov and Oleg Sidorov, while Britain sanctioned the firm Delta "
        "Holdings."
    )
    assert {"Ivan Petrov", "Oleg Sidorov"} <= targets_of(report, "CA", False)
    assert targets_of(report, "GB", False) == {"Delta Holdings"}


def test_a_date_in_parentheses_on_a_name_is_not_the_act_s() -> None:
    report = read(
        "The EU on Monday added Alexei Ivanov (sanctioned by the US in 2022) and the shipping "
        "firm Ocean Star LLC to its Russia sanctions list."
    )
    assert ("EU", "imposed", False) in acts(report)
    assert ("EU", "imposed", True) not in acts(report)


def test_a_date_in_a_participle_aside_on_a_name_is_not_the_act_s() -> None:
    report = read(
        "The EU on Monday added Alexei Ivanov, already blacklisted by the United States since "
        "2022, and the shipping firm Ocean Star LLC to its Russia sanctions list."
    )
    assert ("EU", "imposed", False) in acts(report)
    assert {"Alexei Ivanov", "Ocean Star LLC"} <= targets_of(report, "EU", False)
