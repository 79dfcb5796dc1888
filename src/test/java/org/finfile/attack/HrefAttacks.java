package org.finfile.attack;

import static org.finfile.attack.Attack.instanceDoors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * References a filing makes to other files — {@code schemaRef}, {@code linkbaseRef},
 * {@code xs:import}, {@code xs:include}, {@code link:loc} — aimed at the loopback server, the
 * marker file, {@code jar:http:}, devices, {@code /proc}, a FIFO and {@code ../} escapes. None
 * may be fetched or read; a taxonomy that cannot be had is a {@code schema-ref} error to
 * {@code validate} and a one-line warning to the others.
 */
final class HrefAttacks {
  private HrefAttacks() {}

  /** A target: its name and how its URL is made. */
  private record Target(String name, Url url) {}

  @FunctionalInterface
  private interface Url {
    String of(Env env) throws Exception;
  }

  private static final List<Target> TARGETS = List.of(
      new Target("http", env -> env.url("t.xsd")),
      new Target("file-marker", Env::markerUri),
      new Target("jar-http", env -> "jar:" + env.url("t.jar") + "!/t.xsd"),
      new Target("dev-zero", env -> "/dev/zero"),
      new Target("dev-stdin", env -> "file:///dev/stdin"),
      new Target("proc-environ", env -> "/proc/self/environ"),
      new Target("fifo", env -> env.fifo("pipe.xsd").getFileName().toString()),
      new Target("dotdot-marker", Env::markerByDotDot));

  static List<Attack> all() {
    List<Attack> list = new ArrayList<>();
    Map<Door, Integer> unresolved = instanceDoors(1, 0, 0);
    // an http(s) document the DTS needs and finfile will not fetch makes the taxonomy partial (issue 10):
    // a warning naming it, the rest used; what must hold is that nothing is fetched
    Map<Door, Integer> partial = instanceDoors(0, 0, 0);
    for (Target t : TARGETS) {
      list.add(attack("schemaRef-" + t.name(), "href: schemaRef", unresolved,
          (env, f) -> f.set("SCHEMA_REF", t.url().of(env))));
    }
    list.add(attack("schemaRef-non-xml-file", "href: schemaRef", unresolved, (env, f) -> {
      env.write("t.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 0});
      return f.set("SCHEMA_REF", "t.png");
    }));
    for (String name : List.of("http", "file-marker", "jar-http", "fifo")) {
      Target t = TARGETS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
      // the instance's linkbaseRefs are part of its DTS (XBRL 2.1 §3.2): one that cannot be read is a schema-ref error
      list.add(attack("instance-linkbaseRef-" + name, "href: linkbaseRef", unresolved, (env, f) -> f.set("REFS",
          "<link:linkbaseRef xlink:type=\"simple\" xlink:href=\"" + t.url().of(env) + "\" xlink:arcrole=\""
              + "http://www.w3.org/1999/xlink/properties/linkbase\" xlink:role=\"http://www.xbrl.org/2003/role/labelLinkbaseRef\"/>\n")));
    }
    for (String name : List.of("http", "file-marker", "dev-zero", "fifo", "dotdot-marker")) {
      Target t = TARGETS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
      list.add(attack("xs-import-" + name, "href: xs:import/include", name.equals("http") ? partial : unresolved, (env, f) -> f.set("SCHEMA_BODY",
          "<xs:import namespace=\"urn:attack:imported\" schemaLocation=\"" + t.url().of(env) + "\"/>\n")));
    }
    for (String name : List.of("http", "file-marker", "proc-environ")) {
      Target t = TARGETS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
      list.add(attack("xs-include-" + name, "href: xs:import/include", name.equals("http") ? partial : unresolved, (env, f) -> f.set("SCHEMA_BODY",
          "<xs:include schemaLocation=\"" + t.url().of(env) + "\"/>\n")));
    }
    for (String name : List.of("http", "file-marker", "jar-http", "dev-stdin")) {
      Target t = TARGETS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
      list.add(attack("taxonomy-linkbaseRef-" + name, "href: linkbaseRef", name.equals("http") ? partial : unresolved, (env, f) -> f.set("APPINFO",
          "<link:linkbaseRef xlink:type=\"simple\" xlink:href=\"" + t.url().of(env) + "\" xlink:role=\""
              + "http://www.xbrl.org/2003/role/labelLinkbaseRef\" xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n")));
    }
    for (String name : List.of("http", "file-marker", "jar-http", "dotdot-marker")) {
      Target t = TARGETS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
      // a locator's document is part of the DTS (XBRL 2.1 §3.2): one that cannot be had is left out, with a warning
      list.add(attack("link-loc-" + name, "href: link:loc", instanceDoors(0),
          (env, f) -> f.set("CASH_HREF", t.url().of(env) + "#a_Cash")));
    }
    // Entities in the taxonomy's own files.
    list.add(attack("taxonomy-schema-doctype-file-entity", "external entity", unresolved, (env, f) -> f.set("XSD_PROLOG",
        "<!DOCTYPE xs:schema [<!ENTITY leak SYSTEM \"" + env.markerUri() + "\">]>\n").set("ROLE_DEFINITION", "&leak;")));
    list.add(attack("taxonomy-label-doctype-http-entity", "external entity", unresolved, (env, f) -> f.set("LAB_PROLOG",
        "<!DOCTYPE link:linkbase [<!ENTITY ping SYSTEM \"" + env.url("label-entity") + "\">]>\n").set("CASH_LABEL", "&ping;")));
    list.add(attack("taxonomy-presentation-external-dtd", "external DTD", unresolved, (env, f) -> f.set("PRE_PROLOG",
        "<!DOCTYPE link:linkbase SYSTEM \"" + env.url("linkbase.dtd") + "\">\n")));
    return list;
  }

  private static Attack attack(String name, String kind, Map<Door, Integer> doors, XmlAttacks.Slots slots) {
    return new Attack(name, kind, env -> Inputs.of(slots.fill(env, Fixture.filing()).write(env)), doors, Attack.Check.NONE);
  }
}
