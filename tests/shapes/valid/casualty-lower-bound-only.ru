#+ description: "\"at least 7\": a value and a lower bound, no upper bound"
# The at-least hedge gives a lower bound only.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgv: <https://w3id.org/claimgraph/vocab#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:maxValue "7"^^xsd:nonNegativeInteger ; cg:hedge cgv:exact . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:hedge cgv:at-least . }
