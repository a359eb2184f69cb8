#+ shape: cgsh:Casualty-valueDatatype
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: cg:value
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# A figure typed xsd:decimal.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:value "7"^^xsd:nonNegativeInteger . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:value "7.0"^^xsd:decimal . }
