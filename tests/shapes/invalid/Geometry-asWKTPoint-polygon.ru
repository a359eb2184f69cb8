#+ shape: cgsh:Geometry-asWKTPoint
#+ focus: id:place/quetta/geometry
#+ path: geo:asWKT
#+ component: sh:PatternConstraintComponent
#+ severity: Violation
#+ engine: core
# Not a point.
BASE <https://w3id.org/claimgraph/id/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>

DELETE WHERE { <place/quetta/geometry> geo:asWKT ?wkt . } ;
INSERT DATA { <place/quetta/geometry> geo:asWKT "POLYGON((67 30, 67.1 30, 67.1 30.1, 67 30))"^^geo:wktLiteral . }
