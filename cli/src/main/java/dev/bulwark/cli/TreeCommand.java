package dev.bulwark.cli;

import dev.bulwark.analysis.adtree.AdNode;
import dev.bulwark.analysis.adtree.AdTree;
import dev.bulwark.analysis.adtree.AdTreeException;
import dev.bulwark.analysis.adtree.AdtoolXml;
import dev.bulwark.analysis.adtree.Domain;
import dev.bulwark.analysis.adtree.DomainResult;
import dev.bulwark.analysis.adtree.Evaluation;
import dev.bulwark.analysis.adtree.Evaluator;
import dev.bulwark.analysis.adtree.Role;
import dev.bulwark.analysis.adtree.TreeFiles;
import dev.bulwark.analysis.adtree.TreeGenerator;
import dev.bulwark.analysis.adtree.TreeYaml;
import dev.bulwark.model.Component;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import dev.bulwark.model.write.Json;
import dev.bulwark.report.adtree.TreeDot;
import dev.bulwark.report.adtree.TreeMermaid;
import dev.bulwark.report.adtree.TreeSvg;
import dev.bulwark.report.attack.TreeInputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark tree}: evaluates, converts and generates attack-defence trees. */
@Command(
    name = "tree",
    mixinStandardHelpOptions = true,
    description = {
      "Attack-defence trees: an attacker's goal refined by AND and OR into sub-goals, with"
          + " countermeasures and counter-attacks. Trees are read from Bulwark's YAML tree files"
          + " or ADTool's XML (told apart by content). See docs/attack-trees.md."
    },
    subcommands = {TreeCommand.Eval.class, TreeCommand.Convert.class, TreeCommand.Generate.class})
final class TreeCommand implements Runnable {
  /** Larger than any tree file people write; the readers have their own limits too. */
  static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What a tree can be written as. */
  enum Target {
    YAML,
    ADTOOL,
    SVG,
    DOT,
    MERMAID
  }

