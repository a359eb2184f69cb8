#+ shape: cgsh:SoftwareAgent
#+ path: prov:actedOnBehalfOf
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A property the software agent does not use.
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

INSERT { ?software prov:actedOnBehalfOf <actor/ispr> . } WHERE { ?software a prov:SoftwareAgent . }
