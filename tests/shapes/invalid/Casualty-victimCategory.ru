#+ shape: cgsh:Casualty-victimCategory
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: cg:victimCategory
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A figure without a victim category.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgv: <https://w3id.org/claimgraph/vocab#>

DELETE DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:victimCategory cgv:militants . }
