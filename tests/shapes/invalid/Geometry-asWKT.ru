#+ shape: cgsh:Geometry-asWKT
#+ focus: id:place/quetta/geometry
#+ path: geo:asWKT
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A geometry without WKT.
BASE <https://w3id.org/claimgraph/id/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>

DELETE WHERE { <place/quetta/geometry> geo:asWKT ?wkt . }
