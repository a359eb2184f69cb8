#+ shape: cgsh:Event-editorialNoteLanguage
#+ focus: id:event/radd-ul-fitna-1
#+ path: skos:editorialNote
#+ component: sh:LanguageInConstraintComponent
#+ severity: Violation
#+ engine: core
# An editorial note in French.
BASE <https://w3id.org/claimgraph/id/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT DATA { <event/radd-ul-fitna-1> skos:editorialNote "Opération distincte."@fr . }
