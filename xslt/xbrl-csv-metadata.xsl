<?xml version="1.0" encoding="UTF-8"?>
<!--
  The metadata of an xBRL-CSV 1.0 report (OIM 1.0). The facts table has a row per fact: two fact
  columns, "number" (numeric facts: concept, entity, period, unit and decimals from the row) and
  "text" (the others: concept, entity, period and language from the row), so that every other
  column is a row id, a comment (the fact's own id) or a parameter those two reference; a
  filing with dimensions has a column per dimension (dimension1, dimension2... in order of first
  use), empty where a fact's context has no member for it. The
  notes table, when there are footnotes, has a row per footnote as an xbrl:note fact; the
  report's links tie facts to their notes ("footnote" link type, "_" default link group).
  Fact ids in xBRL-CSV are TABLE.r_ROW.COLUMN.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                xmlns:j="http://www.w3.org/2005/xpath-functions"
                exclude-result-prefixes="#all">
  <xsl:include href="oim-functions.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="facts-url" as="xs:string" select="'facts.csv'"/>
  <xsl:param name="notes-url" as="xs:string" select="'notes.csv'"/>

  <xsl:template match="/v:view">
    <xsl:variable name="report" as="element(j:map)">
      <j:map>
        <xsl:sequence select="f:document-info(., 'https://xbrl.org/2021/xbrl-csv')"/>
        <j:map key="tableTemplates">
          <j:map key="facts">
            <j:string key="rowIdColumn">row</j:string>
            <j:map key="columns">
              <j:map key="row"/>
              <j:map key="id"><j:boolean key="comment">true</j:boolean></j:map>
              <j:map key="concept"/>
              <j:map key="entity"/>
              <j:map key="period"/>
              <j:map key="unit"/>
              <j:map key="decimals"/>
              <j:map key="language"/>
              <xsl:for-each select="$f:oim-dimension-names"><j:map key="dimension{position()}"/></xsl:for-each>
              <j:map key="number">
                <j:map key="dimensions">
                  <j:string key="concept">$concept</j:string>
                  <j:string key="entity">$entity</j:string>
                  <j:string key="period">$period</j:string>
                  <j:string key="unit">$unit</j:string>
                  <xsl:sequence select="f:dimension-references()"/>
                </j:map>
                <j:string key="decimals">$decimals</j:string>
              </j:map>
              <j:map key="text">
                <j:map key="dimensions">
                  <j:string key="concept">$concept</j:string>
                  <j:string key="entity">$entity</j:string>
                  <j:string key="period">$period</j:string>
                  <j:string key="language">$language</j:string>
                  <xsl:sequence select="f:dimension-references()"/>
                </j:map>
              </j:map>
            </j:map>
          </j:map>
          <xsl:if test="v:footnote">
            <j:map key="notes">
              <j:string key="rowIdColumn">row</j:string>
              <j:map key="columns">
                <j:map key="row"/>
                <j:map key="language"/>
                <j:map key="note">
                  <j:map key="dimensions">
                    <j:string key="concept">xbrl:note</j:string>
                    <j:string key="language">$language</j:string>
                  </j:map>
                </j:map>
              </j:map>
            </j:map>
          </xsl:if>
        </j:map>
        <j:map key="tables">
          <j:map key="facts">
            <j:string key="template">facts</j:string>
            <j:string key="url"><xsl:value-of select="$facts-url"/></j:string>
          </j:map>
          <xsl:if test="v:footnote">
            <j:map key="notes">
              <j:string key="template">notes</j:string>
              <j:string key="url"><xsl:value-of select="$notes-url"/></j:string>
            </j:map>
          </xsl:if>
        </j:map>
        <xsl:if test="v:footnote">
          <j:map key="links">
            <j:map key="footnote">
              <j:map key="_">
                <xsl:for-each select="v:fact[f:notes-of(.)]">
                  <j:array key="facts.r_{$f:row-ids(string(@id))}.{f:value-column(.)}">
                    <xsl:for-each select="f:notes-of(.)">
                      <j:string>notes.r_<xsl:value-of select="$f:note-row-ids(f:note-id(.))"/>.note</j:string>
                    </xsl:for-each>
                  </j:array>
                </xsl:for-each>
              </j:map>
            </j:map>
          </j:map>
        </xsl:if>
      </j:map>
    </xsl:variable>
    <xsl:value-of select="xml-to-json($report)"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- Each taxonomy-defined dimension, from its column (dimension1, dimension2...: a dimension's
       name is a QName, which no column name may be); an empty cell leaves it unsaid. -->
  <xsl:function name="f:dimension-references" as="element(j:string)*">
    <xsl:for-each select="$f:oim-dimension-names">
      <j:string key="{.}">$dimension<xsl:value-of select="position()"/></j:string>
    </xsl:for-each>
  </xsl:function>
</xsl:stylesheet>
