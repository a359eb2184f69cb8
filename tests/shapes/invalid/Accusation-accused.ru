#+ shape: cgsh:Accusation-accused
#+ focus: id:claim/004_e6948105772ef9ec/naqvi-accuses-india
#+ path: cg:accused
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two accused actors in one accusation.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/naqvi-accuses-india> cg:accused <actor/afghanistan> . }
