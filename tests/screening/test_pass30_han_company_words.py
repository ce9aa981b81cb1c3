"""Issue 10, thirtieth pass. A Chinese company's Latin name writes the distinctive part
in pinyin and the business and legal words in English: '股份有限公司' (a company limited
by shares) as Co., Ltd. in most names, Japan's '株式会社' so too, and words the table
lacked ('电子商务' E-Commerce, '电子元件' Electronic Components, '办事处' Representative
Office). The companies here are made up in the usual pattern, not taken from the lists."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score


def _org(han: str, latin: str) -> float:
    query, listed = (Query(names=[n], schema="Organization") for n in (han, latin))
    return score(query, listed).score


@pytest.mark.parametrize(
    ("han", "latin", "least"),
    [
        # '股份有限公司' read Co., Ltd.: no legal-form mismatch against it (before: 0.94)
        ("广东美华集团股份有限公司", "Guangdong Meihua Group Co. Ltd.", 0.98),
        ("浙江天成自动化设备股份有限公司", "Zhejiang Tiancheng Automation Equipment Co Ltd", 0.98),
        # ... and its other rendering still met
        ("广东美华集团股份有限公司", "Guangdong Meihua Group Joint Stock Company", 0.9),
        ("美华股份公司", "Meihua JSC", 0.98),  # before: 0.50
        ("美华株式会社", "Meihua Co Ltd", 0.98),  # before: 0.69
        ("美华有限合伙", "Meihua LP", 0.98),  # before: 0.40
        ("美华集团香港办事处", "Meihua Group Hong Kong Representative Office", 0.98),  # 0.45
        ("美华电子商务有限公司", "Meihua E-Commerce Co Ltd", 0.98),  # before: 0
        ("美华电子元件有限公司", "Meihua Electronic Components Co Ltd", 0.98),  # before: 0.45
        ("深圳市恒达通讯设备有限公司", "Shenzhen Hengda Communication Equipment Co Ltd", 0.95),
        ("美华油气有限公司", "Meihua Oil and Gas Co Ltd", 0.98),
    ],
)
def test_han_company_words_read_as_english_names_translate_them(
    han: str, latin: str, least: float
) -> None:
    assert _org(han, latin) >= least


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        # other companies that share only business words and a legal form
        ("美华电子商务有限公司", "Huaxin E-Commerce Co Ltd"),
        ("美的集团股份有限公司", "TOSE-E MELLI GROUP INVESTMENT COMPANY"),
        ("中国银行股份有限公司", "CHINA COMMUNICATIONS CONSTRUCTION COMPANY LIMITED"),
    ],
)
def test_shared_business_words_do_not_make_one_company(han: str, latin: str) -> None:
    assert _org(han, latin) < THRESHOLD - 0.05
