#+ shape: cgsh:Actor-actedOnBehalfOf
#+ focus: id:actor/bla
#+ path: prov:actedOnBehalfOf
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# An actor acting on behalf of a place.
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

INSERT DATA { <actor/bla> prov:actedOnBehalfOf <place/balochistan> . }
