package org.finfile.oim;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.finfile.InputException;
import org.finfile.model.Accuracy;
import org.finfile.model.Fact;
import org.finfile.model.Filing;
import org.finfile.model.Footnote;
import org.finfile.taxonomy.Concept;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.OfflineResolver;

/**
 * The Open Information Model's report formats, xBRL-JSON 1.0 and xBRL-CSV 1.0: reading a report
 * back into a filing, and what a filing must be for them to hold it whole.
 *
 * <pre>{@code
 * Filing filing = Oim.read(Path.of("report.json"));          // xBRL-JSON
 * Filing filing = Oim.read(Path.of("report-metadata.json")); // xBRL-CSV: the metadata file
 * }</pre>
 *
 * <p>Taxonomy-defined dimensions read into each context's segment (OIM does not say segment or
 * scenario): an explicit dimension's member by its name, a typed dimension's value as the
 * dimension's domain element holding it — which only the taxonomy names
 * ({@code xbrldt:typedDomainRef}), so a typed value is refused when the taxonomy cannot be had.
 *
 * <p>OIM writes no unit for a pure number, so a pure fact with INF decimals (or a nil one) reads
 * like text unless the report's structure or the taxonomy says it is a number. finfile's
 * xBRL-CSV says so (numbers and text in separate columns); for xBRL-JSON the reader asks the
 * report's taxonomy, loaded offline, when such a fact appears.
 */
public final class Oim {
  private static final Set<String> TEXT_ITEM_TYPES = Set.of(
      "stringItemType", "normalizedStringItemType", "tokenItemType", "NCNameItemType");
  private static final Set<String> NO_LANGUAGE_TYPES = Set.of(
      "domainItemType", "noLangTokenItemType", "noLangStringItemType");

  private Oim() {}

  /**
   * Reads an xBRL-JSON report or an xBRL-CSV report (its metadata file), told apart by
   * {@code documentInfo.documentType}. A taxonomy for ambiguous facts is loaded from the
   * report's references through finfile's offline catalog, if it can be.
   *
   * @throws InputException if the file is no OIM report, is malformed, beyond the limits for
   *     untrusted input, or says something finfile's model cannot hold (it is never dropped)
   */
  public static Filing read(Path file) throws InputException {
    JsonNode root = JsonDocuments.read(file);
    return read(file, root, () -> taxonomy(file, root));
  }

  /** Reads as {@link #read(Path)} does, with {@code taxonomy} (may be null) for ambiguous facts. */
  public static Filing read(Path file, Taxonomy taxonomy) throws InputException {
    return read(file, JsonDocuments.read(file), () -> taxonomy);
  }

  private static Filing read(Path file, JsonNode root, Supplier<Taxonomy> taxonomy) throws InputException {
    String type = OimDocument.documentType(root);
    if (OimDocument.JSON_TYPE.equals(type)) {
      return XbrlJson.read(file, root, taxonomy);
    }
    if (OimDocument.CSV_TYPE.equals(type)) {
      return XbrlCsv.read(file, root, taxonomy);
    }
    throw new InputException(file.toString(), "neither an xBRL-JSON report nor xBRL-CSV metadata: documentInfo.documentType is "
        + (type == null ? "missing" : "'" + type + "'"));
  }

  private static Taxonomy taxonomy(Path file, JsonNode root) {
    List<String> refs = new ArrayList<>();
    root.path("documentInfo").path("taxonomy").forEach(r -> refs.add(r.asText()));
    try {
      return refs.isEmpty() ? null : Taxonomy.load(refs, file.toAbsolutePath().toUri().toString(), OfflineResolver.bundled());
    } catch (InputException e) {
      return null;
    }
  }

