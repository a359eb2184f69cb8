#+ description: "a figure of 0 (\"no fighters were lost\")"
# Zero is a valid non-negative integer, and 0 <= 0.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:value "7"^^xsd:nonNegativeInteger ; cg:minValue "7"^^xsd:nonNegativeInteger ; cg:maxValue "7"^^xsd:nonNegativeInteger . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:value "0"^^xsd:nonNegativeInteger ; cg:minValue "0"^^xsd:nonNegativeInteger ; cg:maxValue "0"^^xsd:nonNegativeInteger . }
