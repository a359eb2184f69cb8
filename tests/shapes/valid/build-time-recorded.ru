#+ description: "a build record with its end time (as when SOURCE_DATE_EPOCH is set)"
# prov:endedAtTime is optional; when present it is an xsd:dateTime.
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX prov: <http://www.w3.org/ns/prov#>

INSERT { ?build prov:endedAtTime "2026-11-21T09:00:00Z"^^xsd:dateTime . } WHERE { ?build a prov:Activity . }
