# must fire: the only report of Radd-ul-Fitna-1 is removed
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
DELETE WHERE { GRAPH ?g { <https://w3id.org/claimgraph/id/event/radd-ul-fitna-1> cg:reportedIn ?article } }
