#+ shape: cgsh:Claim-attribution
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: prov:qualifiedAttribution
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A claim without its qualified attribution (the attribution node goes too).
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE WHERE { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> prov:qualifiedAttribution ?attribution . ?attribution ?p ?o . }
