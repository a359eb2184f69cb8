# must fire: the TTP is given the BLA's abbreviation as an alternative label
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
INSERT DATA { GRAPH <https://w3id.org/claimgraph/id/graph/registry> {
  <https://w3id.org/claimgraph/id/actor/ttp> skos:altLabel "bla"@en } }
