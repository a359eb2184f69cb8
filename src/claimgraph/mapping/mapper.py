"""Map the checked corpus to RDF quads: registry graph plus one named graph per article."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pyoxigraph as ox

from claimgraph.core.namespaces import (
    CG,
    CGV,
    DCTERMS,
    GEO,
    GEONAMES,
    ID,
    OA,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SEM,
    SKOS,
    WIKIDATA,
    XSD,
    graph_iri,
)
from claimgraph.corpus.anchors import ArticleText, Span
from claimgraph.corpus.annotations import ARTICLE, Annotation, Claim, EventReport, Quote
from claimgraph.corpus.claim_types import CLAIM_TYPES, ClaimField, Value
from claimgraph.corpus.inputs import Article, Corpus
from claimgraph.corpus.registry import Registry, given

TYPE = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")
COMMENT = ox.NamedNode(RDFS + "comment")
REGISTRY_GRAPH = ox.NamedNode(graph_iri("registry"))


def iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def cg(local: str) -> ox.NamedNode:
    return ox.NamedNode(CG + local)


def en(text: str) -> ox.Literal:
    return ox.Literal(text, language="en")


def string(text: str) -> ox.Literal:
    return ox.Literal(text)


def integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "nonNegativeInteger"))


def typed_date(value: tuple[str, str]) -> ox.Literal:
    lexical, datatype = value
    return ox.Literal(lexical, datatype=ox.NamedNode(XSD + datatype))


def entity(kind: str, key: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ID}{kind}/{key}")


def article_iri(article_id: str) -> ox.NamedNode:
    return entity("article", article_id)


def claim_iri(article_id: str, key: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ID}claim/{article_id}/{key}")


def article_graph(article_id: str) -> ox.NamedNode:
    return ox.NamedNode(graph_iri(f"article/{article_id}"))


class Sink:
    """Collects the triples of one named graph."""

    def __init__(self, graph: ox.NamedNode) -> None:
        self.graph = graph
        self.quads: list[ox.Quad] = []

    def add(self, s: ox.NamedNode, p: str | ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        pred = p if isinstance(p, ox.NamedNode) else ox.NamedNode(p)
        self.quads.append(ox.Quad(s, pred, o, self.graph))

    def label(self, s: ox.NamedNode, text: str, alt: Sequence[str] = ()) -> None:
        self.add(s, LABEL, en(text))
        for a in alt:
            self.add(s, SKOS + "altLabel", en(a))


def map_corpus(corpus: Corpus) -> Iterator[ox.Quad]:
    """Yield every data quad; the order is irrelevant because serialisation sorts."""
    yield from map_registry(corpus.registry)
    for art in corpus.articles:
        yield from map_article(art, corpus.registry)


def map_registry(r: Registry) -> list[ox.Quad]:
    out = Sink(REGISTRY_GRAPH)
    for p in r.places.values():
        s = entity("place", p.key)
        out.add(s, TYPE, cg(p.type))
        out.label(s, p.label, p.alt_labels)
        if p.located_in:
            out.add(s, CG + "locatedIn", entity("place", p.located_in))
        if p.wikidata:
            out.add(s, SKOS + "exactMatch", iri(WIKIDATA + p.wikidata))
        if p.geonames:
            out.add(s, SKOS + "exactMatch", iri(f"{GEONAMES}{p.geonames}/"))
        if p.lat is not None:
            geometry = iri(f"{s.value}/geometry")
            out.add(s, GEO + "hasGeometry", geometry)
            out.add(geometry, TYPE, iri(GEO + "Geometry"))
            wkt = ox.Literal(f"POINT({p.lon:.5f} {p.lat:.5f})", datatype=iri(GEO + "wktLiteral"))
            out.add(geometry, GEO + "asWKT", wkt)
        _common(out, s, p.comment, p.see_also)
    for a in r.actors.values():
        s = entity("actor", a.key)
        out.add(s, TYPE, cg(a.type))
        out.label(s, a.label, a.alt_labels)
        if a.acts_for:
            out.add(s, PROV + "actedOnBehalfOf", entity("actor", a.acts_for))
        for post in a.holds:
            out.add(s, ORG + "holds", entity("post", post))
        if a.territory:
            out.add(s, CG + "territory", entity("place", a.territory))
        if a.job_title:
            out.add(s, SCHEMA + "jobTitle", en(a.job_title))
        if a.wikidata:
            out.add(s, SKOS + "exactMatch", iri(WIKIDATA + a.wikidata))
        _common(out, s, a.comment, a.see_also)
    for entry in r.posts.values():
        s = entity("post", entry.key)
        out.add(s, TYPE, cg("Post"))
        out.label(s, entry.label)
        out.add(s, ORG + "postIn", entity("actor", entry.organization))
        _common(out, s, entry.comment, entry.see_also)
    for ev in r.events.values():
        s = entity("event", ev.key)
        out.add(s, TYPE, cg("Event"))
        out.label(s, ev.label)
        out.add(s, SEM + "eventType", iri(CGV + ev.type))
        if ev.note:
            out.add(s, SKOS + "editorialNote", en(ev.note))
        _common(out, s, ev.comment, ev.see_also)
    return out.quads


def _common(out: Sink, s: ox.NamedNode, comment: str | None, see_also: str | None) -> None:
    if comment:
        out.add(s, COMMENT, en(comment))
    if see_also:
        out.add(s, RDFS + "seeAlso", iri(see_also))


class ArticleMapper:
    """Maps one article's annotation; anchors are shared by every item quoting the same words."""

    def __init__(self, art: Article, registry: Registry) -> None:
        self.ann: Annotation = art.annotation
        self.text: ArticleText = art.text
        self.registry = registry
        self.article = article_iri(self.ann.article)
        self.out = Sink(article_graph(self.ann.article))
        self.anchors: set[tuple[int, int]] = set()
        self.mentioned: set[ox.NamedNode] = set()

    def anchor(self, span: tuple[int, int] | Span) -> ox.NamedNode:
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        node = iri(f"{ID}anchor/{self.ann.article}/{start}-{end}")
        if (start, end) in self.anchors:
            return node
        self.anchors.add((start, end))
        add = self.out.add
        quote, position = iri(node.value + "/quote"), iri(node.value + "/position")
        add(node, TYPE, cg("EvidenceAnchor"))
        add(node, TYPE, iri(OA + "SpecificResource"))
        add(node, OA + "hasSource", self.article)
        add(node, OA + "hasSelector", quote)
        add(node, OA + "hasSelector", position)
        prefix, suffix = self.text.context(Span(start, end))
        add(quote, TYPE, iri(OA + "TextQuoteSelector"))
        add(quote, OA + "exact", string(self.text.text[start:end]))
        add(quote, OA + "prefix", string(prefix))
        add(quote, OA + "suffix", string(suffix))
        add(position, TYPE, iri(OA + "TextPositionSelector"))
        add(position, OA + "start", integer(start))
        add(position, OA + "end", integer(end))
        return node

    def evidence(self, subject: ox.NamedNode, quote: Quote) -> None:
        self.out.add(subject, CG + "evidence", self.anchor(quote.located))

    def mention(self, node: ox.NamedNode) -> None:
        if node not in self.mentioned:
            self.mentioned.add(node)
            self.out.add(self.article, SCHEMA + "mentions", node)

    def actor(self, key: str) -> ox.NamedNode:
        node = entity("actor", key)
        self.mention(node)
        return node

    def place(self, key: str) -> ox.NamedNode:
        node = entity("place", key)
        self.mention(node)
        return node

    def run(self) -> list[ox.Quad]:
        self.map_article()
        for m in self.ann.mentions:
            node = self.actor(m.key) if m.kind == "actor" else self.place(m.key)
            self.evidence(node, m.quote)
        for ev in self.ann.events:
            self.map_event(ev)
        for c in self.ann.claims:
            self.map_claim(c)
        return self.out.quads

    def map_article(self) -> None:
        a, ann, add = self.article, self.ann, self.out.add
        add(a, TYPE, cg("Article"))
        add(a, DCTERMS + "identifier", string(ann.article))
        add(a, DCTERMS + "language", string(ann.language))
        add(a, DCTERMS + "source", string(f"articles/{ann.article}.txt"))
        add(a, SCHEMA + "text", string(self.text.text))
        add(a, CG + "sha256", string(self.text.sha256))
        if ann.url:
            add(a, SCHEMA + "url", iri(ann.url))
        if ann.title:
            add(a, DCTERMS + "title", en(ann.title.text))
            add(a, CG + "evidence", self.anchor(ann.title.located))
        if ann.author and ann.byline:
            author = entity("actor", ann.author)
            add(a, SCHEMA + "author", author)
            self.evidence(author, ann.byline)
        if ann.agency and ann.agency_quote:
            agency = self.actor(ann.agency)
            add(a, CG + "agency", agency)
            self.evidence(agency, ann.agency_quote)
        if ann.dateline and ann.dateline_quote:
            place = self.place(ann.dateline)
            add(a, CG + "dateline", place)
            add(a, CG + "datelineExpression", string(ann.dateline_quote.text))
            self.evidence(place, ann.dateline_quote)
        if self.text.boilerplate:
            add(a, CG + "boilerplateSpan", self.anchor(self.text.boilerplate))
        if self.text.repeat and self.text.original:
            copy = self.anchor(self.text.repeat)
            add(a, CG + "repeatedSpan", copy)
            add(copy, CG + "repeatOf", self.anchor(self.text.original))

    def map_event(self, ev: EventReport) -> None:
        s, add = entity("event", ev.key), self.out.add
        self.mention(s)
        if ev.local:
            add(s, TYPE, cg("Event"))
            self.out.label(s, given(ev.label))
            add(s, SEM + "eventType", iri(CGV + given(ev.type)))
        add(s, CG + "reportedIn", self.article)
        self.evidence(s, ev.quote)
        for key in ev.places:
            add(s, SEM + "hasPlace", self.place(key))
        if ev.place_expression:
            add(s, CG + "placeExpression", string(ev.place_expression))
        if ev.date:
            add(s, CG + "date", typed_date(ev.date))
        if ev.time:
            add(s, CG + "timeExpression", string(ev.time))
        if ev.duration:
            add(s, CG + "durationExpression", string(ev.duration))
        if ev.part_of:
            add(s, SEM + "subEventOf", entity("event", ev.part_of))
        for prop, keys in (
            ("conductedBy", ev.conducted_by),
            ("targeted", ev.targeted),
            ("participant", ev.participants),
        ):
            for key in keys:
                add(s, CG + prop, self.actor(key))

    def map_claim(self, c: Claim) -> None:
        s, add = claim_iri(self.ann.article, c.key), self.out.add
        add(s, TYPE, cg(c.type))
        self.out.label(s, c.description or c.key.replace("-", " "))
        if c.description:
            add(s, DCTERMS + "description", en(c.description))
        claimant = self.article if c.claimant == ARTICLE else self.actor(c.claimant)
        add(s, PROV + "wasAttributedTo", claimant)
        attribution = iri(s.value + "/attribution")
        add(s, PROV + "qualifiedAttribution", attribution)
        add(attribution, TYPE, iri(PROV + "Attribution"))
        add(attribution, PROV + "agent", claimant)
        if c.role:
            add(attribution, PROV + "hadRole", entity("post", c.role))
        if c.wording:
            add(attribution, CG + "wording", string(c.wording))
        issuer = c.issued_by
        if issuer is None and c.claimant != ARTICLE:
            issuer = self.registry.actors[c.claimant].issuing_body
        if issuer:
            add(s, CG + "issuedBy", self.actor(issuer))
        add(s, CG + "reportedIn", self.article)
        self.evidence(s, c.quote)
        add(s, CG + "reviewStatus", iri(CGV + c.review))
        for key in c.events:
            add(s, CG + "aboutEvent", entity("event", key))
        if c.time:
            add(s, CG + "timeExpression", string(c.time))
        if c.date:
            add(s, CG + "date", typed_date(c.date))
        if c.unsupported:
            add(s, CG + "unsupportedNote", self.anchor(c.unsupported.located))
        self.map_claim_specifics(s, c)

    def map_claim_specifics(self, s: ox.NamedNode, c: Claim) -> None:
        """The type's own fields, each to the predicate its claim_types entry declares."""
        for spec in CLAIM_TYPES[c.type].fields:
            value = c.specific.get(spec.name)
            if value is not None:
                self.out.add(s, CG + spec.predicate, self.specific_object(spec, value))

    def specific_object(self, spec: ClaimField, value: Value) -> ox.NamedNode | ox.Literal:
        if spec.kind == "actor":
            return self.actor(str(value))
        if spec.kind == "claim":
            article_id, _, key = str(value).rpartition("#")
            return claim_iri(article_id or self.ann.article, key)
        if spec.kind == "count":
            return integer(int(value))
        if spec.kind == "concept":
            return iri(CGV + str(value))
        return string(str(value))


def map_article(art: Article, registry: Registry) -> list[ox.Quad]:
    return ArticleMapper(art, registry).run()
