#+ shape: cgsh:Denial-claimantDiffers
#+ description: a denial of another article's claim is re-attributed to that claim's own claimant (SPARQL constraint across two article graphs)
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
DELETE { GRAPH ?g { ?d prov:wasAttributedTo ?old . ?att prov:agent ?old } }
INSERT { GRAPH ?g { ?d prov:wasAttributedTo ?accuser . ?att prov:agent ?accuser } }
WHERE {
  { SELECT ?d ?g ?gt WHERE {
      GRAPH ?g { ?d cg:denies ?t } GRAPH ?gt { ?t prov:wasAttributedTo ?x } FILTER (?g != ?gt)
    } ORDER BY ?d LIMIT 1 }
  GRAPH ?g { ?d cg:denies ?t ; prov:wasAttributedTo ?old ; prov:qualifiedAttribution ?att . ?att prov:agent ?old }
  GRAPH ?gt { ?t prov:wasAttributedTo ?accuser }
}
