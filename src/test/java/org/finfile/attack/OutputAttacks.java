package org.finfile.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.finfile.attack.Attack.codes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Where input comes from and output goes: FIFOs as every kind of input (refused at once, never
 * read, so never a hang), a FIFO as {@code --out} (written into, left a FIFO), and an input named
 * as its own output (a usage error, the input untouched).
 */
final class OutputAttacks {
  private OutputAttacks() {}

  static List<Attack> all() {
    List<Attack> list = new ArrayList<>();
    String kind = "FIFO as input";
    list.add(new Attack("fifo-as-instance", kind, env -> Inputs.of(env.fifo("pipe.xbrl")),
        codes(Door.VALIDATE, 3, Door.ROUNDTRIP, 3, Door.HTML, 3, Door.CSV, 3, Door.XBRL_JSON, 3), Attack.Check.NONE));
    list.add(new Attack("fifo-as-package", kind, env -> Inputs.of(env.fifo("pipe.xbr")),
        codes(Door.VALIDATE, 3, Door.HTML, 3), Attack.Check.NONE));
    list.add(new Attack("fifo-as-document", kind, env -> {
      return Inputs.convert(env.fifo("doc.txt"), env.write("mapping.xml", Tables.mapping()));
    }, codes(Door.CONVERT, 3), Attack.Check.NONE));
    list.add(new Attack("fifo-as-mapping", kind, env -> {
      return Inputs.convert(env.write("doc.txt", Tables.document()), env.fifo("mapping.xml"));
    }, codes(Door.CONVERT, 3), Attack.Check.NONE));
    list.add(new Attack("fifo-as-taxonomy-option", kind,
        env -> Inputs.of(Fixture.filing().write(env)).with("--taxonomy", env.fifo("tax.zip").toString()),
        codes(Door.VALIDATE, 3, Door.HTML, 3), Attack.Check.NONE));
    list.add(new Attack("fifo-as-catalog-option", kind,
        env -> Inputs.of(Fixture.filing().write(env)).with("--catalog", env.fifo("catalog.xml").toString()),
        codes(Door.VALIDATE, 3), Attack.Check.NONE));
    String out = "--out device or input";
    list.add(new Attack("out-to-fifo", out, env -> Inputs.of(Fixture.filing().write(env)).outTo(env.fifo("sink"), true),
        codes(Door.VALIDATE, 0, Door.CSV, 0, Door.HTML, 0), intoTheFifo()));
    list.add(new Attack("out-to-fifo-for-a-folder", out, env -> Inputs.of(Fixture.filing().write(env)).outTo(env.fifo("sink"), true),
        codes(Door.STATEMENTS_CSV, 2, Door.XBRL_CSV, 2), staysFifo()));
    list.add(new Attack("out-is-the-input", out, env -> {
      Path instance = Fixture.filing().write(env);
      return Inputs.of(instance).outTo(instance, false);
    }, codes(Door.VALIDATE, 2, Door.HTML, 2, Door.XBRL_JSON, 2), Attack.Check.NONE));
    list.add(new Attack("out-is-the-input-by-symlink", out, env -> {
      Path instance = Fixture.filing().write(env);
      return Inputs.of(instance).outTo(Files.createSymbolicLink(env.dir().resolve("alias.xbrl"), instance.getFileName()), false);
    }, codes(Door.VALIDATE, 2, Door.CSV, 2), Attack.Check.NONE));
    list.add(new Attack("convert-out-over-its-document", out, env -> {
      Inputs in = Inputs.convert(env.write("doc.xml", Tables.document()), env.write("mapping.xml", Tables.mapping()));
      return in.outTo(env.dir(), false);
    }, codes(Door.CONVERT, 2), Attack.Check.NONE));
    return list;
  }

  /** The FIFO got the output and is still a FIFO. */
  private static Attack.Check intoTheFifo() {
    return (door, run) -> {
      staysFifo().check(door, run);
      assertThat(new String(run.drained(), StandardCharsets.UTF_8)).as("what came out of the FIFO").isNotBlank();
    };
  }

  private static Attack.Check staysFifo() {
    return (door, run) -> {
      BasicFileAttributes a = Files.readAttributes(run.out(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      assertThat(a.isOther()).as("%s is still a FIFO", run.out()).isTrue();
    };
  }
}
