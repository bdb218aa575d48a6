package dev.bulwark.risk;

import dev.bulwark.model.Severity;
import dev.bulwark.model.Wire;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Likelihood × impact → severity. The default is documented in docs/analysis.md; an organisation
 * may set its own in a YAML file, one row per likelihood with four severities (impact low, medium,
 * high, critical). A matrix must never rank a worse cell lower than a better one.
 */
public final class RiskMatrix {
  /** The default matrix, rows by likelihood, columns by impact. */
  public static final RiskMatrix DEFAULT =
      new RiskMatrix(
          new Severity[][] {
            {Severity.LOW, Severity.LOW, Severity.MEDIUM, Severity.ELEVATED},
            {Severity.LOW, Severity.MEDIUM, Severity.ELEVATED, Severity.HIGH},
            {Severity.MEDIUM, Severity.ELEVATED, Severity.HIGH, Severity.CRITICAL},
            {Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL, Severity.CRITICAL}
          });

  private final Severity[][] cells;

  private RiskMatrix(Severity[][] cells) {
    this.cells = cells;
  }

  public Severity severity(Likelihood likelihood, Impact impact) {
    return cells[likelihood.ordinal()][impact.ordinal()];
  }

  /** The rows, for documentation and reports. */
  public List<List<Severity>> rows() {
    return Arrays.stream(cells).map(List::of).toList();
  }

  /** Reads a matrix file; a bad one is refused with file:line:col and what is expected. */
  public static RiskMatrix read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      LoadSettings settings =
          LoadSettings.builder().setLabel(file.toString()).setCodePointLimit(1 << 20).build();
      Composer composer =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, reader)));
      Optional<Node> root = composer.getSingleNode();
      if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
        throw new MatrixException(
            file + ":1:1: expected a mapping of likelihood to four severities");
      }
      return fromMapping(file, mapping);
    } catch (IOException e) {
      throw new MatrixException("cannot read risk matrix " + file + ": " + e.getMessage());
    } catch (YamlEngineException e) {
      throw new MatrixException(file + ": not YAML: " + e.getMessage());
    }
  }

  private static RiskMatrix fromMapping(Path file, MappingNode mapping) {
    Severity[][] cells = new Severity[Likelihood.values().length][];
    Node[][] written = new Node[Likelihood.values().length][];
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(file, tuple.getKeyNode());
      if (key.equals("bulwark-matrix")) {
        continue;
      }
      Likelihood likelihood = parse(Likelihood.class, key, file, tuple.getKeyNode());
      if (!(tuple.getValueNode() instanceof SequenceNode row) || row.getValue().size() != 4) {
        throw error(
            file,
            tuple.getValueNode(),
            "row '" + key + "' must list four severities: for impact low, medium, high, critical");
      }
      List<Severity> severities = new ArrayList<>();
      for (Node cell : row.getValue()) {
        severities.add(parse(Severity.class, scalar(file, cell), file, cell));
      }
      cells[likelihood.ordinal()] = severities.toArray(Severity[]::new);
      written[likelihood.ordinal()] = row.getValue().toArray(Node[]::new);
    }
    for (Likelihood likelihood : Likelihood.values()) {
      if (cells[likelihood.ordinal()] == null) {
        throw error(file, mapping, "the matrix has no row '" + Wire.name(likelihood) + "'");
      }
    }
    for (int l = 0; l < cells.length; l++) {
      for (int i = 0; i < 4; i++) {
        boolean rowOk = i == 0 || cells[l][i].compareTo(cells[l][i - 1]) >= 0;
        boolean columnOk = l == 0 || cells[l][i].compareTo(cells[l - 1][i]) >= 0;
        if (!rowOk || !columnOk) {
          throw error(
              file,
              written[l][i],
              "the matrix ranks a worse cell lower: row '"
                  + Wire.name(Likelihood.values()[l])
                  + "', impact '"
                  + Wire.name(Impact.values()[i])
                  + "' must not be below its neighbours towards low");
        }
      }
    }
    return new RiskMatrix(cells);
  }

  private static String scalar(Path file, Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    throw error(file, node, "expected a plain value");
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, Path file, Node node) {
    try {
      return Enum.valueOf(type, value.replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(
          file,
          node,
          "'"
              + value
              + "' is not a "
              + type.getSimpleName().toLowerCase(Locale.ROOT)
              + " (allowed: "
              + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Wire::name).toList())
              + ")");
    }
  }

  private static MatrixException error(Path file, Node node, String message) {
    Optional<Mark> mark = node.getStartMark();
    String at =
        mark.map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
            .orElse(file.toString());
    return new MatrixException(at + ": " + message);
  }

  /** A risk matrix file that cannot be used; the message names the place. */
  public static final class MatrixException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MatrixException(String message) {
      super(message);
    }
  }
}
