/**
 * Writing output safely: every file finfile writes is staged beside its target and moved into
 * place only when all of a run's files are complete ({@link org.finfile.output.Staged}); a failed
 * move restores what was there before.
 */
package org.finfile.output;
