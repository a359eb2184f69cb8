#+ shape: cgsh:ResponsibilityClaim-selfClaimed
#+ focus: id:claim/004_e6948105772ef9ec/bla-claims-responsibility
#+ path: none
#+ component: sh:OrConstraintComponent
#+ severity: Warning
#+ engine: core
# A responsibility claim in which the BLA names another group: that is an attribution, not a claim of
# its own responsibility (advice).
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <claim/004_e6948105772ef9ec/bla-claims-responsibility> cg:responsibleActor <actor/bla> . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/bla-claims-responsibility> cg:responsibleActor <actor/baloch-separatists> . }
