<?xml version="1.0" encoding="UTF-8"?>
<!--
  breakdown.xsl: one concept broken down along one axis (XBRL Dimensions), as a Markdown table:
  a row per member ("iPhone [Member]"), a column per period, and a first row for the whole
  entity, the fact without dimensions. Values are the facts' exact values.

  What it reads from finfile's resolved view (namespace http://finfile.org/view/1.0):

    v:context           @id and the period (@instant, or @start and @end), and, when the
                        context describes a part of the entity, a v:segment or v:scenario
                        (XBRL keeps dimensions in either) holding
      v:explicit        one per axis: @dimension (the axis, prefix:name) and its
                        @dimension-label, @member and its @member-label;
      v:typed           an axis whose member is a value (a date, a code): @dimension and
                        @dimension-label, the value as the element's content;
    v:fact              @concept, @label, @context (a context's @id), @unit, @numeric, the
                        exact value as its text.

  A fact counts for a member when its context names that axis and no other: a fact of
  "iPhone" in "Americas" breaks down two ways and belongs to another table. No total of the
  members is added: members of one axis may overlap (Apple's Product member is the sum of its
  iPhone, Mac, iPad and Wearables members), which the filing's own facts show.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:bd="urn:example:breakdown"
                exclude-result-prefixes="#all">

  <xsl:output method="text" media-type="text/markdown" encoding="UTF-8"/>
  <xsl:mode on-no-match="shallow-skip"/>

  <!--
    The axis (as the view names it: srt:ProductOrServiceAxis). Empty, the default: the explicit
    axis that the most facts are broken down by alone.
  -->
  <xsl:param name="axis" as="xs:string" select="''"/>

  <!-- The concept (us-gaap:Revenues). Empty, the default: the concept with the most facts on the axis. -->
  <xsl:param name="concept" as="xs:string" select="''"/>

  <xsl:key name="context" match="v:context" use="@id"/>

  <xsl:variable name="chosen-axis" as="xs:string" select="if ($axis != '') then $axis
      else bd:most-common(/v:view/v:fact[@numeric = 'true']/bd:member(.)/@dimension)"/>

  <!-- The numeric facts on the axis alone, and those of the whole entity (no context qualifier). -->
  <xsl:variable name="on-axis" as="element(v:fact)*"
                select="/v:view/v:fact[@numeric = 'true'][bd:member(.)/@dimension = $chosen-axis]"/>
  <xsl:variable name="chosen-concept" as="xs:string"
                select="if ($concept != '') then $concept else bd:most-common($on-axis/@concept)"/>

  <xsl:template match="/v:view">
    <!-- in one unit: the first fact's (a concept reported in two currencies needs two tables) -->
    <xsl:variable name="of-concept" select="$on-axis[@concept = $chosen-concept]"/>
    <xsl:variable name="facts" select="$of-concept[@unit = $of-concept[1]/@unit]"/>
    <xsl:choose>
      <xsl:when test="empty($facts)">
        <xsl:text>No numeric facts of </xsl:text>
        <xsl:value-of select="bd:escape(($chosen-concept[. != ''], 'any concept')[1])"/>
        <xsl:text> are broken down by </xsl:text>
        <xsl:value-of select="bd:escape(($chosen-axis[. != ''], 'any axis')[1])"/>
        <xsl:text> alone.&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="table">
          <xsl:with-param name="facts" select="$facts"/>
          <xsl:with-param name="whole" select="v:fact[@numeric = 'true'][@concept = $chosen-concept]
              [not(key('context', @context)/(v:segment | v:scenario))][@unit = $facts[1]/@unit]"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="table">
    <xsl:param name="facts" as="element(v:fact)+"/>
    <xsl:param name="whole" as="element(v:fact)*"/>
    <!-- columns: the periods of the facts on the axis, latest first -->
    <xsl:variable name="periods" as="xs:string*">
      <xsl:for-each-group select="$facts" group-by="bd:period(.)">
        <xsl:sort select="(@instant, @end)[1]" order="descending"/>
        <xsl:sort select="string(@start)"/>
        <xsl:sequence select="current-grouping-key()"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:text>## </xsl:text>
    <xsl:value-of select="bd:escape($facts[1]/@label)"/>
    <xsl:text> by </xsl:text>
    <xsl:value-of select="bd:escape(bd:member($facts[1])/@dimension-label)"/>
    <xsl:text>&#10;&#10;_</xsl:text>
    <xsl:value-of select="bd:escape(string-join(($chosen-concept, $chosen-axis, 'unit ' || $facts[1]/@unit), ', '))"/>
    <xsl:text>_&#10;&#10;</xsl:text>
    <xsl:value-of select="bd:row(('Member', $periods))"/>
    <xsl:value-of select="bd:row((':---', $periods ! '---:'))"/>
    <xsl:value-of select="bd:row(('**Whole entity**', $periods ! bd:value($whole, .)))"/>
    <!-- a row per member, in order of first use -->
    <xsl:for-each-group select="$facts" group-by="bd:member(.)/@member">
      <xsl:value-of select="bd:row((bd:escape(bd:member(.)/@member-label), $periods ! bd:value(current-group(), .)))"/>
    </xsl:for-each-group>
  </xsl:template>

  <!-- A fact's one explicit member, when its context is qualified by that alone. -->
  <xsl:function name="bd:member" as="element(v:explicit)?">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:sequence select="key('context', $fact/@context, root($fact))/(v:segment, v:scenario)/v:explicit
        [count(../../(v:segment, v:scenario)/*) = 1]"/>
  </xsl:function>

  <!-- The value of the fact of that period: the first if two facts report it (duplicates agree). -->
  <xsl:function name="bd:value" as="xs:string">
    <xsl:param name="facts" as="element(v:fact)*"/>
    <xsl:param name="period" as="xs:string"/>
    <xsl:sequence select="string($facts[bd:period(.) = $period][1])"/>
  </xsl:function>

  <xsl:function name="bd:period" as="xs:string">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:sequence select="if ($fact/@instant) then string($fact/@instant)
        else if ($fact/@start) then $fact/@start || ' to ' || $fact/@end else 'forever'"/>
  </xsl:function>

  <xsl:function name="bd:most-common" as="xs:string">
    <xsl:param name="values" as="xs:anyAtomicType*"/>
    <xsl:variable name="groups" as="map(*)*">
      <xsl:for-each-group select="$values" group-by=".">
        <xsl:sequence select="map{'value': string(current-grouping-key()), 'count': count(current-group())}"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="string($groups[?count = max($groups ! ?count)][1]?value)"/>
  </xsl:function>

  <xsl:function name="bd:row" as="xs:string">
    <xsl:param name="cells" as="xs:string*"/>
    <xsl:sequence select="'| ' || string-join($cells, ' | ') || ' |&#10;'"/>
  </xsl:function>

  <!-- Labels are inert in Markdown: its punctuation gets a backslash, white space is one space. -->
  <xsl:function name="bd:escape" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="replace(normalize-space($text), '([\\`*_\[\]&lt;>|&amp;~#])', '\\$1')"/>
  </xsl:function>
</xsl:stylesheet>
