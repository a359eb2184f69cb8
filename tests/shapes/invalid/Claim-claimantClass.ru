#+ shape: cgsh:Claim-claimantClass
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: prov:wasAttributedTo
#+ component: sh:OrConstraintComponent
#+ severity: Violation
#+ engine: core
# A claim attributed to a place (and its attribution's agent with it).
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> prov:wasAttributedTo <actor/zahid-hussain> . <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation/attribution> prov:agent <actor/zahid-hussain> . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> prov:wasAttributedTo <place/quetta> . <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation/attribution> prov:agent <place/quetta> . }
