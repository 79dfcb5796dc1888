package org.finfile.attack;

import static org.finfile.attack.Attack.codes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.finfile.packages.CraftedZip;

/**
 * Report packages from strangers ({@code .xbr}, {@code .zip}): bombs, too many entries, names
 * that climb out, links, duplicates, encryption, nesting, lies in the headers, bytes that are no
 * zip, and a report or catalog inside that reaches outside the package.
 */
final class ArchiveAttacks {
  private ArchiveAttacks() {}

  private static final Map<Door, Integer> REFUSED = codes(Door.VALIDATE, 3, Door.HTML, 3);
  private static final String TYPE = "{\"documentInfo\": {\"documentType\": \"https://xbrl.org/report-package/2023/xbr\"}}";

  @FunctionalInterface
  private interface Build {
    CraftedZip add(Env env, CraftedZip zip) throws Exception;
  }

  /** A valid report package of the fixture filing, with {@code fixture}'s slots, then {@code extra}. */
  static CraftedZip report(Env env, Fixture fixture) throws Exception {
    return report(env, fixture, TYPE);
  }

  static CraftedZip report(Env env, Fixture fixture, String json) throws Exception {
    Path tax = env.dir().resolve("src");
    java.nio.file.Files.createDirectories(tax);
    fixture.writeTaxonomy(tax);
    CraftedZip zip = CraftedZip.of().add("rp/META-INF/reportPackage.json", json)
        .add("rp/reports/i.xbrl", fixture.instanceText());
    for (String f : List.of("t.xsd", "t-pre.xml", "t-lab.xml")) {
      zip.add("rp/reports/" + f, java.nio.file.Files.readString(tax.resolve(f), StandardCharsets.UTF_8));
    }
    return zip;
  }

  /** A valid taxonomy outside the package, which a reference escaping the package would find. */
  private static Env outside(Env env) throws java.io.IOException {
    Path dir = env.dir().resolve("outside");
    java.nio.file.Files.createDirectories(dir);
    Fixture.filing().writeTaxonomy(dir);
    return env;
  }

  private static Attack archive(String name, Map<Door, Integer> doors, Build build) {
    return new Attack(name, "report package", env -> Inputs.of(build.add(env, report(env, Fixture.filing()))
        .write(env.dir().resolve("p.xbr"))), doors, Attack.Check.NONE);
  }

