#+ shape: cgsh:Actor-type
#+ focus: id:actor/bla
#+ path: rdf:type
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# An actor typed with two actor types.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <actor/bla> a cg:ArmedForces . }
