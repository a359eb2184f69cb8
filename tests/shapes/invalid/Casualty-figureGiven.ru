#+ shape: cgsh:Casualty-figureGiven
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: none
#+ component: sh:OrConstraintComponent
#+ severity: Violation
#+ engine: core
# A casualty claim without any figure: no value, no bounds.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:value "7"^^xsd:nonNegativeInteger ; cg:minValue "7"^^xsd:nonNegativeInteger ; cg:maxValue "7"^^xsd:nonNegativeInteger . }
