package org.finfile.validate;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.finfile.xml.Namespaces;
import org.xml.sax.helpers.NamespaceSupport;

/** Collects a unit's measures, for {@link InstanceScan}. */
final class UnitParts {
  final String id;
  final String where;
  final StringBuilder text = new StringBuilder();
  final List<QName> numerator = new ArrayList<>();
  final List<QName> denominator = new ArrayList<>();
  boolean inDenominator;

  UnitParts(String id, String where) {
    this.id = id;
    this.where = where;
  }

  void start(String uri, String local) {
    if (Namespaces.XBRLI.equals(uri) && local.equals("unitDenominator")) {
      inDenominator = true;
    }
    text.setLength(0);
  }

  void end(String uri, String local, NamespaceSupport namespaces) {
    if (Namespaces.XBRLI.equals(uri) && local.equals("measure")) {
      String lexical = text.toString().strip();
      int colon = lexical.indexOf(':');
      String prefix = colon < 0 ? "" : lexical.substring(0, colon);
      String ns = namespaces.getURI(prefix);
      QName measure = new QName(ns == null ? "" : ns, lexical.substring(colon + 1));
      (inDenominator ? denominator : numerator).add(measure);
    } else if (Namespaces.XBRLI.equals(uri) && local.equals("unitDenominator")) {
      inDenominator = false;
    }
    text.setLength(0);
  }
}
