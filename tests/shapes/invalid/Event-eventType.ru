#+ shape: cgsh:Event-eventType
#+ focus: id:event/radd-ul-fitna-1
#+ path: sem:eventType
#+ component: sh:InConstraintComponent
#+ severity: Violation
#+ engine: core
# An event typed with a casualty outcome concept.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cgv: <https://w3id.org/claimgraph/vocab#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>

DELETE WHERE { <event/radd-ul-fitna-1> sem:eventType ?type . } ;
INSERT DATA { <event/radd-ul-fitna-1> sem:eventType cgv:killed . }
