#+ shape: cgsh:PositionSelector
#+ focus: id:anchor/004_e6948105772ef9ec/1804-1815/position
#+ path: oa:prefix
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A prefix on the position selector.
BASE <https://w3id.org/claimgraph/id/>
PREFIX oa: <http://www.w3.org/ns/oa#>

INSERT DATA { <anchor/004_e6948105772ef9ec/1804-1815/position> oa:prefix "relations with " . }
