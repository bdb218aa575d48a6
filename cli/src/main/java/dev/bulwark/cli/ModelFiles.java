package dev.bulwark.cli;

import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Importer;
import dev.bulwark.interop.Importers;
import dev.bulwark.interop.Source;
import dev.bulwark.interop.cyclonedx.CycloneDxReader;
import dev.bulwark.model.Position;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.validate.ModelValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place commands load the model they are given: a Bulwark model file with its imports, or
 * another tool's file (OTM, Threat Dragon, …), recognised by its content and imported first. An
 * imported model is validated like a model file; its problems point into the other tool's file.
 */
final class ModelFiles {
  /** The format name of Bulwark's own model files, for {@code --from}. */
  static final String BULWARK = "bulwark";

  /** The format name of CycloneDX SBOMs: not models, but the inventory of one (convert --into). */
  static final String CYCLONEDX = "cyclonedx";

  /** The format name of template files, which load expanded with their defaults. */
  static final String TEMPLATE = "template";

  private static final Pattern TEMPLATE_KEY = Pattern.compile("(?m)^\"?template\"?\\s*:");

  private static final Pattern BULWARK_KEY = Pattern.compile("(?m)^\\s*\\{?\\s*\"?bulwark\"?\\s*:");

  private ModelFiles() {}

  /**
   * A loaded model and the importer that read it, if the file was another tool's.
   *
   * @param importer empty for a Bulwark model file
   */
  record Loaded(LoadResult result, Optional<Importer> importer) {
    String format() {
      return importer.map(Importer::title).orElse("Bulwark model");
    }
  }

  /** Loads a Bulwark model file, or imports a file another tool wrote. */
  static LoadResult load(Path file, LoadOptions options) {
    return load(file, options, Optional.empty()).result();
  }

  /**
   * Loads the file in the format named (a Bulwark model for {@code bulwark}), or in the format its
   * content is recognised as; an unknown format is an {@code unknown-format} error.
   */
  static Loaded load(Path file, LoadOptions options, Optional<String> from) {
    String format = from.or(() -> detect(file)).orElse(BULWARK);
    if (format.equals(TEMPLATE)) {
      return new Loaded(ModelLoader.loadTemplate(file, options), Optional.empty());
    }
    if (format.equals(CYCLONEDX)) {
      return new Loaded(
          new LoadResult(Optional.empty(), List.of(notAModel(file)), List.of(file.toString())),
          Optional.empty());
    }
    Optional<Importer> importer = Importers.named(format);
    Optional<byte[]> bytes = read(file, options.limits().maxFileBytes());
    if (importer.isEmpty() || bytes.isEmpty()) {
      // a model file; or the loader says why the file cannot be read (no such file, too large)
      return new Loaded(ModelLoader.load(file, options), Optional.empty());
    }
    Source source = new Source(file.toString(), bytes.get());
    Imported imported = importer.get().read(source, options.limits());
    List<Problem> problems = new ArrayList<>(imported.problems());
    imported.model().ifPresent(model -> problems.addAll(ModelValidator.validate(model, Set.of())));
    return new Loaded(
        new LoadResult(imported.model(), problems, List.of(file.toString())), importer);
  }

  /**
   * The format a file's start shows: {@code template} for a template file, {@code bulwark} for a
   * model file (and for a file that cannot be read, which the loader then reports), {@code
   * cyclonedx} for an SBOM, an importer's name, or nothing when it is none of these.
   */
  static Optional<String> detect(Path file) {
    Optional<Source> peek = read(file, Source.HEAD_BYTES).map(b -> new Source(file.toString(), b));
    if (peek.isPresent() && TEMPLATE_KEY.matcher(peek.get().head()).find()) {
      return Optional.of(TEMPLATE);
    }
    if (peek.isEmpty() || BULWARK_KEY.matcher(peek.get().head()).find()) {
      return Optional.of(BULWARK);
    }
    if (CycloneDxReader.recognises(peek.get())) {
      return Optional.of(CYCLONEDX);
    }
    return Importers.recognise(peek.get()).map(Importer::name);
  }

  private static Problem notAModel(Path file) {
    return new Problem(
        ProblemType.UNKNOWN_FORMAT,
        Position.startOf(file.toString()),
        "'" + file + "' is a CycloneDX SBOM, not a threat model",
        "make it the inventory of a model's component: bulwark convert "
            + file
            + " --into MODEL --component ID");
  }

  /**
   * The file's bytes, at most {@code limit} of them for a peek ({@link Source#HEAD_BYTES}), or
   * nothing when it cannot be read or is larger than {@code limit} allows a whole file to be.
   */
  private static Optional<byte[]> read(Path file, long limit) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      if (limit != Source.HEAD_BYTES && Files.size(file) > limit) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file)) {
        return Optional.of(in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8)));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
