<?xml version="1.0" encoding="UTF-8"?>
<!--
  One row per fact, RFC 4180: concept, label, entity, period, unit, decimals, exact value,
  source cell. Text that a spreadsheet would take for a formula (starting with = + - @, a tab
  or a carriage return) gets a leading apostrophe; numbers are written as they are.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                exclude-result-prefixes="#all">
  <xsl:include href="csv-functions.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/v:view">
    <xsl:value-of select="f:row(('id', 'concept', 'label', 'entity_scheme', 'entity', 'period_start', 'period_end',
        'instant', 'unit', 'decimals', 'precision', 'value', 'nil', 'source', 'printed'))"/>
    <xsl:apply-templates select="v:fact"/>
  </xsl:template>

  <xsl:template match="v:fact">
    <xsl:value-of select="f:row((
        f:text(@id), f:text(@concept), f:text(@label), f:text(@scheme), f:text(@entity),
        string(@start), string(@end), string(@instant), f:text(@unit),
        string(@decimals), string(@precision),
        if (@numeric = 'true') then string(.) else f:text(string(.)),
        if (@nil = 'true') then 'true' else '',
        f:text(@source), f:text(@printed)))"/>
  </xsl:template>
</xsl:stylesheet>
