package org.finfile.inline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.xml.InstanceReader;

/**
 * Reads an Inline XBRL 1.1 document back into the XBRL instance it carries: the schema and
 * linkbase references, contexts and units of its {@code ix:header}; every {@code ix:nonFraction}
 * and {@code ix:nonNumeric}, wherever it stands (hidden, in the page, nested in another fact);
 * every {@code ix:fraction} with its numerator and denominator; every {@code ix:tuple} with its
 * members (nested in it or naming it by {@code tupleRef}) in their {@code order},
 * with its transformation, scale and sign applied and its {@code ix:exclude} and
 * {@code ix:continuation} parts resolved; every {@code ix:footnote} with the
 * {@code ix:relationship}s that tie it to facts, as footnote links; and the page's
 * {@code xml:lang}. Transformations read: the common rules of the Transformation Registries 3, 4
 * and 5 and the SEC's rules that EDGAR filings use (see {@code Transforms}); text blocks with
 * {@code escape="true"} carry their XHTML as escaped markup, serialized as the SEC's extraction
 * does. An inline document set (several documents, one target document) is read with
 * {@link #read(List)}. A page that breaks an inline rule is refused with an
 * {@link InlineException} naming the rule's code ({@code ix-continuation}, {@code ix-format-value},
 * {@code ix-tuple-order} ...). Several target documents and Inline XBRL 1.0 are refused with a
 * one-line message ({@code ix-unsupported}), never skipped.
 *
 * <p>Fact ids are kept as the page has them. A page cannot say which of its ids were made up
 * for facts that had none (finfile's {@code fact-N}), so a filing read back has an id on every
 * fact; facts compare equal without their ids.
 *
 * <pre>{@code
 * Filing filing = InlineXbrl.read(Path.of("report.xhtml"));
 * }</pre>
 */
public final class InlineXbrl {
  private InlineXbrl() {}

  /** The filing an Inline XBRL file carries. */
  public static Filing read(Path file) throws InputException {
    org.finfile.Limit.INPUT_BYTES.checkSize(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toUri().toString(), file.toString());
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The filing an inline document set carries: its documents, in order, make one target
   * document (continuations may cross documents; ids are unique across the set; references
   * resolve against the first document).
   *
   * <pre>{@code
   * Filing filing = InlineXbrl.read(List.of(Path.of("part1.htm"), Path.of("part2.htm")));
   * }</pre>
   */
  public static Filing read(List<Path> documents) throws InputException {
    if (documents.size() == 1) {
      return read(documents.get(0));
    }
    Page page = PageReader.read(set(documents));
    String first = documents.get(0).toString();
    Filing filing = InstanceReader.read(new ByteArrayInputStream(instance(page, first)), documents.get(0).toUri().toString(), first);
    return withLang(filing, page);
  }

  /** The XBRL instance document an inline document set carries (see {@link #read(List)}). */
  public static byte[] extract(List<Path> documents) throws InputException {
    return instance(PageReader.read(set(documents)), documents.isEmpty() ? "(no documents)" : documents.get(0).toString());
  }

  private static List<PageReader.Document> set(List<Path> documents) throws InputException {
    List<PageReader.Document> set = new java.util.ArrayList<>();
    for (Path p : documents) {
      org.finfile.Limit.INPUT_BYTES.checkSize(p);
      set.add(new PageReader.Document(() -> Files.newInputStream(p), p.toUri().toString(), p.toString()));
    }
    return set;
  }

  private static Filing withLang(Filing filing, Page page) {
    if (page.lang() == null || page.lang().equals(filing.lang())) {
      return filing;
    }
    return new Filing(filing.schemaRefs(), filing.namespaces(), filing.contexts(), filing.units(), filing.facts(),
        filing.footnotes(), filing.document().withLang(page.lang()), filing.tuples());
  }

  /**
   * The filing an Inline XBRL document carries.
   *
   * @param systemId the document's URL, against which its references resolve
   * @param name how locations name the document
   */
  public static Filing read(InputStream in, String systemId, String name) throws InputException {
    Page page = PageReader.read(in, systemId, name);
    Filing filing = InstanceReader.read(new ByteArrayInputStream(instance(page, name)), systemId, name);
    return withLang(filing, page);
  }

  /**
   * The problems of a page as XHTML 1.1 with Inline XBRL 1.1 (rule {@code ix-schema}): elements
   * and attributes outside XHTML 1.1, ix elements where the specification does not put them,
   * repeated ids. Empty when the page is valid; at most 100.
   */
  public static java.util.List<org.finfile.validate.Problem> schemaProblems(InputStream in, String systemId, String name)
      throws InputException {
    return InlineSchema.check(in, systemId, name);
  }

  /** The XBRL instance document an Inline XBRL document carries, {@code xml:lang} and footnotes included. */
  public static byte[] extract(InputStream in, String systemId, String name) throws InputException {
    return instance(PageReader.read(in, systemId, name), name);
  }

  private static byte[] instance(Page page, String name) throws InputException {
    try {
      return TargetDocument.write(page, name);
    } catch (XMLStreamException e) {
      throw new InputException(name, "cannot write the instance the page carries: " + InputException.oneLine(e.getMessage()), e);
    }
  }
}
