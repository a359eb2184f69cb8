#+ description: "a new city with its point geometry at the edge of the valid range"
# Longitude 180 and latitude -90 are allowed.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>

INSERT DATA {
    <place/kalat> a cg:City ; rdfs:label "Kalat"@en ; cg:locatedIn <place/balochistan> ;
        geo:hasGeometry <place/kalat/geometry> .
    <place/kalat/geometry> a geo:Geometry ; geo:asWKT "POINT(180 -90.0)"^^geo:wktLiteral .
}
