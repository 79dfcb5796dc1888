package org.finfile.render;

import java.net.URI;
import java.nio.file.Path;
import org.finfile.model.Filing;

/**
 * Schema references as seen from where a rendering is written. A filing read from
 * {@code in/filing.xml} that references {@code taxonomy.xsd} means {@code in/taxonomy.xsd}; a page
 * written to {@code out/page.xhtml} must then reference {@code ../in/taxonomy.xsd}. References
 * by absolute URL (a published taxonomy) stay as they are.
 *
 * <pre>{@code
 * Filing moved = References.relocate(filing, Path.of("in/filing.xml"), Path.of("out"));
 * }</pre>
 */
public final class References {
  private References() {}

  /**
   * The filing with every relative reference to a taxonomy document rewritten to resolve from {@code outputFolder}
   * as it resolved from {@code input}: relative when both are local files, else an absolute URL.
   */
  public static Filing relocate(Filing filing, Path input, Path outputFolder) {
    URI base = input.toAbsolutePath().normalize().toUri();
    Path from = outputFolder.toAbsolutePath().normalize();
    return filing.withReferences(href -> relocate(href, base, from));
  }

  static String relocate(String href, URI base, Path from) {
    URI uri;
    try {
      uri = URI.create(href);
    } catch (IllegalArgumentException e) {
      return href;
    }
    if (uri.isAbsolute() || href.startsWith("/")) {
      return href;
    }
    URI target = base.resolve(uri);
    if (!"file".equals(target.getScheme())) {
      return target.toString();
    }
    Path file = Path.of(target.getPath());
    if (file.getRoot() == null || !file.getRoot().equals(from.getRoot())) {
      return target.toString();
    }
    String relative = from.relativize(file).toString().replace('\\', '/');
    String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
    return encode(relative) + fragment;
  }

  /** A relative path as a URI reference: each segment percent-encoded where it must be. */
  private static String encode(String path) {
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (java.net.URISyntaxException e) {
      return path;
    }
  }
}
