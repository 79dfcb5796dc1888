package org.finfile.packages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.finfile.InputException;
import org.finfile.model.Filing;
import org.finfile.output.Staged;
import org.finfile.taxonomy.Taxonomy;
import org.finfile.xml.InstanceWriter;

/**
 * Writes a filing as another XBRL tool opens it offline, twice over: as a folder — the instance,
 * the taxonomy files it references, copies of taxonomies it references by URL (finfile's base
 * taxonomy) with a Taxonomy Packages 1.0 {@code META-INF/catalog.xml} mapping their URLs, and
 * {@code META-INF/taxonomyPackage.xml} — and beside it as {@code NAME.xbr}, a report package of
 * the same ({@link ReportPackage}). The XBRL 2.1 schemas themselves are not copied: every XBRL
 * processor has them.
 *
 * <p>Everything is first written to a staging folder beside the output, where it can be
 * checked; {@link Staged#commit()} then moves the files into place, restoring what was there if
 * any move fails. A failure leaves no partial file and leaves earlier output as it was.
 */
public final class FilingPackage {
  private FilingPackage() {}

  /**
   * Stages {@code filing} as {@code instanceName} (first), with its taxonomy and the report
   * package {@code NAME.xbr} (NAME: the instance name without its extension), for {@code folder}.
   */
  public static Staged stage(Filing filing, Taxonomy taxonomy, Path folder, String instanceName)
      throws IOException, InputException {
    String name = instanceName.contains(".") ? instanceName.substring(0, instanceName.lastIndexOf('.')) : instanceName;
    ReportPackage.checkName(name);
    Layout layout = Layout.of(taxonomy, name, Layout.oneDown(filing.schemaRefs()));
    Map<String, byte[]> files = new LinkedHashMap<>();
    ByteArrayOutputStream instance = new ByteArrayOutputStream();
    InstanceWriter.write(filing, instance);
    files.put(instanceName, instance.toByteArray());
    for (Map.Entry<String, byte[]> file : layout.files().entrySet()) {
      if (files.putIfAbsent(file.getKey(), file.getValue()) != null) {
        throw new InputException(instanceName, "the instance has the name of a taxonomy file; choose another");
      }
    }
    if (files.putIfAbsent(name + ".xbr", ReportPackage.xbr(name, filing, taxonomy)) != null) {
      throw new InputException(name + ".xbr", "the report package has the name of a taxonomy file; choose another");
    }
    return Staged.of(folder, files);
  }
}
