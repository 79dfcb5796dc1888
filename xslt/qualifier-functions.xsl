<?xml version="1.0" encoding="UTF-8"?>
<!--
  A context's segment and scenario as the view holds them (v:segment, v:scenario with v:explicit,
  v:typed and v:other): written back as XBRL (xbrldi:explicitMember, xbrldi:typedMember and the
  other content, exactly), and looked up for a fact.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                exclude-result-prefixes="#all">

  <xsl:variable name="f:XBRLDI" as="xs:string" select="'http://xbrl.org/2006/xbrldi'"/>
  <xsl:key name="f:context" match="v:context" use="@id"/>

  <!-- The context of a fact. -->
  <xsl:function name="f:context" as="element(v:context)?">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:sequence select="key('f:context', string($fact/@context), root($fact))"/>
  </xsl:function>

  <!-- The dimension members of a fact's context, segment then scenario, in document order. -->
  <xsl:function name="f:members" as="element()*">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:sequence select="f:context($fact)/(v:segment, v:scenario)/(v:explicit | v:typed)"/>
  </xsl:function>

  <!-- The members of a segment or scenario as XBRL: xbrldi elements declaring the prefixes they use. -->
  <xsl:template match="v:explicit" mode="f:xbrl">
    <xsl:element name="xbrldi:explicitMember" namespace="{$f:XBRLDI}">
      <xsl:namespace name="{substring-before(@dimension, ':')}" select="string(@dimension-uri)"/>
      <xsl:namespace name="{substring-before(@member, ':')}" select="string(@member-uri)"/>
      <xsl:attribute name="dimension" select="@dimension"/>
      <xsl:value-of select="@member"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="v:typed" mode="f:xbrl">
    <xsl:element name="xbrldi:typedMember" namespace="{$f:XBRLDI}">
      <xsl:namespace name="{substring-before(@dimension, ':')}" select="string(@dimension-uri)"/>
      <xsl:attribute name="dimension" select="@dimension"/>
      <xsl:apply-templates select="*" mode="f:exact"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="v:other" mode="f:xbrl">
    <xsl:apply-templates select="*" mode="f:exact"/>
  </xsl:template>

  <!-- Content kept as written: the same names, namespace declarations (but the view's own),
       attributes, text and comments. -->
  <xsl:template match="*" mode="f:exact">
    <xsl:element name="{name()}" namespace="{namespace-uri()}">
      <xsl:for-each select="namespace::*[name() != 'xml' and string(.) != 'http://finfile.org/view/1.0']">
        <xsl:namespace name="{name()}" select="string(.)"/>
      </xsl:for-each>
      <xsl:copy-of select="@*"/>
      <xsl:apply-templates mode="f:exact"/>
    </xsl:element>
  </xsl:template>

  <!-- Content kept as written, as a string of XML. -->
  <xsl:function name="f:exact-xml" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="copy"><xsl:apply-templates select="$element" mode="f:exact"/></xsl:variable>
    <xsl:sequence select="serialize($copy)"/>
  </xsl:function>

  <xsl:template match="text() | comment() | processing-instruction()" mode="f:exact">
    <xsl:copy/>
  </xsl:template>

  <!-- The members of a fact as a reader sees them: "Axis label: Member label" (typed: its value). -->
  <xsl:function name="f:member-text" as="xs:string">
    <xsl:param name="member" as="element()"/>
    <xsl:sequence select="concat($member/@dimension-label, ': ',
        if ($member/self::v:explicit) then $member/@member-label else normalize-space($member))"/>
  </xsl:function>
</xsl:stylesheet>
