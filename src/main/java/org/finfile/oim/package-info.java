/**
 * The Open Information Model's formats, xBRL-JSON 1.0 and xBRL-CSV 1.0: reading a report back
 * into a filing ({@link org.finfile.oim.Oim#read(java.nio.file.Path)}, the entry point, which
 * tells the two apart by their document type), and what a filing must be for them to hold it
 * whole. Reports are written by the {@code xbrl-json} and {@code xbrl-csv} renderings
 * ({@link org.finfile.render.Renderer}); JSON and CSV are read as untrusted input, with limits.
 */
package org.finfile.oim;
