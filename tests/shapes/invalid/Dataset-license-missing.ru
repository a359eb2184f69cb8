#+ shape: cgsh:Dataset-license
#+ focus: id:dataset
#+ path: dcterms:license
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A dataset without a license.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

DELETE WHERE { <dataset> dcterms:license ?license . }
