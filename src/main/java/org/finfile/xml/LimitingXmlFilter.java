package org.finfile.xml;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/** A SAX filter that bounds element depth and attribute counts, which Xerces does not. */
final class LimitingXmlFilter extends XMLFilterImpl {
  private final int maxDepth;
  private final int maxAttributes;
  private Locator locator;
  private int depth;

  LimitingXmlFilter(XMLReader parent, int maxDepth, int maxAttributes) {
    super(parent);
    this.maxDepth = maxDepth;
    this.maxAttributes = maxAttributes;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
    super.setDocumentLocator(locator);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    if (++depth > maxDepth) {
      throw new SAXParseException("elements nested deeper than " + maxDepth, locator);
    }
    if (atts.getLength() > maxAttributes) {
      throw new SAXParseException("more than " + maxAttributes + " attributes on one element", locator);
    }
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    depth--;
    super.endElement(uri, localName, qName);
  }
}
