#+ shape: cgsh:Dataset-license
#+ focus: id:dataset
#+ path: dcterms:license
#+ component: sh:NodeKindConstraintComponent
#+ severity: Violation
#+ engine: core
# The license as a string.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

DELETE WHERE { <dataset> dcterms:license ?license . } ;
INSERT DATA { <dataset> dcterms:license "CC BY 4.0" . }
