package org.finfile.attack;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One payload: its name, its class (a row of the summary table), how it is written, the exit
 * code documented for it at each entry point it goes through, and what its outputs must show.
 */
record Attack(String name, String kind, Setup setup, Map<Door, Integer> doors, Check check) {
  Attack {
    doors = Collections.unmodifiableMap(new LinkedHashMap<>(doors));
  }

  /** Writes the payload into {@code env.dir()}. */
  @FunctionalInterface
  interface Setup {
    Inputs write(Env env) throws Exception;
  }

  /** An assertion on one run, beyond those every run gets. */
  @FunctionalInterface
  interface Check {
    Check NONE = (door, run) -> {};

    void check(Door door, Run run) throws Exception;
  }

  /** One run of a door: its result and where it wrote. */
  record Run(org.finfile.FinfileProcess.Result result, Path out, Env env, byte[] drained) {}

  /** The same, arguments in the order the doors read best. */
  static Attack of(String name, String kind, Map<Door, Integer> doors, Setup setup, Check check) {
    return new Attack(name, kind, setup, doors, check);
  }

  static Map<Door, Integer> codes(Object... doorThenCode) {
    Map<Door, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < doorThenCode.length; i += 2) {
      map.put((Door) doorThenCode[i], (Integer) doorThenCode[i + 1]);
    }
    return map;
  }

  /** Validate, roundtrip and two renderings, one code for all. */
  static Map<Door, Integer> instanceDoors(int code) {
    return instanceDoors(code, code, code);
  }

  /** Validate, roundtrip and two renderings (html, xbrl-json). */
  static Map<Door, Integer> instanceDoors(int validate, int roundtrip, int render) {
    return codes(Door.VALIDATE, validate, Door.ROUNDTRIP, roundtrip, Door.HTML, render, Door.XBRL_JSON, render);
  }
}
