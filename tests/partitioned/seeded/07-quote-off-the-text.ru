#+ shape: cgsh:Article-quotesMatchText
#+ description: an anchor's quote no longer matches the text at its offsets (SPARQL constraint in one article)
PREFIX oa: <http://www.w3.org/ns/oa#>
DELETE { GRAPH ?g { ?q oa:exact ?e } }
INSERT { GRAPH ?g { ?q oa:exact "words the article never printed" } }
WHERE {
  { SELECT ?q WHERE { GRAPH ?g0 { ?q oa:exact ?e0 } FILTER (CONTAINS(STR(?q), "/anchor/syn-")) } ORDER BY ?q LIMIT 1 }
  GRAPH ?g { ?q oa:exact ?e }
}
