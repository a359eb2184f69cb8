# must fire: a registry actor no article mentions
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT DATA { GRAPH <https://w3id.org/claimgraph/id/graph/registry> {
  <https://w3id.org/claimgraph/id/actor/unmentioned> a cg:ArmedGroup ; rdfs:label "Unmentioned group"@en } }
