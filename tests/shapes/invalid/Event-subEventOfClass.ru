#+ shape: cgsh:Event-subEventOfClass
#+ focus: id:event/radd-ul-fitna-1
#+ path: sem:subEventOf
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# An event part of a place.
BASE <https://w3id.org/claimgraph/id/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>

INSERT DATA { <event/radd-ul-fitna-1> sem:subEventOf <place/balochistan> . }
