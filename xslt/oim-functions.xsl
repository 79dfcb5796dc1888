<?xml version="1.0" encoding="UTF-8"?>
<!-- The Open Information Model's spellings (OIM 1.0): periods as dateTime intervals, entities as
     prefixed identifiers, the namespaces a report declares. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                exclude-result-prefixes="#all">

  <!-- A day's end is the next day's start: 2003-03-31 as an instant is 2003-04-01T00:00:00. -->
  <xsl:function name="f:oim-period" as="xs:string?">
    <xsl:param name="fact" as="element()"/>
    <xsl:sequence select="
        if ($fact/@instant) then f:day-end($fact/@instant)
        else if ($fact/@start) then concat($fact/@start, 'T00:00:00/', f:day-end($fact/@end))
        else ()"/>
  </xsl:function>

  <xsl:function name="f:day-end" as="xs:string">
    <xsl:param name="date" as="xs:string"/>
    <xsl:sequence select="concat(string(xs:date($date) + xs:dayTimeDuration('P1D')), 'T00:00:00')"/>
  </xsl:function>

  <!-- Entity schemes get prefixes scheme1, scheme2... in order of first use; computed once. -->
  <xsl:variable name="f:scheme-list" as="xs:string*" select="distinct-values(/v:view/v:context/@scheme)"/>
  <xsl:variable name="f:schemes" as="map(xs:string, xs:string)" select="map:merge(
      for $i in 1 to count($f:scheme-list) return map:entry($f:scheme-list[$i], concat('scheme', $i)))"/>

  <xsl:function name="f:scheme-prefix" as="xs:string">
    <xsl:param name="view" as="element(v:view)"/>
    <xsl:param name="scheme" as="xs:string"/>
    <xsl:sequence select="$f:schemes($scheme)"/>
  </xsl:function>

  <xsl:function name="f:oim-entity" as="xs:string">
    <xsl:param name="view" as="element(v:view)"/>
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:sequence select="concat(f:scheme-prefix($view, $fact/@scheme), ':', $fact/@entity)"/>
  </xsl:function>

  <xsl:function name="f:oim-namespaces" as="map(*)">
    <xsl:param name="view" as="element(v:view)"/>
    <xsl:sequence select="map:merge((
        map { 'xbrli': 'http://www.xbrl.org/2003/instance', 'iso4217': 'http://www.xbrl.org/2003/iso4217' },
        for $n in $view/v:namespace return map { string($n/@prefix): string($n/@uri) },
        for $s in distinct-values($view/v:context/@scheme) return map { f:scheme-prefix($view, $s): $s }),
        map { 'duplicates': 'use-first' })"/>
  </xsl:function>
</xsl:stylesheet>
