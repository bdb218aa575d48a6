package dev.bulwark.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.lifecycle.gate.Baseline;
import dev.bulwark.lifecycle.gate.CheckResult;
import dev.bulwark.lifecycle.gate.GateFinding;
import dev.bulwark.lifecycle.gate.GateResult;
import dev.bulwark.lifecycle.gate.Outcome;
import dev.bulwark.lifecycle.gate.Policy;
import dev.bulwark.model.Golden;
import dev.bulwark.model.Position;
import dev.bulwark.report.Digest;
import dev.bulwark.report.GateFixtures;
import dev.bulwark.report.ReportFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateSummaryTest {
  private static final Path ROOT = ReportFixtures.repository();

  @Test
  void theOnlineShopUnderTheDefaultPolicy() {
    GateResult result =
        GateFixtures.verdict(
            Digest.of(ReportFixtures.example("online-shop")),
            Policy.defaults(),
            Optional.of(new Baseline.Known("main", Set.of())));
    String md = GateSummary.render(result, ROOT);
    Golden.assertMatches("markdown/gate-online-shop.md", md);
    assertThat(md)
        .startsWith("## ❌ Bulwark gate failed: online-shop (")
        .contains("policy: the default policy, base: `main`.")
        .contains("| ✅ | `model-errors` | the model is valid");
  }

  @Test
  void longListsAreCutAndCounted() {
    GateResult result =
        GateFixtures.verdict(
            Digest.of(ReportFixtures.example("online-shop")),
            GateFixtures.STRICT,
            Optional.empty());
    int open =
        result.checks().stream()
            .filter(c -> c.id().equals("open-threats"))
            .findFirst()
            .orElseThrow()
            .findings()
            .size();
    assertThat(open).isGreaterThan(GateSummary.SHOWN);
    assertThat(GateSummary.render(result, ROOT))
        .contains("- … and " + (open - GateSummary.SHOWN) + " more (the SARIF and JUnit files");
  }

  @Test
  void modelTextIsEscaped() {
    String markup = "<script>alert(1)</script> | [x](javascript:y) `";
    CheckResult check =
        new CheckResult(
            "missing-owners",
            "Someone answers.",
            Outcome.FAILED,
            "1 item names no owner",
            List.of(
                new GateFinding(
                    new Position(ROOT.resolve("m.yaml").toString(), 2, 1), markup, "k")));
    GateResult result =
        new GateResult(
            markup,
            ROOT.resolve("m.yaml").toString(),
            markup,
            Optional.of(markup),
            List.of(check),
            false);
    String md = GateSummary.render(result, ROOT);
    // Running text is escaped; identifiers sit in code spans, where nothing is interpreted.
    assertThat(md)
        .startsWith(
            "## ❌ Bulwark gate failed: &lt;script&gt;alert(1)&lt;/script&gt; \\| \\[x\\](javascript:y)"
                + " \\` (1 check failed)\n")
        .contains("Model `` <script>alert(1)</script> \\| [x](javascript:y) ` `` (`m.yaml`)")
        .contains("policy: &lt;script&gt;alert(1)&lt;/script&gt; \\| \\[x\\](javascript:y) \\`,")
        .contains("- `m.yaml:2:1` &lt;script&gt;alert(1)&lt;/script&gt; \\| \\[x\\](javascript:y)");
  }

  @Test
  void aPassingVerdictSaysSo() {
    Policy lenient =
        dev.bulwark.lifecycle.gate.PolicyReader.read(
                "lenient.yaml", "bulwark-policy: 1\nchecks: {}\n".getBytes())
            .policy()
            .orElseThrow();
    GateResult result =
        GateFixtures.verdict(
            Digest.of(ReportFixtures.example("iot-fleet")), lenient, Optional.empty());
    assertThat(GateSummary.render(result, ROOT))
        .startsWith("## ✅ Bulwark gate passed: home-heating\n\n")
        .doesNotContain("###");
  }
}
