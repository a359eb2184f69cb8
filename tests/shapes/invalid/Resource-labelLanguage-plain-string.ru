#+ shape: cgsh:Resource-labelLanguage
#+ focus: id:actor/bla
#+ path: rdfs:label
#+ component: [sh:DatatypeConstraintComponent, sh:LanguageInConstraintComponent]
#+ severity: Violation
#+ engine: core
# The rdf:langString / xsd:string trap: a label without a language tag is an xsd:string, so it is
# neither an rdf:langString nor English; both components of the one shape fire.
BASE <https://w3id.org/claimgraph/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

DELETE WHERE { <actor/bla> rdfs:label ?label . } ;
INSERT DATA { <actor/bla> rdfs:label "Baloch Liberation Army" . }
