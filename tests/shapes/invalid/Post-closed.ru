#+ shape: cgsh:Post
#+ focus: id:post/president-of-pakistan
#+ path: skos:altLabel
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# An alternative label on a post (allowed on actors and places only).
BASE <https://w3id.org/claimgraph/id/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT DATA { <post/president-of-pakistan> skos:altLabel "the President"@en . }
