package org.finfile.oim;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.InputException;
import org.finfile.xml.XmlSecurity;

/**
 * The text of an {@code xbrl:note} fact, whose value is an XHTML fragment. finfile's footnotes
 * are text, so a fragment with markup is refused rather than flattened (as a footnote with
 * markup is in an instance). The fragment is read through the hardened XML door.
 */
final class NoteText {
  private NoteText() {}

  static String of(String xhtml, String where) throws InputException {
    String document = "<body xmlns=\"http://www.w3.org/1999/xhtml\">" + xhtml + "</body>";
    StringBuilder text = new StringBuilder();
    try {
      XMLStreamReader xml = XmlSecurity.streamReader(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), where);
      try {
        xml.nextTag();
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            throw new InputException(where, "markup inside a note (<" + xml.getLocalName() + ">) is not supported yet");
          }
          if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
              || event == XMLStreamConstants.SPACE) {
            text.append(xml.getText());
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new InputException(where, "the note is not an XHTML fragment: " + e.getMessage());
    }
    return text.toString();
  }
}
