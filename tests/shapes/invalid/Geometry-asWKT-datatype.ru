#+ shape: cgsh:Geometry-asWKT
#+ focus: id:place/quetta/geometry
#+ path: geo:asWKT
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# The WKT point as a plain string (the text itself is a valid point).
BASE <https://w3id.org/claimgraph/id/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>

DELETE { <place/quetta/geometry> geo:asWKT ?wkt . }
INSERT { <place/quetta/geometry> geo:asWKT ?plain . }
WHERE { <place/quetta/geometry> geo:asWKT ?wkt . BIND (STR(?wkt) AS ?plain) }
