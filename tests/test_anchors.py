"""Evidence anchors: offsets computed from quotes, checked against the verbatim article text."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from claimgraph.core.errors import InputError
from claimgraph.core.resources import resource_dir
from claimgraph.corpus.anchors import ArticleText, analyse, find_repeated_tail, locate
from claimgraph.corpus.annotations import Quote

from .conftest import ARTICLE_IDS

ARTICLES = resource_dir("data") / "articles"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
ANCHORS = """
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?anchor ?id ?exact ?start ?end WHERE {
  ?anchor oa:hasSource ?article ; oa:hasSelector ?q, ?p .
  ?article dcterms:identifier ?id .
  ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
}
"""


def anchors(layout):
    store = ox.Store.read_only(str(layout.store))
    return [
        (r["anchor"].value, r["id"].value, r["exact"].value, int(r["start"].value), int(r["end"].value))
        for r in store.query(ANCHORS, use_default_graph_as_union=True)
    ]


def quote(text: str, **hints) -> Quote:
    return Quote(text, "ann.yaml", 7, "claims[0].quote", **hints)


def test_articles_are_byte_identical_to_the_seeds():
    if not SEEDS.is_dir():
        pytest.skip("shared/seeds is not beside this checkout")
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    for seed in seeds:
        assert (ARTICLES / seed.name).read_bytes() == seed.read_bytes()


def test_every_anchor_is_exactly_its_quote(built):
    rows = anchors(built)
    assert len(rows) > 100  # every annotated item has one; an empty graph must not pass
    texts = {i: (ARTICLES / f"{i}.txt").read_text(encoding="utf-8") for i in ARTICLE_IDS}
    for anchor, article, exact, start, end in rows:
        assert texts[article][start:end] == exact, anchor
        assert anchor.endswith(f"/{article}/{start}-{end}")


def test_004_anchors_point_into_the_first_copy_and_the_repeat_is_recorded(built):
    text = (ARTICLES / "004_e6948105772ef9ec.txt").read_text(encoding="utf-8")
    store = ox.Store.read_only(str(built.store))
    rows = list(
        store.query(
            """PREFIX cg: <https://w3id.org/claimgraph/ontology#>
               PREFIX oa: <http://www.w3.org/ns/oa#>
               SELECT ?cs ?ce ?os ?oe WHERE {
                 ?a cg:repeatedSpan ?copy . ?copy cg:repeatOf ?orig .
                 ?copy oa:hasSelector/oa:start ?cs ; oa:hasSelector/oa:end ?ce .
                 ?orig oa:hasSelector/oa:start ?os ; oa:hasSelector/oa:end ?oe . }""",
            use_default_graph_as_union=True,
        )
    )
    assert len(rows) == 1
    cs, ce, os_, oe = (int(rows[0][v].value) for v in ("cs", "ce", "os", "oe"))
    assert text[cs:ce] == text[os_:oe] and ce == len(text) and ce - cs > 2000
    assert text[os_:oe].startswith("At least 31 civilians")  # the body after the headline
    for anchor, article, _exact, start, end in anchors(built):
        if article == "004_e6948105772ef9ec" and not (start == cs and end == ce):
            assert end <= cs, f"{anchor} lies in the repeated copy"


def test_002_boilerplate_yields_no_facts(built):
    text = (ARTICLES / "002_2c0ba4daa3fd75fe.txt").read_text(encoding="utf-8")
    boilerplate_start = text.index("Share:")
    spans = [(s, e) for _, a, _, s, e in anchors(built) if a == "002_2c0ba4daa3fd75fe"]
    inside = [(s, e) for s, e in spans if e > boilerplate_start]
    assert inside == [(boilerplate_start, len(text))]  # only the boilerplate span itself


def test_000_trailing_blank_lines_are_not_a_repeated_body():
    text = (ARTICLES / "000_4787be1ce9b325a9.txt").read_text(encoding="utf-8")
    assert text.endswith("\n\n\n")
    assert find_repeated_tail(text, len(text)) is None


def test_repeated_tail_is_found_in_a_synthetic_text():
    body = "First paragraph of the story, long enough.\nSecond paragraph with 12 militants killed."
    text = "Headline\n" + body + "\n" + body
    original, copy = find_repeated_tail(text, len(text))
    assert text[original.start : original.end] == body == text[copy.start : copy.end]
    assert find_repeated_tail("Headline\n" + body, len(body) + 9) is None


def article(tmp_path, text: str, boilerplate: str | None = None) -> ArticleText:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return analyse("a", path, quote(boilerplate) if boilerplate else None)


def test_locate_unique_quote(tmp_path):
    art = article(tmp_path, "The military said 41 insurgents were killed.")
    span = locate(art, quote("41 insurgents"))
    assert art.text[span.start : span.end] == "41 insurgents"


def test_quote_not_found_names_file_line_and_field(tmp_path):
    art = article(tmp_path, "The military said 41 insurgents were killed.")
    with pytest.raises(InputError) as exc:
        locate(art, quote("42 insurgents"))
    assert str(exc.value).startswith("ann.yaml:7: claims[0].quote: quote not found in ")


def test_near_miss_explains_normalisation(tmp_path):
    art = article(tmp_path, "Pakistan\u2019s military said so.")
    with pytest.raises(InputError, match="normalising quotes"):
        locate(art, quote("Pakistan's military"))


def test_ambiguous_quote_needs_a_hint(tmp_path):
    art = article(tmp_path, "Officials said 17 died. Later officials said 17 died again.")
    with pytest.raises(InputError, match=r"occurs 2 times .*add 'occurrence', 'prefix' or 'suffix'"):
        locate(art, quote("said 17 died"))
    second = locate(art, quote("said 17 died", occurrence=2))
    assert second.start == art.text.rindex("said 17 died")
    by_prefix = locate(art, quote("said 17 died", prefix="Later officials "))
    assert by_prefix == second
    by_suffix = locate(art, quote("said 17 died", suffix=". Later"))
    assert by_suffix.start == art.text.index("said 17 died")
    with pytest.raises(InputError, match="occurrence 3 requested"):
        locate(art, quote("said 17 died", occurrence=3))


def test_quote_only_in_boilerplate_is_rejected(tmp_path):
    art = article(tmp_path, "Story text here.\n\nShare:\nNo comments yet.", boilerplate="Share:")
    with pytest.raises(InputError, match="only in the boilerplate"):
        locate(art, quote("No comments yet"))


def test_quote_ending_exactly_at_the_end_of_the_story_is_accepted(tmp_path):
    """The story's last characters are quotable: the end bound is inclusive of the story's end (end-exclusive
    offsets, so `start + len(quote) == story_end` is inside). Catches `<` written for `<=` in
    anchors._locate; checked by making that mutation, which fails both halves."""
    text = "The army said 41 insurgents were killed."
    art = article(tmp_path, text)
    assert art.story_end == 40 == len(text)  # no boilerplate: the story runs to the end of the text
    span = locate(art, quote("were killed."))
    assert (span.start, span.end) == (28, 40)

    with_furniture = "The army said 41 insurgents were killed.Share: Facebook"
    art = article(tmp_path, with_furniture, boilerplate="Share:")
    assert art.story_end == 40  # the boilerplate starts right after the full stop
    span = locate(art, quote("were killed."))
    assert (span.start, span.end) == (28, 40)


def test_quote_running_one_character_into_the_boilerplate_is_rejected(tmp_path):
    """The other side of the bound: catches a bound loosened to `story_end + 1` or dropped, and the error
    saying why (it used to blame normalisation, though the words occur verbatim)."""
    art = article(tmp_path, "The army said 41 insurgents were killed.Share: Facebook", boilerplate="Share:")
    with pytest.raises(
        InputError, match=r"^ann\.yaml:7: claims\[0\]\.quote: quote runs into the boilerplate"
    ):
        locate(art, quote("were killed.S"))