  /**
   * Why xBRL-JSON and xBRL-CSV cannot hold {@code filing} whole, or empty when they can: a
   * precision of 0 (OIM has no such accuracy), a footnote in a non-standard role, link role or
   * arcrole, without a language, or linked to no fact; a segment or scenario with content that
   * is no dimension member, or a typed member whose value has element content (OIM's typed
   * dimensions are simple values); a dateTime period (finfile writes OIM periods of whole days);
   * tuples and fractions (OIM 1.0 has neither).
   */
  public static Optional<String> unrepresentable(Filing filing) {
    if (!filing.tuples().isEmpty()) {
      return Optional.of("it has tuples (the first is " + filing.tuples().get(0).concept() + "), which OIM 1.0 cannot represent");
    }
    List<String> ids = filing.factIds();
    for (int i = 0; i < ids.size(); i++) {
      Fact f = filing.facts().get(i);
      if (f.value() instanceof org.finfile.model.FactValue.Fraction) {
        return Optional.of("fact " + ids.get(i) + " is a fraction, which OIM 1.0 cannot represent");
      }
      if (f.accuracy() instanceof Accuracy.Precision p && !p.infinite() && p.digits() == 0) {
        return Optional.of("fact " + ids.get(i) + " has precision=\"0\", which OIM 1.0 cannot represent");
      }
    }
    for (org.finfile.model.Context c : filing.contexts()) {
      if (c.period() instanceof org.finfile.model.Period.Instant i && !i.time().isEmpty()
          || c.period() instanceof org.finfile.model.Period.Duration d && !(d.startTime() + d.endTime()).isEmpty()) {
        return Optional.of("context " + c.id() + " has a dateTime period; finfile writes OIM periods of whole days only");
      }
      for (org.finfile.model.Qualifiers q : List.of(c.segment(), c.scenario())) {
        if (!q.others().isEmpty()) {
          return Optional.of("context " + c.id() + " has segment or scenario content that is no dimension member,"
              + " which OIM 1.0 cannot represent");
        }
        for (org.finfile.model.Qualifiers.Part p : q.members()) {
          if (p instanceof org.finfile.model.Qualifiers.TypedMember t && TypedValues.isComplex(t.value())) {
            return Optional.of("context " + c.id() + " has a typed member of " + t.dimension()
                + " with element content, which OIM 1.0 cannot represent (its typed dimensions are simple values)");
          }
        }
      }
    }
    for (Footnote link : filing.footnotes()) {
      if (!Footnote.STANDARD_LINK_ROLE.equals(link.role())) {
        return Optional.of("a footnote link has the role " + link.role() + "; finfile writes OIM footnotes in the standard link role only");
      }
      Set<String> linked = new HashSet<>();
      for (Footnote.Arc arc : link.arcs()) {
        if (!Footnote.FACT_FOOTNOTE.equals(arc.arcrole())) {
          return Optional.of("a footnote arc has the arcrole " + arc.arcrole() + "; finfile writes fact-footnote links only");
        }
        linked.add(arc.to());
      }
      for (Footnote.Resource r : link.resources()) {
        if (!Footnote.STANDARD_ROLE.equals(r.role())) {
          return Optional.of("footnote " + r.label() + " has the role " + r.role() + ", which OIM 1.0 cannot represent");
        }
        if (r.lang().isBlank() && (filing.lang() == null || filing.lang().isBlank())) {
          return Optional.of("footnote " + r.label() + " has no language, which an OIM note needs");
        }
        if (!linked.contains(r.label())) {
          return Optional.of("footnote " + r.label() + " annotates no fact, which OIM 1.0 cannot represent");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * True when OIM gives the non-numeric facts of {@code concept} a language: text, a type derived
   * from xs:string, except xs:language, xs:Name and the DTR's no-language types. Dates, booleans,
   * URIs, language codes... take none.
   */
  public static boolean takesLanguage(Concept concept) {
    if (!"http://www.xbrl.org/2003/instance".equals(concept.itemType().getNamespaceURI())
        || !TEXT_ITEM_TYPES.contains(concept.itemType().getLocalPart())) {
      return false;
    }
    return concept.typeChain().stream().noneMatch(t -> t.getNamespaceURI().startsWith("http://www.xbrl.org/dtr/type/")
        && NO_LANGUAGE_TYPES.contains(t.getLocalPart()));
  }
}
