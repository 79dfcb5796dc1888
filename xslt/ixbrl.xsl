<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline XBRL 1.1: the statements page whose numbers are themselves the filing, written as
  XHTML 1.1 (divs, no HTML5 elements; every id unique). Each fact is tagged once: in the first
  statement cell that shows it, when the printed figure is its exact value (ix:nonFraction with
  format, scale and sign, so "(446,432)" in thousands is -446432000); otherwise in ix:hidden with
  its exact value. Contexts keep their segments and scenarios: dimension members as
  xbrldi:explicitMember and xbrldi:typedMember, other content exactly. Footnotes are ix:footnote elements under "Notes", tied to their facts by
  ix:relationship. The ix:header holds the schema references, contexts, units and relationships.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                xmlns="http://www.w3.org/1999/xhtml"
                xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
                xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
                xmlns:xbrli="http://www.xbrl.org/2003/instance"
                xmlns:link="http://www.xbrl.org/2003/linkbase"
                xmlns:xlink="http://www.w3.org/1999/xlink"
                xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                exclude-result-prefixes="xs v f map">
  <xsl:include href="page-functions.xsl"/>
  <xsl:include href="qualifier-functions.xsl"/>
  <xsl:output method="xhtml" encoding="UTF-8" indent="no" omit-xml-declaration="no"/>

  <xsl:key name="fact" match="v:fact" use="@id"/>
  <xsl:key name="tag-cell" match="v:cell[@tag = 'true']" use="@fact"/>
  <xsl:key name="notes" match="v:footnote" use="v:annotates/@fact"/>

  <!-- prefixes this page binds itself; a filing may not rebind them -->
  <xsl:variable name="reserved" as="map(xs:string, xs:string)" select="map {
      'ix': 'http://www.xbrl.org/2013/inlineXBRL', 'ixt': 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12',
      'xbrli': 'http://www.xbrl.org/2003/instance', 'link': 'http://www.xbrl.org/2003/linkbase',
      'xlink': 'http://www.w3.org/1999/xlink', 'iso4217': 'http://www.xbrl.org/2003/iso4217',
      'xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xml': 'http://www.w3.org/XML/1998/namespace'}"/>
  <xsl:variable name="standard-link-role" select="'http://www.xbrl.org/2003/role/link'"/>
  <xsl:variable name="standard-footnote-role" select="'http://www.xbrl.org/2003/role/footnote'"/>
  <xsl:variable name="fact-footnote" select="'http://www.xbrl.org/2003/arcrole/fact-footnote'"/>

  <xsl:template match="/v:view">
    <xsl:variable name="hidden" select="v:fact[empty(f:tag-cell(.))]"/>
    <html>
      <xsl:for-each select="v:namespace[@prefix != '']">
        <xsl:if test="map:contains($reserved, @prefix) and $reserved(@prefix) != @uri">
          <xsl:sequence select="error(xs:QName('f:reserved-prefix'), 'the filing binds the prefix ' || @prefix || ' to '
              || @uri || ', which inline XBRL needs for ' || $reserved(@prefix))"/>
        </xsl:if>
        <xsl:namespace name="{@prefix}" select="@uri"/>
      </xsl:for-each>
      <xsl:if test="@lang">
        <xsl:attribute name="xml:lang" select="@lang"/>
      </xsl:if>
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <title><xsl:value-of select="f:entity-name(.)"/> — inline XBRL filing</title>
        <style type="text/css"><xsl:value-of select="f:css()"/></style>
      </head>
      <body>
        <div style="display: none">
          <ix:header>
            <xsl:if test="$hidden">
              <ix:hidden>
                <xsl:apply-templates select="$hidden" mode="tag"/>
              </ix:hidden>
            </xsl:if>
            <ix:references>
              <xsl:for-each select="v:schemaRef">
                <link:schemaRef xlink:type="simple" xlink:href="{@href}"/>
              </xsl:for-each>
            </ix:references>
            <ix:resources>
              <xsl:apply-templates select="v:context, v:unit"/>
              <xsl:apply-templates select="v:footnote" mode="relationship"/>
            </ix:resources>
          </ix:header>
        </div>
        <h1><xsl:value-of select="f:entity-name(.)"/></h1>
        <xsl:apply-templates select="v:statement[v:row/v:cell]"/>
        <xsl:if test="v:footnote">
          <div class="notes">
            <h2>Notes</h2>
            <xsl:apply-templates select="v:footnote"/>
          </div>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="v:context">
    <xbrli:context id="{@id}">
      <xbrli:entity>
        <xbrli:identifier scheme="{@scheme}"><xsl:value-of select="@entity"/></xbrli:identifier>
        <xsl:for-each select="v:segment"><xbrli:segment><xsl:apply-templates select="*" mode="f:xbrl"/></xbrli:segment></xsl:for-each>
      </xbrli:entity>
      <xbrli:period>
        <xsl:choose>
          <xsl:when test="@instant"><xbrli:instant><xsl:value-of select="@instant, @instant-time" separator=""/></xbrli:instant></xsl:when>
          <xsl:when test="@start">
            <xbrli:startDate><xsl:value-of select="@start, @start-time" separator=""/></xbrli:startDate>
            <xbrli:endDate><xsl:value-of select="@end, @end-time" separator=""/></xbrli:endDate>
          </xsl:when>
          <xsl:otherwise><xbrli:forever/></xsl:otherwise>
        </xsl:choose>
      </xbrli:period>
      <xsl:for-each select="v:scenario"><xbrli:scenario><xsl:apply-templates select="*" mode="f:xbrl"/></xbrli:scenario></xsl:for-each>
    </xbrli:context>
  </xsl:template>

  <xsl:template match="v:unit">
    <xbrli:unit id="{@id}">
      <xsl:choose>
        <xsl:when test="v:denominator">
          <xbrli:divide>
            <xbrli:unitNumerator><xsl:apply-templates select="v:numerator"/></xbrli:unitNumerator>
            <xbrli:unitDenominator><xsl:apply-templates select="v:denominator"/></xbrli:unitDenominator>
          </xbrli:divide>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="v:numerator"/></xsl:otherwise>
      </xsl:choose>
    </xbrli:unit>
  </xsl:template>

  <xsl:template match="v:numerator | v:denominator">
    <xbrli:measure>
      <xsl:namespace name="{substring-before(@measure, ':')}" select="@uri"/>
      <xsl:value-of select="@measure"/>
    </xbrli:measure>
  </xsl:template>

  <!-- One relationship per footnote and arc role (and order): the facts it annotates to the footnote. -->
  <xsl:template match="v:footnote" mode="relationship">
    <xsl:variable name="note" select="."/>
    <xsl:for-each-group select="v:annotates" group-by="string-join((@arcrole, string(@order)), ' ')">
      <ix:relationship fromRefs="{distinct-values(current-group()/@fact)}" toRefs="{$note/@id}">
        <xsl:if test="@arcrole != $fact-footnote"><xsl:attribute name="arcrole" select="@arcrole"/></xsl:if>
        <xsl:if test="$note/@link-role != $standard-link-role"><xsl:attribute name="linkRole" select="$note/@link-role"/></xsl:if>
        <xsl:copy-of select="@order"/>
      </ix:relationship>
    </xsl:for-each-group>
  </xsl:template>

  <!-- A footnote's text, in its own language, numbered as the statements' markers number it. -->
  <xsl:template match="v:footnote">
    <p class="note">
      <sup><xsl:value-of select="position()"/></sup>
      <xsl:text> </xsl:text>
      <ix:footnote id="{@id}" xml:lang="{@lang}">
        <xsl:if test="@role != $standard-footnote-role"><xsl:attribute name="footnoteRole" select="@role"/></xsl:if>
        <xsl:value-of select="v:text"/>
      </ix:footnote>
    </p>
  </xsl:template>

  <!-- A fact, tagged: with its printed figure from $cell when given, else its exact value. -->
  <xsl:template match="v:fact[@unit-id]" mode="tag">
    <xsl:param name="cell" as="element(v:cell)?"/>
    <ix:nonFraction name="{@concept}" contextRef="{@context}" unitRef="{@unit-id}" id="{@id}">
      <xsl:choose>
        <xsl:when test="@nil = 'true'"><xsl:attribute name="xsi:nil">true</xsl:attribute></xsl:when>
        <xsl:otherwise>
          <xsl:copy-of select="@decimals, @precision"/>
          <xsl:if test="$cell">
            <xsl:attribute name="format">ixt:num-dot-decimal</xsl:attribute>
            <xsl:attribute name="scale" select="$cell/@scale"/>
          </xsl:if>
          <xsl:if test="starts-with(., '-')"><xsl:attribute name="sign">-</xsl:attribute></xsl:if>
          <xsl:value-of select="if ($cell) then f:figure($cell) else replace(., '^-', '')"/>
        </xsl:otherwise>
      </xsl:choose>
    </ix:nonFraction>
  </xsl:template>

  <xsl:template match="v:fact" mode="tag">
    <ix:nonNumeric name="{@concept}" contextRef="{@context}" id="{@id}">
      <xsl:choose>
        <xsl:when test="@nil = 'true'"><xsl:attribute name="xsi:nil">true</xsl:attribute></xsl:when>
        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
      </xsl:choose>
    </ix:nonNumeric>
  </xsl:template>

  <xsl:template match="v:statement">
    <xsl:variable name="columns" select="v:column"/>
    <xsl:variable name="view" select="/v:view"/>
    <div class="statement">
      <h2><xsl:value-of select="@title"/></h2>
      <p class="scale"><xsl:value-of select="f:scale-note(.)"/></p>
      <table>
        <thead>
          <tr>
            <th></th>
            <xsl:for-each select="$columns">
              <th><xsl:value-of select="@header"/><br/><xsl:value-of select="@unit"/></th>
            </xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="v:row">
            <xsl:variable name="row" select="."/>
            <!-- a row's cells by column, looked up once each: columns × cells would be quadratic -->
            <xsl:variable name="cells" select="map:merge(v:cell ! map{string(@column): .}, map{'duplicates': 'combine'})"/>
            <tr>
              <xsl:call-template name="class">
                <xsl:with-param name="names" select="(if (@abstract = 'true') then 'heading' else (), if (@total = 'true') then 'total' else ())"/>
              </xsl:call-template>
              <th class="label" style="padding-left: {0.3 + 1.2 * xs:integer(@depth)}em"><xsl:value-of select="@label"/></th>
              <xsl:for-each select="$columns">
                <xsl:variable name="cell" select="$cells(string(current()/@key))"/>
                <td class="num">
                  <xsl:apply-templates select="$cell">
                    <xsl:with-param name="fact" select="key('fact', $cell/@fact, $view)"/>
                  </xsl:apply-templates>
                </td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- a printed value; tagged when this is the place its fact is tagged; footnote markers after it -->
  <xsl:template match="v:cell">
    <xsl:param name="fact" as="element(v:fact)?"/>
    <xsl:choose>
      <xsl:when test="empty($fact) or not(f:tag-cell($fact) is .)"><xsl:value-of select="@display"/></xsl:when>
      <xsl:when test="$fact/@nil = 'true' or not($fact/@unit-id)">
        <xsl:apply-templates select="$fact" mode="tag"/>
        <xsl:if test="$fact/@nil = 'true'"><xsl:value-of select="@display"/></xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="@negative = 'true'">(</xsl:if>
        <xsl:apply-templates select="$fact" mode="tag">
          <xsl:with-param name="cell" select="."/>
        </xsl:apply-templates>
        <xsl:if test="contains(@display, '%')">%</xsl:if>
        <xsl:if test="@negative = 'true'">)</xsl:if>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="key('notes', $fact/@id)">
      <sup><a href="#{@id}"><xsl:value-of select="count(preceding-sibling::v:footnote) + 1"/></a></sup>
    </xsl:for-each>
  </xsl:template>

  <!-- class="..." only when there is a class to name -->
  <xsl:template name="class">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:if test="exists($names)"><xsl:attribute name="class" select="$names"/></xsl:if>
  </xsl:template>

  <!-- The figure of a cell as printed, without parentheses or percent sign: "1,234.5". -->
  <xsl:function name="f:figure" as="xs:string">
    <xsl:param name="cell" as="element(v:cell)"/>
    <xsl:sequence select="replace($cell/@display, '[()%]', '')"/>
  </xsl:function>

  <!--
    The cell that tags a fact, if any: the first statement cell that shows it, when what it
    prints reads back as the fact's exact value (a figure rounded for print is tagged hidden).
  -->
  <xsl:function name="f:tag-cell" as="element(v:cell)?">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:variable name="cell" select="key('tag-cell', $fact/@id, root($fact))[1]"/>
    <xsl:sequence select="$cell[$fact/@nil = 'true' or not($fact/@unit-id) or f:printed($cell) = xs:decimal($fact)]"/>
  </xsl:function>

  <!-- The value a numeric cell reads back as: its figure, scaled, with its sign (the opposite of
       the sign shown on a negated label's row: the tag sits inside the parentheses). -->
  <xsl:function name="f:printed" as="xs:decimal?">
    <xsl:param name="cell" as="element(v:cell)"/>
    <xsl:variable name="digits" select="replace(f:figure($cell), ',', '')"/>
    <xsl:variable name="scale" select="xs:integer($cell/@scale)"/>
    <xsl:variable name="power" select="xs:decimal('1' || string-join((1 to abs($scale)) ! '0'))"/>
    <xsl:if test="$digits castable as xs:decimal and not(starts-with($digits, '-'))">
      <xsl:sequence select="(if ($scale ge 0) then xs:decimal($digits) * $power else xs:decimal($digits) div $power)
          * (if ($cell/@negative = 'true') then -1 else 1) * (if ($cell/@negated = 'true') then -1 else 1)"/>
    </xsl:if>
  </xsl:function>
</xsl:stylesheet>
