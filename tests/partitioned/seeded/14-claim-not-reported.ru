#+ shape: cgsh:Claim-reportedIn
#+ description: a claim of a curated article loses cg:reportedIn
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
DELETE { GRAPH ?g { ?c cg:reportedIn ?a } }
WHERE {
  { SELECT ?c WHERE { GRAPH ?g0 { ?c a cg:Denial ; cg:reportedIn ?a0 } FILTER (!CONTAINS(STR(?g0), "/article/syn-")) } ORDER BY ?c LIMIT 1 }
  GRAPH ?g { ?c cg:reportedIn ?a }
}
