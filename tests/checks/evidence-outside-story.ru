# must fire: a claim of article 002 is anchored in the comment-widget boilerplate
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
INSERT { GRAPH ?g { <https://w3id.org/claimgraph/id/claim/002_2c0ba4daa3fd75fe/bugti-accuses-india> cg:evidence ?span } }
WHERE { GRAPH ?g { ?article cg:boilerplateSpan ?span } }
