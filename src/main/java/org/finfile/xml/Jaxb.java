package org.finfile.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.util.List;
import java.util.Map;
import org.glassfish.jaxb.runtime.marshaller.NamespacePrefixMapper;

/** The JAXB context of the generated XBRL 2.1 classes, built once per process. */
final class Jaxb {
  private static final JAXBContext CONTEXT = create();

  private Jaxb() {}

  private static JAXBContext create() {
    try {
      return JAXBContext.newInstance(
          org.finfile.xml.bind.xbrli.ObjectFactory.class, org.finfile.xml.bind.link.ObjectFactory.class);
    } catch (JAXBException e) {
      throw new IllegalStateException("the XBRL bindings cannot be loaded: " + e.getMessage(), e);
    }
  }

  static Unmarshaller unmarshaller() throws JAXBException {
    Unmarshaller u = CONTEXT.createUnmarshaller();
    u.setEventHandler(event -> false);
    return u;
  }

  /**
   * A marshaller of fragments into a document whose root declares {@code prefixes}
   * (prefix to namespace), so fragments neither rename nor re-declare them.
   */
  static Marshaller fragmentMarshaller(Map<String, String> prefixes) throws JAXBException {
    Marshaller m = CONTEXT.createMarshaller();
    m.setProperty(Marshaller.JAXB_FRAGMENT, true);
    m.setProperty("org.glassfish.jaxb.namespacePrefixMapper", new Prefixes(prefixes));
    return m;
  }

  private static final class Prefixes extends NamespacePrefixMapper {
    private final Map<String, String> prefixes;

    Prefixes(Map<String, String> prefixes) {
      this.prefixes = prefixes;
    }

    @Override
    public String getPreferredPrefix(String namespaceUri, String suggestion, boolean requirePrefix) {
      for (Map.Entry<String, String> e : prefixes.entrySet()) {
        if (e.getValue().equals(namespaceUri)) {
          return e.getKey();
        }
      }
      return suggestion;
    }

    @Override
    public String[] getContextualNamespaceDecls() {
      return prefixes.entrySet().stream()
          .flatMap(e -> List.of(e.getKey(), e.getValue()).stream())
          .toArray(String[]::new);
    }
  }
}
