#+ shape: cgsh:Attribution-claim
#+ focus: id:claim/004_e6948105772ef9ec/orphan/attribution
#+ path: ^prov:qualifiedAttribution
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# An attribution that qualifies no claim.
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

INSERT DATA { <claim/004_e6948105772ef9ec/orphan/attribution> a prov:Attribution ; prov:agent <actor/bla> . }
