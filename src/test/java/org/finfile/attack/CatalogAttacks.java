package org.finfile.attack;

import static org.finfile.attack.Attack.codes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.finfile.packages.CraftedZip;

/**
 * What a user adds to find taxonomies — {@code validate --catalog FILE} and
 * {@code validate --taxonomy DIR|ZIP} — written by a stranger: catalogs that chain, carry a
 * DOCTYPE, or point at the loopback server, the marker, a device or a FIFO; taxonomy folders and
 * archives holding hostile schemas and catalogs. The filing refers to its taxonomy by the URL
 * {@code http://example.com/attack/t.xsd}, which only the added catalog or folder resolves.
 */
final class CatalogAttacks {
  private CatalogAttacks() {}

  static final String URL = "http://example.com/attack/";
  private static final Map<Door, Integer> REFUSED = codes(Door.VALIDATE, 3);
  private static final Map<Door, Integer> UNRESOLVED = codes(Door.VALIDATE, 1);
  private static final String OPEN = "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">";

  @FunctionalInterface
  interface Text {
    String of(Env env) throws Exception;
  }

  /** The filing (by URL), its taxonomy in {@code tax/}, and {@code catalog} as {@code --catalog}. */
  static Attack catalog(String name, Map<Door, Integer> doors, Text catalog) {
    return new Attack(name, "catalog", env -> {
      Path tax = env.dir().resolve("tax");
      Files.createDirectories(tax);
      Fixture.filing().writeTaxonomy(tax);
      Path instance = env.write("i.xbrl", Fixture.filing().set("SCHEMA_REF", URL + "t.xsd").instanceText());
      return Inputs.of(instance).with("--catalog", env.write("catalog.xml", catalog.of(env)).toString());
    }, doors, Attack.Check.NONE);
  }

  static String rewrite(String prefix) {
    return "<rewriteURI uriStartString=\"" + URL + "\" rewritePrefix=\"" + prefix + "\"/>";
  }

  static List<Attack> catalogs() {
    List<Attack> list = new ArrayList<>();
    list.add(catalog("catalog-next-catalog", REFUSED, env -> {
      env.write("other.xml", OPEN + rewrite(env.url("tax/")) + "</catalog>");
      return OPEN + "<nextCatalog catalog=\"other.xml\"/></catalog>";
    }));
    list.add(catalog("catalog-delegate-uri", REFUSED, env -> {
      env.write("other.xml", OPEN + rewrite(env.url("tax/")) + "</catalog>");
      return OPEN + "<delegateURI uriStartString=\"http://example.com/\" catalog=\"other.xml\"/></catalog>";
    }));
    list.add(catalog("catalog-doctype-file-entity", REFUSED, env -> "<!DOCTYPE catalog [<!ENTITY leak SYSTEM \"" + env.markerUri()
        + "\">]>\n" + OPEN + rewrite("tax/") + "<uri name=\"urn:attack:&leak;\" uri=\"tax/t.xsd\"/></catalog>"));
    list.add(catalog("catalog-oasis-doctype-http", REFUSED, env -> "<!DOCTYPE catalog PUBLIC \"-//OASIS//DTD XML Catalogs V1.1//EN\" \""
        + env.url("catalog.dtd") + "\">\n" + OPEN + rewrite("tax/") + "</catalog>"));
    list.add(catalog("catalog-rewrite-to-http", UNRESOLVED, env -> OPEN + rewrite(env.url("tax/")) + "</catalog>"));
    list.add(catalog("catalog-rewrite-to-jar-http", UNRESOLVED, env -> OPEN + rewrite("jar:" + env.url("tax.jar") + "!/") + "</catalog>"));
    list.add(catalog("catalog-uri-to-marker", UNRESOLVED,
        env -> OPEN + "<uri name=\"" + URL + "t.xsd\" uri=\"" + env.markerUri() + "\"/></catalog>"));
    list.add(catalog("catalog-rewrite-dotdot-to-marker", UNRESOLVED, env -> OPEN + "<uri name=\"" + URL + "t.xsd\" uri=\""
        + env.markerByDotDot() + "\"/></catalog>"));
    list.add(catalog("catalog-uri-to-dev-zero", UNRESOLVED, env -> OPEN + "<uri name=\"" + URL + "t.xsd\" uri=\"file:///dev/zero\"/></catalog>"));
    list.add(catalog("catalog-system-to-proc-environ", UNRESOLVED,
        env -> OPEN + "<system systemId=\"" + URL + "t.xsd\" uri=\"file:///proc/self/environ\"/></catalog>"));
    list.add(catalog("catalog-uri-to-fifo", UNRESOLVED,
        env -> OPEN + "<uri name=\"" + URL + "t.xsd\" uri=\"" + env.fifo("pipe.xsd").toUri() + "\"/></catalog>"));
    return list;
  }

