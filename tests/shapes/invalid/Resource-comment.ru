#+ shape: cgsh:Resource-comment
#+ focus: id:actor/bla
#+ path: rdfs:comment
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A second comment.
BASE <https://w3id.org/claimgraph/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT DATA { <actor/bla> rdfs:comment "Another comment."@en . }
