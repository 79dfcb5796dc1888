package org.finfile.attack;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The small, valid filing every payload is planted in: a taxonomy {@code t.xsd} (a monetary
 * {@code Cash}, a text {@code Note}, a double {@code Ratio}; labels; one statement role) and an
 * instance with one fact of each and a footnote. Each {@code {SLOT}} of the templates is where a
 * payload goes; unfilled slots take their harmless defaults, so the untouched fixture is valid
 * and renders ({@link AttackSuiteTest} runs it as the control).
 */
final class Fixture {
  static final String NS = "http://example.com/attack";
  static final String ROLE = "http://example.com/attack/role/Statement";

  private static final String SCHEMA = """
      <?xml version="1.0" encoding="UTF-8"?>
      {XSD_PROLOG}<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance"
        xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
        targetNamespace="http://example.com/attack" elementFormDefault="qualified">
      <xs:annotation><xs:appinfo>
      <link:linkbaseRef xlink:type="simple" xlink:href="t-pre.xml" xlink:role="http://www.xbrl.org/2003/role/presentationLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
      <link:linkbaseRef xlink:type="simple" xlink:href="t-lab.xml" xlink:role="http://www.xbrl.org/2003/role/labelLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
      {APPINFO}<link:roleType roleURI="http://example.com/attack/role/Statement" id="statement"><link:definition>{ROLE_DEFINITION}</link:definition><link:usedOn>link:presentationLink</link:usedOn></link:roleType>
      </xs:appinfo></xs:annotation>
      <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
      {SCHEMA_BODY}<xs:element name="Cash" id="a_Cash" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant" xbrli:balance="debit" nillable="true"/>
      <xs:element name="Note" id="a_Note" type="xbrli:stringItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant" nillable="true"/>
      <xs:element name="Ratio" id="a_Ratio" type="xbrli:doubleItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant" nillable="true"/>
      </xs:schema>
      """;

  private static final String PRESENTATION = """
      <?xml version="1.0" encoding="UTF-8"?>
      {PRE_PROLOG}<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
      <link:roleRef xlink:type="simple" xlink:href="t.xsd#statement" roleURI="http://example.com/attack/role/Statement"/>
      <link:presentationLink xlink:type="extended" xlink:role="http://example.com/attack/role/Statement">
      <link:loc xlink:type="locator" xlink:href="{CASH_HREF}" xlink:label="cash"/>
      <link:loc xlink:type="locator" xlink:href="t.xsd#a_Note" xlink:label="note"/>
      <link:loc xlink:type="locator" xlink:href="t.xsd#a_Ratio" xlink:label="ratio"/>
      <link:presentationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/parent-child" xlink:from="cash" xlink:to="note" order="1"/>
      <link:presentationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/parent-child" xlink:from="cash" xlink:to="ratio" order="2"/>
      </link:presentationLink>
      </link:linkbase>
      """;

  private static final String LABELS = """
      <?xml version="1.0" encoding="UTF-8"?>
      {LAB_PROLOG}<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
      <link:labelLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
      <link:loc xlink:type="locator" xlink:href="t.xsd#a_Cash" xlink:label="cash"/>
      <link:label xlink:type="resource" xlink:label="cash_label" xlink:role="http://www.xbrl.org/2003/role/label" xml:lang="en">{CASH_LABEL}</link:label>
      <link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="cash" xlink:to="cash_label"/>
      <link:loc xlink:type="locator" xlink:href="t.xsd#a_Note" xlink:label="note"/>
      <link:label xlink:type="resource" xlink:label="note_label" xlink:role="http://www.xbrl.org/2003/role/label" xml:lang="en">{NOTE_LABEL}</link:label>
      <link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="note" xlink:to="note_label"/>
      </link:labelLink>
      </link:linkbase>
      """;

