#+ shape: cgsh:SoftwareAgent-version
#+ path: schema:softwareVersion
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Software without a version.
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>

DELETE { ?software schema:softwareVersion ?version . } WHERE { ?software a prov:SoftwareAgent . ?software schema:softwareVersion ?version . }
