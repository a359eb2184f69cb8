#+ shape: cgsh:Resource-seeAlso
#+ focus: id:place/quetta
#+ path: rdfs:seeAlso
#+ component: sh:NodeKindConstraintComponent
#+ severity: Violation
#+ engine: core
# A see-also link written as a string.
BASE <https://w3id.org/claimgraph/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT DATA { <place/quetta> rdfs:seeAlso "https://en.wikipedia.org/wiki/Quetta" . }
