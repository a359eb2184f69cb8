#+ description: "a stated range (between 5 and 9) has bounds, no value and no hedge"
# minValue < maxValue, no cg:value: a CasualtyClaim with only a range is a figure.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgv: <https://w3id.org/claimgraph/vocab#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:value "7"^^xsd:nonNegativeInteger ; cg:minValue "7"^^xsd:nonNegativeInteger ; cg:maxValue "7"^^xsd:nonNegativeInteger ; cg:hedge cgv:exact . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:minValue "5"^^xsd:nonNegativeInteger ; cg:maxValue "9"^^xsd:nonNegativeInteger . }
