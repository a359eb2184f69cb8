#+ shape: cgsh:Article-agency
#+ focus: id:article/000_4787be1ce9b325a9
#+ path: cg:agency
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A second agency credited.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <article/000_4787be1ce9b325a9> cg:agency <actor/ispr> . }
