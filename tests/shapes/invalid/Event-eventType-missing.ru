#+ shape: cgsh:Event-eventType
#+ focus: id:event/radd-ul-fitna-1
#+ path: sem:eventType
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# An event without a type.
BASE <https://w3id.org/claimgraph/id/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>

DELETE WHERE { <event/radd-ul-fitna-1> sem:eventType ?type . }
