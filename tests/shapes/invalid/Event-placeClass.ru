#+ shape: cgsh:Event-placeClass
#+ focus: id:event/radd-ul-fitna-1
#+ path: sem:hasPlace
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# An actor as the place of an event.
BASE <https://w3id.org/claimgraph/id/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>

INSERT DATA { <event/radd-ul-fitna-1> sem:hasPlace <actor/pakistan> . }
