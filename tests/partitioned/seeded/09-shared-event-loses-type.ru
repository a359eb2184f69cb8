#+ shape: cgsh:Event-eventType
#+ description: a registry event loses its event type (registry graph; reported by many articles)
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
DELETE { GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?e sem:eventType ?t } }
WHERE {
  { SELECT ?e WHERE { GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?e sem:eventType ?t0 } } ORDER BY ?e LIMIT 1 }
  GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?e sem:eventType ?t }
}
