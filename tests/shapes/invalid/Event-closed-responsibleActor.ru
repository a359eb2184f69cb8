#+ shape: cgsh:Event
#+ focus: id:event/balochistan-coordinated-attacks
#+ path: cg:responsibleActor
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A contested role as a bare event property: who is responsible belongs in a ResponsibilityClaim or
# ResponsibilityAttribution, never on the event.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <event/balochistan-coordinated-attacks> cg:responsibleActor <actor/bla> . }
