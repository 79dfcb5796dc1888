<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared by the HTML and inline XBRL pages: names, periods, scale notes, the page's CSS. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                exclude-result-prefixes="#all">

  <!-- The entity: its reported name when the filing has one, else its identifier. -->
  <xsl:function name="f:entity-name" as="xs:string">
    <xsl:param name="view" as="element(v:view)"/>
    <xsl:variable name="named" select="$view/v:fact[ends-with(@concept, ':EntityRegistrantName')][1]"/>
    <xsl:sequence select="if ($named) then string($named) else string(($view/v:context/@entity)[1])"/>
  </xsl:function>

  <xsl:function name="f:period" as="xs:string">
    <xsl:param name="item" as="element()"/>
    <xsl:sequence select="if ($item/@instant) then concat($item/@instant, $item/@instant-time)
        else if ($item/@start) then concat($item/@start, $item/@start-time, ' to ', $item/@end, $item/@end-time) else 'forever'"/>
  </xsl:function>

  <xsl:function name="f:scale-note" as="xs:string">
    <xsl:param name="statement" as="element(v:statement)"/>
    <xsl:variable name="scale" select="xs:integer($statement/@scale)"/>
    <xsl:sequence select="if ($scale = 3) then 'Amounts in thousands, except per-share amounts and counts'
        else if ($scale = 6) then 'Amounts in millions, except per-share amounts and counts'
        else if ($scale = 9) then 'Amounts in billions, except per-share amounts and counts'
        else 'Amounts as reported'"/>
  </xsl:function>

  <!-- A text block's plain text, contained: short text as it is, longer text folded under its first 200 characters. -->
  <xsl:function name="f:block" as="element()">
    <xsl:param name="lines" as="xs:string"/>
    <!-- the view writes a text block's line breaks as U+2028 (an attribute's line feed would be read as a space) -->
    <xsl:variable name="text" select="translate($lines, '&#x2028;', '&#10;')"/>
    <xsl:variable name="flat" select="normalize-space($text)"/>
    <xsl:choose>
      <xsl:when test="string-length($flat) le 200"><div class="block-text"><xsl:value-of select="$text"/></div></xsl:when>
      <xsl:otherwise>
        <details>
          <summary><xsl:value-of select="substring($flat, 1, 200) || '&#x2026;'"/></summary>
          <div class="block-text"><xsl:value-of select="$text"/></div>
        </details>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="f:css" as="xs:string">
    <xsl:sequence select="string-join((
        'body { font-family: sans-serif; margin: 2em; color: #111; }',
        'h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }',
        'table { border-collapse: collapse; }',
        'th, td { padding: 0.15em 0.6em; vertical-align: bottom; }',
        'thead th { text-align: right; border-bottom: 1px solid #444; font-weight: normal; }',
        'th.label { text-align: left; font-weight: normal; }',
        'tr.heading th.label { font-style: italic; }',
        'tr.total td, tr.total th.label { border-top: 1px solid #444; font-weight: bold; }',
        'td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }',
        'p.scale { font-size: 0.85em; color: #555; }',
        'p.note { white-space: pre-line; font-size: 0.9em; }',
        'table.index td { font-size: 0.8em; border-bottom: 1px solid #ddd; }',
        'td.text, td.block { max-width: 40em; overflow-wrap: anywhere; vertical-align: top; }',
        'td.block summary { cursor: pointer; }',
        'div.block-text { white-space: pre-line; max-height: 30em; overflow: auto; }'), '&#10;')"/>
  </xsl:function>
</xsl:stylesheet>
