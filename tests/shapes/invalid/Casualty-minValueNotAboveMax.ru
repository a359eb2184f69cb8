#+ shape: cgsh:Casualty-minValueNotAboveMax
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: cg:minValue
#+ component: sh:LessThanOrEqualsConstraintComponent
#+ severity: Violation
#+ engine: core
# A lower bound above the upper bound.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:minValue "7"^^xsd:nonNegativeInteger . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:minValue "9"^^xsd:nonNegativeInteger . }
