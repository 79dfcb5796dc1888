<?xml version="1.0" encoding="UTF-8"?>
<!-- CSV cells: RFC 4180 quoting, and text made harmless to spreadsheets. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:f="http://finfile.org/xslt/functions"
                exclude-result-prefixes="#all">

  <!-- A text cell: = + - @ first (after any spaces, which spreadsheets skip), or a leading tab or
       carriage return, would start a formula; an apostrophe stops it. -->
  <xsl:function name="f:text" as="xs:string">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="if (matches(string($value), '^([=+\-@&#9;&#13;]|\s+[=+\-@])')) then concat('''', $value) else string($value)"/>
  </xsl:function>

  <!-- A field: quoted when it holds a comma, a quote or a line break; quotes doubled. -->
  <xsl:function name="f:field" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="if (contains($value, ',') or contains($value, '&quot;') or contains($value, '&#10;')
        or contains($value, '&#13;')) then concat('&quot;', replace($value, '&quot;', '&quot;&quot;'), '&quot;') else $value"/>
  </xsl:function>

  <!-- A record, ended by CRLF as RFC 4180 has it. -->
  <xsl:function name="f:row" as="xs:string">
    <xsl:param name="values" as="xs:string*"/>
    <xsl:sequence select="concat(string-join(for $v in $values return f:field($v), ','), '&#13;&#10;')"/>
  </xsl:function>
</xsl:stylesheet>
