"""Every output and input format name (and the CLI's other fixed choices), in one place: the CLI's
choices, query results, export, validation reports and RDF file reading all read these lists, so a format
is added or renamed once.

Plain strings only (no pyoxigraph, no rdflib): the CLI imports this module to build its option choices, and
a warm `claimgraph query` must stay light. The modules that serialise map the names to their library's
format objects themselves.
"""

from __future__ import annotations

# Query results: a SELECT (or ASK) result, for people and for machines.
SELECT_FORMATS = ("table", "csv", "tsv", "json", "xml", "md")
# The graph a CONSTRUCT or DESCRIBE query returns.
GRAPH_FORMATS = ("ttl", "jsonld", "nt")
QUERY_FORMATS = SELECT_FORMATS + GRAPH_FORMATS

# RDF serialisations `export` writes: name -> (pyoxigraph RdfFormat member, keeps named graphs).
RDF_FORMATS: dict[str, tuple[str, bool]] = {
    "trig": ("TRIG", True),
    "nq": ("N_QUADS", True),
    "jsonld": ("JSON_LD", True),
    "ttl": ("TURTLE", False),
    "nt": ("N_TRIPLES", False),
    "xml": ("RDF_XML", False),
}
EXPORT_FORMATS = ("ttl", "trig", "nt", "nq", "jsonld", "xml")  # in the order the CLI lists them

# RDF files read for validation: file extension -> pyoxigraph RdfFormat member.
RDF_SUFFIXES: dict[str, str] = {
    ".ttl": "TURTLE",
    ".turtle": "TURTLE",
    ".trig": "TRIG",
    ".nt": "N_TRIPLES",
    ".nq": "N_QUADS",
    ".jsonld": "JSON_LD",
    ".json": "JSON_LD",
    ".rdf": "RDF_XML",
    ".owl": "RDF_XML",
}

# Validation reports, check reports and the query catalogue.
REPORT_FORMATS = ("text", "turtle", "json", "junit", "github")
CHECK_FORMATS = ("text", "json")
CATALOGUE_FORMATS = ("table", "json", "ttl")

# Other fixed choices the CLI offers, read here so that it needs no heavy module to list them; the modules
# that act on them read the same tuples.
CHECK_SEVERITIES = ("error", "warning", "info")  # most severe first, as queries/checks/*.rq declare them
VALIDATION_SEVERITIES = ("Violation", "Warning", "Info")  # SHACL's, most severe first
INFERENCE = ("none", "rdfs", "owlrl")  # what pySHACL entails before validating
STRATEGIES = ("auto", "per-article", "whole")  # how validation splits the build
