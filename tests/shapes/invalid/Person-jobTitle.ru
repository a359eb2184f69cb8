#+ shape: cgsh:Person-jobTitle
#+ focus: id:actor/mohsin-naqvi
#+ path: schema:jobTitle
#+ component: sh:LanguageInConstraintComponent
#+ severity: Violation
#+ engine: core
# A job title in French.
BASE <https://w3id.org/claimgraph/id/>
PREFIX schema: <https://schema.org/>

INSERT DATA { <actor/mohsin-naqvi> schema:jobTitle "ministre de l'Intérieur"@fr . }
