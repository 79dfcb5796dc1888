<?xml version="1.0" encoding="UTF-8"?>
<!--
  One statement as a spreadsheet user expects it: a row per line (label indented by its depth, at most 32 levels),
  a column per period and currency, amounts exact (not scaled),
  text blocks as their plain text (never markup), in RFC 4180 CSV.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                xmlns:f="http://finfile.org/xslt/functions"
                exclude-result-prefixes="#all">
  <xsl:include href="csv-functions.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>
  <!-- the statement to write, by number; 0 writes each in turn, each followed by $separator -->
  <xsl:param name="statement" as="xs:string" select="'1'"/>
  <xsl:param name="separator" as="xs:string" select="''"/>
  <!-- labels are indented two spaces a level, up to this many levels: a deep network stays linear -->
  <xsl:variable name="max-indent" as="xs:integer" select="32"/>
  <xsl:key name="fact" match="v:fact" use="@id"/>

  <xsl:template match="/v:view">
    <xsl:variable name="view" select="."/>
    <xsl:for-each select="v:statement[v:row/v:cell][$statement = '0' or position() = xs:integer($statement)]">
      <xsl:call-template name="statement">
        <xsl:with-param name="s" select="."/>
        <xsl:with-param name="view" select="$view"/>
      </xsl:call-template>
      <xsl:value-of select="$separator"/>
    </xsl:for-each>
  </xsl:template>

  <!-- An exact amount, its sign flipped on a negated label's row (display only). -->
  <xsl:function name="f:signed" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:param name="flip" as="xs:boolean"/>
    <xsl:sequence select="if (not($flip) or matches($value, '^-?[0.]+$')) then $value
        else if (starts-with($value, '-')) then substring($value, 2) else '-' || $value"/>
  </xsl:function>

  <xsl:template name="statement">
    <xsl:param name="s" as="element(v:statement)"/>
    <xsl:param name="view" as="element(v:view)"/>
    <xsl:variable name="columns" select="$s/v:column"/>
    <xsl:value-of select="f:row((f:text($s/@title), $columns ! f:text(string-join((@header, @unit[. != '']), ' '))))"/>
    <xsl:for-each select="$s/v:row">
      <xsl:variable name="row" select="."/>
      <xsl:variable name="cells" select="map:merge(v:cell ! map{string(@column): .}, map{'duplicates': 'combine'})"/>
      <xsl:value-of select="f:row((
          f:text(concat(string-join(for $i in 1 to min((xs:integer(@depth), $max-indent)) return '  ', ''), @label)),
          for $c in $columns return
            let $cell := $cells(string($c/@key)),
                $fact := key('fact', $cell/@fact, $view)
            return if (empty($fact)) then '' else if ($fact/@nil = 'true') then '' else
              if ($fact/@numeric = 'true') then f:signed(string($fact), $cell/@negated = 'true') else if ($fact/@block) then f:text(translate($fact/@block, '&#x2028;', '&#10;'))
              else f:text(string($fact))))"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
