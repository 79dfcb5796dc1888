<?xml version="1.0" encoding="UTF-8"?>
<!--
  The facts table of an xBRL-CSV report (see xbrl-csv-metadata.xsl): a row per fact. "row" is the
  row id, "id" (a comment column) the fact's id exactly; concept, entity, period, unit, decimals
  and language are the fact's dimensions and decimals; the value is in "number" for numeric
  facts and in "text" for the others. Empty cells say nothing (no unit for xbrli:pure, no
  period for forever, no decimals for INF); #nil is a nil value, #empty the empty string.
-->
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
    <xsl:value-of select="f:row(('row', 'id', 'concept', 'entity', 'period', 'unit', 'decimals', 'language', 'number', 'text'))"/>
    <xsl:apply-templates select="v:fact"/>
  </xsl:template>

  <xsl:template match="v:fact">
    <xsl:variable name="value" select="if (@nil = 'true') then '#nil' else f:csv-value(string(.))"/>
    <xsl:value-of select="f:row(($f:row-ids(string(@id)), string(@id), f:oim-name(@concept), f:oim-entity(.),
        string(f:oim-period(.)), string(f:oim-unit(.)), string(f:oim-decimals(.)), string(f:oim-language(.)),
        if (@unit) then $value else '', if (@unit) then '' else $value))"/>
  </xsl:template>
</xsl:stylesheet>
