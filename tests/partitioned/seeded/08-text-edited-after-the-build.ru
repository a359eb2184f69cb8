#+ shape: cgsh:Article-sha256MatchesText
#+ description: an article's text is changed, so its SHA-256 no longer matches
PREFIX schema: <https://schema.org/>
DELETE { GRAPH ?g { ?a schema:text ?t } }
INSERT { GRAPH ?g { ?a schema:text ?t2 } }
WHERE {
  { SELECT ?a WHERE { GRAPH ?g0 { ?a schema:text ?t0 } FILTER (CONTAINS(STR(?a), "/article/syn-")) } ORDER BY DESC(?a) LIMIT 1 }
  GRAPH ?g { ?a schema:text ?t }
  BIND (CONCAT(?t, " ") AS ?t2)
}
