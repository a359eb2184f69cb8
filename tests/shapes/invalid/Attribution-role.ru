#+ shape: cgsh:Attribution-role
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation/attribution
#+ path: prov:hadRole
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A ministry as the role (the role is the post held).
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation/attribution> prov:hadRole <actor/ministry-of-interior> . }
