<?xml version="1.0" encoding="UTF-8"?>
<!--
  The notes table of an xBRL-CSV report (see xbrl-csv-metadata.xsl): a row per footnote, its
  row id, its language and its text as the XHTML fragment an xbrl:note fact holds. The facts
  it annotates link to it from the report's links.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                exclude-result-prefixes="#all">
  <xsl:include href="oim-functions.xsl"/>
  <xsl:include href="csv-functions.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/v:view">
    <xsl:value-of select="f:row(('row', 'language', 'note'))"/>
    <xsl:for-each select="v:footnote">
      <xsl:value-of select="f:row(($f:note-row-ids(f:note-id(.)), f:note-language(.), f:csv-value(f:note-value(.))))"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
