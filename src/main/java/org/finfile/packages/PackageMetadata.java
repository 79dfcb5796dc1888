package org.finfile.packages;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;

/**
 * The metadata files finfile writes: a Taxonomy Packages 1.0 {@code META-INF/catalog.xml}
 * (rewriteURI entries only, each prefix relative to the catalog) and
 * {@code META-INF/taxonomyPackage.xml} (identifier, name, description, one entry point; English),
 * and a Report Packages 1.0 {@code META-INF/reportPackage.json}. Each is valid against the
 * schemas in {@code schemas/packages/}.
 */
final class PackageMetadata {
  private PackageMetadata() {}

  /**
   * A catalog rewriting each URL folder to the package folder that holds its files.
   *
   * @param rewrites URL folder (ending in {@code /}) to the folder, relative to the package root
   *     and URL-encoded, ending in {@code /}
   */
  static byte[] catalog(SortedMap<String, String> rewrites) {
    if (rewrites.isEmpty()) {
      throw new IllegalArgumentException("a package catalog has at least one rewrite");
    }
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n");
    rewrites.forEach((from, to) -> xml.append("  <rewriteURI uriStartString=\"").append(escape(from))
        .append("\" rewritePrefix=\"../").append(escape(to)).append("\"/>\n"));
    xml.append("</catalog>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Taxonomy package metadata naming {@code name}'s taxonomy, with one entry point of
   * {@code entryDocuments} (URLs relative to {@code META-INF/}, or absolute).
   */
  static byte[] taxonomyPackage(String name, List<String> entryDocuments) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<tp:taxonomyPackage xmlns:tp=\"").append(PackageSchemas.TP).append("\" xml:lang=\"en\">\n");
    xml.append("  <tp:identifier>").append(escape(identifier(name))).append("</tp:identifier>\n");
    xml.append("  <tp:name>").append(escape(name)).append(" taxonomy</tp:name>\n");
    xml.append("  <tp:description>The taxonomy of ").append(escape(name)).append(" as finfile wrote it: its entry point,")
        .append(" and copies of the taxonomy files it references by URL, which the catalog maps.</tp:description>\n");
    xml.append("  <tp:entryPoints>\n");
    xml.append("    <tp:entryPoint>\n");
    xml.append("      <tp:name>").append(escape(name)).append("</tp:name>\n");
    for (String href : entryDocuments) {
      xml.append("      <tp:entryPointDocument href=\"").append(escape(href)).append("\"/>\n");
    }
    xml.append("    </tp:entryPoint>\n");
    xml.append("  </tp:entryPoints>\n");
    xml.append("</tp:taxonomyPackage>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code META-INF/reportPackage.json} declaring {@code documentType}. */
  static byte[] reportPackage(String documentType) {
    return ("{\n  \"documentInfo\": {\n    \"documentType\": \"" + documentType + "\"\n  }\n}\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** {@code urn:finfile:package:NAME}, the name percent-encoded where a URN needs it. */
  static String identifier(String name) {
    try {
      return new URI("urn", "finfile:package:" + name, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("no URN for package " + name, e);
    }
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
