package org.finfile.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.finfile.xml.Namespaces;
import org.finfile.xml.XmlSecurity;

/**
 * Where facts inside tuples sit, for the XBRL 2.1 rules that look at a fact's parent: a
 * calculation's items are the descendants of its total's parent (§5.2.5.2), duplicates and
 * essence-alias pairs share a parent (§4.10, §5.2.6.2.2). Elements are numbered in document
 * order, so an element's descendants are the numbers between its own and its end's; each fact
 * learns its number and its parent's span. A second streaming read, made only when a fact that
 * a calculation or an essence-alias relationship names sits inside a tuple; memory is one
 * frame per open element.
 */
final class TupleScopes {
  private TupleScopes() {}

  /** One open element: its number, and the facts among its children waiting for its end. */
  private static final class Frame {
    final int start;
    final boolean fact;
    final boolean skipped;
    List<Facts.CalcFact> children;

    Frame(int start, boolean fact, boolean skipped) {
      this.start = start;
      this.fact = fact;
      this.skipped = skipped;
    }
  }

  /** Fills in the places of the kept facts inside tuples; a problem when the file cannot be read again. */
  static void fill(Path file, String systemId, String name, InstanceScan scan, List<Problem> problems) {
    Map<Integer, Facts.CalcFact> nested = new HashMap<>();
    for (Facts.CalcFact f : scan.calcFacts) {
      if (f.depth > 2 && f.ordinal >= 0) {
        nested.put(f.ordinal, f);
      }
    }
    if (nested.isEmpty()) {
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      read(XmlSecurity.streamReader(in, systemId), nested);
    } catch (IOException | XMLStreamException e) {
      problems.add(Problem.error(name, Rules.XML, "cannot read the file again: " + e.getMessage()));
    }
  }

  private static void read(XMLStreamReader xml, Map<Integer, Facts.CalcFact> nested) throws XMLStreamException {
    List<Frame> open = new ArrayList<>();
    int elements = 0;
    int facts = 0;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          int depth = open.size() + 1;
          String ns = xml.getNamespaceURI();
          Frame parent = open.isEmpty() ? null : open.get(open.size() - 1);
          // what the first pass skips: linkbases, and contexts, units and other xbrli elements at the top
          boolean skipped = parent != null && parent.skipped || Namespaces.LINK.equals(ns)
              || depth == 2 && Namespaces.XBRLI.equals(ns);
          boolean fact = !skipped && depth > 1 && xml.getAttributeValue(null, "contextRef") != null;
          open.add(new Frame(elements++, fact, skipped));
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          Frame frame = open.remove(open.size() - 1);
          if (frame.children != null) {
            for (Facts.CalcFact child : frame.children) {
              child.parentEnd = elements;
            }
          }
          if (frame.fact) {
            Facts.CalcFact f = nested.get(facts++);
            if (f != null && !f.concept.equals(xml.getName())) {
              // the two reads count facts differently (a fact inside a fact): place none rather than guess
              nested.values().forEach(n -> n.start = -1);
              return;
            }
            if (f != null && open.size() > 1) {
              Frame parent = open.get(open.size() - 1);
              f.start = frame.start;
              f.parentStart = parent.start;
              if (parent.children == null) {
                parent.children = new ArrayList<>(2);
              }
              parent.children.add(f);
            }
          }
        }
      }
    } finally {
      xml.close();
    }
  }
}
