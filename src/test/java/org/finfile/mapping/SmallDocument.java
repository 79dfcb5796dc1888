package org.finfile.mapping;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.finfile.Finfile;

/**
 * A made-up document and its mapping, written to a folder and converted: the mapping's head
 * (taxonomy: finfile's base, by its URL; an entity; a fiscal year ending March 31; a unit rule
 * for money) is given, the tests write the tables.
 */
final class SmallDocument {
  private SmallDocument() {}

  /** The mapping up to its first table, with {@code entity} attributes added to the entity. */
  static String head(String entity) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <mapping xmlns="http://finfile.org/mapping/1.0" xmlns:base="http://finfile.org/taxonomy/base"
                 xmlns:xbrli="http://www.xbrl.org/2003/instance" version="1">
          <taxonomy href="http://finfile.org/taxonomy/base/finfile-base.xsd"/>
          <entity scheme="http://www.nasdaq.com/symbol" identifier="ACME" %s/>
          <fiscal-year end="--03-31" named-by="start"/>
          <units><unit item-type="xbrli:monetaryItemType" currency="numerator"/></units>
          <columns/>
        """.formatted(entity);
  }

  /** Writes {@code dir/name} and {@code dir/mapping.xml} and converts them. */
  static Conversion convert(Path dir, String name, String document, String mapping) throws Exception {
    return Finfile.convert(write(dir, name, document), write(dir, "mapping.xml", mapping));
  }

  static Path write(Path dir, String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
