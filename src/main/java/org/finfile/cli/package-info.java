/**
 * The {@code finfile} command line: {@code convert}, {@code validate} and {@code roundtrip}.
 * Exit codes: 0 success, 1 the filing is invalid, 2 usage error, 3 the input cannot be read or
 * is unsafe, 4 internal or I/O failure. Bad input prints one line, never a stack trace.
 */
package org.finfile.cli;
