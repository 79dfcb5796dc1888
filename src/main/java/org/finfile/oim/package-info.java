/**
 * The Open Information Model's formats, xBRL-JSON 1.0 and xBRL-CSV 1.0: reading a report back
 * into a filing. Reports are written by the {@code xbrl-json} and {@code xbrl-csv} renderings
 * ({@link org.finfile.render.Renderer}).
 */
package org.finfile.oim;
