#+ shape: cgsh:InputFile-identifier
#+ path: dcterms:identifier
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# An input path given as an IRI.
PREFIX dcterms: <http://purl.org/dc/terms/>

DELETE { ?input dcterms:identifier "data/registry.yaml" . }
INSERT { ?input dcterms:identifier <file:///data/registry.yaml> . }
WHERE { ?input dcterms:identifier "data/registry.yaml" . }
