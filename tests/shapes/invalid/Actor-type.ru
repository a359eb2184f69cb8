#+ shape: cgsh:Actor-type
#+ focus: id:actor/bla
#+ path: rdf:type
#+ component: sh:InConstraintComponent
#+ severity: Violation
#+ engine: core
# An actor typed only cg:Actor, with no actor type.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <actor/bla> a cg:ArmedGroup . } ;
INSERT DATA { <actor/bla> a cg:Actor . }
