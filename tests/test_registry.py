"""Registry facts that must come from checked sources, never from memory."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimgraph.core.resources import resource_dir
from claimgraph.corpus.registry import load_registry
from claimgraph.corpus.vocab import load_vocabulary

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "identifiers.md"


@pytest.fixture(scope="module")
def registry():
    vocab = load_vocabulary(resource_dir("ontology") / "vocabularies.ttl")
    return load_registry(resource_dir("data") / "registry.yaml", set(vocab.event_types))


def reference_rows() -> list[dict[str, str]]:
    if not REFERENCE.is_file():
        pytest.skip("shared/reference/identifiers.md is not beside this checkout")
    rows = []
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and re.fullmatch(r"Q\d+|", cells[1]) and re.fullmatch(r"\d+", cells[2]):
            rows.append(
                {
                    "entity": cells[0],
                    "wikidata": cells[1],
                    "geonames": cells[2],
                    "coords": cells[3] if len(cells) > 3 else "",
                }
            )
    assert len(rows) >= 20  # the table was read; an empty parse must not pass
    return rows


def test_every_external_identifier_is_in_the_reference_table(registry):
    rows = reference_rows()
    by_geonames = {r["geonames"]: r for r in rows}
    by_wikidata = {r["wikidata"]: r for r in rows if r["wikidata"]}
    checked = 0
    for place in registry.places.values():
        if place.geonames is None and place.wikidata is None:
            continue
        row = by_geonames.get(place.geonames) if place.geonames else by_wikidata.get(place.wikidata)
        assert row is not None, f"{place.key}: identifiers not in {REFERENCE.name}"
        assert (place.wikidata or "") == row["wikidata"], place.key
        assert place.geonames == row["geonames"], place.key
        if place.lat is not None:
            lat, lon = (float(x) for x in row["coords"].split(","))
            assert (place.lat, place.lon) == (lat, lon), place.key
        elif row["coords"]:
            pytest.fail(f"{place.key}: reference has coordinates the registry lacks")
        checked += 1
    assert checked >= 20
    for actor in registry.actors.values():
        assert actor.wikidata is None or actor.wikidata in by_wikidata, actor.key


def test_every_place_chains_up_to_a_country(registry):
    for key in registry.places:
        chain = registry.country_chain(key)
        assert registry.places[chain[-1]].type == "Country", chain
