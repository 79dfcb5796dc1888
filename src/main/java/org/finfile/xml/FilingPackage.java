package org.finfile.xml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Taxonomy;

/**
 * Writes a filing as a folder another XBRL tool can open offline: the instance, the taxonomy
 * files it references, and, when the taxonomy refers to schemas by URL (finfile's base
 * taxonomy), copies of those with a {@code META-INF/catalog.xml} mapping their URLs to them.
 * The XBRL 2.1 schemas themselves are not copied: every XBRL processor has them.
 *
 * <p>Every file is written to a temporary file in the folder first and moved into place only
 * when all are written: a failure leaves no partial file and leaves earlier output untouched.
 */
public final class FilingPackage {
  private static final List<String> STANDARD = List.of("http://www.xbrl.org/", "http://www.w3.org/");

  private FilingPackage() {}

  /**
   * Writes {@code filing} as {@code instanceName} in {@code folder}, with its taxonomy.
   *
   * @return the files written, instance first
   */
  public static List<Path> write(Filing filing, Taxonomy taxonomy, Path folder, String instanceName)
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
      if (path.contains("..") || path.startsWith("/")) {
        throw new InputException(uri, "cannot package a taxonomy file at " + path);
      }
      try (InputStream in = doc.local().openStream()) {
        byte[] previous = files.put(path, in.readAllBytes());
        if (previous != null && path.equals(instanceName)) {
          throw new InputException(instanceName, "the instance would overwrite a taxonomy file of the same name");
        }
      }
    }
    if (!remoteDirs.isEmpty()) {
      files.put("META-INF/catalog.xml", catalog(remoteDirs).getBytes(StandardCharsets.UTF_8));
    }
    return writeAll(folder, files);
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

  /** Writes each file beside its target, then moves them all into place. */
  static List<Path> writeAll(Path folder, Map<String, byte[]> files) throws IOException {
    Map<Path, Path> moves = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path target = folder.resolve(f.getKey()).normalize();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".finfile-", ".tmp");
        moves.put(temp, target);
        try (OutputStream out = Files.newOutputStream(temp)) {
          out.write(f.getValue());
        }
      }
      for (Map.Entry<Path, Path> m : moves.entrySet()) {
        move(m.getKey(), m.getValue());
      }
    } finally {
      for (Path temp : moves.keySet()) {
        Files.deleteIfExists(temp);
      }
    }
    return List.copyOf(moves.values());
  }

  /** Writes one file atomically. */
  public static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    writeAll(parent, Map.of(target.getFileName().toString(), bytes));
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
