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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.taxonomy.Taxonomy;

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

  /** Writes one file atomically. */
  public static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    try (Staged staged = Staged.of(parent, Map.of(target.getFileName().toString(), bytes))) {
      staged.commit();
    }
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

  /** Files written to a staging folder, not yet in place. Closing without committing discards them. */
  public static final class Staged implements AutoCloseable {
    private final Path folder;
    private final Path staging;
    private final List<String> files;
    private boolean committed;

    private Staged(Path folder, Path staging, List<String> files) {
      this.folder = folder;
      this.staging = staging;
      this.files = List.copyOf(files);
    }

    /** Stages {@code contents} (file name to bytes) for {@code folder}. */
    public static Staged of(Path folder, Map<String, byte[]> contents) throws IOException {
      Files.createDirectories(folder);
      Path staging = Files.createTempDirectory(folder, ".finfile-staging-");
      Staged staged = new Staged(folder, staging, new ArrayList<>(contents.keySet()));
      try {
        for (Map.Entry<String, byte[]> f : contents.entrySet()) {
          Path file = staging.resolve(f.getKey());
          Files.createDirectories(file.getParent());
          try (OutputStream out = Files.newOutputStream(file)) {
            out.write(f.getValue());
          }
        }
      } catch (IOException e) {
        staged.close();
        throw e;
      }
      return staged;
    }

    /** Where the first file (the instance) is while staged, to check it before committing. */
    public Path firstStaged() {
      return staging.resolve(files.get(0));
    }

    /**
     * Moves every file into place. If any move fails, the files already moved are taken back
     * and what they replaced is restored.
     *
     * @return the files now in place, first file first
     */
    public List<Path> commit() throws IOException {
      for (String f : files) {
        Path target = folder.resolve(f).normalize();
        if (Files.isDirectory(target)) {
          throw new IOException(target + " is a folder; finfile will not replace it with a file");
        }
        for (Path p = target.getParent(); p != null && p.startsWith(folder) && !p.equals(folder); p = p.getParent()) {
          if (Files.exists(p) && !Files.isDirectory(p)) {
            throw new IOException(p + " is a file where finfile needs a folder");
          }
        }
      }
      Path backups = staging.resolve(".replaced");
      Deque<Path[]> done = new ArrayDeque<>();
      List<Path> createdDirs = new ArrayList<>();
      try {
        for (String f : files) {
          Path target = folder.resolve(f).normalize();
          for (Path p = target.getParent(); !Files.exists(p); p = p.getParent()) {
            createdDirs.add(0, p);
          }
          Files.createDirectories(target.getParent());
          Path backup = null;
          if (Files.exists(target)) {
            backup = backups.resolve(f);
            Files.createDirectories(backup.getParent());
            move(target, backup);
          }
          done.push(new Path[] {target, backup});
          move(staging.resolve(f), target);
        }
        committed = true;
      } catch (IOException e) {
        while (!done.isEmpty()) {
          Path[] step = done.pop();
          Files.deleteIfExists(step[0]);
          if (step[1] != null) {
            move(step[1], step[0]);
          }
        }
        createdDirs.stream().sorted(Comparator.reverseOrder()).forEach(d -> {
          try {
            Files.deleteIfExists(d);
          } catch (IOException ignored) {
            // a folder another process filled is left in place
          }
        });
        throw e;
      } finally {
        close();
      }
      return files.stream().map(f -> folder.resolve(f).normalize()).toList();
    }

    /** Deletes the staging folder (and, if not committed, everything staged in it). */
    @Override
    public void close() throws IOException {
      if (!Files.exists(staging)) {
        return;
      }
      try (Stream<Path> walk = Files.walk(staging)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }

    public boolean committed() {
      return committed;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
