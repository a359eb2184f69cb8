#+ shape: cgsh:Casualty-outcome
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: cg:outcome
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A figure without an outcome.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgv: <https://w3id.org/claimgraph/vocab#>

DELETE DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:outcome cgv:killed . }
