package dev.bulwark.cli;

import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleDocs;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.rules.BuiltinRules;
import dev.bulwark.knowledge.Countermeasures;
import dev.bulwark.model.Wire;
import dev.bulwark.model.problem.Suggestions;
import dev.bulwark.model.write.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark rules list|explain}: the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "The threat rules: list them, or explain one.",
    subcommands = {RulesCommand.ListRules.class, RulesCommand.Explain.class})
final class RulesCommand {
  private RulesCommand() {}

  static List<RuleMeta> catalogue() {
    return BuiltinRules.all().stream().map(Rule::meta).toList();
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the built-in rules: id, STRIDE / LINDDUN, CWE and title.")
  static final class ListRules implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--area",
        paramLabel = "AREA",
        description = "Only rules of this area, e.g. WEB, LLM, K8S.")
    Optional<String> area;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        description = "Output: text or json (default: text).")
    OutputFormat format;

    @Override
    public Integer call() {
      List<RuleMeta> rules =
          catalogue().stream()
              .filter(r -> area.map(a -> r.area().equalsIgnoreCase(a)).orElse(true))
              .toList();
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.JSON) {
        out.print(Json.write(rules.stream().map(ListRules::json).toList()));
      } else {
        for (RuleMeta r : rules) {
          String category =
              r.stride().stream().map(Wire::name).collect(Collectors.joining(","))
                  + r.linddun()
                      .map(l -> (r.stride().isEmpty() ? "" : ",") + Wire.name(l))
                      .orElse("");
          out.printf(
              Locale.ROOT,
              "%-15s %-34s %-9s %s%n",
              r.id(),
              category,
              String.join(",", r.cwe()).replace("CWE-", ""),
              r.title());
        }
        out.println(rules.size() + " rules; `bulwark rules explain ID` for one.");
      }
      out.flush();
      return ExitCode.OK;
    }

    private static Map<String, Object> json(RuleMeta r) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", r.id());
      out.put("title", r.title());
      out.put("stride", r.stride().stream().map(Wire::name).toList());
      r.linddun().ifPresent(l -> out.put("linddun", Wire.name(l)));
      out.put("cwe", r.cwe());
      out.put("capec", r.capec());
      out.put("attack", r.attack());
      out.put("mitigations", r.mitigations());
      out.put("since", r.since());
      return out;
    }
  }

  @Command(
      name = "explain",
      mixinStandardHelpOptions = true,
      description = "Explain one rule: why it matters, its references and its mitigations.")
  static final class Explain implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A rule id, e.g. BW-WEB-001.")
    String id;

    @Override
    public Integer call() {
      List<RuleMeta> rules = catalogue();
      Optional<RuleMeta> rule =
          rules.stream().filter(r -> r.id().equalsIgnoreCase(id.strip())).findFirst();
      if (rule.isEmpty()) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(
            "error: no rule '"
                + id
                + "'"
                + Suggestions.closest(
                        id.toUpperCase(Locale.ROOT), rules.stream().map(RuleMeta::id).toList())
                    .map(s -> " (did you mean " + s + "?)")
                    .orElse("")
                + "; `bulwark rules list` shows them all");
        err.flush();
        return ExitCode.USAGE;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(RuleDocs.page(rule.get(), Countermeasures.builtIn()));
      out.flush();
      return ExitCode.OK;
    }
  }
}
