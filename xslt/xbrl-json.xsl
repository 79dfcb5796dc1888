<?xml version="1.0" encoding="UTF-8"?>
<!--
  xBRL-JSON 1.0 (OIM 1.0): every fact under its id (the view's: its own, or one generated for a
  fact that had none), with its concept, entity, period, unit and language dimensions and its
  context's dimension members (explicit: the member's name; typed: its value); each
  footnote as an xbrl:note fact that the facts it annotates link to ("footnote" link type,
  "_" default link group). Facts come in document order, notes after them.
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

  <xsl:template match="/v:view">
    <xsl:variable name="report" as="element(j:map)">
      <j:map>
        <xsl:sequence select="f:document-info(., 'https://xbrl.org/2021/xbrl-json')"/>
        <j:map key="facts">
          <xsl:apply-templates select="v:fact, v:footnote"/>
        </j:map>
      </j:map>
    </xsl:variable>
    <xsl:value-of select="xml-to-json($report)"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="v:fact">
    <xsl:variable name="decimals" select="f:oim-decimals(.)"/>
    <xsl:variable name="period" select="f:oim-period(.)"/>
    <xsl:variable name="unit" select="f:oim-unit(.)"/>
    <xsl:variable name="language" select="f:oim-language(.)"/>
    <xsl:variable name="notes" select="f:notes-of(.)"/>
    <j:map key="{@id}">
      <xsl:choose>
        <xsl:when test="@nil = 'true'"><j:null key="value"/></xsl:when>
        <xsl:otherwise><j:string key="value"><xsl:value-of select="."/></j:string></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="exists($decimals)"><j:number key="decimals"><xsl:value-of select="$decimals"/></j:number></xsl:if>
      <j:map key="dimensions">
        <j:string key="concept"><xsl:value-of select="f:oim-name(@concept)"/></j:string>
        <j:string key="entity"><xsl:value-of select="f:oim-entity(.)"/></j:string>
        <xsl:if test="exists($period)"><j:string key="period"><xsl:value-of select="$period"/></j:string></xsl:if>
        <xsl:if test="exists($unit)"><j:string key="unit"><xsl:value-of select="$unit"/></j:string></xsl:if>
        <xsl:if test="exists($language)"><j:string key="language"><xsl:value-of select="$language"/></j:string></xsl:if>
        <xsl:for-each select="f:oim-dimensions(.)">
          <j:string key="{?name}"><xsl:value-of select="?value"/></j:string>
        </xsl:for-each>
      </j:map>
      <xsl:if test="$notes">
        <j:map key="links">
          <j:map key="footnote">
            <j:array key="_">
              <xsl:for-each select="$notes"><j:string><xsl:value-of select="f:note-id(.)"/></j:string></xsl:for-each>
            </j:array>
          </j:map>
        </j:map>
      </xsl:if>
    </j:map>
  </xsl:template>

  <!-- A footnote as an xbrl:note fact: its id is its noteId; no entity, period or unit. -->
  <xsl:template match="v:footnote">
    <j:map key="{f:note-id(.)}">
      <j:string key="value"><xsl:value-of select="f:note-value(.)"/></j:string>
      <j:map key="dimensions">
        <j:string key="concept">xbrl:note</j:string>
        <j:string key="noteId"><xsl:value-of select="f:note-id(.)"/></j:string>
        <j:string key="language"><xsl:value-of select="f:note-language(.)"/></j:string>
      </j:map>
    </j:map>
  </xsl:template>
</xsl:stylesheet>
