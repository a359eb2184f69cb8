#+ shape: cgsh:Activity-associatedWith
#+ path: prov:wasAssociatedWith
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A build that records no software.
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE { ?build prov:wasAssociatedWith ?software . } WHERE { ?build a prov:Activity . ?build prov:wasAssociatedWith ?software . }
