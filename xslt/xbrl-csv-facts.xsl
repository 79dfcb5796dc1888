<?xml version="1.0" encoding="UTF-8"?>
<!-- The facts table of an xBRL-CSV report: a row per fact; #nil for a nil value, #none for no unit. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                exclude-result-prefixes="#all">
  <xsl:include href="oim-functions.xsl"/>
  <xsl:include href="csv-functions.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/v:view">
    <xsl:variable name="view" select="."/>
    <xsl:value-of select="f:row(('id', 'concept', 'entity', 'period', 'unit', 'decimals', 'value', 'context', 'unit_id'))"/>
    <xsl:for-each select="v:fact">
      <xsl:value-of select="f:row((string(@id), string(@concept), f:oim-entity($view, .), string(f:oim-period(.)),
          if (@unit) then string(@unit) else '#none', string(@decimals),
          if (@nil = 'true') then '#nil' else string(.), string(@context), string(@unit-id)))"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
