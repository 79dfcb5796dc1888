<?xml version="1.0" encoding="UTF-8"?>
<!-- A hostile stylesheet for tests: it tries to read a file named by its input. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:value-of select="unparsed-text(string(/*/@href))"/>
    <xsl:value-of select="string(doc(string(/*/@href)))"/>
  </xsl:template>
</xsl:stylesheet>
