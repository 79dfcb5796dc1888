package org.finfile.attack;

import static org.finfile.attack.Attack.codes;

import java.util.List;

/**
 * The fixtures without a payload, through the same doors: each must succeed, so that a payload's
 * refusal is the payload's doing and not a broken fixture.
 */
final class Controls {
  static final String KIND = "control";

  private Controls() {}

  static List<Attack> all() {
    return List.of(
        new Attack("control-filing", KIND, env -> Inputs.of(Fixture.filing().write(env)),
            codes(Door.VALIDATE, 0, Door.ROUNDTRIP, 0, Door.HTML, 0, Door.CSV, 0, Door.STATEMENTS_CSV, 0, Door.IXBRL, 0,
                Door.XBRL_JSON, 0, Door.XBRL_CSV, 0), Attack.Check.NONE),
        new Attack("control-convert", KIND, env -> Tables.withMapping(env, Tables.mapping()), codes(Door.CONVERT, 0), Attack.Check.NONE),
        new Attack("control-package", KIND, env -> Inputs.of(ArchiveAttacks.report(env, Fixture.filing())
            .write(env.dir().resolve("p.xbr"))), codes(Door.VALIDATE, 0, Door.HTML, 0), Attack.Check.NONE),
        CatalogAttacks.catalog("control-catalog", codes(Door.VALIDATE, 0), env -> "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">"
            + CatalogAttacks.rewrite("tax/") + "</catalog>"));
  }
}
