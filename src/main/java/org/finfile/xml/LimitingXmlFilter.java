package org.finfile.xml;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A SAX filter that bounds element depth, attribute counts and text lengths, which Xerces does
 * not, and counts attributes and namespace declarations in the bytes it is given before Xerces
 * parses them ({@link MarkupGuard}).
 */
final class LimitingXmlFilter extends XMLFilterImpl {
  private final int maxDepth;
  private final int maxAttributes;
  private Locator locator;
  private int depth;

  private final int maxText;
  private long text;

  LimitingXmlFilter(XMLReader parent) {
    super(parent);
    this.maxDepth = org.finfile.Limit.DEPTH.intValue();
    this.maxAttributes = org.finfile.Limit.ATTRIBUTES.intValue();
    this.maxText = org.finfile.Limit.TEXT_CHARS.intValue();
  }

  /**
   * Parses {@code input}, its bytes through a {@link MarkupGuard}: the input's byte stream, or
   * the file its system id names (other inputs go to the parser as they are).
   */
  @Override
  public void parse(org.xml.sax.InputSource input) throws SAXException, java.io.IOException {
    depth = 0;
    text = 0;
    if (input.getCharacterStream() == null) {
      java.io.InputStream bytes = input.getByteStream();
      boolean opened = false;
      if (bytes == null && input.getSystemId() != null && input.getSystemId().startsWith("file:")) {
        try {
          bytes = java.nio.file.Files.newInputStream(java.nio.file.Path.of(java.net.URI.create(input.getSystemId())));
          opened = true;
        } catch (IllegalArgumentException e) {
          bytes = null;
        }
      }
      if (bytes != null) {
        org.xml.sax.InputSource guarded = new org.xml.sax.InputSource(XmlSecurity.guard(bytes, input.getSystemId()));
        guarded.setSystemId(input.getSystemId());
        guarded.setPublicId(input.getPublicId());
        guarded.setEncoding(input.getEncoding());
        try {
          super.parse(guarded);
        } finally {
          if (opened) {
            bytes.close();
          }
        }
        return;
      }
    }
    super.parse(input);
  }


  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    text += length;
    if (text > maxText) {
      throw new SAXParseException("a text of more than " + maxText + " characters " + org.finfile.Limit.TEXT_CHARS.advice(),
          locator);
    }
    super.characters(ch, start, length);
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
    super.setDocumentLocator(locator);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    if (++depth > maxDepth) {
      throw new SAXParseException("elements nested deeper than " + maxDepth + " " + org.finfile.Limit.DEPTH.advice(), locator);
    }
    if (atts.getLength() > maxAttributes) {
      throw new SAXParseException("more than " + maxAttributes + " attributes on one element "
          + org.finfile.Limit.ATTRIBUTES.advice(), locator);
    }
    text = 0;
    for (int i = 0; i < atts.getLength(); i++) {
      if (atts.getValue(i).length() > maxText) {
        throw new SAXParseException("an attribute value of " + atts.getValue(i).length() + " characters "
            + org.finfile.Limit.TEXT_CHARS.advice(), locator);
      }
    }
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    depth--;
    text = 0;
    super.endElement(uri, localName, qName);
  }
}
