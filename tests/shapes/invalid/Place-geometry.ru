#+ shape: cgsh:Place-geometry
#+ focus: id:place/quetta
#+ path: geo:hasGeometry
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A place with two geometries.
BASE <https://w3id.org/claimgraph/id/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>

INSERT DATA { <place/quetta> geo:hasGeometry <place/gwadar/geometry> . }
