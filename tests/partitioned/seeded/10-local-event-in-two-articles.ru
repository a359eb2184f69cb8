#+ shape: cgsh:Event-placeClass
#+ description: a second article gives another article's local event a place that is not a place (the event has no single home)
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
INSERT { GRAPH ?other { ?e sem:hasPlace ?other } }
WHERE {
  { SELECT ?e ?g WHERE {
      GRAPH ?g { ?e a cg:Event } FILTER (CONTAINS(STR(?g), "/article/syn-"))
      FILTER NOT EXISTS { GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?e ?p ?o } }
    } ORDER BY ?e LIMIT 1 }
  { SELECT ?other WHERE { GRAPH ?other { ?x ?y ?z } FILTER (CONTAINS(STR(?other), "/article/syn-")) } GROUP BY ?other ORDER BY DESC(?other) LIMIT 1 }
}
