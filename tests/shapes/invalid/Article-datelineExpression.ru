#+ shape: cgsh:Article-datelineExpression
#+ focus: id:article/000_4787be1ce9b325a9
#+ path: cg:datelineExpression
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# The dateline as written becomes a language-tagged literal.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE { <article/000_4787be1ce9b325a9> cg:datelineExpression ?d . }
INSERT { <article/000_4787be1ce9b325a9> cg:datelineExpression ?tagged . }
WHERE { <article/000_4787be1ce9b325a9> cg:datelineExpression ?d . BIND (STRLANG(?d, "en") AS ?tagged) }
