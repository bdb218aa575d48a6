package dev.bulwark.report.markdown;

import static dev.bulwark.model.write.Markdown.code;
import static dev.bulwark.model.write.Markdown.text;

import dev.bulwark.report.money.MoneySection;
import dev.bulwark.risk.fair.Summary;
import dev.bulwark.risk.fair.portfolio.Roadmap;
import java.util.List;

/**
 * The "Risk in money" section of the Markdown report: the totals, the largest scenarios and the
 * first mitigations of the roadmap, short enough for a pull-request comment. The figures are the
 * HTML report's ({@link MoneySection}, same seed and iterations); the section is there when the
 * model asks for money (loss scenarios or mitigation effects).
 */
final class MoneyMarkdown {
  /** Scenarios and roadmap candidates listed; the HTML report and {@code bulwark risk} list all. */
  static final int ROWS = 5;

  private MoneyMarkdown() {}

  static void write(MoneySection m, StringBuilder md) {
    Summary total = m.aggregate().total();
    md.append("\n## Risk in money\n\n")
        .append("Annualised loss exposure in ")
        .append(m.portfolio().currency())
        .append(" (Open FAIR, ")
        .append(MoneySection.amount(MoneySection.ITERATIONS))
        .append(" simulated years, seed ")
        .append(MoneySection.SEED)
        .append("): **mean ")
        .append(MoneySection.amount(total.mean()))
        .append("**, median ")
        .append(MoneySection.amount(total.percentile(50)))
        .append(", 90th percentile ")
        .append(MoneySection.amount(total.percentile(90)))
        .append(", 99th percentile ")
        .append(MoneySection.amount(total.percentile(99)))
        .append(". ")
        .append(scenarios(m))
        .append(" `bulwark risk` gives every figure.\n\n")
        .append("| # | Scenario | Estimates | Mean a year | 90th percentile |\n")
        .append("| ---: | --- | --- | ---: | ---: |\n");
    List<MoneySection.Row> rows = m.rows();
    for (MoneySection.Row row : rows.subList(0, Math.min(ROWS, rows.size()))) {
      md.append("| ")
          .append(row.rank())
          .append(" | ")
          .append(text(row.title()))
          .append(' ')
          .append(code(row.id()))
          .append(" | ")
          .append(row.inputs())
          .append(" | ")
          .append(MoneySection.amount(row.summary().mean()))
          .append(" | ")
          .append(MoneySection.amount(row.summary().percentile(90)))
          .append(" |\n");
    }
    int more = m.portfolio().scenarios().size() - Math.min(ROWS, rows.size());
    if (more > 0) {
      md.append("\nAnd ")
          .append(more)
          .append(more == 1 ? " more scenario.\n" : " more scenarios.\n");
    }
    roadmap(m.roadmap(), md);
  }

  private static String scenarios(MoneySection m) {
    int count = m.portfolio().scenarios().size();
    return count
        + (count == 1 ? " loss scenario: " : " loss scenarios: ")
        + m.fromModel()
        + " from the model, "
        + m.derived()
        + " derived from the ratings of the other open threats.";
  }

  private static void roadmap(Roadmap roadmap, StringBuilder md) {
    List<Roadmap.Candidate> candidates = roadmap.candidates();
    if (candidates.isEmpty()) {
      return;
    }
    md.append("\nMitigations to fund first, by expected reduction per first-year cost:\n\n")
        .append("| # | Mitigation | First-year cost | Reduction a year | Return |\n")
        .append("| ---: | --- | ---: | ---: | ---: |\n");
    for (int i = 0; i < Math.min(ROWS, candidates.size()); i++) {
      Roadmap.Candidate c = candidates.get(i);
      md.append("| ")
          .append(i + 1)
          .append(" | ")
          .append(text(c.mitigation().title()))
          .append(' ')
          .append(code(c.mitigation().id()))
          .append(" | ")
          .append(c.cost().isPresent() ? MoneySection.amount(c.cost().getAsLong()) : "—")
          .append(" | ")
          .append(MoneySection.amount(c.expected()))
          .append(" | ")
          .append(
              c.returnOnInvestment().isPresent()
                  ? MoneySection.percent(c.returnOnInvestment().getAsDouble())
                  : "—")
          .append(" |\n");
    }
  }
}
