package dev.bulwark.model.template;

import dev.bulwark.model.Position;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The templates a model can import, by name: those in the given folders (the project's {@code
 * .bulwark/templates/} first, then the organisation's), then those shipped with Bulwark. The first
 * folder holding {@code NAME.yaml} wins, so an organisation can replace a shipped template.
 *
 * <p>A name is a plain word ({@link #NAME}): it can never be a path, so an import cannot reach a
 * file outside the folders; a folder's file that is a symbolic link leading out of it is ignored.
 */
public final class Templates {
  /** A template name: lower-case letters, digits, '-' and '_'; no dots, no slashes. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  /** {@link #NAME} in words, for hints. */
  public static final String NAME_RULE =
      "a template name is lower-case letters, digits, '-' and '_', starting with a letter or"
          + " digit (at most 64), and never a path";

  /** The project's own templates, relative to the project root. */
  public static final String PROJECT_FOLDER = ".bulwark/templates";

  /** The environment variable naming organisation template folders (path-separator separated). */
  public static final String ENVIRONMENT = "BULWARK_TEMPLATES";

  private static final String EXTENSION = ".yaml";

  private final List<Path> folders;

  private Templates(List<Path> folders) {
    this.folders = List.copyOf(folders);
  }

  /** The shipped templates only. */
  public static Templates shipped() {
    return new Templates(List.of());
  }

  /** The templates of these folders, first folder first, then the shipped ones. */
  public static Templates of(List<Path> folders) {
    return new Templates(folders);
  }

  /** The folders an environment variable's value names, e.g. {@code /org/templates:/team/more}. */
  public static List<Path> folders(String value) {
    List<Path> folders = new ArrayList<>();
    for (String part : value.split(Pattern.quote(File.pathSeparator))) {
      if (!part.isBlank()) {
        try {
          folders.add(Path.of(part.strip()));
        } catch (InvalidPathException e) {
          // not a path on this system: it can hold no templates
        }
      }
    }
    return folders;
  }

  /** The folders searched before the shipped templates, in order. */
  public List<Path> folders() {
    return folders;
  }

  /** The template a model means by {@code name}; empty when there is none or it is no name. */
  public Optional<TemplateSource> find(String name) {
    if (!NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    for (Path folder : folders) {
      Path file = folder.resolve(name + EXTENSION);
      if (Files.isRegularFile(file) && inside(folder, file)) {
        return Optional.of(
            new TemplateSource(name, file.toString(), Optional.of(file), folder.toString()));
      }
    }
    return ShippedTemplates.NAMES.contains(name) ? Optional.of(shipped(name)) : Optional.empty();
  }

  /** Every template that {@link #find} can return, by name; a replaced one only once. */
  public List<TemplateSource> all() {
    Map<String, TemplateSource> byName = new TreeMap<>();
    for (Path folder : folders) {
      for (Path file : yamlFiles(folder)) {
        String name = file.getFileName().toString();
        name = name.substring(0, name.length() - EXTENSION.length());
        if (NAME.matcher(name).matches() && inside(folder, file)) {
          byName.putIfAbsent(
              name,
              new TemplateSource(name, file.toString(), Optional.of(file), folder.toString()));
        }
      }
    }
    ShippedTemplates.NAMES.forEach(name -> byName.putIfAbsent(name, shipped(name)));
    return List.copyOf(byName.values());
  }

  /** The names of {@link #all()}. */
  public List<String> names() {
    return all().stream().map(TemplateSource::name).toList();
  }

  /**
   * The bytes of a template's file, as they are.
   *
   * @throws IOException when it cannot be read, or is larger than the limit
   */
  public static byte[] bytes(TemplateSource source, ParseLimits limits) throws IOException {
    return source.path().isPresent() ? bytes(source.path().get(), limits) : resource(source);
  }

  /** Reads and checks a template's file; a file larger than the limit is not read. */
  public static TemplateReader.Result read(TemplateSource source, ParseLimits limits) {
    Position start = Position.startOf(source.file());
    byte[] bytes;
    try {
      bytes = bytes(source, limits);
    } catch (TooLarge e) {
      return failed(
          new Problem(
              ProblemType.FILE_TOO_LARGE,
              start,
              "the template has "
                  + e.size
                  + " bytes, more than the limit of "
                  + limits.maxFileBytes(),
              "raise it with --max-file-size"));
    } catch (IOException e) {
      return failed(
          new Problem(
              ProblemType.FILE_UNREADABLE,
              start,
              "cannot read the template: " + e.getMessage(),
              "check the file and its permissions"));
    }
    return TemplateReader.read(source.file(), bytes, limits, Optional.of(source.name()));
  }

  private static TemplateSource shipped(String name) {
    return new TemplateSource(name, "<shipped>/" + name + EXTENSION, Optional.empty(), "shipped");
  }

  private static TemplateReader.Result failed(Problem problem) {
    return new TemplateReader.Result(Optional.empty(), List.of(problem));
  }

  private static byte[] bytes(Path file, ParseLimits limits) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      throw new TooLarge(size);
    }
    return Files.readAllBytes(file);
  }

  private static byte[] resource(TemplateSource source) throws IOException {
    try (InputStream in =
        Templates.class.getResourceAsStream(
            ShippedTemplates.RESOURCE_FOLDER + source.name() + EXTENSION)) {
      if (in == null) {
        throw new IOException("the shipped template " + source.name() + " is missing from Bulwark");
      }
      return in.readAllBytes();
    }
  }

  private static List<Path> yamlFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(EXTENSION))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of(); // an unreadable folder offers no templates
    }
  }

  /** Whether the file, links followed, lies in the folder, links followed. */
  private static boolean inside(Path folder, Path file) {
    try {
      return file.toRealPath().startsWith(folder.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /** A file over the size limit; not read. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long size;

    TooLarge(long size) {
      super("the file has " + size + " bytes, more than the size limit");
      this.size = size;
    }
  }
}
