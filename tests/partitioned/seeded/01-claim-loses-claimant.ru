#+ shape: cgsh:Claim-claimant
#+ description: a synthetic claim loses its claimant (article graph; the claim is the article's own)
PREFIX prov: <http://www.w3.org/ns/prov#>
DELETE { GRAPH ?g { ?c prov:wasAttributedTo ?a } }
WHERE {
  { SELECT ?c WHERE { GRAPH ?g0 { ?c prov:wasAttributedTo ?a0 } FILTER (CONTAINS(STR(?c), "/claim/syn-")) } ORDER BY ?c LIMIT 1 }
  GRAPH ?g { ?c prov:wasAttributedTo ?a }
}
