package org.finfile.render;

import java.nio.file.Path;
import org.finfile.Input;
import org.finfile.xml.OfflineResolver;

/** Interim, until render --xslt lands: the view a user's stylesheet runs over. */
public final class ExampleViews {
  private ExampleViews() {}

  public static byte[] of(Path filing) throws Exception {
    try (Input input = Input.open(filing, OfflineResolver.bundled())) {
      return View.of(input.filing(), input.taxonomy(), "en", true);
    }
  }
}
