<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline XBRL 1.1: the HTML page of html.xsl whose numbers are themselves the filing. Each fact
  is tagged once: in the first statement that shows it (ix:nonFraction with format, scale and
  sign, so the printed "(446,432)" in thousands is -446432000), otherwise in ix:hidden. The
  ix:header holds the schema reference, contexts and units.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                xmlns="http://www.w3.org/1999/xhtml"
                xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
                xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
                xmlns:xbrli="http://www.xbrl.org/2003/instance"
                xmlns:link="http://www.xbrl.org/2003/linkbase"
                xmlns:xlink="http://www.w3.org/1999/xlink"
                xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                exclude-result-prefixes="xs v f">
  <xsl:include href="page-functions.xsl"/>
  <xsl:output method="xhtml" encoding="UTF-8" indent="no" omit-xml-declaration="no"/>

  <xsl:key name="fact" match="v:fact" use="@id"/>

  <xsl:template match="/v:view">
    <xsl:variable name="view" select="."/>
    <html>
      <xsl:for-each select="v:namespace">
        <xsl:namespace name="{@prefix}" select="@uri"/>
      </xsl:for-each>
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <title><xsl:value-of select="f:entity-name(.)"/> — inline XBRL filing</title>
        <style><xsl:value-of select="f:css()"/></style>
      </head>
      <body>
        <div style="display: none">
          <ix:header>
            <ix:hidden>
              <xsl:apply-templates select="v:fact[@tagged = 'false']" mode="hidden"/>
            </ix:hidden>
            <ix:references>
              <xsl:for-each select="v:schemaRef">
                <link:schemaRef xlink:type="simple" xlink:href="{@href}"/>
              </xsl:for-each>
            </ix:references>
            <ix:resources>
              <xsl:apply-templates select="v:context, v:unit"/>
            </ix:resources>
          </ix:header>
        </div>
        <h1><xsl:value-of select="f:entity-name(.)"/></h1>
        <xsl:apply-templates select="v:statement[v:row/v:cell]"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="v:context">
    <xbrli:context id="{@id}">
      <xbrli:entity><xbrli:identifier scheme="{@scheme}"><xsl:value-of select="@entity"/></xbrli:identifier></xbrli:entity>
      <xbrli:period>
        <xsl:choose>
          <xsl:when test="@instant"><xbrli:instant><xsl:value-of select="@instant"/></xbrli:instant></xsl:when>
          <xsl:when test="@start">
            <xbrli:startDate><xsl:value-of select="@start"/></xbrli:startDate>
            <xbrli:endDate><xsl:value-of select="@end"/></xbrli:endDate>
          </xsl:when>
          <xsl:otherwise><xbrli:forever/></xsl:otherwise>
        </xsl:choose>
      </xbrli:period>
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

  <!-- a fact no statement shows, tagged with its exact value -->
  <xsl:template match="v:fact" mode="hidden">
    <xsl:choose>
      <xsl:when test="@unit-id">
        <ix:nonFraction name="{@concept}" contextRef="{@context}" unitRef="{@unit-id}" id="{@id}">
          <xsl:copy-of select="@decimals, @precision"/>
          <xsl:choose>
            <xsl:when test="@nil = 'true'"><xsl:attribute name="xsi:nil">true</xsl:attribute></xsl:when>
            <xsl:otherwise>
              <xsl:if test="starts-with(., '-')"><xsl:attribute name="sign">-</xsl:attribute></xsl:if>
              <xsl:value-of select="replace(., '^-', '')"/>
            </xsl:otherwise>
          </xsl:choose>
        </ix:nonFraction>
      </xsl:when>
      <xsl:otherwise>
        <ix:nonNumeric name="{@concept}" contextRef="{@context}" id="{@id}">
          <xsl:if test="@nil = 'true'"><xsl:attribute name="xsi:nil">true</xsl:attribute></xsl:if>
          <xsl:value-of select="."/>
        </ix:nonNumeric>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="v:statement">
    <xsl:variable name="columns" select="v:column"/>
    <xsl:variable name="view" select="/v:view"/>
    <section class="statement">
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
            <tr class="{string-join((if (@abstract = 'true') then 'heading' else (), if (@total = 'true') then 'total' else ()), ' ')}">
              <th class="label" style="padding-left: {0.3 + 1.2 * xs:integer(@depth)}em"><xsl:value-of select="@label"/></th>
              <xsl:for-each select="$columns">
                <xsl:variable name="cell" select="$row/v:cell[@column = current()/@key]"/>
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
    </section>
  </xsl:template>

  <!-- a printed value; tagged when this is the first place its fact is shown -->
  <xsl:template match="v:cell">
    <xsl:param name="fact" as="element(v:fact)?"/>
    <xsl:variable name="digits" select="replace(@display, '^\(|\)$|%$', '')"/>
    <xsl:choose>
      <xsl:when test="@tag != 'true' or empty($fact)"><xsl:value-of select="@display"/></xsl:when>
      <xsl:when test="$fact/@nil = 'true'">
        <ix:nonFraction name="{$fact/@concept}" contextRef="{$fact/@context}" unitRef="{$fact/@unit-id}"
                        id="{$fact/@id}" xsi:nil="true"/>
        <xsl:value-of select="@display"/>
      </xsl:when>
      <xsl:when test="$fact/@numeric = 'true'">
        <xsl:if test="@negative = 'true'">(</xsl:if>
        <ix:nonFraction name="{$fact/@concept}" contextRef="{$fact/@context}" unitRef="{$fact/@unit-id}"
                        id="{$fact/@id}" format="ixt:num-dot-decimal" scale="{@scale}">
          <xsl:copy-of select="$fact/@decimals, $fact/@precision"/>
          <xsl:if test="@negative = 'true'"><xsl:attribute name="sign">-</xsl:attribute></xsl:if>
          <xsl:value-of select="$digits"/>
        </ix:nonFraction>
        <xsl:if test="ends-with(@display, '%')">%</xsl:if>
        <xsl:if test="@negative = 'true'">)</xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <ix:nonNumeric name="{$fact/@concept}" contextRef="{$fact/@context}" id="{$fact/@id}">
          <xsl:value-of select="$fact"/>
        </ix:nonNumeric>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
