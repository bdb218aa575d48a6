package dev.bulwark.cli;

import dev.bulwark.knowledge.mitre.KbEntry;
import dev.bulwark.knowledge.mitre.KbException;
import dev.bulwark.knowledge.mitre.KbImport;
import dev.bulwark.knowledge.mitre.KbKind;
import dev.bulwark.knowledge.mitre.KbLink;
import dev.bulwark.knowledge.mitre.KbLookup;
import dev.bulwark.knowledge.mitre.KbRedirect;
import dev.bulwark.knowledge.mitre.KnowledgeBase;
import dev.bulwark.knowledge.mitre.KnowledgeStore;
import dev.bulwark.model.write.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark kb}: imports MITRE's CAPEC, CWE and ATT&CK files and looks entries up. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = {
      "The knowledge base of MITRE's catalogues: CAPEC attack patterns, CWE weaknesses, ATT&CK"
          + " techniques and mitigations, linked to each other.",
      "",
      "It lives in $BULWARK_HOME/kb, else ~/.bulwark/kb (or --kb DIR). See docs/knowledge.md for"
          + " where to download MITRE's files."
    },
    subcommands = {KbCommand.Import.class, KbCommand.Show.class})
final class KbCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The --kb option both subcommands share. */
  static final class Directory {
    @Option(
        names = "--kb",
        paramLabel = "DIR",
        description = "Knowledge directory (default: $BULWARK_HOME/kb, else ~/.bulwark/kb).")
    Path directory;

    KnowledgeStore store() {
      return new KnowledgeStore(directory != null ? directory : KnowledgeStore.defaultDirectory());
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import MITRE files into the knowledge base: CAPEC XML (3.x), CWE XML or CSV, ATT&CK"
            + " STIX 2.0/2.1 bundles (any domain) and CAPEC's STIX bundle; a zip holding one is"
            + " read too. The format is recognised from the content.",
        "",
        "Each file replaces the earlier import of the same source (capec, capec-stix, cwe,"
            + " cwe-csv, enterprise-attack, ics-attack, …). If any file fails, nothing is written."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:every file was imported",
        "3:the command line is wrong",
        "4:a file could not be read or the knowledge base could not be written"
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "MITRE files to import.")
    List<Path> files;

    @Option(
        names = "--source",
        paramLabel = "NAME",
        description =
            "Store under this source name instead of the usual one, to keep two files of the"
                + " same catalogue (one FILE only).")
    String source;

    @Mixin Directory directory;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (source != null && files.size() > 1) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--source names one file's source; give one FILE with it");
      }
      KnowledgeStore store = directory.store();
      List<KbImport> imports = new ArrayList<>();
      Map<String, Path> sources = new LinkedHashMap<>();
      for (Path file : files) {
        long start = System.nanoTime();
        KbImport imported;
        try {
          imported = KbImport.read(file);
          if (source != null) {
            imported = imported.withSourceName(source);
          }
        } catch (KbException | IllegalArgumentException e) {
          err.println("bulwark: " + e.getMessage());
          err.println("Nothing was imported; " + store.directory() + " is unchanged.");
          return ExitCode.FAILURE;
        }
        Path earlier = sources.putIfAbsent(imported.source().name(), file);
        if (earlier != null) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              earlier
                  + " and "
                  + file
                  + " are both source '"
                  + imported.source().name()
                  + "'; import them one at a time with --source NAME for one of them");
        }
        imports.add(imported);
        out.printf(
            Locale.ROOT,
            "%s: %s%s as '%s': %s (%.2f s)%n",
            file,
            imported.source().format().label(),
            imported.source().version().isEmpty() ? "" : " " + imported.source().version(),
            imported.source().name(),
            describe(imported),
            (System.nanoTime() - start) / 1e9);
        out.flush();
      }
      try {
        for (KbImport imported : imports) {
          store.save(imported);
        }
        KnowledgeBase kb = store.load();
        out.println(
            "Knowledge base "
                + store.directory()
                + ": "
                + counts(kb.counts())
                + (kb.redirects().isEmpty() ? "" : ", " + kb.redirects().size() + " revoked ids")
                + ".");
      } catch (KbException e) {
        err.println("bulwark: " + e.getMessage());
        return ExitCode.FAILURE;
      }
      return ExitCode.OK;
    }

    private static String describe(KbImport imported) {
      StringBuilder text = new StringBuilder(counts(imported.counts()));
      if (!imported.redirects().isEmpty()) {
        text.append(", ").append(imported.redirects().size()).append(" revoked ids redirected");
      }
      if (imported.skipped() > 0) {
        text.append(", ").append(imported.skipped()).append(" deprecated skipped");
      }
      return text.toString();
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = {
        "Show an entry and what it is linked to: CAPEC-66, CWE-89, T1190, M1018. A revoked"
            + " ATT&CK id leads to the technique that replaced it."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:the entry was found",
        "3:the command line is wrong",
        "4:no such entry, or the knowledge base could not be read"
      })
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "CAPEC-66, CWE-89, T1505.003, M1018, …")
    String id;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        description = "Output: text or json (default: text).")
    OutputFormat format;

    @Mixin Directory directory;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      KnowledgeStore store = directory.store();
      KnowledgeBase kb;
      try {
        kb = store.load();
      } catch (KbException e) {
        err.println("bulwark: " + e.getMessage());
        return ExitCode.FAILURE;
      }
      if (kb.isEmpty()) {
        err.println(
            "bulwark: the knowledge base in "
                + store.directory()
                + " is empty; import MITRE's files first with 'bulwark kb import FILE…'"
                + " (docs/knowledge.md says where to get them)");
        return ExitCode.FAILURE;
      }
      Optional<KbLookup> found = kb.find(id);
      if (found.isEmpty()) {
        err.println("bulwark: " + id + " is not in the knowledge base in " + store.directory());
        kb.closest(id).ifPresent(closest -> err.println("    did you mean " + closest + "?"));
        return ExitCode.FAILURE;
      }
      KbLookup lookup = found.get();
      List<KbLink> related = kb.related(lookup.entry().id());
      if (format == OutputFormat.JSON) {
        out.print(Json.write(json(lookup, related)));
      } else {
        text(out, lookup, related);
      }
      out.flush();
      return ExitCode.OK;
    }

    private static void text(PrintWriter out, KbLookup lookup, List<KbLink> related) {
      for (KbRedirect redirect : lookup.via()) {
        out.println(
            redirect.from()
                + " ("
                + redirect.name()
                + ") was revoked; it is now "
                + redirect.to()
                + ".");
      }
      KbEntry entry = lookup.entry();
      out.println(entry.id() + "  " + entry.name());
      List<String> facts = new ArrayList<>();
      facts.add(entry.kind().label());
      entry.abstraction().ifPresent(a -> facts.add("abstraction " + a));
      entry.status().ifPresent(s -> facts.add("status " + s));
      out.println("  " + String.join(", ", facts));
      if (!entry.description().isEmpty()) {
        out.println();
        for (String line : wrap(entry.description(), 96)) {
          out.println("  " + line);
        }
      }
      Map<String, List<KbLink>> groups = new LinkedHashMap<>();
      for (KbLink link : related) {
        groups.computeIfAbsent(heading(link), k -> new ArrayList<>()).add(link);
      }
      for (Map.Entry<String, List<KbLink>> group : groups.entrySet()) {
        out.println();
        out.println("  " + group.getKey() + ":");
        for (KbLink link : group.getValue()) {
          out.println(
              "    "
                  + link.id()
                  + "  "
                  + (link.entry().isPresent() ? link.name() : "(not in the knowledge base)"));
        }
      }
    }

    /** "mitigated by", "child of", or for plain mappings the other catalogue's name. */
    private static String heading(KbLink link) {
      String kind = link.kind().map(KbKind::plural).orElse("entries");
      return switch (link.type()) {
        case RELATED -> "related " + kind;
        case CHILD_OF, MITIGATED_BY -> link.label() + " (" + kind + ")";
      };
    }

    private static Map<String, Object> json(KbLookup lookup, List<KbLink> related) {
      KbEntry entry = lookup.entry();
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("id", entry.id());
      document.put("kind", entry.kind().key());
      document.put("name", entry.name());
      document.put("description", entry.description());
      entry.status().ifPresent(s -> document.put("status", s));
      entry.abstraction().ifPresent(a -> document.put("abstraction", a));
      document.put(
          "redirectedFrom",
          lookup.via().stream().map(KbRedirect::from).collect(Collectors.toList()));
      List<Object> links = new ArrayList<>();
      for (KbLink link : related) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", link.id());
        json.put("relation", link.label());
        link.kind().ifPresent(k -> json.put("kind", k.key()));
        json.put("name", link.name());
        json.put("known", link.entry().isPresent());
        links.add(json);
      }
      document.put("related", links);
      return document;
    }

    private static List<String> wrap(String text, int width) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      if (line.length() > 0) {
        lines.add(line.toString());
      }
      return lines;
    }
  }

  static String counts(Map<KbKind, Integer> counts) {
    if (counts.isEmpty()) {
      return "no entries";
    }
    return counts.entrySet().stream()
        .map(e ->
            e.getValue() + " " + (e.getValue() == 1 ? e.getKey().label() : e.getKey().plural()))
        .collect(Collectors.joining(", "));
  }
}
