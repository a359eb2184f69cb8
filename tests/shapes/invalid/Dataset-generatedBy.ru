#+ shape: cgsh:Dataset-generatedBy
#+ focus: id:dataset
#+ path: prov:wasGeneratedBy
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A dataset that does not point to its build record.
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE WHERE { <dataset> prov:wasGeneratedBy ?build . }
