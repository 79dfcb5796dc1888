package org.finfile.tables;

import java.util.List;
import java.util.Objects;

/**
 * A document's tables, whatever it was read from (text, CSV, a workbook, an HTML page): what
 * a mapping is applied to. {@code name} is how locations name the document.
 */
public record Document(String name, List<TabBlock> blocks) {
  public Document {
    Objects.requireNonNull(name, "name");
    blocks = List.copyOf(blocks);
  }
}
