#+ shape: cgsh:Activity-used
#+ path: prov:used
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A build that records no inputs.
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE { ?build prov:used ?input . } WHERE { ?build a prov:Activity . ?build prov:used ?input . }
