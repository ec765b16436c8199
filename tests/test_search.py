"""Matter search by name, pinyin initials, full pinyin, keyword and code."""

from __future__ import annotations

import pytest

from app.catalog.loader import default_catalog_path, load_catalog
from app.catalog.search import MatterIndex, pinyin_keys

catalog = load_catalog(default_catalog_path())
index = MatterIndex(catalog.matters, {d.code: d.name for d in catalog.departments})


def names(query: str) -> list[str]:
    return [m.name for m in index.search(query)]


def test_pinyin_keys() -> None:
    assert pinyin_keys("个体工商户设立登记") == ("getigongshanghushelidengji", "gtgshsldj")


@pytest.mark.parametrize("query", ["gtgsh", "GTGSH", "getigongshanghu", "个体工商户", "gtgs hsldj", "个体工商户设立登记"])
def test_finds_sole_proprietor_registration_first(query: str) -> None:
    assert names(query)[0] == "个体工商户设立登记"


def test_code_search_exact_and_prefix() -> None:
    target = catalog.matters[5]
    assert index.search(target.code)[0] is target
    assert target in index.search(target.code[:-1])
    assert index.search(target.code.lower())[0] is target


def test_substring_in_name() -> None:
    result = names("公积金")
    assert result and all("公积金" in n or "gjj" for n in result)
    assert any("提取" in n for n in result)


def test_empty_and_nonsense_queries() -> None:
    assert index.search("") == []
    assert index.search("   ") == []
    assert index.search("zzzzqqq") == []


def test_every_matter_findable_by_its_initials() -> None:
    for m in catalog.matters:
        assert m in index.search(pinyin_keys(m.name)[1], limit=200), m.name
