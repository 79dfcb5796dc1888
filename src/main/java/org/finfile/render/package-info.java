/**
 * Renderings of a filing through Saxon-HE XSLT 3.0 stylesheets (the project's {@code xslt/}
 * folder, bundled in the jar). Every stylesheet reads one resolved {@link org.finfile.render.View}
 * of the filing and its taxonomy (labels, presentation order, periods, units), so all
 * renderings share one source of truth — including each context's segment and scenario
 * (dimension members with their labels, typed values and other content as written). The view's
 * vocabulary is public and versioned: {@code schemas/finfile/view.xsd} documents it. Stylesheets
 * are compiled once per process, and they can read neither files nor the network.
 */
package org.finfile.render;
