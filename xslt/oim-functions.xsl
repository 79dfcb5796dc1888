<?xml version="1.0" encoding="UTF-8"?>
<!--
  The Open Information Model's spellings (OIM 1.0), shared by xBRL-JSON and xBRL-CSV: the
  namespace prefixes a report declares, concepts and units as prefixed names, periods as
  dateTime intervals, entities as prefixed identifiers, decimals, languages, and the ids of
  facts, rows and notes. Everything here is computed from the view once.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:f="http://finfile.org/xslt/functions"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                xmlns:j="http://www.w3.org/2005/xpath-functions"
                exclude-result-prefixes="#all">

  <xsl:include href="qualifier-functions.xsl"/>

  <xsl:variable name="f:XBRLI" as="xs:string" select="'http://www.xbrl.org/2003/instance'"/>
  <xsl:variable name="f:ISO4217" as="xs:string" select="'http://www.xbrl.org/2003/iso4217'"/>
  <xsl:variable name="f:XBRL" as="xs:string" select="'https://xbrl.org/2021'"/>

  <!-- The aliases OIM reserves (oimce:invalidURIForReservedAlias), by namespace. -->
  <xsl:variable name="f:reserved" as="map(xs:string, xs:string)" select="map {
      $f:XBRLI: 'xbrli', $f:ISO4217: 'iso4217', $f:XBRL: 'xbrl',
      'http://www.w3.org/2001/XMLSchema': 'xs', 'http://www.xbrl.org/2009/utr': 'utr',
      'http://xbrl.org/2020/extensible-enumerations-2.0': 'enum2' }"/>

  <xsl:key name="f:unit" match="v:unit" use="@id"/>
  <xsl:key name="f:concept" match="v:concept" use="@name"/>
  <xsl:key name="f:notes-of" match="v:footnote" use="v:annotates/@fact"/>

  <!-- The prefixes of the view's names: the filing's own, and the two the view falls back to. -->
  <xsl:variable name="f:view-namespaces" as="map(xs:string, xs:string)" select="map:merge((
      map { 'xbrli': $f:XBRLI, 'iso4217': $f:ISO4217 },
      for $n in /v:view/v:namespace return map { string($n/@prefix): string($n/@uri) }),
      map { 'duplicates': 'use-last' })"/>

  <!-- Every namespace the report names, with the prefix it would like: the filing's
       namespaces, namespaces of names the view could not prefix ({uri}local), measures, and
       entity schemes (scheme1, scheme2... in order of first use). -->
  <xsl:variable name="f:wanted" as="array(xs:string)*" select="
      (for $n in /v:view/v:namespace return [string($n/@uri), string($n/@prefix)]),
      (for $u in distinct-values(/v:view/v:fact/@concept[starts-with(., '{')]/substring-before(substring(., 2), '}'))
       return [$u, 'ns']),
      (for $u in distinct-values(/v:view/v:unit/*/@uri) return [string($u), 'ns']),
      (let $schemes := distinct-values(/v:view/v:context/string(@scheme)) return
       for $i in 1 to count($schemes) return [$schemes[$i], concat('scheme', $i)])"/>

  <!-- Namespace to prefix: reserved namespaces get their alias; the rest the prefix they would
       like, unless it is reserved, taken or not an NCName, then that prefix with _ appended. -->
  <xsl:variable name="f:prefixes" as="map(xs:string, xs:string)">
    <xsl:iterate select="$f:wanted">
      <xsl:param name="done" as="map(xs:string, xs:string)"
                 select="map { $f:XBRLI: 'xbrli', $f:ISO4217: 'iso4217', $f:XBRL: 'xbrl' }"/>
      <xsl:on-completion select="$done"/>
      <xsl:variable name="uri" as="xs:string" select="?1"/>
      <xsl:next-iteration>
        <xsl:with-param name="done" select="
            if (map:contains($done, $uri)) then $done
            else map:put($done, $uri, if (map:contains($f:reserved, $uri)) then $f:reserved($uri)
                else f:free-prefix(?2, (for $k in map:keys($done) return $done($k), for $k in map:keys($f:reserved) return $f:reserved($k))))"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:variable>

  <xsl:function name="f:free-prefix" as="xs:string">
    <xsl:param name="wanted" as="xs:string"/>
    <xsl:param name="taken" as="xs:string*"/>
    <xsl:variable name="candidate" select="if ($wanted castable as xs:NCName) then $wanted else 'ns'"/>
    <xsl:sequence select="if ($candidate = $taken) then f:free-prefix(concat($candidate, '_'), $taken) else $candidate"/>
  </xsl:function>

  <!-- The documentInfo namespaces: prefix to namespace, by prefix. -->
  <xsl:function name="f:oim-namespaces" as="element(j:map)">
    <j:map key="namespaces">
      <xsl:for-each select="map:keys($f:prefixes)">
        <xsl:sort select="$f:prefixes(.)"/>
        <j:string key="{$f:prefixes(.)}"><xsl:value-of select="."/></j:string>
      </xsl:for-each>
    </j:map>
  </xsl:function>

  <!-- A name as the view writes it (prefix:local or {uri}local) as the report writes it. -->
  <xsl:function name="f:oim-name" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="uri" as="xs:string?" select="if (starts-with($name, '{')) then substring-before(substring($name, 2), '}')
        else $f:view-namespaces(substring-before($name, ':'))"/>
    <xsl:sequence select="if (empty($uri)) then error(xs:QName('f:undeclared-prefix'), 'the name ' || $name || ' has no declared namespace')
        else concat($f:prefixes($uri), ':', f:local-name($name))"/>
  </xsl:function>

  <xsl:function name="f:local-name" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="if (starts-with($name, '{')) then substring-after($name, '}')
        else if (contains($name, ':')) then substring-after($name, ':') else $name"/>
  </xsl:function>

  <!-- The unit of a numeric fact: measures in alphabetical order, products in parentheses when
       divided (iso4217:JPY/xbrli:shares); empty for xbrli:pure alone, which OIM leaves unsaid. -->
  <xsl:function name="f:oim-unit" as="xs:string?">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:variable name="unit" select="key('f:unit', $fact/@unit-id, root($fact))"/>
    <xsl:variable name="num" select="sort(for $m in $unit/v:numerator return f:measure($m))"/>
    <xsl:variable name="den" select="sort(for $m in $unit/v:denominator return f:measure($m))"/>
    <xsl:sequence select="
        if (empty($unit)) then ()
        else if (count($num) = 1 and empty($den) and $unit/v:numerator[@uri = $f:XBRLI and f:local-name(@measure) = 'pure']) then ()
        else if (empty($den)) then string-join($num, '*')
        else concat(f:product($num), '/', f:product($den))"/>
  </xsl:function>

  <xsl:function name="f:measure" as="xs:string">
    <xsl:param name="measure" as="element()"/>
    <xsl:sequence select="concat($f:prefixes(string($measure/@uri)), ':', f:local-name($measure/@measure))"/>
  </xsl:function>

  <xsl:function name="f:product" as="xs:string">
    <xsl:param name="measures" as="xs:string*"/>
    <xsl:sequence select="if (count($measures) = 1) then $measures else concat('(', string-join($measures, '*'), ')')"/>
  </xsl:function>

  <!-- A day's end is the next day's start: 2003-03-31 as an instant is 2003-04-01T00:00:00.
       Empty for forever, which OIM leaves unsaid. -->
  <xsl:function name="f:oim-period" as="xs:string?">
    <xsl:param name="fact" as="element()"/>
    <xsl:sequence select="
        if ($fact/@instant) then f:day-end($fact/@instant)
        else if ($fact/@start) then concat($fact/@start, 'T00:00:00/', f:day-end($fact/@end))
        else ()"/>
  </xsl:function>

  <xsl:function name="f:day-end" as="xs:string">
    <xsl:param name="date" as="xs:string"/>
    <xsl:sequence select="concat(string(xs:date($date) + xs:dayTimeDuration('P1D')), 'T00:00:00')"/>
  </xsl:function>

  <xsl:function name="f:oim-entity" as="xs:string">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:sequence select="concat($f:prefixes(string($fact/@scheme)), ':', $fact/@entity)"/>
  </xsl:function>

  <!-- Decimals as OIM has them: absent when infinite (INF) and for nil or non-numeric facts.
       OIM has no precision: a precision is turned into the decimals it implies (XBRL 2.1
       §4.6.6: precision minus the position of the first significant digit), absent for zero.
       precision="0" has no OIM form; the renderer refuses such a filing before this runs. -->
  <xsl:function name="f:oim-decimals" as="xs:integer?">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:sequence select="
        if ($fact/@nil = 'true') then ()
        else if ($fact/@decimals) then (if ($fact/@decimals = 'INF') then () else xs:integer($fact/@decimals))
        else if ($fact/@precision and $fact/@precision != 'INF' and xs:decimal($fact) != 0)
          then xs:integer($fact/@precision) - f:magnitude(abs(xs:decimal($fact))) - 1
        else ()"/>
  </xsl:function>

  <!-- floor(log10(x)) of a positive decimal, exactly. -->
  <xsl:function name="f:magnitude" as="xs:integer">
    <xsl:param name="x" as="xs:decimal"/>
    <xsl:sequence select="if ($x ge 1) then string-length(string(xs:integer(floor($x)))) - 1
        else - string-length(replace(substring-after(string($x), '.'), '^(0*).*$', '$1')) - 1"/>
  </xsl:function>

  <!-- The language of a text fact: its own, else the filing's (xml:lang), lower case as OIM
       wants it; none for numeric facts and for concepts whose facts take none (dates, booleans,
       URIs...: v:concept/@takes-language, from the taxonomy). -->
  <xsl:function name="f:oim-language" as="xs:string?">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:variable name="lang" select="($fact/@lang, root($fact)/v:view/@lang)[1]"/>
    <xsl:sequence select="if ($fact/@unit or key('f:concept', string($fact/@concept), root($fact))/@takes-language = 'false'
        or not(normalize-space($lang))) then () else lower-case($lang)"/>
  </xsl:function>

  <!-- The taxonomy-defined dimensions of a fact, as OIM writes them: the dimension's name, and
       the member's name (explicit) or the typed member's value (simple content, exactly).
       Segment and scenario are one to OIM. -->
  <xsl:function name="f:oim-dimensions" as="map(xs:string, xs:string)*">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:sequence select="for $m in f:members($fact) return map { 'name': f:oim-name($m/@dimension),
        'value': if ($m/self::v:explicit) then f:oim-name($m/@member) else string($m) }"/>
  </xsl:function>

  <!-- Every dimension any fact has, as OIM names it, in order of first use. -->
  <xsl:variable name="f:oim-dimension-names" as="xs:string*" select="distinct-values(
      for $m in /v:view/v:context/(v:segment, v:scenario)/(v:explicit | v:typed) return f:oim-name($m/@dimension))"/>

  <!-- The language of a footnote: its own, else the filing's; a note without one has no OIM form. -->
  <xsl:function name="f:note-language" as="xs:string">
    <xsl:param name="note" as="element(v:footnote)"/>
    <xsl:variable name="lang" select="(($note/@lang, root($note)/v:view/@lang)[normalize-space()])[1]"/>
    <xsl:sequence select="if (empty($lang)) then error(xs:QName('f:note-language'),
        'footnote ' || $note/@label || ' has no xml:lang, which an OIM note needs') else lower-case($lang)"/>
  </xsl:function>

  <!-- A footnote's text as the XHTML fragment an xbrl:note fact holds. -->
  <xsl:function name="f:note-value" as="xs:string">
    <xsl:param name="note" as="element(v:footnote)"/>
    <xsl:sequence select="replace(replace(replace(replace(string($note/v:text), '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;'), '&gt;', '&amp;gt;'), '&#13;', '&amp;#13;')"/>
  </xsl:function>

  <!-- Note ids: a footnote's label when no other footnote or fact has it, else note-N with _
       appended until unique (N its position). -->
  <xsl:variable name="f:note-ids" as="map(xs:string, xs:string)">
    <xsl:variable name="labels" as="map(xs:string, xs:integer*)" select="map:merge(
        /v:view/v:footnote/map:entry(string(@label), 1), map { 'duplicates': 'combine' })"/>
    <xsl:iterate select="/v:view/v:footnote">
      <xsl:param name="done" as="map(xs:string, xs:string)" select="map {}"/>
      <xsl:param name="taken" as="map(xs:string, xs:boolean)" select="map:merge(/v:view/v:fact/map:entry(string(@id), true()))"/>
      <xsl:param name="n" as="xs:integer" select="1"/>
      <xsl:on-completion select="$done"/>
      <xsl:variable name="id" select="if (count($labels(string(@label))) = 1 and not(map:contains($taken, @label)))
          then string(@label) else f:free-id(concat('note-', $n), $taken)"/>
      <xsl:next-iteration>
        <xsl:with-param name="done" select="map:put($done, generate-id(), $id)"/>
        <xsl:with-param name="taken" select="map:put($taken, $id, true())"/>
        <xsl:with-param name="n" select="$n + 1"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:variable>

  <xsl:function name="f:free-id" as="xs:string">
    <xsl:param name="wanted" as="xs:string"/>
    <xsl:param name="taken" as="map(xs:string, xs:boolean)"/>
    <xsl:sequence select="if (map:contains($taken, $wanted)) then f:free-id(concat($wanted, '_'), $taken) else $wanted"/>
  </xsl:function>

  <xsl:function name="f:note-id" as="xs:string">
    <xsl:param name="note" as="element(v:footnote)"/>
    <xsl:sequence select="$f:note-ids(generate-id($note))"/>
  </xsl:function>

  <!-- The notes a fact links to, in document order. -->
  <xsl:function name="f:notes-of" as="element(v:footnote)*">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:sequence select="key('f:notes-of', string($fact/@id), root($fact))"/>
  </xsl:function>

  <!-- The documentInfo parts both formats share: namespaces, the predefined footnote link
       type and default link group when there are notes, and the taxonomy. -->
  <xsl:function name="f:document-info" as="element(j:map)">
    <xsl:param name="view" as="element(v:view)"/>
    <xsl:param name="document-type" as="xs:string"/>
    <j:map key="documentInfo">
      <j:string key="documentType"><xsl:value-of select="$document-type"/></j:string>
      <xsl:sequence select="f:oim-namespaces()"/>
      <xsl:if test="$view/v:footnote">
        <j:map key="linkTypes"><j:string key="footnote">http://www.xbrl.org/2003/arcrole/fact-footnote</j:string></j:map>
        <j:map key="linkGroups"><j:string key="_">http://www.xbrl.org/2003/role/link</j:string></j:map>
      </xsl:if>
      <j:array key="taxonomy">
        <xsl:for-each select="$view/v:schemaRef"><j:string><xsl:value-of select="@href"/></j:string></xsl:for-each>
      </j:array>
    </j:map>
  </xsl:function>

  <!-- xBRL-CSV row ids: an id with each '.' (which a row id may not hold) written '_', and _
       appended until unique in its table. Facts by fact id, notes by note id. -->
  <xsl:variable name="f:row-ids" as="map(xs:string, xs:string)" select="f:row-ids(/v:view/v:fact/string(@id))"/>
  <xsl:variable name="f:note-row-ids" as="map(xs:string, xs:string)" select="f:row-ids(/v:view/v:footnote/f:note-id(.))"/>

  <xsl:function name="f:row-ids" as="map(xs:string, xs:string)">
    <xsl:param name="ids" as="xs:string*"/>
    <xsl:iterate select="$ids">
      <xsl:param name="done" as="map(xs:string, xs:string)" select="map {}"/>
      <xsl:param name="taken" as="map(xs:string, xs:boolean)" select="map {}"/>
      <xsl:on-completion select="$done"/>
      <xsl:variable name="row" select="f:free-id(translate(., '.', '_'), $taken)"/>
      <xsl:next-iteration>
        <xsl:with-param name="done" select="map:put($done, ., $row)"/>
        <xsl:with-param name="taken" select="map:put($taken, $row, true())"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>

  <!-- The facts-table column that holds a fact: numbers and text apart, so that a reader knows a
       pure number (no unit) from text without the taxonomy. -->
  <xsl:function name="f:value-column" as="xs:string">
    <xsl:param name="fact" as="element(v:fact)"/>
    <xsl:sequence select="if ($fact/@unit) then 'number' else 'text'"/>
  </xsl:function>

  <!-- A value as an xBRL-CSV cell: #nil for nil, #empty for the empty string, a leading # doubled. -->
  <xsl:function name="f:csv-value" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="if ($value = '') then '#empty' else if (starts-with($value, '#')) then concat('#', $value) else $value"/>
  </xsl:function>
</xsl:stylesheet>
