package dev.bulwark.model.problem;

import dev.bulwark.model.parse.ParseLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A problem fixture: a model file, or a folder of them entered through {@code main.yaml}, whose
 * comments say which problems must be reported where. See {@link ProblemCodesTest} for the
 * convention.
 *
 * @param name the fixture's name, which is the problem code it is about
 * @param entry the file to load
 * @param root the folder that is the project root for imports
 */
record Fixture(String name, Path entry, Path root) {
  static final Path FOLDER = Path.of("src/test/resources/problems");

  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(.+)$");
  private static final Pattern ITEM = Pattern.compile("([a-z-]+)@(?:(\\d+):)?(\\d+)");
  private static final Pattern LIMITS = Pattern.compile("^#\\s*limits:\\s*(.+)$");

  /** Every fixture: each {@code <code>.yaml} file and each {@code <code>/} folder. */
  static Stream<Fixture> all() {
    try (Stream<Path> entries = Files.list(FOLDER)) {
      return entries.sorted().map(Fixture::of).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Fixture of(Path path) {
    String file = path.getFileName().toString();
    if (Files.isDirectory(path)) {
      return new Fixture(file, path.resolve("main.yaml"), path);
    }
    return new Fixture(file.replaceFirst("\\.yaml$", ""), path, path.getParent());
  }

  /** The files of the fixture, entry first. */
  List<Path> files() {
    if (root.equals(FOLDER)) {
      return List.of(entry);
    }
    try (Stream<Path> files = Files.list(root)) {
      return Stream.concat(Stream.of(entry), files.filter(file -> !file.equals(entry)).sorted())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems the comments announce, as {@code file:line:col code}. */
  List<String> expected() {
    List<String> expected = new ArrayList<>();
    for (Path file : files()) {
      List<String> lines = lines(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher comment = EXPECT.matcher(lines.get(i));
        if (!comment.find()) {
          continue;
        }
        for (String item : comment.group(1).split(",")) {
          Matcher parts = ITEM.matcher(item.strip());
          if (!parts.matches()) {
            throw new IllegalArgumentException(
                file + ":" + (i + 1) + ": cannot read expectation '" + item.strip() + "'");
          }
          int line = parts.group(2) == null ? i + 1 : Integer.parseInt(parts.group(2));
          expected.add(file + ":" + line + ":" + parts.group(3) + " " + parts.group(1));
        }
      }
    }
    return expected;
  }

  /** The default limits, changed by a {@code # limits: max-nodes=35, …} line in the entry. */
  ParseLimits limits() {
    ParseLimits limits = ParseLimits.DEFAULTS;
    for (String line : lines(entry)) {
      Matcher matcher = LIMITS.matcher(line);
      if (!matcher.find()) {
        continue;
      }
      for (String setting : matcher.group(1).split(",")) {
        String[] pair = setting.strip().split("=");
        long value = Long.parseLong(pair[1].strip());
        limits =
            switch (pair[0].strip()) {
              case "max-file-size" -> limits.withMaxFileBytes(value);
              case "max-nesting" -> limits.withMaxNesting((int) value);
              case "max-aliases" -> limits.withMaxAliases((int) value);
              case "max-nodes" -> limits.withMaxNodes(value);
              case "max-files" -> limits.withMaxFiles((int) value);
              default -> throw new IllegalArgumentException("unknown limit " + pair[0]);
            };
      }
    }
    return limits;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
