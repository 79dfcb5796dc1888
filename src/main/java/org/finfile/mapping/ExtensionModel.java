package org.finfile.mapping;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import org.finfile.taxonomy.CalculationTemplate;

/**
 * The extension taxonomy a mapping gives: its name, namespace and prefix, its statements (one
 * role each: title, presentation tree, calculation arcs), and the files written for it, by file
 * name ({@code NAME.xsd}, {@code NAME-lab.xml}, {@code NAME-pre.xml}, {@code NAME-cal.xml}).
 *
 * @param entry the URI the extension's schema stands at (beside the mapping), as the DTS names it
 */
public record ExtensionModel(String name, String namespace, String prefix, String entry, List<Statement> statements,
    SortedMap<String, byte[]> files) {

  public ExtensionModel {
    statements = List.copyOf(statements);
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** The schema's file name, as the instance's schemaRef names it. */
  public String schemaFile() {
    return name + ".xsd";
  }

  /** The files by their absolute URI (beside {@link #entry}). */
  public Map<String, byte[]> documents() {
    String folder = entry.substring(0, entry.lastIndexOf('/') + 1);
    Map<String, byte[]> documents = new java.util.LinkedHashMap<>();
    files.forEach((file, content) -> documents.put(folder + file, content));
    return documents;
  }

  /**
   * One statement: its role URI and title, its presentation arcs (parent null for a root) and
   * calculation arcs, each in order.
   */
  public record Statement(String role, String title, List<PresentationArc> presentation, List<CalculationTemplate.Arc> calculation) {
    public Statement {
      presentation = List.copyOf(presentation);
      calculation = List.copyOf(calculation);
    }
  }

  /** A parent-child arc; {@code parent} null for a root of the tree; {@code preferredLabel} a role URI or null. */
  public record PresentationArc(QName parent, QName child, int order, String preferredLabel) {}
}
