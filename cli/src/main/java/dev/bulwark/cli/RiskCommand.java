package dev.bulwark.cli;

import dev.bulwark.model.Estimate;
import dev.bulwark.model.Wire;
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
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulwark risk}: quantitative risk in money. */
@Command(
    name = "risk",
    mixinStandardHelpOptions = true,
    description = "Quantitative risk in money, after the Open FAIR taxonomy (docs/fair.md).",
    subcommands = {RiskCommand.Simulate.class})
final class RiskCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
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
            + " lognormal:P5,P95 (a 90 % interval) or poisson:MEAN. Frequencies are events a"
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
