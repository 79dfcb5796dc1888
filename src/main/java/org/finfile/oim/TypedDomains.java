package org.finfile.oim;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.XmlSecurity;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The domain elements of a taxonomy's typed dimensions (XBRL Dimensions 1.0 §2.5.2.1.1): each
 * dimension's {@code xbrldt:typedDomainRef}, resolved to the element it points to, read from the
 * taxonomy's schemas.
 */
final class TypedDomains {
  private static final String XS = "http://www.w3.org/2001/XMLSchema";
  private static final String XBRLDT = "http://xbrl.org/2005/xbrldt";

  private final Map<QName, String> refs = new HashMap<>();
  private final Map<String, QName> elements = new HashMap<>();

  private TypedDomains() {}

  /** The typed dimensions of {@code taxonomy}'s schemas; schemas that cannot be read are left out. */
  static TypedDomains of(Taxonomy taxonomy) {
    TypedDomains domains = new TypedDomains();
    for (Taxonomy.Document schema : taxonomy.schemas()) {
      try (InputStream in = schema.local().openStream()) {
        domains.read(schema.uri(), in);
      } catch (IOException | SAXException | RuntimeException e) {
        // a schema finfile loaded once reads again; if not, its typed dimensions are unknown
      }
    }
    return domains;
  }

  /** The domain element of typed dimension {@code dimension}, or null when it is none (or unknown). */
  QName domain(QName dimension) {
    String ref = refs.get(dimension);
    return ref == null ? null : elements.get(ref);
  }

  private void read(String uri, InputStream in) throws IOException, SAXException {
    XMLReader reader = XmlSecurity.saxReader();
    reader.setContentHandler(new DefaultHandler() {
      private String target = "";
      private int depth;

      @Override
      public void startElement(String ns, String local, String qname, Attributes atts) {
        depth++;
        if (depth == 1 && XS.equals(ns) && "schema".equals(local)) {
          target = atts.getValue("targetNamespace") == null ? "" : atts.getValue("targetNamespace");
        }
        if (depth == 2 && XS.equals(ns) && "element".equals(local) && atts.getValue("name") != null) {
          QName name = new QName(target, atts.getValue("name"));
          if (atts.getValue("id") != null) {
            elements.put(uri + "#" + atts.getValue("id"), name);
          }
          String ref = atts.getValue(XBRLDT, "typedDomainRef");
          if (ref != null) {
            try {
              String r = ref.strip();
              refs.put(name, r.startsWith("#") ? uri + r : URI.create(uri).resolve(r).toString());
            } catch (IllegalArgumentException e) {
              // an unusable reference: the dimension's domain is unknown
            }
          }
        }
      }

      @Override
      public void endElement(String ns, String local, String qname) {
        depth--;
      }
    });
    InputSource source = new InputSource(in);
    source.setSystemId(uri);
    reader.parse(source);
  }
}
