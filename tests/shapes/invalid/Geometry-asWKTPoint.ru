#+ shape: cgsh:Geometry-asWKTPoint
#+ focus: id:place/quetta/geometry
#+ path: geo:asWKT
#+ component: sh:PatternConstraintComponent
#+ severity: Violation
#+ engine: core
# Latitude out of range (and longitude and latitude swapped would look like this too).
BASE <https://w3id.org/claimgraph/id/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>

DELETE WHERE { <place/quetta/geometry> geo:asWKT ?wkt . } ;
INSERT DATA { <place/quetta/geometry> geo:asWKT "POINT(67.00971 190.19900)"^^geo:wktLiteral . }
