package dev.bulwark.cli;

import dev.bulwark.model.Estimate;
import dev.bulwark.model.Wire;
import dev.bulwark.model.problem.Level;
import dev.bulwark.model.problem.Suggestions;
import dev.bulwark.risk.fair.Distribution;
import dev.bulwark.risk.fair.Factor;
import dev.bulwark.risk.fair.FairException;
import dev.bulwark.risk.fair.FairJson;
import dev.bulwark.risk.fair.Mode;
import dev.bulwark.risk.fair.Pert;
import dev.bulwark.risk.fair.PertShape;
import dev.bulwark.risk.fair.Scenario;
import dev.bulwark.risk.fair.SecondaryLoss;
import dev.bulwark.risk.fair.Settings;
import dev.bulwark.risk.fair.Simulation;
import dev.bulwark.risk.fair.Simulator;
import dev.bulwark.risk.fair.Summary;
import dev.bulwark.risk.fair.ThreatEventFrequency;
import dev.bulwark.risk.fair.Vulnerability;
import dev.bulwark.risk.fair.portfolio.Aggregate;
import dev.bulwark.risk.fair.portfolio.Comparison;
import dev.bulwark.risk.fair.portfolio.MitigationEffects;
import dev.bulwark.risk.fair.portfolio.Portfolio;
import dev.bulwark.risk.fair.portfolio.PortfolioJson;
import dev.bulwark.risk.fair.portfolio.PortfolioOptions;
import dev.bulwark.risk.fair.portfolio.PortfolioRun;
import dev.bulwark.risk.fair.portfolio.PortfolioText;
import dev.bulwark.risk.fair.portfolio.Progress;
import dev.bulwark.risk.fair.portfolio.Roadmap;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark risk FILE}: a model's risk in money (its loss scenarios, derived ones for the
 * other open threats, what-if and roadmap); {@code bulwark risk simulate}: one scenario given on
 * the command line.
 */
@Command(
    name = "risk",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "A model's risk in money, after the Open FAIR taxonomy (docs/fair.md): its loss scenarios"
          + " (and, for open threats no scenario covers, scenarios derived from the qualitative"
          + " ratings) simulated by Monte Carlo and summed year by year, with the mitigations in"
          + " place applied.",
      "",
      "--what-if compares the loss without and with chosen mitigations on the same simulated"
          + " years; --roadmap ranks the proposed and planned mitigations by expected reduction"
          + " per first-year cost and, with --budget, picks the best set within it.",
      "",
      "The same model, options and seed give the same output, whatever the number of threads.",
      ""
    },
    subcommands = {RiskCommand.Simulate.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the risk was simulated",
      "2:the model, a rule pack or a scenario in it is invalid",
      "3:the command line is wrong (an unknown mitigation, a negative budget)",
      "4:a file could not be read or written"
    })
final class RiskCommand implements Callable<Integer> {
  /** Progress is drawn for runs of at least this many scenario-iterations, on a terminal. */
  static final long LONG_RUN = 20_000_000;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The model file (YAML or JSON).")
  Path file;

  @Option(
      names = "--what-if",
      paramLabel = "ID,ID",
      split = ",",
      description =
          "Compare the loss without and with these mitigations (ids of mitigations with effects;"
              + " ones in place are taken out for 'without').")
  List<String> whatIf = new ArrayList<>();

  @Option(
      names = "--roadmap",
      description =
          "Rank the candidate mitigations (proposed, planned, in progress, with effects) by"
              + " expected reduction per first-year cost.")
  boolean roadmap;

  @Option(
      names = "--budget",
      paramLabel = "N",
      description =
          "With the roadmap: the best set of candidates whose first-year costs fit in N (exact up"
              + " to 25 candidates, greedy beyond). Implies --roadmap.")
  Optional<Long> budget;

