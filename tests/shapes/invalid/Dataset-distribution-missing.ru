#+ shape: cgsh:Dataset-distribution
#+ focus: id:dataset
#+ path: dcat:distribution
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A dataset without distributions (the distribution nodes stay).
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcat: <http://www.w3.org/ns/dcat#>

DELETE WHERE { <dataset> dcat:distribution ?distribution . }