  static List<Attack> all() {
    List<Attack> list = new ArrayList<>();
    list.add(archive("package-zip-bomb-ratio", REFUSED,
        (env, z) -> z.add(new CraftedZip.Entry("rp/reports/padding.txt", new byte[64 << 20]))));
    list.add(archive("package-size-lie", REFUSED, (env, z) -> {
      CraftedZip.Entry e = new CraftedZip.Entry("rp/reports/padding.txt", new byte[4 << 20]);
      e.declaredSize = 10L;
      return z.add(e);
    }));
    list.add(archive("package-10001-entries", REFUSED, (env, z) -> {
      for (int i = 0; i < 10_001; i++) {
        z.add(new CraftedZip.Entry("rp/reports/e" + i + ".txt", new byte[0]).stored());
      }
      return z;
    }));
    list.add(archive("package-slip-dotdot", REFUSED, (env, z) -> z.add("rp/../../../escaped.xsd", "<x/>")));
    list.add(archive("package-slip-absolute", REFUSED, (env, z) -> z.add(env.dir().resolve("escaped.xsd").toString(), "<x/>")));
    list.add(archive("package-slip-backslash", REFUSED, (env, z) -> z.add("rp\\..\\..\\escaped.xsd", "<x/>")));
    list.add(archive("package-symlink-entry", REFUSED,
        (env, z) -> z.add(new CraftedZip.Entry("rp/reports/leak.xsd", env.marker().toString().getBytes(StandardCharsets.UTF_8))
            .stored().unix(0120777))));
    list.add(archive("package-duplicate-name", REFUSED, (env, z) -> z.add("rp/reports/t.xsd", "<xs:schema/>")));
    list.add(archive("package-duplicate-name-by-case", REFUSED, (env, z) -> z.add("rp/reports/T.XSD", "<xs:schema/>")));
    list.add(archive("package-encrypted-entry", REFUSED, (env, z) -> {
      CraftedZip.Entry e = new CraftedZip.Entry("rp/reports/secret.txt", "ciphertext".getBytes(StandardCharsets.UTF_8)).stored();
      e.flags = 1;
      return z.add(e);
    }));
    list.add(archive("package-nested-archive", REFUSED,
        (env, z) -> z.add(new CraftedZip.Entry("rp/reports/inner.zip", CraftedZip.of().add("x/y.txt", "y").bytes()).stored())));
    list.add(archive("package-nested-archive-renamed", REFUSED,
        (env, z) -> z.add(new CraftedZip.Entry("rp/reports/inner.dat", CraftedZip.of().add("x/y.txt", "y").bytes()).stored())));
    list.add(archive("package-local-name-differs", REFUSED, (env, z) -> {
      CraftedZip.Entry e = new CraftedZip.Entry("rp/reports/ok.txt", "ok".getBytes(StandardCharsets.UTF_8));
      e.localName = "rp/../../escaped.txt";
      return z.add(e);
    }));
    list.add(archive("package-bad-crc", REFUSED, (env, z) -> {
      CraftedZip.Entry e = new CraftedZip.Entry("rp/reports/x.txt", "content".getBytes(StandardCharsets.UTF_8));
      e.declaredCrc = 0x1234L;
      return z.add(e);
    }));
    list.add(archive("package-two-top-folders", REFUSED, (env, z) -> z.add("other/x.txt", "x")));
    list.add(new Attack("package-not-a-zip", "report package",
        env -> Inputs.of(env.write("p.xbr", "PK\u0003\u0004 this is no zip archive at all")), REFUSED, Attack.Check.NONE));
    list.add(new Attack("package-report-doctype-file-entity", "report package", env -> Inputs.of(report(env, Fixture.filing()
        .set("PROLOG", "<!DOCTYPE xbrli:xbrl [<!ENTITY leak SYSTEM \"" + env.markerUri() + "\">]>\n").set("NOTE", "&leak;"))
        .write(env.dir().resolve("p.xbr"))), REFUSED, Attack.Check.NONE));
    list.add(new Attack("package-report-schemaRef-outside", "report package", env -> Inputs.of(report(outside(env), Fixture.filing()
        .set("SCHEMA_REF", "../../../../../../../../../../.." + env.dir().resolve("outside/t.xsd")))
        .write(env.dir().resolve("p.xbr"))), codes(Door.VALIDATE, 1, Door.HTML, 0), Attack.Check.NONE));
    list.add(new Attack("package-report-linkbase-outside-marker", "report package", env -> Inputs.of(report(env, Fixture.filing()
        .set("REFS", "<link:linkbaseRef xlink:type=\"simple\" xlink:href=\"../../../../../../../../../../.." + env.marker()
            + "\" xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n"))
        .write(env.dir().resolve("p.xbr"))), codes(Door.VALIDATE, 1, Door.HTML, 0), Attack.Check.NONE));
    list.add(archive("package-catalog-rewrites-outside", REFUSED, (env, z) -> z
        .add("rp/META-INF/taxonomyPackage.xml", "<tp:taxonomyPackage xmlns:tp=\"http://xbrl.org/2016/taxonomy-package\" xml:lang=\"en\">"
            + "<tp:identifier>urn:attack:outside</tp:identifier></tp:taxonomyPackage>")
        .add("rp/META-INF/catalog.xml", "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">"
            + "<rewriteURI uriStartString=\"http://example.com/attack/\" rewritePrefix=\"" + env.marker().getParent().toUri() + "\"/>"
            + "</catalog>")));
    list.add(new Attack("package-json-duplicate-key", "report package", env -> Inputs.of(report(env, Fixture.filing(),
        "{\"documentInfo\": {\"documentType\": \"https://xbrl.org/report-package/2023/xbr\"},"
            + " \"documentInfo\": {\"documentType\": \"https://xbrl.org/report-package/2023\"}}")
        .write(env.dir().resolve("p.xbr"))), REFUSED, Attack.Check.NONE));
    list.add(new Attack("package-json-deep-nesting", "report package", env -> Inputs.of(report(env, Fixture.filing(),
        "[".repeat(200_000) + "]".repeat(200_000)).write(env.dir().resolve("p.xbr"))), REFUSED, Attack.Check.NONE));
    return list;
  }
}
