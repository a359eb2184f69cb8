#+ shape: cgsh:Resource-evidenceClass
#+ description: an article names one of its claims as evidence for a registry actor (shared subject, value owned by the article)
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
INSERT { GRAPH ?g { ?a cg:evidence ?c } }
WHERE {
  { SELECT ?a ?c ?g WHERE {
      GRAPH ?g { ?c prov:wasAttributedTo ?a } FILTER (CONTAINS(STR(?g), "/article/syn-"))
      GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?a a ?type }
    } ORDER BY DESC(?c) LIMIT 1 }
}
