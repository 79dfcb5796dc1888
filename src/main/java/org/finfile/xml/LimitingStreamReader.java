package org.finfile.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A StAX reader that refuses DOCTYPEs and entity references and bounds depth and attributes.
 * Asked to, in an XML 1.1 document it also refuses the control characters only XML 1.1 allows
 * (U+0001 to U+001F but tab, line feed and carriage return): finfile writes XML 1.0, which cannot
 * hold them, and would otherwise fail on its own output.
 */
final class LimitingStreamReader extends StreamReaderDelegate {
  private final int maxDepth;
  private final int maxAttributes;
  private final int maxText;
  private final boolean xml11;
  private int depth;

  LimitingStreamReader(XMLStreamReader reader, boolean xml10Only) throws XMLStreamException {
    super(reader);
    this.maxDepth = org.finfile.Limit.DEPTH.intValue();
    this.maxAttributes = org.finfile.Limit.ATTRIBUTES.intValue();
    this.maxText = org.finfile.Limit.TEXT_CHARS.intValue();
    this.xml11 = xml10Only && "1.1".equals(reader.getVersion());
    check(reader.getEventType());
  }

  @Override
  public int next() throws XMLStreamException {
    int event = super.next();
    check(event);
    return event;
  }

  @Override
  public int nextTag() throws XMLStreamException {
    int event = next();
    while ((event == CHARACTERS && isWhiteSpace())
        || (event == CDATA && isWhiteSpace())
        || event == SPACE
        || event == PROCESSING_INSTRUCTION
        || event == COMMENT) {
      event = next();
    }
    if (event != START_ELEMENT && event != END_ELEMENT) {
      throw new XMLStreamException("expected an element, found text", getLocation());
    }
    return event;
  }

  @Override
  public String getElementText() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int event = next();
    while (event != END_ELEMENT) {
      if (event == CHARACTERS || event == CDATA || event == SPACE) {
        text.append(getText());
      } else if (event == START_ELEMENT) {
        throw new XMLStreamException("an element was found where only text is allowed", getLocation());
      } else if (event == END_DOCUMENT) {
        throw new XMLStreamException("the document ended inside an element", getLocation());
      }
      event = next();
    }
    return text.toString();
  }

  private void check(int event) throws XMLStreamException {
    switch (event) {
      case XMLStreamConstants.DTD ->
          throw new XMLStreamException("a DOCTYPE is not allowed (entities and DTDs are refused)", getLocation());
      case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
          throw new XMLStreamException("entity references are not allowed", getLocation());
      case XMLStreamConstants.START_ELEMENT -> {
        if (++depth > maxDepth) {
          throw new XMLStreamException("elements nested deeper than " + maxDepth + " " + org.finfile.Limit.DEPTH.advice(),
              getLocation());
        }
        if (getAttributeCount() > maxAttributes) {
          throw new XMLStreamException("more than " + maxAttributes + " attributes on one element "
              + org.finfile.Limit.ATTRIBUTES.advice(), getLocation());
        }
        for (int i = 0; i < getAttributeCount(); i++) {
          String value = getAttributeValue(i);
          if (value.length() > maxText) {
            throw new XMLStreamException("an attribute value of " + value.length() + " characters "
                + org.finfile.Limit.TEXT_CHARS.advice(), getLocation());
          }
          if (xml11) {
            requireXml10(value);
          }
        }
      }
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE, XMLStreamConstants.COMMENT,
          XMLStreamConstants.PROCESSING_INSTRUCTION -> {
        if (event != XMLStreamConstants.PROCESSING_INSTRUCTION && getTextLength() > maxText) {
          throw new XMLStreamException("a text of " + getTextLength() + " characters " + org.finfile.Limit.TEXT_CHARS.advice(),
              getLocation());
        }
        if (xml11) {
          requireXml10(event == XMLStreamConstants.PROCESSING_INSTRUCTION ? getPIData() : getText());
        }
      }
      case XMLStreamConstants.END_ELEMENT -> depth--;
      default -> { }
    }
  }

  private void requireXml10(String text) throws XMLStreamException {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        throw new XMLStreamException(String.format("the character U+%04X, which only XML 1.1 allows: finfile writes XML 1.0,"
            + " which cannot hold it", (int) c), getLocation());
      }
    }
  }
}
