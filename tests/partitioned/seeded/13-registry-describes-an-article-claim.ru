#+ shape: cgsh:Casualty-domain
#+ description: the registry graph gives an article's accusation a casualty hedge (an article's own node described in a shared graph)
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgv: <https://w3id.org/claimgraph/vocab#>
INSERT { GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?c cg:hedge cgv:exact } }
WHERE {
  { SELECT ?c WHERE { GRAPH ?g { ?c a cg:Accusation } FILTER (CONTAINS(STR(?g), "/article/syn-")) } ORDER BY ?c LIMIT 1 }
}
