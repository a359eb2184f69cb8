#+ shape: cgsh:EvidenceAnchor
#+ focus: id:anchor/004_e6948105772ef9ec/1804-1815
#+ path: rdfs:label
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A label on an anchor.
BASE <https://w3id.org/claimgraph/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT DATA { <anchor/004_e6948105772ef9ec/1804-1815> rdfs:label "Afghanistan"@en . }
