# must fire: cg:Denial loses its definition
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
DELETE { GRAPH <https://w3id.org/claimgraph/id/graph/ontology> { <https://w3id.org/claimgraph/ontology#Denial> rdfs:comment ?c } }
WHERE { GRAPH <https://w3id.org/claimgraph/id/graph/ontology> { <https://w3id.org/claimgraph/ontology#Denial> rdfs:comment ?c } }
