#+ shape: cgsh:Person-holdsClass
#+ focus: id:actor/mohsin-naqvi
#+ path: org:holds
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A person holding a ministry instead of a post.
BASE <https://w3id.org/claimgraph/id/>
PREFIX org: <http://www.w3.org/ns/org#>

INSERT DATA { <actor/mohsin-naqvi> org:holds <actor/ministry-of-interior> . }
