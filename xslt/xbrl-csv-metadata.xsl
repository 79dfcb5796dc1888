<?xml version="1.0" encoding="UTF-8"?>
<!--
  The metadata of an xBRL-CSV report (OIM 1.0): one table of facts, a row per fact, whose
  value column takes its concept, entity, period and unit from the row's other columns.
  The context and unit_id columns keep the instance's ids, so a report reads back as it was.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                exclude-result-prefixes="#all">
  <xsl:include href="oim-functions.xsl"/>
  <xsl:output method="json" indent="yes" encoding="UTF-8"/>
  <xsl:param name="table-url" as="xs:string" select="'facts.csv'"/>

  <xsl:template match="/v:view">
    <xsl:sequence select="map {
      'documentInfo': map {
        'documentType': 'https://xbrl.org/2021/xbrl-csv',
        'namespaces': f:oim-namespaces(.),
        'taxonomy': array { v:schemaRef/string(@href) }
      },
      'tableTemplates': map {
        'facts': map {
          'rowIdColumn': 'id',
          'columns': map {
            'id': map {}, 'concept': map {}, 'entity': map {}, 'period': map {}, 'unit': map {},
            'decimals': map {}, 'context': map {}, 'unit_id': map {},
            'value': map {
              'dimensions': map { 'concept': '$concept', 'entity': '$entity', 'period': '$period', 'unit': '$unit' },
              'decimals': '$decimals'
            }
          }
        }
      },
      'tables': map { 'facts': map { 'template': 'facts', 'url': $table-url } }
    }"/>
  </xsl:template>
</xsl:stylesheet>
