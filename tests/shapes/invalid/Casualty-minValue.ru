#+ shape: cgsh:Casualty-minValue
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: cg:minValue
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two lower bounds (both below the upper bound).
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:minValue "6"^^xsd:nonNegativeInteger . }
