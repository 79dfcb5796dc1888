package org.finfile.mapping;

import jakarta.xml.bind.Unmarshaller;
import java.util.Map;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Remembers the line of each element JAXB makes an object of: a SAX filter keeps the parser's
 * locator, and an unmarshaller listener notes its line as each object's element starts (the line
 * where the start tag ends).
 */
final class LineRecorder extends XMLFilterImpl {
  private final Map<Object, Integer> lines;
  private Locator locator;

  LineRecorder(XMLReader parent, Map<Object, Integer> lines) {
    super(parent);
    this.lines = lines;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
    super.setDocumentLocator(locator);
  }

  @Override
  public void setContentHandler(ContentHandler handler) {
    super.setContentHandler(handler);
  }

  Unmarshaller.Listener listener() {
    return new Unmarshaller.Listener() {
      @Override
      public void beforeUnmarshal(Object target, Object parent) {
        if (locator != null) {
          lines.put(target, locator.getLineNumber());
        }
      }
    };
  }
}
