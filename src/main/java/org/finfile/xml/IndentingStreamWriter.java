package org.finfile.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Indents element content by two spaces per level, so written instances read well and diff
 * well. Elements that hold text are left untouched.
 */
final class IndentingStreamWriter extends DelegatingStreamWriter {
  private final Deque<boolean[]> open = new ArrayDeque<>();

  IndentingStreamWriter(XMLStreamWriter out) {
    super(out);
  }

  private void beforeStart() throws XMLStreamException {
    if (!open.isEmpty()) {
      open.peek()[0] = true;
      newline(open.size());
    }
  }

  /** What writes one element on another writer. */
  interface ElementWriter {
    void write(XMLStreamWriter out) throws XMLStreamException;
  }

  /**
   * Writes one element, indented as any other, with nothing added inside it: content kept as
   * read (mixed content, significant spacing) goes out as it came in.
   */
  void writeVerbatim(ElementWriter element) throws XMLStreamException {
    beforeStart();
    element.write(delegate());
  }

  private void newline(int depth) throws XMLStreamException {
    super.writeCharacters("\n" + "  ".repeat(depth));
  }

  @Override
  public void writeStartElement(String localName) throws XMLStreamException {
    beforeStart();
    super.writeStartElement(localName);
    open.push(new boolean[2]);
  }

  @Override
  public void writeStartElement(String namespaceUri, String localName) throws XMLStreamException {
    beforeStart();
    super.writeStartElement(namespaceUri, localName);
    open.push(new boolean[2]);
  }

  @Override
  public void writeStartElement(String prefix, String localName, String namespaceUri) throws XMLStreamException {
    beforeStart();
    super.writeStartElement(prefix, localName, namespaceUri);
    open.push(new boolean[2]);
  }

  @Override
  public void writeEmptyElement(String namespaceUri, String localName) throws XMLStreamException {
    beforeStart();
    super.writeEmptyElement(namespaceUri, localName);
  }

  @Override
  public void writeEmptyElement(String prefix, String localName, String namespaceUri) throws XMLStreamException {
    beforeStart();
    super.writeEmptyElement(prefix, localName, namespaceUri);
  }

  @Override
  public void writeEmptyElement(String localName) throws XMLStreamException {
    beforeStart();
    super.writeEmptyElement(localName);
  }

  @Override
  public void writeEndElement() throws XMLStreamException {
    boolean[] state = open.pop();
    if (state[0] && !state[1]) {
      newline(open.size());
    }
    super.writeEndElement();
  }

  @Override
  public void writeCharacters(String text) throws XMLStreamException {
    markText();
    super.writeCharacters(text);
  }

  @Override
  public void writeCharacters(char[] text, int start, int len) throws XMLStreamException {
    markText();
    super.writeCharacters(text, start, len);
  }

  private void markText() {
    if (!open.isEmpty()) {
      open.peek()[1] = true;
    }
  }

  @Override
  public void writeStartDocument(String encoding, String version) throws XMLStreamException {
    super.writeStartDocument(encoding, version);
    super.writeCharacters("\n");
  }

  @Override
  public void writeEndDocument() throws XMLStreamException {
    while (!open.isEmpty()) {
      writeEndElement();
    }
    super.writeCharacters("\n");
    super.writeEndDocument();
  }
}
