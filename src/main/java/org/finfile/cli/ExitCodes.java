package org.finfile.cli;

/** The exit codes scripts rely on (DESIGN.md). */
final class ExitCodes {
  static final int OK = 0;
  static final int INVALID = 1;
  static final int USAGE = 2;
  static final int UNREADABLE = 3;
  static final int INTERNAL = 4;

  private ExitCodes() {}
}
