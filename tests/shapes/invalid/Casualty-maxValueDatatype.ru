#+ shape: cgsh:Casualty-maxValueDatatype
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: cg:maxValue
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# An upper bound typed xsd:decimal (same number).
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:maxValue "7"^^xsd:nonNegativeInteger . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:maxValue "7.0"^^xsd:decimal . }
