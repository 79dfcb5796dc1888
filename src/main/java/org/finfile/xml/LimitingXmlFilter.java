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
      if (bytes == null && input.getSystemId() != null && input.getSystemId().startsWith("file:")) {
        try {
          bytes = java.nio.file.Files.newInputStream(java.nio.file.Path.of(java.net.URI.create(input.getSystemId())));
        } catch (IllegalArgumentException e) {
          bytes = null;
        }
      }
      if (bytes != null && !utf16(bytes = new java.io.BufferedInputStream(bytes))) {
        org.xml.sax.InputSource guarded = new org.xml.sax.InputSource(new MarkupGuard(bytes, input.getSystemId()));
        guarded.setSystemId(input.getSystemId());
        guarded.setPublicId(input.getPublicId());
        guarded.setEncoding(input.getEncoding());
        try (java.io.InputStream closing = guarded.getByteStream()) {
          super.parse(guarded);
        }
        return;
      }
      if (bytes != null) {
        org.xml.sax.InputSource same = new org.xml.sax.InputSource(bytes);
        same.setSystemId(input.getSystemId());
        same.setPublicId(input.getPublicId());
        same.setEncoding(input.getEncoding());
        super.parse(same);
        return;
      }
    }
    super.parse(input);
  }

  /** Whether a stream starts as UTF-16 does (a byte-order mark or a zero byte in {@code <?}). */
  private static boolean utf16(java.io.InputStream buffered) throws java.io.IOException {
    buffered.mark(2);
    int a = buffered.read();
    int b = buffered.read();
    buffered.reset();
    return a == 0 || b == 0 || a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE;
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
