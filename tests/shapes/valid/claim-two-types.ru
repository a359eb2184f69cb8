#+ description: "a claim typed with two claim types (the types are not disjoint)"
# An accusation that is also a characterisation.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/naqvi-accuses-india> a cg:Characterisation . }