  /** A taxonomy package folder {@code tp/} (catalog, taxonomy) with {@code change} applied, given as {@code --taxonomy}. */
  private static Attack folder(String name, Map<Door, Integer> doors, Change change) {
    return new Attack(name, "taxonomy folder", env -> {
      Path tp = env.dir().resolve("tp");
      Files.createDirectories(tp.resolve("attack"));
      Fixture fixture = Fixture.filing();
      env.write("tp/META-INF/taxonomyPackage.xml", "<tp:taxonomyPackage xmlns:tp=\"http://xbrl.org/2016/taxonomy-package\""
          + " xml:lang=\"en\"><tp:identifier>urn:attack:folder</tp:identifier></tp:taxonomyPackage>");
      env.write("tp/META-INF/catalog.xml", OPEN + rewrite("../attack/") + "</catalog>");
      change.apply(env, fixture, tp);
      fixture.writeTaxonomy(tp.resolve("attack"));
      Path instance = env.write("i.xbrl", Fixture.filing().set("SCHEMA_REF", URL + "t.xsd").instanceText());
      return Inputs.of(instance).with("--taxonomy", tp.toString());
    }, doors, Attack.Check.NONE);
  }

  @FunctionalInterface
  private interface Change {
    void apply(Env env, Fixture fixture, Path folder) throws Exception;
  }

  static List<Attack> folders() {
    List<Attack> list = new ArrayList<>();
    list.add(folder("control-taxonomy-folder", codes(Door.VALIDATE, 0), (env, f, tp) -> {}));
    list.add(folder("taxonomy-folder-schema-file-entity", UNRESOLVED, (env, f, tp) -> f.set("XSD_PROLOG",
        "<!DOCTYPE xs:schema [<!ENTITY leak SYSTEM \"" + env.markerUri() + "\">]>\n").set("ROLE_DEFINITION", "&leak;")));
    // a remote import finfile will not fetch makes the taxonomy partial: a warning, the rest used
    list.add(folder("taxonomy-folder-schema-import-http", codes(Door.VALIDATE, 0), (env, f, tp) -> f.set("SCHEMA_BODY",
        "<xs:import namespace=\"urn:attack:remote\" schemaLocation=\"" + env.url("remote.xsd") + "\"/>\n")));
    list.add(folder("taxonomy-folder-catalog-doctype", REFUSED, (env, f, tp) -> env.write("tp/META-INF/catalog.xml",
        "<!DOCTYPE catalog [<!ENTITY % p SYSTEM \"" + env.url("p.dtd") + "\"> %p;]>\n" + OPEN + rewrite("../attack/") + "</catalog>")));
    list.add(folder("taxonomy-folder-catalog-next-catalog", REFUSED, (env, f, tp) -> env.write("tp/META-INF/catalog.xml",
        OPEN + "<nextCatalog catalog=\"" + env.url("next.xml") + "\"/>" + rewrite("../attack/") + "</catalog>")));
    list.add(folder("taxonomy-folder-catalog-rewrites-outside", REFUSED, (env, f, tp) -> env.write("tp/META-INF/catalog.xml",
        OPEN + rewrite(env.marker().getParent().toUri().toString()) + "</catalog>")));
    list.add(folder("taxonomy-folder-symlink-to-marker", UNRESOLVED, (env, f, tp) -> {
      Files.createSymbolicLink(tp.resolve("attack/leak-lab.xml"), env.marker());
      f.set("APPINFO", "<link:linkbaseRef xlink:type=\"simple\" xlink:href=\"leak-lab.xml\" xlink:role=\""
          + "http://www.xbrl.org/2003/role/labelLinkbaseRef\" xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n");
    }));
    list.add(new Attack("taxonomy-archive-zip-slip", "taxonomy folder", env -> {
      Path zip = CraftedZip.of().add("tp/META-INF/taxonomyPackage.xml", "<tp:taxonomyPackage xmlns:tp="
          + "\"http://xbrl.org/2016/taxonomy-package\" xml:lang=\"en\"><tp:identifier>urn:attack:zip</tp:identifier></tp:taxonomyPackage>")
          .add("tp/../../escaped.xsd", "<x/>").write(env.dir().resolve("tax.zip"));
      return Inputs.of(Fixture.filing().write(env)).with("--taxonomy", zip.toString());
    }, REFUSED, Attack.Check.NONE));
    return list;
  }
}
