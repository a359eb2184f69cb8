#+ shape: cgsh:InputFile
#+ path: rdfs:label
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A label on an input file record.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT { ?input rdfs:label "registry"@en . } WHERE { ?input dcterms:identifier "data/registry.yaml" . }
