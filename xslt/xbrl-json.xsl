<?xml version="1.0" encoding="UTF-8"?>
<!-- xBRL-JSON (OIM 1.0): every fact with its concept, entity, period and unit dimensions. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                exclude-result-prefixes="#all">
  <xsl:include href="oim-functions.xsl"/>
  <xsl:output method="json" indent="yes" encoding="UTF-8"/>

  <xsl:template match="/v:view">
    <xsl:variable name="view" select="."/>
    <xsl:sequence select="map {
      'documentInfo': map {
        'documentType': 'https://xbrl.org/2021/xbrl-json',
        'namespaces': f:oim-namespaces(.),
        'taxonomy': array { v:schemaRef/string(@href) }
      },
      'facts': map:merge(for $fact in v:fact return map { string($fact/@id): f:fact($view, $fact) })
    }"/>
  </xsl:template>

  <xsl:function name="f:fact" as="map(*)">
    <xsl:param name="view" as="element(v:view)"/>
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:sequence select="map:merge((
        map { 'value': if ($fact/@nil = 'true') then () else string($fact) },
        if ($fact/@decimals and $fact/@decimals != 'INF') then map { 'decimals': xs:integer($fact/@decimals) } else (),
        map { 'dimensions': map:merge((
            map { 'concept': string($fact/@concept), 'entity': f:oim-entity($view, $fact) },
            for $p in f:oim-period($fact) return map { 'period': $p },
            if ($fact/@unit) then map { 'unit': string($fact/@unit) } else ())) }))"/>
  </xsl:function>
</xsl:stylesheet>
