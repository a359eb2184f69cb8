#+ description: "a denial with only cg:rejectsClaimsOf (no specific claim denied)"
# The article reports that Delhi rejects Naqvi's claims without reporting which one.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:denies <claim/004_e6948105772ef9ec/naqvi-accuses-india> . }
