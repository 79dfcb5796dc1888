package org.finfile.packages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.output.Staged;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.InstanceWriter;

/**
 * Writes a filing as a folder another XBRL tool can open offline: the instance, the taxonomy
 * files it references, and, when the taxonomy refers to schemas by URL (finfile's base
 * taxonomy), copies of those with a {@code META-INF/catalog.xml} and
 * {@code META-INF/taxonomyPackage.xml} mapping their URLs to them. The XBRL 2.1 schemas
 * themselves are not copied: every XBRL processor has them.
 *
 * <p>Everything is first written to a staging folder beside the output, where it can be
 * checked; {@link Staged#commit()} then moves the files into place, restoring what was there if
 * any move fails. A failure leaves no partial file and leaves earlier output as it was.
 */
public final class FilingPackage {
  private static final List<String> STANDARD = List.of("http://www.xbrl.org/", "http://www.w3.org/");

  private FilingPackage() {}

  /** Stages {@code filing} as {@code instanceName}, with its taxonomy, for {@code folder}. */
  public static Staged stage(Filing filing, Taxonomy taxonomy, Path folder, String instanceName)
      throws IOException, InputException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    ByteArrayOutputStream instance = new ByteArrayOutputStream();
    InstanceWriter.write(filing, instance);
    files.put(instanceName, instance.toByteArray());
    String entry = taxonomy.schemas().get(0).uri();
    String entryDir = entry.substring(0, entry.lastIndexOf('/') + 1);
    TreeSet<String> remoteDirs = new TreeSet<>();
    List<Taxonomy.Document> documents = new ArrayList<>(taxonomy.schemas());
    documents.addAll(taxonomy.linkbases());
    for (Taxonomy.Document doc : documents) {
      String uri = doc.uri();
      if (STANDARD.stream().anyMatch(uri::startsWith)) {
        continue;
      }
      String path;
      if (uri.startsWith(entryDir)) {
        path = uri.substring(entryDir.length());
      } else if (uri.startsWith("http://") || uri.startsWith("https://")) {
        URI u = URI.create(uri);
        path = u.getHost() + u.getPath();
        remoteDirs.add(uri.substring(0, uri.lastIndexOf('/') + 1));
      } else {
        throw new InputException(uri, "the taxonomy uses a local file outside the folder of its entry point "
            + entryDir + "; finfile cannot package it");
      }
      if (path.contains("..") || path.startsWith("/") || path.equals(instanceName)) {
        throw new InputException(uri, "cannot package a taxonomy file at " + path);
      }
      try (InputStream in = doc.local().openStream()) {
        files.put(path, in.readAllBytes());
      }
    }
    if (!remoteDirs.isEmpty()) {
      files.put("META-INF/catalog.xml", catalog(remoteDirs).getBytes(StandardCharsets.UTF_8));
      files.put("META-INF/taxonomyPackage.xml", packageMetadata(instanceName, entry).getBytes(StandardCharsets.UTF_8));
    }
    return Staged.of(folder, files);
  }

  private static String catalog(TreeSet<String> remoteDirs) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n");
    for (String dir : remoteDirs) {
      URI u = URI.create(dir);
      String local = "../" + u.getHost() + u.getPath();
      xml.append("  <rewriteURI uriStartString=\"").append(dir).append("\" rewritePrefix=\"").append(local).append("\"/>\n");
      xml.append("  <rewriteSystem systemIdStartString=\"").append(dir).append("\" rewritePrefix=\"").append(local).append("\"/>\n");
    }
    xml.append("</catalog>\n");
    return xml.toString();
  }

  /** Taxonomy Packages 1.0 metadata, so package-aware tools read the catalog. */
  private static String packageMetadata(String instanceName, String entry) {
    String name = instanceName.replaceFirst("\\.xml$", "");
    String entryFile = entry.substring(entry.lastIndexOf('/') + 1);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<tp:taxonomyPackage xmlns:tp=\"http://xbrl.org/2016/taxonomy-package\" xml:lang=\"en\">\n"
        + "  <tp:identifier>urn:finfile:package:" + escape(name) + "</tp:identifier>\n"
        + "  <tp:name>" + escape(name) + " taxonomy, as written by finfile</tp:name>\n"
        + "  <tp:entryPoints>\n"
        + "    <tp:entryPoint>\n"
        + "      <tp:name>" + escape(entryFile) + "</tp:name>\n"
        + "      <tp:entryPointDocument href=\"../" + escape(entryFile) + "\"/>\n"
        + "    </tp:entryPoint>\n"
        + "  </tp:entryPoints>\n"
        + "</tp:taxonomyPackage>\n";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
