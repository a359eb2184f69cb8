#+ description: "an event in a new District of a Province of a Country"
# Kalat District, in Balochistan, in Pakistan: the chain reaches a country in three steps.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>

INSERT DATA {
    <place/kalat-district> a cg:District ; rdfs:label "Kalat District"@en ; cg:locatedIn <place/balochistan> .
    <event/radd-ul-fitna-1> sem:hasPlace <place/kalat-district> .
}
