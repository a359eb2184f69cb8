#+ shape: cgsh:Place
#+ focus: id:place/quetta
#+ path: sem:eventType
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# An event type on a place.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cgv: <https://w3id.org/claimgraph/vocab#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>

INSERT DATA { <place/quetta> sem:eventType cgv:attack . }
