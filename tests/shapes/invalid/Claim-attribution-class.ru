#+ shape: cgsh:Claim-attribution
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: prov:qualifiedAttribution
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# The qualified attribution node loses its type (it is then no longer checked as an attribution).
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation/attribution> a prov:Attribution . }
