#+ shape: cgsh:Activity-associatedWith
#+ path: prov:wasAssociatedWith
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A build associated with an actor instead of the software agent.
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE { ?build prov:wasAssociatedWith ?software . }
INSERT { ?build prov:wasAssociatedWith <actor/ispr> . }
WHERE { ?build a prov:Activity . ?build prov:wasAssociatedWith ?software . }
