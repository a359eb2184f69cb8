#+ shape: cgsh:Geometry
#+ focus: id:place/quetta/geometry
#+ path: rdfs:label
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A label on a geometry node.
BASE <https://w3id.org/claimgraph/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT DATA { <place/quetta/geometry> rdfs:label "Quetta point"@en . }