  private static final String INSTANCE = """
      {DECL}
      {PROLOG}<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
        xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
        xmlns:a="http://example.com/attack"{ROOT}>
      <link:schemaRef xlink:type="simple" xlink:href="{SCHEMA_REF}"/>
      {REFS}<xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="http://example.com/attack">ATTACK</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2003-03-31</xbrli:instant></xbrli:period></xbrli:context>
      <xbrli:unit id="u"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>
      <xbrli:unit id="pure"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>
      <a:Cash id="f1" contextRef="{CASH_CONTEXT}" unitRef="u" decimals="0">{CASH}</a:Cash>
      <a:Note id="f2" contextRef="c"{NOTE_ATTRIBUTES}>{NOTE}</a:Note>
      <a:Ratio id="f3" contextRef="c" unitRef="pure" decimals="2">{RATIO}</a:Ratio>
      {BODY}<link:footnoteLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
      <link:loc xlink:type="locator" xlink:href="#f1" xlink:label="fact"/>
      <link:footnote xlink:type="resource" xlink:label="note" xlink:role="http://www.xbrl.org/2003/role/footnote" xml:lang="en">{FOOTNOTE}</link:footnote>
      <link:footnoteArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/fact-footnote" xlink:from="fact" xlink:to="note"/>
      </link:footnoteLink>
      </xbrli:xbrl>
      """;

  private static final Map<String, String> DEFAULTS = Map.ofEntries(
      Map.entry("XSD_PROLOG", ""), Map.entry("APPINFO", ""), Map.entry("ROLE_DEFINITION", "Statement of cash"),
      Map.entry("SCHEMA_BODY", ""), Map.entry("PRE_PROLOG", ""), Map.entry("CASH_HREF", "t.xsd#a_Cash"),
      Map.entry("LAB_PROLOG", ""), Map.entry("CASH_LABEL", "Cash and deposits"), Map.entry("NOTE_LABEL", "Explanatory note"),
      Map.entry("DECL", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), Map.entry("PROLOG", ""), Map.entry("ROOT", ""),
      Map.entry("SCHEMA_REF", "t.xsd"), Map.entry("REFS", ""), Map.entry("CASH_CONTEXT", "c"), Map.entry("CASH", "1234567"),
      Map.entry("NOTE_ATTRIBUTES", ""), Map.entry("NOTE", "Figures are unaudited."), Map.entry("RATIO", "0.25"),
      Map.entry("BODY", ""), Map.entry("FOOTNOTE", "Includes restricted cash."));

  private final Map<String, String> slots = new HashMap<>(DEFAULTS);

  static Fixture filing() {
    return new Fixture();
  }

  /** Puts {@code text} (raw XML) into {@code slot}. */
  Fixture set(String slot, String text) {
    if (!DEFAULTS.containsKey(slot)) {
      throw new IllegalArgumentException("no slot " + slot);
    }
    slots.put(slot, text);
    return this;
  }

  String instanceText() {
    return fill(INSTANCE);
  }

  /** Writes the taxonomy and the instance {@code i.xbrl} into {@code env}'s folder; returns the instance. */
  Path write(Env env) throws IOException {
    writeTaxonomy(env.dir());
    return env.write("i.xbrl", instanceText());
  }

  /** Writes the taxonomy and the instance, the instance in {@code charset} (its declaration as given in DECL). */
  Path write(Env env, Charset charset, byte[] prefix) throws IOException {
    writeTaxonomy(env.dir());
    byte[] body = instanceText().getBytes(charset);
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return env.write("i.xbrl", all);
  }

  void writeTaxonomy(Path dir) throws IOException {
    Files.writeString(dir.resolve("t.xsd"), fill(SCHEMA), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("t-pre.xml"), fill(PRESENTATION), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("t-lab.xml"), fill(LABELS), StandardCharsets.UTF_8);
  }

  private String fill(String template) {
    StringBuilder out = new StringBuilder(template.length() + 1024);
    int at = 0;
    while (true) {
      int open = template.indexOf('{', at);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        break;
      }
      String slot = template.substring(open + 1, close);
      if (!slots.containsKey(slot)) {
        out.append(template, at, open + 1);
        at = open + 1;
        continue;
      }
      out.append(template, at, open).append(slots.get(slot));
      at = close + 1;
    }
    out.append(template, at, template.length());
    return out.toString();
  }

  /** The text of every regular file under {@code path} (or of the file itself), for leak checks. */
  static String contents(Path path) throws IOException {
    if (path == null || !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return "";
    }
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(path)) {
      for (Path f : files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
        all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).append('\n');
      }
    }
    return all.toString();
  }
}
