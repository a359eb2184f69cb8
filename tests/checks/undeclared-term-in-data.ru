# must fire: a property the ontology does not declare
INSERT DATA { GRAPH <https://w3id.org/claimgraph/id/graph/registry> {
  <https://w3id.org/claimgraph/id/actor/bla> <https://w3id.org/claimgraph/ontology#foundedIn> "2000" } }
