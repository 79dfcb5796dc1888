package org.finfile.xml;

import java.util.ArrayList;
import java.util.List;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.Difference;
import org.xmlunit.diff.ElementSelectors;
import org.xmlunit.diff.DefaultNodeMatcher;

/**
 * Compares two instance documents as XBRL: elements, attributes and text must be the same;
 * namespace prefixes, whitespace between elements, comments and the order of contexts, units
 * and facts relative to each other may differ (XMLUnit "similar").
 */
public final class RoundTrip {
  private RoundTrip() {}

  /** The differences between two documents; empty when they are the same XBRL. */
  public static List<String> differences(byte[] control, byte[] test) {
    Diff diff = DiffBuilder.compare(Input.fromByteArray(control))
        .withTest(Input.fromByteArray(test))
        .withDocumentBuilderFactory(XmlSecurity.documentBuilderFactory())
        .ignoreComments()
        .ignoreWhitespace()
        .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAttributes("id")))
        .checkForSimilar()
        .build();
    List<String> differences = new ArrayList<>();
    for (Difference d : diff.getDifferences()) {
      differences.add(d.getComparison().toString());
    }
    return differences;
  }
}
