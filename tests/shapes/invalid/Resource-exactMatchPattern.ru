#+ shape: cgsh:Resource-exactMatchPattern
#+ focus: id:place/quetta
#+ path: skos:exactMatch
#+ component: sh:PatternConstraintComponent
#+ severity: Violation
#+ engine: core
# A Wikidata page URL instead of the entity IRI.
BASE <https://w3id.org/claimgraph/id/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT DATA { <place/quetta> skos:exactMatch <https://www.wikidata.org/wiki/Q185458> . }
