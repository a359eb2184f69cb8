#+ shape: cgsh:Resource-label
#+ focus: id:actor/bla
#+ path: rdfs:label
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# An actor with two labels.
BASE <https://w3id.org/claimgraph/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT DATA { <actor/bla> rdfs:label "BLA"@en . }
