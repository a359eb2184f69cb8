#+ shape: cgsh:Commendation-commends
#+ focus: id:claim/000_4787be1ce9b325a9/sharif-commends-security-forces
#+ path: cg:commends
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A commendation of nobody.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE WHERE { <claim/000_4787be1ce9b325a9/sharif-commends-security-forces> cg:commends ?actor . }
