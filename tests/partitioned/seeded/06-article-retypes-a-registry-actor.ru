#+ shape: cgsh:Place
#+ description: an article graph types a registry person as a place (an article triple about a shared resource)
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
INSERT { GRAPH ?g { ?p a cg:City } }
WHERE {
  { SELECT ?p ?g WHERE {
      GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?p a cg:Person }
      GRAPH ?g { ?c prov:wasAttributedTo ?p } FILTER (CONTAINS(STR(?g), "/article/syn-"))
    } ORDER BY ?g ?p LIMIT 1 }
}
