#+ shape: cgsh:Place-noCycle
#+ description: a province is placed inside one of its own districts (registry graph)
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
DELETE { GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?province cg:locatedIn ?country } }
INSERT { GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?province cg:locatedIn ?district } }
WHERE {
  { SELECT ?district ?province WHERE {
      GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?district a cg:District ; cg:locatedIn ?province }
    } ORDER BY ?district LIMIT 1 }
  GRAPH <https://w3id.org/claimgraph/id/graph/registry> { ?province cg:locatedIn ?country }
}
