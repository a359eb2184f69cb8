#+ shape: cgsh:Casualty-maxValue
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: cg:maxValue
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two upper bounds.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:maxValue "8"^^xsd:nonNegativeInteger . }
