#+ shape: cgsh:Anchor-repeatOf
#+ focus: id:anchor/004_e6948105772ef9ec/2315-4496
#+ path: cg:repeatOf
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A repeated span that repeats two first copies.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <anchor/004_e6948105772ef9ec/2315-4496> cg:repeatOf <anchor/004_e6948105772ef9ec/0-132> . }
