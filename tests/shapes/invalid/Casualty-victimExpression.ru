#+ shape: cgsh:Casualty-victimExpression
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: cg:victimExpression
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two wordings of the victims.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:victimExpression "seven of its fighters" . }
