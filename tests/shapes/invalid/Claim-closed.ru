#+ shape: cgsh:Claim
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: sem:hasPlace
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A place on a claim (sem:hasPlace is an event property).
BASE <https://w3id.org/claimgraph/id/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> sem:hasPlace <place/quetta> . }
