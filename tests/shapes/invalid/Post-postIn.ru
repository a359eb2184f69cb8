#+ shape: cgsh:Post-postIn
#+ focus: id:post/president-of-pakistan
#+ path: org:postIn
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A post in no organisation.
BASE <https://w3id.org/claimgraph/id/>
PREFIX org: <http://www.w3.org/ns/org#>

DELETE WHERE { <post/president-of-pakistan> org:postIn ?organisation . }
