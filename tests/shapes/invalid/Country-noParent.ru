#+ shape: cgsh:Country-noParent
#+ focus: id:place/india
#+ path: cg:locatedIn
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A country located in another country.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <place/india> cg:locatedIn <place/pakistan> . }
