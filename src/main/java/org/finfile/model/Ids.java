package org.finfile.model;

import java.util.regex.Pattern;

/** Checks for XML ids, which every context, unit and fact id must be. */
final class Ids {
  private static final Pattern NC_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-]*");

  private Ids() {}

  static String requireNcName(String id, String what) {
    if (id == null || !NC_NAME.matcher(id).matches()) {
      throw new IllegalArgumentException(what + " is not an XML id: " + id);
    }
    return id;
  }
}
