package org.finfile.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.finfile.InputException;
import org.finfile.packages.OpenPackage;
import org.finfile.packages.Packages;
import org.finfile.xml.OfflineResolver;

/**
 * Where taxonomies come from besides finfile's own catalog: {@code --catalog FILE} and
 * {@code --taxonomy DIR|PACKAGE}, a folder or a taxonomy (or report) package archive, unpacked
 * within the limits for untrusted input and deleted on {@link #close()}.
 */
final class TaxonomySources implements AutoCloseable {
  private final List<OpenPackage> opened = new ArrayList<>();
  private final OfflineResolver resolver;

  TaxonomySources(List<Path> catalogs, List<Path> taxonomies) throws InputException, IOException {
    List<Path> folders = new ArrayList<>();
    try {
      for (Path t : taxonomies) {
        if (Files.isRegularFile(t)) {
          OpenPackage p = Packages.open(t);
          opened.add(p);
          folders.add(p.root());
        } else {
          if (Files.isDirectory(t)) {
            Packages.checkFolder(t);
          }
          folders.add(t);
        }
      }
      resolver = OfflineResolver.create(catalogs, folders);
    } catch (InputException | IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  OfflineResolver resolver() {
    return resolver;
  }

  @Override
  public void close() {
    opened.forEach(OpenPackage::close);
    opened.clear();
  }
}
