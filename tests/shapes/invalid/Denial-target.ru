#+ shape: cgsh:Denial-target
#+ focus: id:claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation
#+ path: none
#+ component: sh:OrConstraintComponent
#+ severity: Violation
#+ engine: core
# A denial that says neither what it denies nor whose claims it rejects.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE WHERE { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:denies ?claim . } ;
DELETE WHERE { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:rejectsClaimsOf ?party . }
