#+ shape: cgsh:Casualty-hedge
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: cg:hedge
#+ component: sh:InConstraintComponent
#+ severity: Violation
#+ engine: core
# A hedge from another scheme.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgv: <https://w3id.org/claimgraph/vocab#>

DELETE DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:hedge cgv:exact . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:hedge cgv:curated . }
