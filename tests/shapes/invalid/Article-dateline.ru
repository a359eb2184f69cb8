#+ shape: cgsh:Article-dateline
#+ focus: id:article/000_4787be1ce9b325a9
#+ path: cg:dateline
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# An actor given as the dateline place.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <article/000_4787be1ce9b325a9> cg:dateline <place/islamabad> . } ;
INSERT DATA { <article/000_4787be1ce9b325a9> cg:dateline <actor/government-of-pakistan> . }
