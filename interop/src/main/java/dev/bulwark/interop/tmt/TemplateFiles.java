package dev.bulwark.interop.tmt;

import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the knowledge base of a template file ({@code .tb7}, root {@code <KnowledgeBase>}) or of a
 * model file ({@code .tm7}, root {@code <ThreatModel>} holding one).
 */
final class TemplateFiles {
  private TemplateFiles() {}

  /** What reading gave: the knowledge base unless the file is unusable, and the problems. */
  record Read(Optional<Template> template, List<Problem> problems) {
    Read {
      problems = List.copyOf(problems);
    }
  }

  static Read read(String file, byte[] bytes, ParseLimits limits) {
    List<Problem> problems = new ArrayList<>();
    XmlTree root;
    try {
      root = XmlReader.read(file, bytes, limits);
    } catch (TmtException e) {
      return new Read(Optional.empty(), List.of(e.problem()));
    }
    Optional<XmlTree> base =
        switch (root.name()) {
          case "KnowledgeBase" -> Optional.of(root);
          case "ThreatModel" -> root.child("KnowledgeBase");
          default -> Optional.empty();
        };
    if (base.isEmpty()) {
      String message =
          root.name().equals("ThreatModel")
              ? "the model holds no <KnowledgeBase> to take rules from"
              : "the root element is <"
                  + root.name()
                  + ">; a Threat Modeling Tool template starts"
                  + " with <KnowledgeBase>, a model with <ThreatModel>";
      problems.add(
          new Problem(
              root.name().equals("ThreatModel")
                  ? ProblemType.MISSING_FIELD
                  : ProblemType.WRONG_TYPE,
              root.at(),
              message));
      return new Read(Optional.empty(), problems);
    }
    Template template = TemplateReader.read(base.get(), problems);
    return new Read(Optional.of(template), problems);
  }
}
