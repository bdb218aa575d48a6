package dev.bulwark.lifecycle.stale;

import dev.bulwark.model.Import;
import dev.bulwark.model.Model;
import dev.bulwark.model.parse.ModelParser;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.parse.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One model file whose sources are judged: the root model, or a sub-model it imports. Composition
 * keeps only the root's {@code sources} and {@code reviewed} (a sub-model names paths relative to
 * its own file), so sub-models are read again here, each on its own.
 *
 * @param file the model file's absolute path
 * @param name the file as positions show it
 * @param model the file's own model, not composed with its imports
 * @param reviewed the model's review date, else that of the model importing it
 * @param inherited whether {@code reviewed} came from an importing model
 */
record Subject(
    Path file, String name, Model model, Optional<LocalDate> reviewed, boolean inherited) {

  /**
   * The root model and, depth first, the sub-models it imports. Imports the loader refused (a
   * missing file, a path leaving the project, a cycle) were reported when the model was loaded;
   * they are skipped here.
   */
  static List<Subject> of(Path modelFile, Model root, Path projectRoot) {
    List<Subject> subjects = new ArrayList<>();
    Path file = modelFile.toAbsolutePath().normalize();
    Subject first = new Subject(file, modelFile.toString(), root, root.reviewed(), false);
    subjects.add(first);
    Set<Path> seen = new HashSet<>();
    seen.add(file);
    Optional<Model> raw = parse(file, first.name());
    raw.ifPresent(m -> visit(first, m.imports(), projectRoot, seen, subjects));
    return subjects;
  }

  private static void visit(
      Subject importer,
      List<Import> imports,
      Path projectRoot,
      Set<Path> seen,
      List<Subject> subjects) {
    for (Import imported : imports) {
      if (imported.model().isEmpty()) {
        continue; // a template: no file of the project's own, so no sources of its own
      }
      String modelPath = imported.model().get();
      Path target;
      try {
        target = importer.file.getParent().resolve(modelPath).normalize();
      } catch (InvalidPathException e) {
        continue;
      }
      if (!target.startsWith(projectRoot)
          || !Files.isRegularFile(target)
          || seen.size() >= ParseLimits.DEFAULTS.maxFiles()
          || !seen.add(target)) {
        continue;
      }
      Path parentName = Path.of(importer.name).getParent();
      String name =
          (parentName == null ? Path.of(modelPath) : parentName.resolve(modelPath))
              .normalize()
              .toString();
      Optional<Model> sub = parse(target, name);
      if (sub.isEmpty()) {
        continue;
      }
      boolean own = sub.get().reviewed().isPresent();
      Subject subject =
          new Subject(
              target,
              name,
              sub.get(),
              own ? sub.get().reviewed() : importer.reviewed,
              !own && importer.reviewed.isPresent());
      subjects.add(subject);
      visit(subject, sub.get().imports(), projectRoot, seen, subjects);
    }
  }

  private static Optional<Model> parse(Path file, String name) {
    try {
      ParseResult parsed = ModelParser.parse(name, Files.readAllBytes(file), ParseLimits.DEFAULTS);
      return parsed.model();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
