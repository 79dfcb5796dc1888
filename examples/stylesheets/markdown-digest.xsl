<?xml version="1.0" encoding="UTF-8"?>
<!--
  markdown-digest.xsl: the filing's statements as a Markdown digest (GitHub pipe tables), to
  paste into an issue, a wiki page or a chat.

  Run it with finfile render's xslt option: README.md beside it shows the command.

  What it reads from finfile's resolved view (namespace http://finfile.org/view/1.0):

    v:view/v:fact       the entity's name (a fact of a concept named EntityRegistrantName);
    v:view/v:context    the entity's identifier when there is no name, and the periods
                        (@instant, or @start and @end);
    v:statement         one per presentation network: @title, and @scale, the power of ten its
                        amounts are printed in (3: thousands);
      v:column          the statement's columns in order: @key names it, @header says its
                        period (and part of the entity), @unit its currency ('' for counts);
      v:row             the lines in presentation order: @label (already the preferred label),
                        @depth (0 for the top), @abstract (a heading, no figures; 'false'
                        when the taxonomy that declares the concept is not at hand), @total;
        v:cell          a figure of the row: @column (a column's @key), @display (the figure
                        as the statement prints it: scaled, negatives already in parentheses),
                        @negative (true when the printed figure is negative), @scale (the
                        figure's own power of ten: 0 for per-share amounts, -2 for percentages).

  The view has already done the hard part (labels, order, scaling, signs of negated labels), so
  this stylesheet only lays it out. It never reads a file: everything comes from the view.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:md="urn:example:markdown-digest"
                exclude-result-prefixes="#all">

  <xsl:output method="text" media-type="text/markdown" encoding="UTF-8"/>

  <!-- Elements without a template of their own (v:namespace, v:unit, v:fact...) write nothing. -->
  <xsl:mode on-no-match="shallow-skip"/>

  <!-- Only the statements whose title contains this text (any case); empty, the default: all. -->
  <xsl:param name="statements" as="xs:string" select="''"/>

  <!-- How a negative figure shows: 'parentheses' as the statement prints it, or 'minus' (−1,234). -->
  <xsl:param name="negatives" as="xs:string" select="'parentheses'"/>

  <!-- Text cells (notes, policies) longer than this are cut, with an ellipsis. -->
  <xsl:param name="max-text" as="xs:integer" select="120"/>

  <xsl:template match="/v:view">
    <!-- a misspelt choice stops the run with a message (exit 1) rather than being ignored -->
    <xsl:if test="not($negatives = ('parentheses', 'minus'))">
      <xsl:message terminate="yes" select="'negatives must be parentheses or minus, not ' || $negatives"/>
    </xsl:if>
    <xsl:text># </xsl:text>
    <xsl:value-of select="md:escape(md:entity(.))"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:text>Periods: </xsl:text>
    <xsl:value-of select="md:periods(v:context, true())"/>
    <xsl:text>  &#10;As of: </xsl:text>
    <xsl:value-of select="md:periods(v:context, false())"/>
    <xsl:text>&#10;</xsl:text>
    <!-- a statement without figures (a network whose facts are all elsewhere) is left out -->
    <xsl:apply-templates select="v:statement[v:row/v:cell]
        [contains(lower-case(@title), lower-case($statements))]"/>
  </xsl:template>

  <xsl:template match="v:statement">
    <xsl:text>&#10;## </xsl:text>
    <xsl:value-of select="md:escape(@title)"/>
    <xsl:text>&#10;&#10;_</xsl:text>
    <xsl:value-of select="md:scale-note(.)"/>
    <xsl:text>_&#10;&#10;</xsl:text>
    <!-- the header row: an empty corner, then each column's period, with its currency if any -->
    <xsl:value-of select="md:table-row(('',
        v:column ! (if (@unit != '') then @header || ' (' || @unit || ')' else string(@header)) ! md:escape(.)))"/>
    <!-- the delimiter row: labels left-aligned, figures right-aligned -->
    <xsl:value-of select="md:table-row((':---', v:column ! '---:'))"/>
    <xsl:apply-templates select="v:row"/>
  </xsl:template>

  <!-- Every row is a table row, headings included, so the table has the statement's shape. -->
  <xsl:template match="v:row">
    <xsl:variable name="row" select="."/>
    <xsl:variable name="strong" select="if (@total = 'true') then '**' else if (@abstract = 'true') then '_' else ''"/>
    <xsl:value-of select="md:table-row((
        md:indent(xs:integer(@depth)) || md:emphasis(md:escape(@label), $strong),
        (: a column the row has no figure for is an empty cell; the first cell wins if a column has two :)
        for $column in ../v:column
        return md:emphasis(md:figure($row/v:cell[@column = $column/@key][1]), $strong)))"/>
  </xsl:template>

  <!-- A cell as printed; with negatives='minus', "(1,234)" becomes "−1,234" (@negative says which). -->
  <xsl:function name="md:figure" as="xs:string">
    <xsl:param name="cell" as="element(v:cell)?"/>
    <xsl:variable name="shown" select="normalize-space(translate(string($cell/@display), '&#x2028;', ' '))"/>
    <xsl:sequence select="
        if ($negatives = 'minus' and $cell/@negative = 'true') then '&#x2212;' || replace($shown, '^\((.*)\)$', '$1')
        else if (string-length($shown) gt $max-text) then md:escape(substring($shown, 1, $max-text)) || '&#x2026;'
        else md:escape($shown)"/>
  </xsl:function>

  <!-- Two non-breaking spaces a level: Markdown would swallow ordinary spaces. -->
  <xsl:function name="md:indent" as="xs:string">
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:sequence select="string-join((1 to $depth) ! '&#160;&#160;')"/>
  </xsl:function>

  <xsl:function name="md:emphasis" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="mark" as="xs:string"/>
    <xsl:sequence select="if ($text = '' or $mark = '') then $text else $mark || $text || $mark"/>
  </xsl:function>

  <xsl:function name="md:table-row" as="xs:string">
    <xsl:param name="cells" as="xs:string*"/>
    <xsl:sequence select="'| ' || string-join($cells, ' | ') || ' |&#10;'"/>
  </xsl:function>

  <!--
    Text from the filing made inert: a label may hold anything. A backslash before Markdown's
    punctuation makes it literal: '|' would end a table cell, '<' could open raw HTML, '*', '_',
    '`', '[' and ']' would emphasise or link, '&' could start a character reference. Line
    breaks would end the table row, so all white space runs become one space.
  -->
  <xsl:function name="md:escape" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="replace(normalize-space($text), '([\\`*_\[\]&lt;>|&amp;~#])', '\\$1')"/>
  </xsl:function>

  <!-- The entity: its registrant name when the filing reports one, else its identifier. -->
  <xsl:function name="md:entity" as="xs:string">
    <xsl:param name="view" as="element(v:view)"/>
    <xsl:variable name="name" select="$view/v:fact[substring-after(@concept, ':') = 'EntityRegistrantName'][1]"/>
    <xsl:sequence select="if ($name) then string($name)
        else string-join(distinct-values($view/v:context/@entity), ', ')"/>
  </xsl:function>

  <!--
    The distinct periods of the contexts, latest first: the durations ("2002-04-01 to
    2003-03-31", the longest first of those ending on one day), or the instants ("2003-03-31").
  -->
  <xsl:function name="md:periods" as="xs:string">
    <xsl:param name="contexts" as="element(v:context)*"/>
    <xsl:param name="durations" as="xs:boolean"/>
    <xsl:variable name="periods" as="xs:string*">
      <xsl:for-each-group select="$contexts[if ($durations) then @start else @instant]"
                          group-by="string-join((@instant, @start, @end), ' to ')">
        <xsl:sort select="(@instant, @end)[1]" order="descending"/>
        <xsl:sort select="string(@start)"/>
        <xsl:sequence select="current-grouping-key()"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="string-join($periods, ', ')"/>
  </xsl:function>

  <!--
    "In thousands of JPY and USD, except per-share amounts": the statement's @scale and the
    currencies of its columns; a cell whose own @scale differs (a per-share amount, a count, a
    percentage) is printed as it is, which the note says when the statement has one.
  -->
  <xsl:function name="md:scale-note" as="xs:string">
    <xsl:param name="statement" as="element(v:statement)"/>
    <xsl:variable name="scale" select="xs:integer($statement/@scale)"/>
    <xsl:variable name="currencies" select="distinct-values($statement/v:column/@unit[. != ''])"/>
    <xsl:variable name="words" select="map{0: 'Amounts as reported', 3: 'In thousands', 6: 'In millions', 9: 'In billions'}"/>
    <xsl:sequence select="string-join((
        ($words($scale), 'Amounts in units of 10^' || $scale)[1],
        if (exists($currencies) and $scale != 0) then ' of ' || string-join($currencies, ' and ')
        else if (exists($currencies)) then ' in ' || string-join($currencies, ' and ') else (),
        if ($scale != 0 and $statement/v:row/v:cell[@scale != $statement/@scale]) then
          ', except per-share amounts, counts and percentages' else ()))"/>
  </xsl:function>
</xsl:stylesheet>
