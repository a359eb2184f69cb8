#+ shape: cgsh:Attribution-agent
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation/attribution
#+ path: prov:agent
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# An attribution without an agent.
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE WHERE { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation/attribution> prov:agent ?agent . }
