package org.finfile.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.finfile.attack.Attack.codes;
import static org.finfile.attack.Attack.instanceDoors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.finfile.HostileShapes;

/**
 * Shapes and sizes from issue 8: presentation lattices and chains, many contexts and namespace
 * declarations, numbers huge written out, a 20 MB {@code contextRef}, an unused {@code xmlns:ix},
 * a very long role definition.
 */
final class ShapeAttacks {
  private ShapeAttacks() {}

  static List<Attack> all() {
    List<Attack> list = new ArrayList<>();
    String kind = "presentation shape";
    list.add(new Attack("presentation-lattice-30-levels", kind, env -> {
      HostileShapes.taxonomy(env.dir(), 60, HostileShapes.lattice(30));
      return Inputs.of(HostileShapes.instance(env.dir(), "i.xbrl", 1, 0, new int[] {0, 59}, "5"));
    }, codes(Door.VALIDATE, 0, Door.HTML, 0, Door.STATEMENTS_CSV, 0), Attack.Check.NONE));
    // 6,000 levels: a recursive walk of a few frames a level fills a default thread stack; small
    // enough to be read within the suite's 5 s under 256 MB; the 100,000-deep chain of 20 MB of
    // taxonomy is in ShapesPropertyTest and HostileShapesTest, where heap and time allow it
    list.add(new Attack("presentation-chain-6000-deep", kind, env -> {
      HostileShapes.taxonomy(env.dir(), 6_000, HostileShapes.chain(6_000));
      return Inputs.of(HostileShapes.instance(env.dir(), "i.xbrl", 1, 0, new int[] {0, 5_999}, "5"));
    }, codes(Door.VALIDATE, 0, Door.HTML, 0, Door.STATEMENTS_CSV, 0), Attack.Check.NONE));
    list.add(new Attack("presentation-cycle", kind, env -> {
      List<HostileShapes.Arc> arcs = new ArrayList<>(HostileShapes.chain(50));
      arcs.add(new HostileShapes.Arc(49, 0));
      HostileShapes.taxonomy(env.dir(), 50, arcs);
      return Inputs.of(HostileShapes.instance(env.dir(), "i.xbrl", 1, 0, new int[] {0, 49}, "5"));
    }, codes(Door.VALIDATE, 1 /* dts-cycle */, Door.HTML, 0, Door.STATEMENTS_CSV, 0), Attack.Check.NONE));
    String size = "instance size";
    // 15,000 contexts: a pairing by linear search costs 10^8 steps; roundtrip holds both documents
    // in memory, and 300,000 contexts (60 MB) need more than 256 MB (ShapesPropertyTest has them)
    list.add(new Attack("contexts-15000", size, env -> {
      HostileShapes.taxonomy(env.dir(), 1, List.of());
      return Inputs.of(HostileShapes.instance(env.dir(), "i.xbrl", 15_000, 0, new int[] {0}, "5"));
    }, codes(Door.ROUNDTRIP, 0), Attack.Check.NONE));
    list.add(new Attack("namespaces-200000", size, env -> {
      HostileShapes.taxonomy(env.dir(), 1, List.of());
      return Inputs.of(HostileShapes.instance(env.dir(), "i.xbrl", 1, 200_000, new int[] {0}, "5"));
    }, codes(Door.VALIDATE, 3, Door.ROUNDTRIP, 3, Door.HTML, 3), Attack.Check.NONE));
    String num = "instance numbers";
    list.add(instance("fact-1000000-digits", num, instanceDoors(0, 3, 3), f -> f.set("CASH", "3".repeat(1_000_000))));
    list.add(instance("fact-1001-digits", num, instanceDoors(0, 3, 3), f -> f.set("CASH", "3".repeat(1001))));
    list.add(instance("fact-1E999999999", num, instanceDoors(0, 3, 3), f -> f.set("RATIO", "1E999999999")));
    list.add(instance("fact-negative-huge-exponent", num, instanceDoors(0, 3, 3), f -> f.set("RATIO", "-4.2E-999999999")));
    // decimals is xs:int or INF in XBRL 2.1: 2^31 is invalid, and not readable as an accuracy.
    // validate does not report it yet (accuracy beyond xs:int is issue 9's); render and roundtrip refuse it
    list.add(instance("decimals-huge", num, instanceDoors(0, 3, 3), f -> f.set("CASH", "12").set("NOTE_ATTRIBUTES", "")
        .set("BODY", "<a:Cash id=\"f9\" contextRef=\"c\" unitRef=\"u\" decimals=\"2147483648\">12</a:Cash>\n")));
    String msg = "messages echoing input";
    list.add(new Attack("contextRef-20mb", msg, env -> Inputs.of(Fixture.filing().set("CASH_CONTEXT", "k".repeat(20_000_000)).write(env)),
        // 20 million characters in one attribute value: past text-chars for every command
        instanceDoors(3, 3, 3), TableAttacks.shortLines()));
    list.add(new Attack("element-name-1mb", msg, env -> Inputs.of(Fixture.filing()
        .set("BODY", "<a:" + "Q".repeat(1_000_000) + " contextRef=\"c\">x</a:" + "Q".repeat(1_000_000) + ">\n").write(env)),
        instanceDoors(1, 3, 3), TableAttacks.shortLines()));
    String misc = "issue 8, low";
    list.add(instance("unused-xmlns-ix-on-root", misc, codes(Door.IXBRL, 0, Door.HTML, 0),
        f -> f.set("ROOT", " xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\" xmlns:ixt=\"http://www.xbrl.org/inlineXBRL/transformation/2020-02-12\"")));
    list.add(new Attack("role-definition-5000-chars", misc,
        env -> Inputs.of(Fixture.filing().set("ROLE_DEFINITION", "Very long statement title ".repeat(200)).write(env)),
        codes(Door.STATEMENTS_CSV, 0, Door.HTML, 0), (door, run) -> {
          if (door == Door.STATEMENTS_CSV) {
            List<Path> files = TextAttacks.files(run.out(), ".csv");
            assertThat(files).isNotEmpty();
            assertThat(files).allSatisfy(p -> assertThat(p.getFileName().toString().length()).isLessThanOrEqualTo(80));
          }
        }));
    list.add(new Attack("role-definition-path-traversal", misc,
        env -> Inputs.of(Fixture.filing().set("ROLE_DEFINITION", "../../../../../../../../" + env.dir().resolve("escaped")).write(env)),
        codes(Door.STATEMENTS_CSV, 0), (door, run) -> {
          assertThat(run.env().dir().resolve("escaped")).doesNotExist();
          assertThat(TextAttacks.files(run.out(), ".csv")).isNotEmpty()
              .allSatisfy(p -> assertThat(p.getParent()).isEqualTo(run.out()));
        }));
    return list;
  }

  @FunctionalInterface
  private interface Slots {
    Fixture fill(Fixture f);
  }

  private static Attack instance(String name, String kind, java.util.Map<Door, Integer> doors, Slots slots) {
    return new Attack(name, kind, env -> Inputs.of(slots.fill(Fixture.filing()).write(env)), doors, Attack.Check.NONE);
  }
}
