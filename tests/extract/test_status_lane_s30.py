"""Kinds of failure of the session-30 first look on w1560-w1579 (status: threats, vows,
proposals, easing and lifting), tested with sentences written for these tests (no corpus
text)."""

from tests.extract.test_status_s27 import news  # published on a Wednesday, 2025-06-04


def test_relief_not_renewed_without_a_condition_is_a_decision() -> None:
    for text in (
        "The Treasury Department said on Monday it will not renew the general license that"
        " lets refiners buy Venezuelan crude when it expires next month.\n",
        "The State Department said on Monday that the sanctions waiver for Iraqi purchases of"
        " Iranian gas would not be extended when it runs out in July.\n",
    ):
        assert news(text) == [("US", "imposed", "2025-06-02")], text


def test_relief_not_renewed_under_a_condition_is_a_warning() -> None:
    for text in (
        "The Treasury Department said on Monday it will not renew the general license"
        " for oil sales unless the government frees the detained candidates.\n",
        "Absent progress on the talks, the United States will not renew the sanctions license"
        " when it expires in July, the State Department said on Monday.\n",
    ):
        assert [(a, s) for a, s, _ in news(text)] == [("US", "threatened")], text


def test_a_month_a_licence_expires_in_dates_no_earlier_act() -> None:
    text = (
        "The State Department said on Monday that it will not renew the sanctions license"
        " for oil sales when it expires in August.\n"
    )
    assert news(text) == [("US", "imposed", "2025-06-02")]


def test_a_renewed_waiver_is_still_no_imposition() -> None:
    text = "The State Department on Monday extended the waiver for Iraqi power imports.\n"
    assert [s for _, s, _ in news(text)] != ["imposed"]


def test_the_taiwan_affairs_office_speaks_for_beijing() -> None:
    text = (
        "Taiwan on Monday added two Chinese chipmakers to its export control list. In Beijing,"
        " Taiwan Affairs Office spokeswoman Zhu Fenglian said the mainland will take"
        " countermeasures against the move.\n"
    )
    assert [(a, s) for a, s, _ in news(text)] == [("TW", "imposed"), ("CN", "threatened")]


def test_a_vow_to_keep_going_affirms_the_verb_after_and() -> None:
    text = (
        "Kyiv on Monday sanctioned 20 Russian firms. The NSDC Secretary said that Ukraine"
        ' "will not stop and is ready to extend the sanctions to all suppliers".\n'
    )
    assert [(a, s) for a, s, _ in news(text)] == [("UA", "imposed"), ("UA", "threatened")]
    # "not stop" with its own object still negates
    text = (
        "Kyiv on Monday sanctioned 20 Russian firms. The minister said Ukraine would not"
        " stop the sanctions on Russian suppliers.\n"
    )
    assert [(a, s) for a, s, _ in news(text)] == [("UA", "imposed")]
