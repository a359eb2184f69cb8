#+ shape: cgsh:Person-domain
#+ focus: id:actor/india
#+ path: none
#+ component: sh:OrConstraintComponent
#+ severity: Violation
#+ engine: core
# A state holding a post: among actors only persons hold posts.
BASE <https://w3id.org/claimgraph/id/>
PREFIX org: <http://www.w3.org/ns/org#>

INSERT DATA { <actor/india> org:holds <post/president-of-pakistan> . }
