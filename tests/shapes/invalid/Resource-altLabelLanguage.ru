#+ shape: cgsh:Resource-altLabelLanguage
#+ focus: id:actor/bla
#+ path: skos:altLabel
#+ component: sh:LanguageInConstraintComponent
#+ severity: Violation
#+ engine: core
# An alternative label in German.
BASE <https://w3id.org/claimgraph/id/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT DATA { <actor/bla> skos:altLabel "Befreiungsarmee Belutschistan"@de . }
