"""The one tokeniser behind keyword search: normalisation, bigrams and the query rule."""
import pytest

from referral_service.records.search import SEPARATOR, bigrams, normalise, query_terms, search_text


def test_normalise_folds_case_width_and_control_characters():
    assert normalise("ＰＶＣ管道１２３号") == "pvc管道123号"
    assert normalise("Fire\tExit\nB座") == "fire exit b座"
    assert SEPARATOR not in normalise("a\u001fb")


def test_bigrams_are_the_distinct_overlapping_pairs():
    assert bigrams("消防通道") == sorted(["消防", "防通", "通道"])
    assert bigrams("高坠高坠") == sorted(["高坠", "坠高"])
    assert bigrams("a1") == ["a1"]
    assert bigrams("x") == [] and bigrams("") == []


def test_no_bigram_straddles_two_fields():
    text = search_text("恒安公司", None, "消防通道")
    assert text == "恒安公司" + SEPARATOR + SEPARATOR + "消防通道"
    assert "司消" not in bigrams(text) and all(SEPARATOR not in g for g in bigrams(text))


def test_every_substring_of_two_or_more_characters_has_its_bigrams_in_the_text():
    text = search_text("天津ABC建筑有限公司", "91120102MA05K8RT3X", "3号楼B座高坠事故，损失120万元")
    grams = set(bigrams(text))
    for needle in ("高坠", "3号楼b座", "abc建筑", "120万", "ma05k8", "座高"):
        assert needle in text
        assert set(query_terms(needle)[1]) <= grams


@pytest.mark.parametrize("q, needle", [("  高坠 ", "高坠"), ("ＰＶＣ", "pvc"), ("Fire Exit", "fire exit")])
def test_query_terms_normalise_like_the_text(q, needle):
    assert query_terms(q) == (needle, bigrams(needle))


@pytest.mark.parametrize("q", ["", " ", "高", " a ", "\t\n", "a\x01"])
def test_queries_shorter_than_two_characters_are_refused(q):
    with pytest.raises(ValueError):
        query_terms(q)
