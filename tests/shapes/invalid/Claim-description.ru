#+ shape: cgsh:Claim-description
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: dcterms:description
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two paraphrases.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> dcterms:description "Another paraphrase."@en . }
