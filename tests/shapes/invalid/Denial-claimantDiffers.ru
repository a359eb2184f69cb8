#+ shape: cgsh:Denial-claimantDiffers
#+ focus: id:claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation
#+ path: none
#+ component: sh:SPARQLConstraintComponent
#+ severity: Violation
#+ engine: sparql
# The denied accusation is re-attributed to the denier itself (claimant and attribution agent
# together): a party denying its own claim.
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE DATA { <claim/004_e6948105772ef9ec/naqvi-accuses-india> prov:wasAttributedTo <actor/mohsin-naqvi> . <claim/004_e6948105772ef9ec/naqvi-accuses-india/attribution> prov:agent <actor/mohsin-naqvi> . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/naqvi-accuses-india> prov:wasAttributedTo <actor/government-of-india> . <claim/004_e6948105772ef9ec/naqvi-accuses-india/attribution> prov:agent <actor/government-of-india> . }
