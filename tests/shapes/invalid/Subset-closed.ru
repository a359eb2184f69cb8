#+ shape: cgsh:Subset
#+ focus: id:dataset/registry
#+ path: dcterms:title
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A title on a subset.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT DATA { <dataset/registry> dcterms:title "registry"@en . }
