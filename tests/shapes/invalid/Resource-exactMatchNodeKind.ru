#+ shape: cgsh:Resource-exactMatchNodeKind
#+ focus: id:place/quetta
#+ path: skos:exactMatch
#+ component: sh:NodeKindConstraintComponent
#+ severity: Violation
#+ engine: core
# A Wikidata identifier written as a string (it matches the pattern, but is not an IRI).
BASE <https://w3id.org/claimgraph/id/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT DATA { <place/quetta> skos:exactMatch "http://www.wikidata.org/entity/Q185458" . }
