#+ shape: cgsh:Event-reportedIn
#+ focus: id:event/taliban-takeover-of-afghanistan
#+ path: cg:reportedIn
#+ component: sh:MinCountConstraintComponent
#+ severity: Warning
#+ engine: core
# No article reports the event any more (its evidence stays): advice, not a violation.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE WHERE { <event/taliban-takeover-of-afghanistan> cg:reportedIn ?article . }
