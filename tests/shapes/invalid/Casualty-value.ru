#+ shape: cgsh:Casualty-value
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: cg:value
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two stated figures on one claim.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:value "8"^^xsd:nonNegativeInteger . }
