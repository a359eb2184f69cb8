#+ shape: cgsh:Activity-endedAtTime
#+ path: prov:endedAtTime
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# A build time given as a date only.
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX prov: <http://www.w3.org/ns/prov#>

INSERT { ?build prov:endedAtTime "2026-11-21"^^xsd:date . } WHERE { ?build a prov:Activity . }
