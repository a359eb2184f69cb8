"""claimgraph: news articles to a validated, queryable RDF knowledge graph of who claimed what."""

__version__ = "0.1.0"
