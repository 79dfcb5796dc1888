<?xml version="1.0" encoding="UTF-8"?>
<!-- The statements a view lays out, one a line: a file-name-safe name for each, its number and at
     most 60 characters of its title (file names have a length limit; titles do not). -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:v="http://finfile.org/view/1.0"
                exclude-result-prefixes="#all">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/v:view">
    <xsl:for-each select="v:statement[v:row/v:cell]">
      <xsl:variable name="slug" select="replace(substring(replace(lower-case(@title), '[^a-z0-9]+', '-'), 1, 60), '^-|-$', '')"/>
      <xsl:value-of select="format-number(position(), '00') || '-' || (if ($slug) then $slug else 'statement') || '&#10;'"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
