#+ shape: cgsh:Casualty-valueDatatype
#+ description: a casualty figure becomes -5 (not an xsd:nonNegativeInteger)
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { GRAPH ?g { ?c cg:value ?v } }
INSERT { GRAPH ?g { ?c cg:value "-5"^^xsd:integer } }
WHERE {
  { SELECT ?c WHERE { GRAPH ?g0 { ?c cg:value ?v0 } FILTER (CONTAINS(STR(?c), "/claim/syn-")) } ORDER BY DESC(?c) LIMIT 1 }
  GRAPH ?g { ?c cg:value ?v }
}
