#+ shape: cgsh:Subset-name
#+ focus: id:dataset/registry
#+ path: schema:name
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A subset that does not name its graph.
BASE <https://w3id.org/claimgraph/id/>
PREFIX schema: <https://schema.org/>

DELETE WHERE { <dataset/registry> schema:name ?name . }
