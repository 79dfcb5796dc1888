package org.finfile.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/** A StAX reader that refuses DOCTYPEs and entity references and bounds depth and attributes. */
final class LimitingStreamReader extends StreamReaderDelegate {
  private final int maxDepth;
  private final int maxAttributes;
  private int depth;

  LimitingStreamReader(XMLStreamReader reader, int maxDepth, int maxAttributes) throws XMLStreamException {
    super(reader);
    this.maxDepth = maxDepth;
    this.maxAttributes = maxAttributes;
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
          throw new XMLStreamException("elements nested deeper than " + maxDepth, getLocation());
        }
        if (getAttributeCount() > maxAttributes) {
          throw new XMLStreamException("more than " + maxAttributes + " attributes on one element", getLocation());
        }
      }
      case XMLStreamConstants.END_ELEMENT -> depth--;
      default -> { }
    }
  }
}
