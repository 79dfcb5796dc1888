<?xml version="1.0" encoding="UTF-8"?>
<!--
  house-style.xsl: the statements as one HTML page in an annual-report style: serif type, a
  contents list, figures right-aligned in columns headed by period, currency and scale, a rule
  above each total and a double rule under the statement's last one, negatives in parentheses
  and red. One self-contained file: no scripts, no fonts, images or style sheets from elsewhere.

  What it reads from finfile's resolved view (namespace http://finfile.org/view/1.0):

    v:view/@lang        the filing's language, for the page's lang;
    v:fact              the entity's name (a fact of a concept named EntityRegistrantName);
    v:statement         @title, and @scale: the power of ten its amounts are printed in;
      v:column          @key, @header (the period, and the part of the entity when the
                        statement breaks one down) and @unit (a currency, or '' for counts);
      v:row             @label, @depth, @abstract (a heading line), @total (a sum of lines);
        v:cell          @column (the column's @key), @display (as printed, negatives already
                        in parentheses), @negative, @scale (the power of ten the print is in:
                        0 for a per-share amount in a statement in thousands), @fact (the id
                        of its v:fact), and @block
                        ('true' for a text block: @display is then its plain text, line breaks
                        written as U+2028);
    v:fact              @id and @numeric: whether a cell holds a figure or text.

  All text goes through the serializer, which escapes it: a label holding "<script>" shows
  those characters, it never becomes markup.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:v="http://finfile.org/view/1.0"
                xmlns:hs="urn:example:house-style"
                exclude-result-prefixes="#all">

  <!-- HTML5; the page declares its own charset, so the serializer adds no second one -->
  <xsl:output method="html" version="5.0" encoding="UTF-8" indent="no" include-content-type="no"/>
  <xsl:mode on-no-match="shallow-skip"/>

  <!-- A cell names its fact by id (@fact); the fact says whether it is a number (@numeric). -->
  <xsl:key name="fact" match="v:fact" use="@id"/>

  <!-- The page's heading; empty, the default: "Financial statements". -->
  <xsl:param name="title" as="xs:string" select="''"/>

  <!-- The colour of negative figures (any CSS colour); 'inherit' prints them in black. -->
  <xsl:param name="negative-colour" as="xs:string" select="'#a0161b'"/>

  <xsl:variable name="entity" as="xs:string" select="hs:entity(/v:view)"/>
  <xsl:variable name="statements" select="/v:view/v:statement[v:row/v:cell]"/>

  <xsl:template match="/v:view">
    <html lang="{(@lang[. != ''], 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$entity"/> — <xsl:value-of select="hs:title()"/></title>
        <style><xsl:value-of select="hs:css()"/></style>
      </head>
      <body>
        <header>
          <p class="entity"><xsl:value-of select="$entity"/></p>
          <h1><xsl:value-of select="hs:title()"/></h1>
        </header>
        <nav id="contents" aria-label="Contents">
          <h2>Contents</h2>
          <ol>
            <xsl:for-each select="$statements">
              <li><a href="#{hs:anchor(.)}"><xsl:value-of select="@title"/></a></li>
            </xsl:for-each>
          </ol>
        </nav>
        <main>
          <xsl:apply-templates select="$statements"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="v:statement">
    <section class="statement" id="{hs:anchor(.)}">
      <h2><xsl:value-of select="@title"/></h2>
      <table>
        <thead>
          <tr>
            <td></td>
            <xsl:for-each select="v:column">
              <th scope="col">
                <xsl:value-of select="@header"/>
                <xsl:text> </xsl:text>
                <span class="measure"><xsl:value-of select="hs:measure(.)"/></span>
              </th>
            </xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:apply-templates select="v:row"/>
        </tbody>
      </table>
      <xsl:if test="v:row/v:cell[hs:unscaled(.)]">
        <p class="note">
          <xsl:value-of select="'Figures in italics are not in ' || hs:scale-word(@scale)
              || ': per-share amounts, counts and percentages are shown as reported.'"/>
        </p>
      </xsl:if>
      <p class="back"><a href="#contents">Contents</a></p>
    </section>
  </xsl:template>

  <xsl:template match="v:row">
    <xsl:variable name="row" select="."/>
    <!-- the statement's last total gets the double rule a grand total has -->
    <xsl:variable name="last-total" select="@total = 'true' and not(following-sibling::v:row[@total = 'true'])"/>
    <xsl:variable name="classes" select="(if (@abstract = 'true') then 'heading' else (),
        if (@total = 'true') then 'total' else (), if ($last-total) then 'grand-total' else ())"/>
    <tr>
      <xsl:if test="exists($classes)">
        <xsl:attribute name="class" select="$classes"/>
      </xsl:if>
      <th scope="row" style="padding-left: {0.2 + 1.25 * xs:integer(@depth)}em">
        <xsl:value-of select="@label"/>
      </th>
      <xsl:for-each select="../v:column">
        <xsl:variable name="cell" select="$row/v:cell[@column = current()/@key][1]"/>
        <xsl:choose>
          <!-- a text block (a note, a policy) folds under its first words: no script needed -->
          <xsl:when test="$cell/@block = 'true'">
            <td class="text">
              <details>
                <summary><xsl:value-of select="substring(normalize-space(translate($cell/@display, '&#x2028;', ' ')), 1, 100) || '&#x2026;'"/></summary>
                <xsl:value-of select="translate($cell/@display, '&#x2028;', '&#10;')"/>
              </details>
            </td>
          </xsl:when>
          <!-- a cell of text (a name, a date) is set as text, not as a figure: its fact says which -->
          <xsl:when test="key('fact', $cell/@fact)[not(@numeric = 'true' or @nil = 'true')]">
            <td class="text"><xsl:value-of select="$cell/@display"/></td>
          </xsl:when>
          <xsl:otherwise>
            <td class="{'figure', if ($cell/@negative = 'true') then 'negative' else (),
                if (hs:unscaled($cell)) then 'unscaled' else ()}">
              <xsl:value-of select="$cell/@display"/>
            </td>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </tr>
  </xsl:template>

  <!-- A column's currency and scale, as an annual report heads it: "JPY thousands", "USD millions". -->
  <xsl:function name="hs:measure" as="xs:string">
    <xsl:param name="column" as="element(v:column)"/>
    <xsl:sequence select="string-join(($column/@unit[. != ''], hs:scale-word($column/../@scale)[$column/@unit != '']), ' ')"/>
  </xsl:function>

  <xsl:function name="hs:scale-word" as="xs:string?">
    <xsl:param name="scale" as="xs:string"/>
    <xsl:sequence select="map{'3': 'thousands', '6': 'millions', '9': 'billions'}($scale)"/>
  </xsl:function>

  <!--
    A figure the column's scale does not apply to: its own @scale (the power of ten its print
    is in) differs from the statement's, as a per-share amount (0) or a percentage (-2) in a
    statement in thousands (3).
  -->
  <xsl:function name="hs:unscaled" as="xs:boolean">
    <xsl:param name="cell" as="element(v:cell)?"/>
    <xsl:sequence select="exists(hs:scale-word(string($cell/../../@scale))) and $cell/@scale != $cell/../../@scale
        and not($cell/@block = 'true')"/>
  </xsl:function>

  <!-- A statement's anchor: its place among the statements shown, stable and always a valid id. -->
  <xsl:function name="hs:anchor" as="xs:string">
    <xsl:param name="statement" as="element(v:statement)"/>
    <xsl:sequence select="'statement-' || (count($statement/preceding-sibling::v:statement[v:row/v:cell]) + 1)"/>
  </xsl:function>

  <xsl:function name="hs:title" as="xs:string">
    <xsl:sequence select="if ($title != '') then $title else 'Financial statements'"/>
  </xsl:function>

  <xsl:function name="hs:entity" as="xs:string">
    <xsl:param name="view" as="element(v:view)"/>
    <xsl:variable name="name" select="$view/v:fact[substring-after(@concept, ':') = 'EntityRegistrantName'][1]"/>
    <xsl:sequence select="if ($name) then string($name) else string(($view/v:context/@entity)[1])"/>
  </xsl:function>

  <!-- The house style. The colour parameter is kept to a CSS-safe alphabet. -->
  <xsl:function name="hs:css" as="xs:string">
    <xsl:variable name="red" select="if (matches($negative-colour, '^[#a-zA-Z0-9]+$')) then $negative-colour else '#a0161b'"/>
    <xsl:sequence select="string-join((
        'body { font-family: Georgia, &quot;Times New Roman&quot;, Times, serif; color: #1a1a1a; margin: 2.5em auto; max-width: 60em; padding: 0 1.5em; line-height: 1.35; }',
        'header { border-bottom: 2px solid #1a1a1a; margin-bottom: 1.5em; }',
        'p.entity { font-variant: small-caps; letter-spacing: 0.08em; margin: 0; }',
        'h1 { font-weight: normal; font-size: 2em; margin: 0.2em 0 0.4em; }',
        'h2 { font-weight: normal; font-size: 1.35em; border-bottom: 1px solid #999; padding-bottom: 0.2em; }',
        'nav ol { columns: 2; padding-left: 1.5em; } nav a, p.back a { color: inherit; }',
        'section.statement { margin-top: 3em; overflow-x: auto; }',
        'table { border-collapse: collapse; width: 100%; }',
        'thead th { font-weight: normal; font-style: italic; text-align: right; vertical-align: bottom; padding: 0 0 0.4em 1.2em; border-bottom: 1px solid #1a1a1a; }',
        'span.measure { display: block; font-size: 0.8em; font-style: normal; color: #555; }',
        'tbody th { font-weight: normal; text-align: left; padding-top: 0.15em; padding-bottom: 0.15em; min-width: 16em; }',
        'td.figure { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums lining-nums; padding: 0.15em 0 0.15em 1.2em; }',
        'td.negative { color: ' || $red || '; }',
        'td.text { font-size: 0.85em; white-space: pre-line; padding-left: 1.2em; }',
        'tr.heading th { font-style: italic; padding-top: 0.7em; }',
        'tr.total th, tr.total td { font-weight: bold; }',
        'tr.total td.figure { border-top: 1px solid #1a1a1a; }',
        'tr.grand-total td.figure { border-bottom: 3px double #1a1a1a; }',
        'td.unscaled { font-style: italic; }',
        'p.note { font-size: 0.8em; color: #555; font-style: italic; }',
        'p.back { font-size: 0.8em; text-align: right; }'), '&#10;')"/>
  </xsl:function>
</xsl:stylesheet>
