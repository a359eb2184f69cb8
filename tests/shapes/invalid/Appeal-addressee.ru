#+ shape: cgsh:Appeal-addressee
#+ focus: id:claim/004_e6948105772ef9ec/us-urges-restraint
#+ path: cg:addressee
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# An appeal addressed to a place.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/us-urges-restraint> cg:addressee <place/pakistan> . }
