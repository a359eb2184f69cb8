#+ shape: cgsh:Resource-labelLanguage
#+ focus: id:actor/bla
#+ path: rdfs:label
#+ component: sh:LanguageInConstraintComponent
#+ severity: Violation
#+ engine: core
# An actor's label in French.
BASE <https://w3id.org/claimgraph/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

DELETE WHERE { <actor/bla> rdfs:label ?label . } ;
INSERT DATA { <actor/bla> rdfs:label "Armée de libération du Baloutchistan"@fr . }
