package dev.bulwark.risk.fair.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.Model;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.risk.Assessment;
import dev.bulwark.risk.Assessor;
import dev.bulwark.risk.RiskMatrix;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The portfolio fixture (src/test/resources/portfolio/shop.yaml), loaded and assessed. */
final class PortfolioFixtures {
  static final LocalDate DATE = LocalDate.of(2026, 11, 22);

  private PortfolioFixtures() {}

  static Portfolio shop(PortfolioOptions options) {
    LoadResult loaded = ModelLoader.load(Path.of("src/test/resources/portfolio/shop.yaml"));
    assertThat(loaded.errors()).isEmpty();
    Model model = loaded.model().orElseThrow();
    SystemView view = SystemView.of(model);
    RuleSet rules = RuleSet.of(List.of(TestRule.on("TEST-1", List.of(Control.WAF), "web")));
    Assessment assessment = new Assessor(rules, RiskMatrix.DEFAULT, DATE).assess(model, view);
    return Portfolio.of(model, view, assessment, options);
  }

  static Portfolio shop() {
    return shop(PortfolioOptions.DEFAULTS);
  }
}