  @Option(
      names = "--no-derived",
      description = "Only the model's own scenarios: no derived ones for the other open threats.")
  boolean noDerived;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      defaultValue = "" + Simulate.DEFAULT_ITERATIONS,
      description = "Simulated years (default: 100000, at most 10000000).")
  int iterations;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + Simulate.DEFAULT_SEED,
      description = "Seed of the random numbers (default: 42).")
  long seed;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "product",
      converter = ModeConverter.class,
      description = "product or event (see 'risk simulate --help'); default: product.")
  Mode mode;

  @Option(
      names = "--pert",
      paramLabel = "SHAPE",
      defaultValue = "textbook",
      converter = ShapeConverter.class,
      description =
          "PERT shape of every three-point estimate, given or derived: textbook or"
              + " moment-matched; default: textbook.")
  PertShape shape;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads to simulate on (default: all processors); never changes the result.")
  Optional<Integer> threads;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "Text output: how many scenarios to list (0: all; default: 20).")
  int top;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: text or json (default: text).")
  OutputFormat format;

  @Option(
      names = "-o",
      paramLabel = "PATH",
      description = "Write the output to this file (atomically) instead of standard output.")
  Optional<Path> output;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    if (file == null) {
      spec.commandLine().usage(spec.commandLine().getOut());
      return ExitCode.OK;
    }
    List<String> problems = new ArrayList<>();
    Settings settings = null;
    try {
      settings = new Settings(mode, seed, iterations);
    } catch (FairException e) {
      e.problems().forEach(p -> problems.add("--iterations: " + p.message()));
    }
    Simulator simulator = null;
    try {
      simulator = threads.map(Simulator::new).orElseGet(Simulator::allProcessors);
    } catch (FairException e) {
      e.problems().forEach(p -> problems.add("--threads: " + p.message()));
    }
    if (budget.isPresent() && budget.get() < 0) {
      problems.add("--budget: cannot be negative, got " + budget.get());
    }
    if (top < 0) {
      problems.add("--top: cannot be negative, got " + top);
    }
    if (!problems.isEmpty()) {
      return usage(problems);
    }
    PrintWriter err = spec.commandLine().getErr();
    Analysis run;
    try {
      run = Analysis.run(file, analysis, err);
    } catch (Analysis.Failed e) {
      return e.exitCode;
    }
    Portfolio portfolio =
        Portfolio.of(
            run.model(),
            run.view(),
            run.assessment(),
            PortfolioOptions.DEFAULTS.withShape(shape).withDerive(!noDerived));
    for (String id : whatIf) {
      if (portfolio.mitigation(id).isEmpty()) {
        String hint =
            Suggestions.hint(
                id, portfolio.mitigations().stream().map(MitigationEffects::id).toList());
        problems.add(
            "--what-if: '"
                + id
                + "' is no mitigation with effects in the model"
                + (hint.isEmpty() ? "" : "; " + hint));
      }
    }
    if (!problems.isEmpty()) {
      return usage(problems);
    }
    long work = (long) iterations * Math.max(1, portfolio.scenarios().size());
    ProgressLine progress = new ProgressLine(err, work >= LONG_RUN && Terminal.interactive());
    PortfolioRun simulation;
    Aggregate aggregate;
    Optional<Comparison> comparison;
    Optional<Roadmap> plan;
    try {
      simulation = new PortfolioRun(portfolio, settings, simulator, progress);
      aggregate = simulation.aggregate();
      comparison = whatIf.isEmpty() ? Optional.empty() : Optional.of(simulation.whatIf(whatIf));
      plan =
          roadmap || budget.isPresent()
              ? Optional.of(
                  simulation.roadmap(budget.map(OptionalLong::of).orElseGet(OptionalLong::empty)))
              : Optional.empty();
    } catch (FairException e) {
      progress.clear();
      e.problems().forEach(p -> err.println("error: " + p));
      err.flush();
      return ExitCode.INVALID_MODEL;
    }
    progress.clear();
    Outputs.Content rendered =
        format == OutputFormat.JSON
            ? writer -> writer.write(PortfolioJson.write(portfolio, aggregate, comparison, plan))
            : writer ->
                writer.write(PortfolioText.write(portfolio, aggregate, comparison, plan, top));
    if (output.isPresent()) {
      Outputs.writeAtomically(output.get(), rendered);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      rendered.writeTo(out);
      out.flush();
    }
    boolean broken =
        run.broken() || portfolio.notices().stream().anyMatch(n -> n.level() == Level.ERROR);
    return broken ? ExitCode.INVALID_MODEL : ExitCode.OK;
  }

  private int usage(List<String> problems) {
    PrintWriter err = spec.commandLine().getErr();
    problems.forEach(p -> err.println("error: " + p));
    err.println("See '" + spec.qualifiedName() + " --help'.");
    err.flush();
    return ExitCode.USAGE;
  }

  /** A progress line on standard error, rewritten in place; silent when not drawn. */
  static final class ProgressLine implements Progress {
    private final PrintWriter err;
    private final boolean drawn;
    private String last = "";

    ProgressLine(PrintWriter err, boolean drawn) {
      this.err = err;
      this.drawn = drawn;
    }

    @Override
    public void update(String stage, int done, int total) {
      if (!drawn) {
        return;
      }
      String line = stage + " " + (100L * done / total) + " %";
      if (!line.equals(last)) {
        err.print("\r" + line + "   ");
        err.flush();
        last = line;
      }
    }

    void clear() {
      if (drawn && !last.isEmpty()) {
        err.print("\r" + " ".repeat(last.length() + 3) + "\r");
        err.flush();
      }
    }
  }

  @Command(
      name = "simulate",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Simulate one FAIR loss scenario given on the command line, by Monte Carlo, and print the"
            + " annualised loss: mean, percentiles and (in JSON) the loss exceedance curve.",
        "",
        "Each input DIST is MIN,MODE,MAX (a PERT estimate), a single number (a constant),"
            + " lognormal:P5,P95 (a 90 %% interval) or poisson:MEAN. Frequencies are events a"
            + " year; vulnerability, probability of action and secondary loss event frequency are"
            + " probabilities in [0, 1]; losses are amounts of money.",
        "",
        "The same inputs and seed give the same output, whatever the number of threads.",
        "",
        "Example: bulwark risk simulate --tef 0.5,1,5 --vuln 0.1,0.3,0.6"
            + " --lm 10000,50000,500000 --pert moment-matched",
        ""
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the scenario was simulated", "3:the command line or an input is wrong"})
  static final class Simulate implements Callable<Integer> {
    static final int DEFAULT_ITERATIONS = 100_000;
    static final long DEFAULT_SEED = 42;

    private static final String FORMS =
        "MIN,MODE,MAX (PERT), a number (constant), lognormal:P5,P95 or poisson:MEAN";

    @Spec CommandSpec spec;

    @Option(
        names = "--tef",
        paramLabel = "DIST",
        description = "Threat event frequency: threat events a year (or give --cf and --poa).")
    String tef;

    @Option(
        names = "--cf",
        paramLabel = "DIST",
        description = "Contact frequency: contacts a year.")
    String cf;

    @Option(
        names = "--poa",
        paramLabel = "DIST",
        description = "Probability of action: the chance a contact becomes a threat event.")
    String poa;

    @Option(
        names = "--vuln",
        paramLabel = "DIST",
        description =
            "Vulnerability: the chance a threat event becomes a loss event (or give --tcap and"
                + " --rs).")
    String vuln;

    @Option(
        names = "--tcap",
        paramLabel = "DIST",
        description = "Threat capability, on the same scale as --rs (e.g. percentiles 0-100).")
    String tcap;

    @Option(
        names = "--rs",
        paramLabel = "DIST",
        description =
            "Resistance strength; an iteration is vulnerable when its threat capability is above"
                + " it.")
    String rs;

    @Option(names = "--lm", paramLabel = "DIST", description = "Primary loss magnitude per event.")
    String lm;

    @Option(
        names = "--slef",
        paramLabel = "DIST",
        description = "Secondary loss event frequency: the chance a loss event has secondary loss.")
    String slef;

    @Option(names = "--slm", paramLabel = "DIST", description = "Secondary loss magnitude.")
    String slm;

    @Option(
        names = "--pert",
        paramLabel = "SHAPE",
        defaultValue = "textbook",
        converter = ShapeConverter.class,
        description =
            "PERT shape: textbook (α = 1 + 4(mode−min)/(max−min)) or moment-matched (mean"
                + " (min+4·mode+max)/6, standard deviation (max−min)/6, as pyfair); default:"
                + " textbook.")
    PertShape shape;

    @Option(
        names = "--mode",
        paramLabel = "MODE",
        defaultValue = "product",
        converter = ModeConverter.class,
        description =
            "product (loss = LEF × LM per iteration, as pyfair) or event (Poisson(LEF) loss"
                + " events, a magnitude each, as evaluator); default: product.")
    Mode mode;

    @Option(
        names = "--iterations",
        paramLabel = "N",
        defaultValue = "" + DEFAULT_ITERATIONS,
        description = "Simulated years (default: 100000, at most 10000000).")
    int iterations;

    @Option(
        names = "--seed",
        paramLabel = "S",
        defaultValue = "" + DEFAULT_SEED,
        description = "Seed of the random numbers (default: 42).")
    long seed;

    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "Threads to simulate on (default: all processors); never changes the result.")
    Optional<Integer> threads;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        description = "Output: text or json (default: text).")
    OutputFormat format;

    @Override
    public Integer call() {
      List<String> problems = new ArrayList<>();
      Map<Factor, String> options = new EnumMap<>(Factor.class);
      Optional<Scenario> scenario = scenario(problems, options);
      Optional<Settings> settings = Optional.empty();
      try {
        settings = Optional.of(new Settings(mode, seed, iterations));
      } catch (FairException e) {
        e.problems().forEach(p -> problems.add("--iterations: " + p.message()));
      }
      Optional<Simulator> simulator = Optional.empty();
      try {
        simulator = Optional.of(threads.map(Simulator::new).orElseGet(Simulator::allProcessors));
      } catch (FairException e) {
        e.problems().forEach(p -> problems.add("--threads: " + p.message()));
      }
      if (!problems.isEmpty()) {
        return usage(problems);
      }
      Simulation simulation;
      try {
        simulation = simulator.orElseThrow().run(scenario.orElseThrow(), settings.orElseThrow());
      } catch (FairException e) {
        return usage(
            e.problems().stream().map(p -> "--" + p.subject() + ": " + p.message()).toList());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(
          format == OutputFormat.JSON ? FairJson.write(simulation) : text(simulation, options));
      out.flush();
      return ExitCode.OK;
    }

    /** The scenario from the options, or the problems with them. */
    private Optional<Scenario> scenario(List<String> problems, Map<Factor, String> options) {
      Map<Factor, Distribution> given = new EnumMap<>(Factor.class);
      read("--tef", tef, Factor.THREAT_EVENT_FREQUENCY, given, options, problems);
      read("--cf", cf, Factor.CONTACT_FREQUENCY, given, options, problems);
      read("--poa", poa, Factor.PROBABILITY_OF_ACTION, given, options, problems);
      read("--vuln", vuln, Factor.VULNERABILITY, given, options, problems);
      read("--tcap", tcap, Factor.THREAT_CAPABILITY, given, options, problems);
      read("--rs", rs, Factor.RESISTANCE_STRENGTH, given, options, problems);
      read("--lm", lm, Factor.PRIMARY_LOSS_MAGNITUDE, given, options, problems);
      read("--slef", slef, Factor.SECONDARY_LOSS_EVENT_FREQUENCY, given, options, problems);
      read("--slm", slm, Factor.SECONDARY_LOSS_MAGNITUDE, given, options, problems);
      alternatives(
          "--tef", tef, "--cf", cf, "--poa", poa, "the threat event frequency", problems, true);
      alternatives("--vuln", vuln, "--tcap", tcap, "--rs", rs, "the vulnerability", problems, true);
      if (lm == null) {
        problems.add("--lm: the primary loss magnitude is required, as " + FORMS);
      }
      alternatives(null, null, "--slef", slef, "--slm", slm, "the secondary loss", problems, false);
      if (!problems.isEmpty()) {
        return Optional.empty();
      }
      try {
        ThreatEventFrequency frequency =
            tef != null
                ? ThreatEventFrequency.given(given.get(Factor.THREAT_EVENT_FREQUENCY))
                : ThreatEventFrequency.fromContact(
                    given.get(Factor.CONTACT_FREQUENCY), given.get(Factor.PROBABILITY_OF_ACTION));
        Vulnerability vulnerability =
            vuln != null
                ? Vulnerability.given(given.get(Factor.VULNERABILITY))
                : Vulnerability.fromCapability(
                    given.get(Factor.THREAT_CAPABILITY), given.get(Factor.RESISTANCE_STRENGTH));
        SecondaryLoss secondary =
            slef != null
                ? new SecondaryLoss(
                    given.get(Factor.SECONDARY_LOSS_EVENT_FREQUENCY),
                    given.get(Factor.SECONDARY_LOSS_MAGNITUDE))
                : SecondaryLoss.NONE;
        return Optional.of(
            new Scenario(
                frequency, vulnerability, given.get(Factor.PRIMARY_LOSS_MAGNITUDE), secondary));
      } catch (FairException e) {
        for (FairException.Problem p : e.problems()) {
          String option =
              options.entrySet().stream()
                  .filter(o -> o.getKey().key().equals(p.subject()))
                  .map(Map.Entry::getValue)
                  .findFirst()
                  .orElse(p.subject());
          problems.add(option + ": " + p.message());
        }
        return Optional.empty();
      }
    }

    private void read(
        String option,
        String text,
        Factor factor,
        Map<Factor, Distribution> given,
        Map<Factor, String> options,
        List<String> problems) {
      if (text == null) {
        return;
      }
      options.put(factor, option);
      try {
        Optional<Distribution> d = parse(text, shape);
        if (d.isEmpty()) {
          problems.add(option + ": expected " + FORMS + ", got '" + text + "'");
        } else {
          factor.problem(d.get()).ifPresent(p -> problems.add(option + ": " + p));
          given.put(factor, d.get());
        }
      } catch (FairException e) {
        e.problems().forEach(p -> problems.add(option + ": " + p.message()));
      }
    }

    /**
     * Checks that a factor is given one way: by {@code single}, or by {@code first} with {@code
     * second}; {@code required} when one of the two ways must be taken.
     */
    private static void alternatives(
        String singleName,
        String single,
        String firstName,
        String first,
        String secondName,
        String second,
        String what,
        List<String> problems,
        boolean required) {
      boolean pair = first != null || second != null;
      if (single != null && pair) {
        problems.add(
            singleName
                + ": give "
                + what
                + " either with "
                + singleName
                + " or with "
                + firstName
                + " and "
                + secondName
                + ", not both");
      } else if (first != null && second == null) {
        problems.add(firstName + ": needs " + secondName + " too");
      } else if (second != null && first == null) {
        problems.add(secondName + ": needs " + firstName + " too");
      } else if (required && single == null && !pair) {
        problems.add(
            singleName
                + ": "
                + what
                + " is required: give "
                + singleName
                + ", or "
                + firstName
                + " with "
                + secondName);
      }
    }

    /** A distribution in the command line's syntax; empty when the text has none of its forms. */
    static Optional<Distribution> parse(String text, PertShape shape) {
      return Estimate.parse(text).map(estimate -> Distribution.of(estimate, shape));
    }

    private int usage(List<String> problems) {
      PrintWriter err = spec.commandLine().getErr();
      problems.forEach(p -> err.println("error: " + p));
      err.println("See '" + spec.qualifiedName() + " --help'.");
      err.flush();
      return ExitCode.USAGE;
    }

    private String text(Simulation simulation, Map<Factor, String> options) {
      Settings settings = simulation.settings();
      Summary s = simulation.summary();
      boolean pert =
          simulation.scenario().inputs().values().stream().anyMatch(Pert.class::isInstance);
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "FAIR simulation: %,d iterations, %s mode,%s seed %d%n%n",
              settings.iterations(),
              Wire.name(settings.mode()),
              pert ? " " + Wire.name(shape) + " PERT," : "",
              settings.seed()));
      Map<String, Distribution> rows = new LinkedHashMap<>();
      simulation
          .scenario()
          .inputs()
          .forEach((factor, d) -> rows.put(factor.label() + " (" + options.get(factor) + ")", d));
      int labels = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
      int descriptions =
          rows.values().stream().mapToInt(d -> d.describe().length()).max().orElse(0);
      String layout = "  %-" + labels + "s   %-" + descriptions + "s   %s%n";
      out.append(String.format(Locale.ROOT, layout, "input", "distribution", "mean"));
      rows.forEach((label, d) ->
          out.append(String.format(Locale.ROOT, layout, label, d.describe(), amount(d.mean()))));
      out.append(String.format(Locale.ROOT, "%nAnnualised loss exposure%n"));
      row(out, "mean", s.mean(), "");
      row(out, "standard deviation", s.standardDeviation(), "");
      row(out, "minimum", s.min(), "");
      for (Summary.Percentile p : s.percentiles()) {
        row(out, "p" + p.level(), p.value(), "exceeded in " + (100 - p.level()) + " % of years");
      }
      row(out, "maximum", s.max(), "");
      out.append(
          String.format(
              Locale.ROOT,
              "  %-20s %14s%n",
              "years with a loss",
              String.format(Locale.ROOT, "%.1f %%", 100 * s.probabilityOfLoss())));
      out.append(
          String.format(
              Locale.ROOT, "%n--format json gives the loss exceedance curve and every figure.%n"));
      return out.toString();
    }

    private static void row(StringBuilder out, String label, double value, String note) {
      out.append(
          String.format(Locale.ROOT, "  %-20s %14s   %s", label, amount(value), note)
              .stripTrailing());
      out.append('\n');
    }

    /** Money and counts with thousands separators; small numbers with four significant digits. */
    static String amount(double value) {
      if (value == 0 || Math.abs(value) >= 100) {
        return String.format(Locale.ROOT, "%,.0f", value);
      }
      return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
  }

  /** Reads --pert: textbook or moment-matched. */
  static final class ShapeConverter implements CommandLine.ITypeConverter<PertShape> {
    @Override
    public PertShape convert(String value) {
      for (PertShape shape : PertShape.values()) {
        if (Wire.name(shape).equalsIgnoreCase(value.strip().replace('_', '-'))) {
          return shape;
        }
      }
      throw new CommandLine.TypeConversionException(
          "expected textbook or moment-matched, got '" + value + "'");
    }
  }

  /** Reads --mode: product or event. */
  static final class ModeConverter implements CommandLine.ITypeConverter<Mode> {
    @Override
    public Mode convert(String value) {
      for (Mode mode : Mode.values()) {
        if (Wire.name(mode).equalsIgnoreCase(value.strip())) {
          return mode;
        }
      }
      throw new CommandLine.TypeConversionException(
          "expected product or event, got '" + value + "'");
    }
  }
}
