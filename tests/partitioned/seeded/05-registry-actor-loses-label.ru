#+ shape: cgsh:Resource-label
#+ description: a synthetic registry actor loses its label (registry graph; a shared resource)
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
DELETE { GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?a rdfs:label ?l } }
WHERE {
  { SELECT ?a WHERE { GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?a a cg:ArmedGroup } } ORDER BY DESC(?a) LIMIT 1 }
  GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?a rdfs:label ?l }
}
