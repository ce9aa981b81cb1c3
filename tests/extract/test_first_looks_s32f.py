"""Session 32, lead f: kinds of first-look misses on w1940-w1999 (wire services in
translation; cyber and crime; Canadian, Swiss, Japanese and New Zealand releases)."""

from datetime import date

from tests.extract.helpers import imposed_days, rules_actions

TUESDAY = date(2026, 3, 3)
NEWS = "Wellington on Tuesday sanctioned 12 people who supply drone parts to Russia.\n\n"


def test_partners_record_in_a_relative_perfect_is_no_act_of_the_day() -> None:
    # "partners, including X and Y, who have sanctioned ...": the partners' record
    text = NEWS + (
        '"We act with partners, including Japan and Norway, who have sanctioned many of'
        ' the same suppliers," the minister said.'
    )
    assert imposed_days(text, TUESDAY) == [("NZ", "2026-03-03")]
    record = {a.authority for a in rules_actions(text, TUESDAY) if a.background}
    assert {"JP", "NO"} <= record


def test_relative_perfect_with_the_day_of_the_news_stays_news() -> None:
    text = NEWS + "Britain, which has today sanctioned the same suppliers, welcomed the step."
    assert ("GB", "2026-03-03") in imposed_days(text, TUESDAY)


def test_translated_visa_restrictions_to_a_count_count_whom_they_hit() -> None:
    # Spanish "restricciones de visa a 250 funcionarios", put word for word
    for text in (
        "The State Department on Tuesday imposed restrictions of visa to 120 judges of the regime.",
        "The State Department on Tuesday imposed restrictions to 120 judges of the regime.",
    ):
        (action,) = rules_actions(text, TUESDAY)
        assert action.counts["person"] == 120


def test_spanish_agency_dateline_names_no_actor() -> None:
    # EFE writes "Place, Mon D (EFE).-" and joins two places with a slash
    for text in (
        "Caracas, Mar 3 (EFE).- The United States on Tuesday imposed sanctions on an oil company.",
        "Caracas/Washington, Mar 3 (EFE).- The United States on Tuesday imposed sanctions"
        " on an oil company.",
        "Washington/Caracas, Mar 3 (EFE).- The Government of the United States announced"
        " this Tuesday sanctions against a Venezuelan oil company.",
    ):
        assert [(a.authority, a.status) for a in rules_actions(text, TUESDAY)] == [
            ("US", "imposed")
        ]
