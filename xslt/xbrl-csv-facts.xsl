<?xml version="1.0" encoding="UTF-8"?>
<!--
  The facts table of an xBRL-CSV report (see xbrl-csv-metadata.xsl): a row per fact. "row" is the
  row id, "id" (a comment column) the fact's id exactly; concept, entity, period, unit, decimals
  and language are the fact's dimensions and decimals, dimension1, dimension2... its context's
  dimension members (see xbrl-csv-metadata.xsl); the value is in "number" for numeric
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
    <xsl:value-of select="f:row(('row', 'id', 'concept', 'entity', 'period', 'unit', 'decimals', 'language',
        for $i in 1 to count($f:oim-dimension-names) return concat('dimension', $i), 'number', 'text'))"/>
    <xsl:apply-templates select="v:fact"/>
  </xsl:template>

  <xsl:template match="v:fact">
    <xsl:variable name="value" select="if (@nil = 'true') then '#nil' else f:csv-value(string(.))"/>
    <xsl:variable name="dimensions" select="f:oim-dimensions(.)"/>
    <xsl:value-of select="f:row(($f:row-ids(string(@id)), string(@id), f:oim-name(@concept), f:oim-entity(.),
        string(f:oim-period(.)), string(f:oim-unit(.)), string(f:oim-decimals(.)), string(f:oim-language(.)),
        for $d in $f:oim-dimension-names return f:csv-dimension(string($dimensions[?name = $d]?value)),
        if (@unit) then $value else '', if (@unit) then '' else $value))"/>
  </xsl:template>

  <!-- A dimension cell: empty when absent; a value that is empty or starts with # is escaped as a
       parameter reference would read it (## for a leading #; an empty typed value cannot be told
       from absence and is refused before this runs). -->
  <xsl:function name="f:csv-dimension" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="if (starts-with($value, '#')) then concat('#', $value) else $value"/>
  </xsl:function>
</xsl:stylesheet>

