#+ shape: cgsh:VoidDataset-triples
#+ description: the dataset description states void:triples as a string (meta graph)
PREFIX void: <http://rdfs.org/ns/void#>
PREFIX id: <https://w3id.org/claimgraph/id/>
DELETE { GRAPH <https://w3id.org/claimgraph/id/graph/meta> { id:dataset void:triples ?n } }
INSERT { GRAPH <https://w3id.org/claimgraph/id/graph/meta> { id:dataset void:triples "many" } }
WHERE { GRAPH <https://w3id.org/claimgraph/id/graph/meta> { id:dataset void:triples ?n } }
