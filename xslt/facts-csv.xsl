<?xml version="1.0" encoding="UTF-8"?>
<!--
  One row per fact, RFC 4180: concept, label, entity, period, unit, decimals, exact value,
  source cell; when the filing has dimensions, then a column per dimension (named as the view
  names it, prefix:local, in order of first use) holding the member's name or the typed
  member's value, empty when the fact's context has none, and when a context has other segment
  or scenario content, a last column other_qualifiers holding it as XML. Text that a spreadsheet would take for a formula (starting with = + - @, a tab
  or a carriage return) gets a leading apostrophe; numbers are written as they are.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                exclude-result-prefixes="#all">
  <xsl:include href="csv-functions.xsl"/>
  <xsl:include href="qualifier-functions.xsl"/>

  <!-- the dimensions facts have, as the view names them, in order of first use; a column each -->
  <xsl:variable name="dimensions" as="xs:string*"
                select="distinct-values(/v:view/v:context/(v:segment, v:scenario)/(v:explicit | v:typed)/string(@dimension))"/>
  <xsl:variable name="other" as="xs:boolean" select="exists(/v:view/v:context/(v:segment, v:scenario)/v:other)"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/v:view">
    <xsl:value-of select="f:row(('id', 'concept', 'label', 'entity_scheme', 'entity', 'period_start', 'period_end',
        'instant', 'unit', 'decimals', 'precision', 'value', 'nil', 'source', 'printed', $dimensions,
        if ($other) then 'other_qualifiers' else ()))"/>
    <xsl:apply-templates select="v:fact"/>
  </xsl:template>

  <xsl:template match="v:fact">
    <xsl:value-of select="f:row((
        f:text(@id), f:text(@concept), f:text(@label), f:text(@scheme), f:text(@entity),
        concat(@start, @start-time), concat(@end, @end-time), concat(@instant, @instant-time), f:text(@unit),
        string(@decimals), string(@precision),
        if (@numeric = 'true') then string(.) else f:text(string(.)),
        if (@nil = 'true') then 'true' else '',
        f:text(@source), f:text(@printed),
        for $d in $dimensions return f:text(f:member-value(f:members(.)[@dimension = $d])),
        if ($other) then f:text(string-join(f:context(.)/(v:segment, v:scenario)/v:other/*/f:exact-xml(.), ' ')) else ()))"/>
  </xsl:template>

  <!-- A member's cell: the member's name (explicit) or the typed value; empty when absent. -->
  <xsl:function name="f:member-value" as="xs:string">
    <xsl:param name="member" as="element()?"/>
    <xsl:sequence select="if ($member/self::v:explicit) then string($member/@member) else string($member)"/>
  </xsl:function>

</xsl:stylesheet>
