package org.finfile.taxonomy;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.finfile.InputException;
import org.finfile.xml.OfflineResolver;

/**
 * The concepts of a discoverable taxonomy set, and the documents it is made of.
 *
 * <pre>{@code
 * Taxonomy t = Taxonomy.load("iij-2003-03-31.xsd", baseUrl, OfflineResolver.bundled());
 * Concept revenue = t.concept(new QName(ns, "Revenues")).orElseThrow();
 * }</pre>
 *
 * @param concepts every item concept, by name
 * @param schemas the schema documents, entry point first
 * @param linkbases the linkbases the schemas reference
 * @param prefixes namespace to the prefix its schema binds it to
 * @param calculations the effective summation-item relationships
 * @param presentation the effective parent-child trees
 * @param labels the concepts' labels
 * @param definitions the effective relationships of the definition links (essence-alias, requires-element, ...)
 * @param problems what in the DTS could not be used (a concept without a type or period type,
 *     an arc to a missing locator), each {@code location: message}; the rest is still loaded
 * @param dts what the taxonomy declares and links beyond its concepts, for checking the taxonomy itself
 * @param missing the official documents the DTS references that could not be had offline (no
 *     catalog, taxonomy folder or package maps them), each once, in the order discovery met them;
 *     empty for a complete DTS. Everything else is still loaded: a real filing's extension
 *     counts with its labels, presentation and calculations when the us-gaap it imports is
 *     not at hand.
 * @param assumed concepts of missing schemas that the linkbases' locators name by id
 *     ({@code prefix_localName} with the namespace of the xs:import that references the schema,
 *     see {@link #missing}): their labels, presentation and calculation relationships are
 *     kept, but they have no {@link Concept} (type, period type, balance are unknown); also the concepts of
 *     loaded schemas whose type a missing schema declares
 *
 * <p>{@code itemTypes}: every type the schemas declare that derives from an XBRL 2.1 item type,
 * with its chain (the type itself first, the item type last).
 */
public record Taxonomy(Map<QName, Concept> concepts, List<Document> schemas, List<Document> linkbases,
    Map<String, String> prefixes, Calculations calculations, Presentation presentation, Labels labels,
    Definitions definitions, List<String> problems, Dts dts, List<Missing> missing, java.util.Set<QName> assumed,
    Map<QName, List<QName>> itemTypes) {

  /**
   * An official document that could not be had offline.
   *
   * @param url its URL, as the DTS references it
   * @param namespace the namespace an xs:import gave it, or null
   * @param referencedBy the documents that reference it, in discovery order
   */
  public record Missing(String url, String namespace, List<String> referencedBy) {
    public Missing {
      referencedBy = List.copyOf(referencedBy);
    }
  }

  /** A complete taxonomy: nothing missing. */
  public Taxonomy(Map<QName, Concept> concepts, List<Document> schemas, List<Document> linkbases,
      Map<String, String> prefixes, Calculations calculations, Presentation presentation, Labels labels,
      Definitions definitions, List<String> problems, Dts dts) {
    this(concepts, schemas, linkbases, prefixes, calculations, presentation, labels, definitions, problems, dts, List.of(),
        java.util.Set.of(), Map.of());
  }

  /** True when some referenced document could not be had offline (see {@link #missing}). */
  public boolean isPartial() {
    return !missing.isEmpty();
  }

  /**
   * A document of the DTS: {@code uri} as the taxonomy references it (an official URL, or a
   * file), {@code local} where finfile read it.
   */
  public record Document(String uri, URL local) {}

  public Taxonomy {
    concepts = Map.copyOf(concepts);
    schemas = List.copyOf(schemas);
    linkbases = List.copyOf(linkbases);
    prefixes = Map.copyOf(prefixes);
    problems = List.copyOf(problems);
    missing = List.copyOf(missing);
    assumed = java.util.Set.copyOf(assumed);
    itemTypes = Map.copyOf(itemTypes);
  }

  /**
   * Loads the DTS an instance discovers (XBRL 2.1 §3.2): its schemaRefs and its linkbaseRefs,
   * relative to {@code base}. A schemaRef that reaches anything but a schema, or a linkbaseRef
   * anything but a linkbase, refuses the taxonomy; so does a local document that cannot be read.
   * An official (http or https) document that no catalog, taxonomy folder or package maps does
   * not: it is listed in {@link #missing()} and the rest is loaded.
   */
  public static Taxonomy load(List<String> schemaHrefs, List<String> linkbaseHrefs, String base, OfflineResolver resolver)
      throws InputException {
    return new TaxonomyLoader(resolver).load(schemaHrefs, linkbaseHrefs, base);
  }

  /** The prefix a schema of the taxonomy uses for its own target namespace, if any. */
  public Optional<String> prefix(String namespace) {
    return Optional.ofNullable(prefixes.get(namespace));
  }

  /** Loads the DTS of the schema {@code href}, relative to {@code base} (null for absolute). */
  public static Taxonomy load(String href, String base, OfflineResolver resolver) throws InputException {
    return new TaxonomyLoader(resolver).load(List.of(href), base);
  }

  /** Loads the DTS of several entry points (an instance's schemaRefs), relative to {@code base}. */
  public static Taxonomy load(List<String> hrefs, String base, OfflineResolver resolver) throws InputException {
    return new TaxonomyLoader(resolver).load(hrefs, base);
  }

  public Optional<Concept> concept(QName name) {
    return Optional.ofNullable(concepts.get(name));
  }

  /** True when the concept's type is {@code type} or derives from it. */
  public boolean derivesFrom(Concept concept, QName type) {
    return concept.typeChain().contains(type) || concept.itemType().equals(type);
  }
}
