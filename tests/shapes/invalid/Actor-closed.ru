#+ shape: cgsh:Actor
#+ focus: id:actor/bla
#+ path: sem:hasPlace
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A place on an actor (sem:hasPlace is an event property).
BASE <https://w3id.org/claimgraph/id/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>

INSERT DATA { <actor/bla> sem:hasPlace <place/balochistan> . }
