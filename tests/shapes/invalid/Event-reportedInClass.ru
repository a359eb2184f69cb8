#+ shape: cgsh:Event-reportedInClass
#+ focus: id:event/radd-ul-fitna-1
#+ path: cg:reportedIn
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# An event reported in an actor.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <event/radd-ul-fitna-1> cg:reportedIn <actor/bla> . }
