<?xml version="1.0" encoding="UTF-8"?>
<!--
  One standalone HTML page per filing: each statement as the taxonomy presents it (title,
  scale, period columns, indented labels, negatives in parentheses, totals set off), then an
  index of every fact. A text block (escaped HTML markup) shows as its plain text, already
  extracted by the view, folded in a details element under its first 200 characters. A statement's column of a part of the entity (members of axes the
  statement presents) is headed by its period and member labels; the index lists each fact's
  dimensions ("Axis: Member") when the filing has any. No external CSS, fonts or scripts; all text is escaped by the serializer.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                xmlns:f="http://finfile.org/xslt/functions"
                exclude-result-prefixes="#all">
  <xsl:include href="page-functions.xsl"/>
  <xsl:include href="qualifier-functions.xsl"/>
  <xsl:variable name="dimensional" as="xs:boolean" select="exists(/v:view/v:context/(v:segment, v:scenario))"/>
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>
  <xsl:key name="fact" match="v:fact" use="@id"/>

  <xsl:template match="/v:view">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="f:entity-name(.)"/> — XBRL filing</title>
        <style><xsl:value-of select="f:css()"/></style>
      </head>
      <body>
        <h1><xsl:value-of select="f:entity-name(.)"/></h1>
        <xsl:apply-templates select="v:statement[v:row/v:cell]" mode="html"/>
        <xsl:if test="v:footnote">
          <section id="footnotes">
            <h2>Footnotes</h2>
            <ol>
              <xsl:for-each select="v:footnote">
                <li lang="{@lang}" id="footnote-{position()}">
                  <xsl:value-of select="v:text"/>
                  <span class="annotates"> (<xsl:value-of select="string-join(v:annotates/@fact, ', ')"/>)</span>
                </li>
              </xsl:for-each>
            </ol>
          </section>
        </xsl:if>
        <section id="facts">
          <h2>All facts</h2>
          <table class="index">
            <thead><tr><th>Concept</th><th>Label</th><th>Period</th><th>Unit</th><xsl:if test="$dimensional"><th>Dimensions</th></xsl:if><th>Value</th><th>Source</th></tr></thead>
            <tbody>
              <xsl:for-each select="v:fact">
                <tr id="{@id}">
                  <td><xsl:value-of select="@concept"/></td>
                  <td><xsl:value-of select="@label"/></td>
                  <td><xsl:value-of select="f:period(.)"/></td>
                  <td><xsl:value-of select="@unit"/></td>
                  <xsl:if test="$dimensional">
                    <td><xsl:value-of select="string-join((f:members(.) ! f:member-text(.),
                        f:context(.)/(v:segment, v:scenario)/v:other/*/f:exact-xml(.)), '; ')"/></td>
                  </xsl:if>
                  <td class="{if (@numeric = 'true') then 'num' else if (@block) then 'block' else 'text'}">
                    <xsl:choose>
                      <xsl:when test="@block"><xsl:sequence select="f:block(@block)"/></xsl:when>
                      <xsl:otherwise><xsl:value-of select="if (@nil = 'true') then '(nil)' else string(.)"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td><xsl:value-of select="@source"/>
                    <xsl:variable name="id" select="@id"/>
                    <xsl:for-each select="../v:footnote[v:annotates/@fact = $id]">
                      <sup>[<xsl:value-of select="count(preceding-sibling::v:footnote) + 1"/>]</sup>
                    </xsl:for-each>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="v:statement" mode="html">
    <xsl:variable name="columns" select="v:column"/>
    <section class="statement" id="statement-{position()}" data-role="{@role}">
      <h2><xsl:value-of select="@title"/></h2>
      <p class="scale"><xsl:value-of select="f:scale-note(.)"/></p>
      <table>
        <thead>
          <tr>
            <th></th>
            <xsl:for-each select="$columns">
              <th data-column="{@key}"><xsl:value-of select="@header"/><br/><xsl:value-of select="@unit"/></th>
            </xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="v:row">
            <xsl:variable name="row" select="."/>
            <!-- a row's cells by column, looked up once each: columns × cells would be quadratic -->
            <xsl:variable name="cells" select="map:merge(v:cell ! map{string(@column): .}, map{'duplicates': 'combine'})"/>
            <tr data-concept="{@concept}" class="{string-join((if (@abstract = 'true') then 'heading' else (),
                if (@total = 'true') then 'total' else ()), ' ')}">
              <th class="label" style="padding-left: {0.3 + 1.2 * xs:integer(@depth)}em"><xsl:value-of select="@label"/></th>
              <xsl:for-each select="$columns">
                <xsl:variable name="cell" select="$cells(string(current()/@key))"/>
                <xsl:variable name="fact" select="key('fact', $cell/@fact, root($row))"/>
                <td data-column="{@key}" class="{if ($cell/@block = 'true') then 'block'
                    else if ($fact and not($fact/@numeric = 'true') and not($fact/@nil = 'true')) then 'text'
                    else if ($cell/@negative = 'true') then 'num negative' else 'num'}">
                  <xsl:choose>
                    <xsl:when test="$cell/@block = 'true'"><xsl:sequence select="f:block($cell/@display)"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$cell/@display"/></xsl:otherwise>
                  </xsl:choose>
                </td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>
</xsl:stylesheet>
