<?xml version="1.0" encoding="UTF-8"?>
<!--
  wide-csv.xsl: the filing's numbers as one flat "wide" table, ready for a spreadsheet or a
  data frame: a row per concept, a column per period, each cell a fact's exact value.

    concept,label,...,2001-04-01..2002-03-31,2002-01-01..2002-03-31,2002-03-31,...
    base:Revenues,Total revenues,,,39904613000,12109774000,,...

  Which facts: numeric, not nil, of the whole entity (no dimensions), in one unit, of one entity.
  It reads only v:fact and v:context from finfile's resolved view (namespace
  http://finfile.org/view/1.0), not the statements, so it works on any filing:

    v:fact      @concept (prefix:name), @label (the concept's standard label), @numeric
                ('true' for a number; nil facts say @nil instead and fractions @numerator),
                @unit (the unit's measures, as iso4217:JPY or iso4217:JPY/xbrli:shares),
                @unit-id (the unit's id in the instance), @context (a context's @id),
                @scheme and @entity, the period (@instant, or @start and @end, each day
                followed by @instant-time, @start-time, @end-time when the instance wrote a
                time), @decimals or @precision, and the exact value as its text (never scaled:
                what the instance says, not what the statement prints);
    v:context   its v:segment or v:scenario, present only when the context has dimensions
                (or other qualifying content): those facts describe a part of the entity and
                are left out.

  Cells are RFC 4180 fields, records end in CRLF. A spreadsheet would run a text cell starting
  with = + - @ (or a tab, a carriage return) as a formula; such text gets a leading apostrophe.
  Numbers are written as they are: "-446432000" is a number, not a formula.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:csv="urn:example:wide-csv"
                exclude-result-prefixes="#all">

  <xsl:output method="text" media-type="text/csv" encoding="UTF-8"/>
  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:key name="context" match="v:context" use="@id"/>

  <!--
    The unit of the table: a fact's @unit (iso4217:USD) or @unit-id (USD, as the instance names
    it). Empty, the default: the unit of the most candidate facts (the first in document order
    on a tie), which is the reporting currency of a financial statement; per-share amounts,
    share counts and percentages have units of their own and need a run each.
  -->
  <xsl:param name="unit" as="xs:string" select="''"/>

  <!-- Numeric facts of the whole entity (no segment, no scenario) with a value. -->
  <xsl:variable name="candidates" as="element(v:fact)*"
                select="/v:view/v:fact[@numeric = 'true'][not(key('context', @context)/(v:segment | v:scenario))]"/>

  <xsl:variable name="chosen-unit" as="xs:string">
    <xsl:choose>
      <xsl:when test="$unit != ''">
        <xsl:sequence select="string(($candidates[@unit-id = $unit]/@unit, $unit)[1])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="csv:most-common($candidates/@unit)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- One entity too: a filing may report for several (a parent and a subsidiary); the most common wins. -->
  <xsl:variable name="in-unit" select="$candidates[@unit = $chosen-unit]"/>
  <xsl:variable name="entity" as="xs:string" select="csv:most-common($in-unit ! (@scheme || ' ' || @entity))"/>
  <xsl:variable name="facts" as="element(v:fact)*" select="$in-unit[@scheme || ' ' || @entity = $entity]"/>

  <!-- The columns: distinct periods of those facts, by end day (an instant's day), then start. -->
  <xsl:variable name="periods" as="xs:string*">
    <xsl:for-each-group select="$facts" group-by="csv:period(.)">
      <xsl:sort select="string((@instant, @end)[1]) || (@instant-time, @end-time)[1]"/>
      <xsl:sort select="string((@start, @instant)[1]) || (@start-time, @instant-time)[1]"/>
      <xsl:sequence select="current-grouping-key()"/>
    </xsl:for-each-group>
  </xsl:variable>

  <xsl:template match="/v:view">
    <!-- a unit the filing has no facts in is a mistake worth a message (exit 1), not an empty table -->
    <xsl:if test="$unit != '' and empty($in-unit)">
      <xsl:message terminate="yes" select="'no numeric facts of the whole entity are in unit ' || $unit || '; the units are '
          || string-join(distinct-values($candidates/@unit), ', ')"/>
    </xsl:if>
    <xsl:value-of select="csv:record(('concept', 'label', $periods))"/>
    <!-- a row per concept, in order of its first fact in the view -->
    <xsl:for-each-group select="$facts" group-by="@concept">
      <xsl:variable name="by-period" as="map(xs:string, element(v:fact)+)">
        <xsl:map>
          <xsl:for-each-group select="current-group()" group-by="csv:period(.)">
            <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
          </xsl:for-each-group>
        </xsl:map>
      </xsl:variable>
      <xsl:value-of select="csv:record((csv:text(@concept), csv:text(@label),
          for $p in $periods return string(csv:preferred($by-period($p)))))"/>
    </xsl:for-each-group>
  </xsl:template>

  <!--
    A concept may have two facts for one period in one unit: XBRL calls them duplicates. A
    release that prints operating income in millions in one table and in thousands in another
    gives -446000000 (decimals -6) and -446432000 (decimals -3). The cell takes the most precise
    (the largest @decimals, INF above all; @precision-only facts last), the first in document
    order among equally precise ones. finfile's own csv rendering lists them all.
  -->
  <xsl:function name="csv:preferred" as="element(v:fact)?">
    <xsl:param name="duplicates" as="element(v:fact)*"/>
    <xsl:variable name="rank" select="function($f) {
        if ($f/@decimals = 'INF' or $f/@precision = 'INF') then 1000000
        else if ($f/@decimals castable as xs:integer) then xs:integer($f/@decimals) else -1000000 }"/>
    <xsl:variable name="best" select="max($duplicates ! $rank(.))"/>
    <xsl:sequence select="$duplicates[$rank(.) = $best][1]"/>
  </xsl:function>

  <!-- A period as a column header: "2003-03-31", "2002-04-01..2003-03-31" or "forever". -->
  <xsl:function name="csv:period" as="xs:string">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:sequence select="if ($fact/@instant) then $fact/@instant || $fact/@instant-time
        else if ($fact/@start) then $fact/@start || $fact/@start-time || '..' || $fact/@end || $fact/@end-time
        else 'forever'"/>
  </xsl:function>

  <xsl:function name="csv:most-common" as="xs:string">
    <xsl:param name="values" as="xs:anyAtomicType*"/>
    <xsl:variable name="counted" as="map(*)*">
      <xsl:for-each-group select="$values" group-by=".">
        <xsl:sequence select="map{'value': string(current-grouping-key()), 'count': count(current-group())}"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="most" select="max($counted ! ?count)"/>
    <xsl:sequence select="string(($counted[?count = $most])[1]?value)"/>
  </xsl:function>

  <!-- Text a spreadsheet would take for a formula, defused with a leading apostrophe. -->
  <xsl:function name="csv:text" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="if (matches(string($text), '^\s*[=+\-@]|^[&#9;&#13;]')) then '''' || $text else string($text)"/>
  </xsl:function>

  <!-- RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. -->
  <xsl:function name="csv:record" as="xs:string">
    <xsl:param name="fields" as="xs:string*"/>
    <xsl:sequence select="string-join($fields ! (if (matches(., '[,&quot;&#10;&#13;]'))
        then '&quot;' || replace(., '&quot;', '&quot;&quot;') || '&quot;' else .), ',') || '&#13;&#10;'"/>
  </xsl:function>
</xsl:stylesheet>
