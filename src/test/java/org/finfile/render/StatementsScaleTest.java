package org.finfile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.finfile.Finfile;
import org.finfile.TestFiles;
import org.finfile.mapping.Conversion;
import org.finfile.model.Context;
import org.finfile.model.Fact;
import org.finfile.model.FactValue;
import org.finfile.model.Filing;
import org.finfile.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A statement costs what it shows: its cells are found by looking each fact's columns up, not
 * by trying every fact of a row in every column (rows × columns × facts: 10^10 steps here, where
 * the lookup takes a fraction of a second). The timeout detects the hang, it is no benchmark.
 */
class StatementsScaleTest {
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void twentyThousandPeriodsOfOneLineAreLookedUpNotSearched() throws Exception {
    int n = 20_000;
    Conversion c = Finfile.convert(TestFiles.exampleDocument(), TestFiles.exampleMapping());
    Filing example = c.filing();
    // a line of a statement, in the example reported as a JPY amount at an instant
    Fact model = example.facts().stream()
        .filter(f -> f.context().period() instanceof Period.Instant && "JPY".equals(Statements.currency(f.unit())))
        .filter(f -> f.concept().getLocalPart().equals("Cash"))
        .findFirst().orElseThrow();
    List<Context> contexts = new ArrayList<>(example.contexts());
    List<Fact> facts = new ArrayList<>(example.facts());
    for (int i = 0; i < n; i++) {
      Context x = new Context("scale" + i, model.context().entity(), Period.instant(LocalDate.of(1900, 1, 1).plusDays(i)));
      contexts.add(x);
      facts.add(new Fact(null, model.concept(), x, model.unit(), new FactValue.Numeric(BigDecimal.valueOf(i)),
          model.accuracy(), null));
    }
    Filing filing = new Filing(example.schemaRefs(), example.namespaces(), contexts, example.units(), facts,
        example.footnotes());
    Set<Fact> tagged = Collections.newSetFromMap(new IdentityHashMap<>());

    List<Statements.Statement> statements = Statements.of(filing, c.taxonomy(), "en", tagged);

    Statements.Statement sheet = statements.stream().filter(s -> s.columns().size() > n).findFirst().orElseThrow();
    Statements.Row row = sheet.rows().stream().filter(r -> r.concept().equals(model.concept())).findFirst().orElseThrow();
    assertThat(row.cells()).hasSizeGreaterThan(n);
    assertThat(tagged).hasSizeGreaterThan(n);
  }
}