  /** A tree file read, or the exit code of the failure already reported. */
  private static TreeFiles.Loaded load(Path file, PrintWriter err) throws Failure {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        err.println("bulwark: " + file + ": the file is larger than 16 MiB; not a tree file");
        throw new Failure(ExitCode.INVALID_MODEL);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      err.println("bulwark: cannot read " + file + ": " + e.getMessage());
      throw new Failure(ExitCode.FAILURE);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      err.println("bulwark: " + file + ": not UTF-8 text; a tree file is YAML or ADTool's XML");
      throw new Failure(ExitCode.INVALID_MODEL);
    }
    try {
      TreeFiles.Loaded loaded = TreeFiles.read(file.toString(), text);
      loaded.notes().forEach(n -> err.println("note: " + n));
      return loaded;
    } catch (AdTreeException e) {
      e.problems().forEach(p -> err.println("error: " + p));
      err.println(file + ": not a valid attack-defence tree; nothing evaluated");
      throw new Failure(ExitCode.INVALID_MODEL);
    }
  }

  /** Writes the tree in a format, to a file (atomically) or standard output. */
  private static int write(AdTree tree, Target to, Optional<Path> output, CommandSpec spec) {
    String text;
    try {
      text =
          switch (to) {
            case YAML -> TreeYaml.write(tree);
            case ADTOOL -> AdtoolXml.write(tree);
            case SVG -> TreeSvg.svg(tree);
            case DOT -> TreeDot.dot(tree);
            case MERMAID -> TreeMermaid.mermaid(tree);
          };
    } catch (AdTreeException e) {
      spec.commandLine().getErr().println("bulwark: " + e.getMessage());
      return ExitCode.INVALID_MODEL;
    }
    if (output.isEmpty()) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return ExitCode.OK;
    }
    try {
      Outputs.writeAtomically(output.get(), text);
      return ExitCode.OK;
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("bulwark: cannot write " + output.get() + ": " + e.getMessage());
      return ExitCode.FAILURE;
    }
  }

  /** A failure already reported, with its exit code. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int exitCode;

    Failure(int exitCode) {
      super(null, null, false, false);
      this.exitCode = exitCode;
    }
  }

  @Command(
      name = "eval",
      mixinStandardHelpOptions = true,
      description = {
        "Evaluate a tree bottom-up in every attribute domain: satisfiable, min cost, min time"
            + " (sequential and parallel), min skill, probability; and name the leaves of the"
            + " cheapest attack. Where a sub-goal is shared, cost, sequential time and"
            + " probability are computed exactly by expansion."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:the tree was evaluated (a domain a leaf has no value for is reported as skipped)",
        "2:the file is not a valid tree",
        "3:the command line is wrong",
        "4:the file could not be read"
      })
  static final class Eval implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A tree file: YAML or ADTool's XML.")
    Path file;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        description = "Output: text or json (default: text).")
    OutputFormat format;

    @Override
    public Integer call() {
      TreeFiles.Loaded loaded;
      try {
        loaded = load(file, spec.commandLine().getErr());
      } catch (Failure f) {
        return f.exitCode;
      }
      Evaluation evaluation = Evaluator.evaluate(loaded.tree());
      PrintWriter out = spec.commandLine().getOut();
      out.print(
          format == OutputFormat.JSON
              ? Json.write(EvalOutput.json(evaluation))
              : EvalOutput.text(evaluation));
      out.flush();
      return ExitCode.OK;
    }
  }

  @Command(
      name = "convert",
      mixinStandardHelpOptions = true,
      description = {
        "Write a tree in another format: yaml (Bulwark's tree file), adtool (ADTool 2's XML),"
            + " svg, dot (Graphviz) or mermaid."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:the tree was written",
        "2:the file is not a valid tree, or cannot be written in that format",
        "3:the command line is wrong",
        "4:a file could not be read or written"
      })
  static final class Convert implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A tree file: YAML or ADTool's XML.")
    Path file;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "FORMAT",
        description = "yaml, adtool, svg, dot or mermaid.")
    Target to;

    @Option(
        names = "-o",
        paramLabel = "PATH",
        description = "Write to this file (atomically) instead of standard output.")
    Optional<Path> output;

    @Override
    public Integer call() {
      try {
        return write(load(file, spec.commandLine().getErr()).tree(), to, output, spec);
      } catch (Failure f) {
        return f.exitCode;
      }
    }
  }

  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = {
        "Build the attack-defence tree of a data asset from a model's analysis: the goal"
            + " \"Compromise ASSET\" is an OR over the components that store or process it and"
            + " the flows that carry it, each an OR over its threats (not those triaged as false"
            + " positives); the model's mitigations counter the threats they name (implemented"
            + " or verified ones are in place, planned ones are not; rejected ones are left out).",
        "",
        "Leaf probabilities are derived from each threat's likelihood (unlikely 0.05, possible"
            + " 0.2, likely 0.5, very likely 0.8); edit the YAML to give your own, and costs."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:the tree was written",
        "2:the model is invalid, or no threat touches the asset",
        "3:the command line is wrong (an unknown asset among them)",
        "4:a file could not be read or written"
      })
  static final class Generate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "MODEL", description = "The model file (YAML or JSON).")
    Path model;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "ASSET",
        description = "The id of the data asset (the crown jewel) to build the tree for.")
    String asset;

    @Option(
        names = "--to",
        paramLabel = "FORMAT",
        defaultValue = "yaml",
        description = "yaml (default), adtool, svg, dot or mermaid.")
    Target to;

    @Option(
        names = "-o",
        paramLabel = "PATH",
        description = "Write to this file (atomically) instead of standard output.")
    Optional<Path> output;

    @Mixin AnalysisOptions analysis;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      Analysis run;
      try {
        run = Analysis.run(model, analysis, err);
      } catch (Analysis.Failed e) {
        return e.exitCode;
      }
      Model m = run.model();
      Optional<DataAsset> data = m.data().stream().filter(d -> d.id().equals(asset)).findFirst();
      if (data.isEmpty()) {
        err.println(
            "bulwark: no data asset '"
                + asset
                + "' in "
                + model
                + " (its data assets: "
                + String.join(", ", m.data().stream().map(DataAsset::id).toList())
                + ")");
        return ExitCode.USAGE;
      }
      List<TreeGenerator.Element> elements = new ArrayList<>();
      for (Component c : m.components()) {
        if (c.stores().contains(asset) || c.processes().contains(asset)) {
          elements.add(new TreeGenerator.Element(c.id(), c.id()));
        }
      }
      for (Flow f : m.flows()) {
        if (f.data().contains(asset)) {
          elements.add(
              new TreeGenerator.Element(f.id(), f.id() + " (" + f.from() + " → " + f.to() + ")"));
        }
      }
      List<TreeGenerator.Threat> threats = TreeInputs.threats(run.assessment());
      List<TreeGenerator.Defence> defences = TreeInputs.defences(m);
      AdTree tree;
      try {
        tree = TreeGenerator.forAsset(asset, asset, elements, threats, defences);
      } catch (IllegalArgumentException e) {
        err.println("bulwark: " + e.getMessage() + " in " + model + "; nothing to generate");
        return ExitCode.INVALID_MODEL;
      }
      return write(tree, to, output, spec);
    }
  }

  /** The text and JSON of {@code tree eval}. */
  static final class EvalOutput {
    private EvalOutput() {}

    static String text(Evaluation e) {
      AdTree tree = e.tree();
      StringBuilder out = new StringBuilder();
      AdNode root = tree.rootNode();
      long attacks = tree.nodes().stream().filter(n -> n.role() == Role.ATTACK).count();
      long counters = tree.nodes().stream().filter(n -> n.counter().isPresent()).count();
      out.append("Attack-defence tree: ")
          .append(root.label())
          .append(" (")
          .append(root.id())
          .append(")\n");
      out.append(tree.nodes().size())
          .append(" nodes (")
          .append(attacks)
          .append(" attack, ")
          .append(tree.nodes().size() - attacks)
          .append(" defence), ")
          .append(counters)
          .append(counters == 1 ? " countermeasure" : " countermeasures");
      if (tree.isDag()) {
        out.append("; shared sub-goals: ").append(String.join(", ", tree.shared()));
      }
      out.append("\n\n");
      int width = 20;
      for (DomainResult d : e.domains()) {
        out.append(pad(d.domain().wire(), width));
        if (d.evaluated()) {
          out.append(pad(value(d.domain(), d.value(tree.root()).orElseThrow()), 12))
              .append(d.method());
        } else {
          out.append("not evaluated: ").append(d.skipped().orElseThrow());
        }
        out.append('\n');
      }
      if (e.cheapest().isPresent()) {
        out.append("\nCheapest attack (cost ")
            .append(number(e.cheapest().get().cost()))
            .append("):\n");
        Map<String, AdNode> byId = tree.index();
        for (String leaf : e.cheapest().get().leaves()) {
          out.append("  - ").append(byId.get(leaf).label()).append(" (").append(leaf).append(")\n");
        }
      } else if (e.result(Domain.MIN_COST).evaluated()) {
        out.append(
            "\nNo attack reaches the goal: every way is blocked by a defence that cannot"
                + " be passed.\n");
      }
      out.append("\nBy node:\n");
      int idWidth =
          Math.min(32, tree.nodes().stream().mapToInt(n -> n.id().length()).max().orElse(4)) + 2;
      out.append("  ").append(pad("node", idWidth)).append(pad("role", 9));
      List<DomainResult> shown = e.domains().stream().filter(DomainResult::evaluated).toList();
      for (DomainResult d : shown) {
        out.append(pad(header(d.domain()), 12));
      }
      out.setLength(out.length() - trailing(out));
      out.append('\n');
      for (AdNode node : tree.nodes()) {
        out.append("  ").append(pad(node.id(), idWidth)).append(pad(node.role().wire(), 9));
        for (DomainResult d : shown) {
          out.append(pad(value(d.domain(), d.value(node.id()).orElseThrow()), 12));
        }
        out.setLength(out.length() - trailing(out));
        out.append('\n');
      }
      return out.toString();
    }

    static Map<String, Object> json(Evaluation e) {
      AdTree tree = e.tree();
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("root", tree.root());
      doc.put("label", tree.rootNode().label());
      doc.put("nodes", tree.nodes().size());
      doc.put("shared", List.copyOf(tree.shared()));
      Map<String, Object> domains = new LinkedHashMap<>();
      for (DomainResult d : e.domains()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (d.evaluated()) {
          entry.put("root", jsonValue(d.domain(), d.value(tree.root()).orElseThrow()));
          entry.put("method", d.method());
        } else {
          entry.put("skipped", d.skipped().orElseThrow());
        }
        domains.put(d.domain().wire(), entry);
      }
      doc.put("domains", domains);
      doc.put(
          "cheapest-attack",
          e.cheapest()
              .map(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("cost", jsonNumber(c.cost()));
                m.put("leaves", c.leaves());
                return (Object) m;
              })
              .orElse(null));
      List<Object> nodes = new ArrayList<>();
      for (AdNode node : tree.nodes()) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", node.id());
        n.put("label", node.label());
        n.put("role", node.role().wire());
        for (DomainResult d : e.domains()) {
          if (d.evaluated()) {
            n.put(d.domain().wire(), jsonValue(d.domain(), d.value(node.id()).orElseThrow()));
          }
        }
        nodes.add(n);
      }
      doc.put("values", nodes);
      return doc;
    }

    private static String header(Domain d) {
      return switch (d) {
        case SATISFIABLE -> "sat";
        case MIN_COST -> "cost";
        case MIN_TIME_SEQUENTIAL -> "time-seq";
        case MIN_TIME_PARALLEL -> "time-par";
        case MIN_SKILL -> "skill";
        case PROBABILITY -> "prob";
      };
    }

    private static String value(Domain d, double v) {
      if (d == Domain.SATISFIABLE) {
        return v == 1 ? "yes" : "no";
      }
      return number(v);
    }

    /** Six significant digits, plain decimal; ∞ for no way through. */
    static String number(double v) {
      if (Double.isInfinite(v)) {
        return "∞";
      }
      return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static Object jsonValue(Domain d, double v) {
      return d == Domain.SATISFIABLE ? (Object) (v == 1) : jsonNumber(v);
    }

    /** A whole number as one, others to twelve significant digits; ∞ as "infinity". */
    static Object jsonNumber(double v) {
      if (Double.isInfinite(v)) {
        return "infinity";
      }
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        return (long) v;
      }
      return Double.parseDouble(new BigDecimal(v).round(new MathContext(12)).toString());
    }

    private static String pad(String text, int width) {
      return text.length() >= width ? text + "  " : text + " ".repeat(width - text.length());
    }

    private static int trailing(StringBuilder out) {
      int n = 0;
      while (n < out.length() && out.charAt(out.length() - 1 - n) == ' ') {
        n++;
      }
      return n;
    }
  }
}
