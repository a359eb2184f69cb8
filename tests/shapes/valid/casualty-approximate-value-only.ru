#+ description: "\"about 7\": a value and the hedge, no bounds"
# The approximately hedge commits to no bounds.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgv: <https://w3id.org/claimgraph/vocab#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:minValue "7"^^xsd:nonNegativeInteger ; cg:maxValue "7"^^xsd:nonNegativeInteger ; cg:hedge cgv:exact . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:hedge cgv:approximately . }
