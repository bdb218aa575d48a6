package dev.bulwark.interop.tmt;

import dev.bulwark.interop.Ids;
import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Importer;
import dev.bulwark.interop.ModelDraft;
import dev.bulwark.interop.Places;
import dev.bulwark.interop.Source;
import dev.bulwark.model.Model;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports a Microsoft Threat Modeling Tool model ({@code .tm7}): diagrams become zones, actors,
 * components and flows ({@link DiagramMapper}), threat instances become hand-written threats with
 * their states as triage ({@link ThreatInstances}). The knowledge base the file carries is not part
 * of the model: it is a rule pack ({@link TemplatePacks}). Mapping: docs/interop.md.
 */
public final class TmtImporter implements Importer {
  @Override
  public String name() {
    return "tmt";
  }

  @Override
  public String title() {
    return "Microsoft Threat Modeling Tool model (.tm7)";
  }

  /** Also a template ({@code .tb7}), so that reading one says to use it as a rule pack. */
  @Override
  public boolean recognises(Source source) {
    if (source.extension().equals("tm7") || source.extension().equals("tb7")) {
      return true;
    }
    String head = source.head();
    return head.contains("<ThreatModel") && head.contains("ThreatModeling.Model");
  }

  @Override
  public Imported read(Source source, ParseLimits limits) {
    List<Problem> problems = new ArrayList<>();
    XmlTree root;
    try {
      root = XmlReader.read(source.file(), source.bytes(), limits);
    } catch (TmtException e) {
      return new Imported(Optional.empty(), List.of(e.problem()));
    }
    if (!root.name().equals("ThreatModel")) {
      return new Imported(
          Optional.empty(),
          List.of(
              new Problem(
                  ProblemType.WRONG_TYPE,
                  root.at(),
                  "the root element is <"
                      + root.name()
                      + ">; a Threat Modeling Tool model starts"
                      + " with <ThreatModel>",
                  root.name().equals("KnowledgeBase")
                      ? "this is a template (.tb7): use it as a rule pack, --rules " + source.file()
                      : "")));
    }
    Ids ids = new Ids();
    DiagramMapper diagrams = new DiagramMapper(ids, problems);
    diagrams.map(DiagramReader.read(root, problems));
    ThreatInstances instances = new ThreatInstances(diagrams.idsByGuid(), ids, problems);
    instances.read(root);
    notMapped(root, source.file(), problems);
    Optional<XmlTree> meta = root.child("MetaInformation");
    String name = meta.flatMap(m -> m.text("ThreatModelName")).orElse(baseName(source.file()));
    ModelDraft draft = new ModelDraft();
    draft.zones.addAll(diagrams.zones());
    draft.actors.addAll(diagrams.actors());
    draft.components.addAll(diagrams.components());
    draft.flows.addAll(diagrams.flows());
    draft.threats.addAll(instances.threats);
    draft.triage.addAll(instances.triage);
    Model model =
        draft.build(
            Optional.of(Ids.slug(name)).filter(s -> !s.isEmpty()).orElse("tmt-model"),
            name,
            description(meta),
            meta.flatMap(m -> m.text("Owner")),
            Optional.empty(),
            Places.of(root.at()));
    problems.sort(Problem.BY_POSITION);
    return new Imported(Optional.of(model), problems);
  }

  /** The system description, with the assumptions and external dependencies after it. */
  private static Optional<String> description(Optional<XmlTree> meta) {
    List<String> parts = new ArrayList<>();
    meta.flatMap(m -> m.text("HighLevelSystemDescription")).ifPresent(parts::add);
    meta.flatMap(m -> m.text("Assumptions")).ifPresent(a -> parts.add("Assumptions: " + a));
    meta.flatMap(m -> m.text("ExternalDependencies"))
        .ifPresent(d -> parts.add("External dependencies: " + d));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
  }

  /** Warnings for what the file holds and the model has no place for. */
  private static void notMapped(XmlTree root, String file, List<Problem> problems) {
    root.child("MetaInformation")
        .ifPresent(meta -> {
          for (String field : List.of("Contributors", "Reviewer")) {
            meta.child(field)
                .filter(f -> !f.text().isEmpty())
                .ifPresent(f ->
                    problems.add(
                        new Problem(
                            ProblemType.NOT_MAPPED,
                            f.at(),
                            "<" + field + "> '" + f.text() + "' has no place in a Bulwark model")));
          }
        });
    for (XmlTree note : root.under("Notes")) {
      problems.add(
          new Problem(
              ProblemType.NOT_MAPPED,
              note.at(),
              "a note is not imported: '"
                  + abbreviated(note.text("Message").orElse(note.text()))
                  + "'"));
    }
    root.child("KnowledgeBase")
        .ifPresent(kb ->
            problems.add(
                new Problem(
                    ProblemType.NOT_MAPPED,
                    kb.at(),
                    "the knowledge base the model carries ('"
                        + kb.child("Manifest").flatMap(m -> m.text("Name")).orElse("unnamed")
                        + "', "
                        + kb.under("ThreatTypes").size()
                        + " threat types) is a rule pack, not part of the model",
                    "apply its threat types with: bulwark analyze MODEL --rules " + file)));
  }

  private static String abbreviated(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }

  private static String baseName(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
