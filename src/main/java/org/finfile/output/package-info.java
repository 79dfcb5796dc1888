/**
 * Writing output safely. {@link org.finfile.output.Output} decides how a path the user names is
 * written: {@code -} is standard output; a device or FIFO is written into, never replaced; a
 * symbolic link is followed; a regular file is staged beside its target and moved into place
 * ({@link org.finfile.output.Staged}), so a failure leaves earlier output untouched; a folder or an
 * input is {@link org.finfile.output.Refused}. Several files are staged together and moved into
 * place only when all are complete; a failed move restores what was there before.
 */
package org.finfile.output;
