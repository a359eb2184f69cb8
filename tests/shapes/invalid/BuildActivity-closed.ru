#+ shape: cgsh:BuildActivity
#+ path: prov:generated
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A property the build record does not use.
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

INSERT { ?build prov:generated <dataset> . } WHERE { ?build a prov:Activity . }
