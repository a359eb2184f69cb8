# must fire: cg:Accusation loses its label
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
DELETE { GRAPH <https://w3id.org/claimgraph/id/graph/ontology> { <https://w3id.org/claimgraph/ontology#Accusation> rdfs:label ?l } }
WHERE { GRAPH <https://w3id.org/claimgraph/id/graph/ontology> { <https://w3id.org/claimgraph/ontology#Accusation> rdfs:label ?l } }
