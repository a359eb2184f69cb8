#+ shape: cgsh:Resource-label
#+ focus: id:place/quetta
#+ path: rdfs:label
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A place without a label.
BASE <https://w3id.org/claimgraph/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

DELETE WHERE { <place/quetta> rdfs:label ?label . }
