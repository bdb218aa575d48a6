package dev.bulwark.risk.fair.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Wire;
import dev.bulwark.risk.Impact;
import dev.bulwark.risk.Likelihood;
import dev.bulwark.risk.fair.portfolio.DerivedTables.Range;
import dev.bulwark.risk.fair.portfolio.DerivedTables.Sensitivity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/fair.md prints the derived tables; they must be the numbers the code uses. */
class DerivedTablesDocTest {
  private static final Path DOC = Path.of("..", "docs", "fair.md");

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String row(String key, Range r) {
    return "| "
        + key
        + " | "
        + plain(r.min())
        + " | "
        + plain(r.likely())
        + " | "
        + plain(r.max())
        + " |";
  }

  private static String percentRow(String key, Range r) {
    return "| "
        + key
        + " | "
        + plain(r.min() * 100)
        + " % | "
        + plain(r.likely() * 100)
        + " % | "
        + plain(r.max() * 100)
        + " % |";
  }

  @Test
  void theFrequencyTableIsTheCodes() throws IOException {
    String doc = Files.readString(DOC);
    for (Likelihood l : Likelihood.values()) {
      assertThat(doc)
          .contains(
              row(Wire.name(l).replace('-', ' '), DerivedTables.THREAT_EVENT_FREQUENCY.get(l)));
    }
  }

  @Test
  void theVulnerabilityTableIsTheCodes() throws IOException {
    String doc = Files.readString(DOC);
    assertThat(doc).contains(row("0", DerivedTables.vulnerability(0)));
    assertThat(doc).contains(row("1", DerivedTables.vulnerability(1)));
    assertThat(doc).contains(row("2 or more", DerivedTables.vulnerability(2)));
    assertThat(DerivedTables.vulnerability(7)).isEqualTo(DerivedTables.vulnerability(2));
  }

  @Test
  void theLossTableAndTheReferenceRevenueAreTheCodes() throws IOException {
    String doc = Files.readString(DOC);
    for (Impact i : Impact.values()) {
      assertThat(doc)
          .contains(percentRow(Wire.name(i), DerivedTables.LOSS_SHARE_OF_REVENUE.get(i)));
    }
    assertThat(doc)
        .contains(String.format(java.util.Locale.ROOT, "**%,d**", DerivedTables.REFERENCE_REVENUE));
  }

  @Test
  void theSecondaryLossTableIsTheCodes() throws IOException {
    String doc = Files.readString(DOC);
    for (Sensitivity s : new Sensitivity[] {Sensitivity.SENSITIVE, Sensitivity.REGULATED}) {
      assertThat(doc)
          .contains(row(Wire.name(s), DerivedTables.SECONDARY_LOSS_EVENT_FREQUENCY.get(s)));
    }
    assertThat(DerivedTables.SECONDARY_LOSS_EVENT_FREQUENCY).doesNotContainKey(Sensitivity.NONE);
  }

  @Test
  void eachImpactLevelIsFiveTimesTheOneBelow() {
    for (int i = 1; i < Impact.values().length; i++) {
      Range lower = DerivedTables.LOSS_SHARE_OF_REVENUE.get(Impact.values()[i - 1]);
      Range upper = DerivedTables.LOSS_SHARE_OF_REVENUE.get(Impact.values()[i]);
      assertThat(upper.likely() / lower.likely())
          .isCloseTo(5, org.assertj.core.api.Assertions.offset(1e-9));
    }
  }
}
