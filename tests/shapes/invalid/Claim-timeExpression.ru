#+ shape: cgsh:Claim-timeExpression
#+ focus: id:claim/000_4787be1ce9b325a9/military-41-insurgents-killed
#+ path: cg:timeExpression
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two time expressions on one claim.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/000_4787be1ce9b325a9/military-41-insurgents-killed> cg:timeExpression "on Thursday" . }
