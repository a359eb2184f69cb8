#+ shape: cgsh:Dataset-version
#+ focus: id:dataset
#+ path: dcat:version
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two versions.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcat: <http://www.w3.org/ns/dcat#>

INSERT DATA { <dataset> dcat:version "9.9.9" . }
