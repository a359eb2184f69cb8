#+ shape: cgsh:Casualty-hedge
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: cg:hedge
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two hedges on one figure.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgv: <https://w3id.org/claimgraph/vocab#>

INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:hedge cgv:approximately . }
