<?xml version="1.0" encoding="UTF-8"?>
<!--
  One statement as a spreadsheet user expects it: a row per line (label indented by its depth, at most 32 levels),
  a column per period and currency, amounts exact (not scaled), in RFC 4180 CSV.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                exclude-result-prefixes="#all">
  <xsl:include href="csv-functions.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="statement" as="xs:string" select="'1'"/>
  <!-- labels are indented two spaces a level, up to this many levels: a deep network stays linear -->
  <xsl:variable name="max-indent" as="xs:integer" select="32"/>
  <xsl:key name="fact" match="v:fact" use="@id"/>

  <xsl:template match="/v:view">
    <xsl:variable name="view" select="."/>
    <xsl:variable name="s" select="v:statement[v:row/v:cell][xs:integer($statement)]"/>
    <xsl:variable name="columns" select="$s/v:column"/>
    <xsl:value-of select="f:row((f:text($s/@title), $columns ! f:text(string-join((@header, @unit[. != '']), ' '))))"/>
    <xsl:for-each select="$s/v:row">
      <xsl:variable name="row" select="."/>
      <xsl:value-of select="f:row((
          f:text(concat(string-join(for $i in 1 to min((xs:integer(@depth), $max-indent)) return '  ', ''), @label)),
          for $c in $columns return
            let $cell := $row/v:cell[@column = $c/@key],
                $fact := key('fact', $cell/@fact, $view)
            return if (empty($fact)) then '' else if ($fact/@nil = 'true') then '' else
              if ($fact/@numeric = 'true') then string($fact) else f:text(string($fact))))"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
