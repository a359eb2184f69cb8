#+ description: "a full xsd:date on an event and an xsd:gYear on a claim"
# Two of the four date types in one go.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

INSERT DATA { <event/balochistan-coordinated-attacks> cg:date "2025-02-01"^^xsd:date .
<claim/004_e6948105772ef9ec/asif-says-calm-restored> cg:date "2025"^^xsd:gYear . }
