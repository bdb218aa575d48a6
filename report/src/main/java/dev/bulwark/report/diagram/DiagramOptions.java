package dev.bulwark.report.diagram;

import java.util.regex.Pattern;

/**
 * Limits and naming for {@link Diagrams}. Every limit is a count of things in the model, never a
 * time, so that the same model always gives the same diagrams.
 *
 * @param idPrefix the prefix of every diagram id (and so of every id inside its SVG); give each
 *     call its own when several sets of diagrams share one HTML page
 * @param splitAbove a model with more actors and components than this is drawn as an overview of
 *     its zones plus one diagram per zone
 * @param elkMaxVertices a diagram with more vertices and zone boxes than this is laid out as a grid
 * @param elkMaxLinks a diagram with more links than this is laid out as a grid
 * @param elkMaxElements in a model with more actors and components than this, every diagram is laid
 *     out as a grid: ELK over hundreds of zone diagrams costs seconds
 * @param overviewMaxLinks the most zone-to-zone links the overview draws (the busiest)
 * @param dataMaxVertices a data-asset graph with more elements and assets than this becomes a
 *     matrix
 * @param dataMaxLinks a data-asset graph with more links than this becomes a matrix
 * @param matrixMaxRows the most data assets a matrix lists (the most sensitive first)
 * @param matrixMaxColumns the most zones a matrix has a column for; the rest share one column
 * @param parallelism how many zone diagrams are laid out at once (1 = on the caller's thread)
 */
public record DiagramOptions(
    String idPrefix,
    int splitAbove,
    int elkMaxVertices,
    int elkMaxLinks,
    int elkMaxElements,
    int overviewMaxLinks,
    int dataMaxVertices,
    int dataMaxLinks,
    int matrixMaxRows,
    int matrixMaxColumns,
    int parallelism) {

  private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

  /** The limits docs/diagrams.md explains and measures. */
  public static final DiagramOptions DEFAULTS =
      new DiagramOptions("dfd", 60, 150, 300, 200, 150, 90, 200, 60, 40, 2);

  public DiagramOptions {
    if (!PREFIX.matcher(idPrefix).matches()) {
      throw new IllegalArgumentException(
          "idPrefix must be a letter followed by up to 39 letters, digits, '-' or '_', was '"
              + idPrefix
              + "'");
    }
    atLeast("splitAbove", splitAbove, 1);
    atLeast("elkMaxVertices", elkMaxVertices, 0);
    atLeast("elkMaxLinks", elkMaxLinks, 0);
    atLeast("elkMaxElements", elkMaxElements, 0);
    atLeast("overviewMaxLinks", overviewMaxLinks, 0);
    atLeast("dataMaxVertices", dataMaxVertices, 0);
    atLeast("dataMaxLinks", dataMaxLinks, 0);
    atLeast("matrixMaxRows", matrixMaxRows, 1);
    atLeast("matrixMaxColumns", matrixMaxColumns, 1);
    atLeast("parallelism", parallelism, 1);
  }

  public DiagramOptions withIdPrefix(String prefix) {
    return new DiagramOptions(
        prefix,
        splitAbove,
        elkMaxVertices,
        elkMaxLinks,
        elkMaxElements,
        overviewMaxLinks,
        dataMaxVertices,
        dataMaxLinks,
        matrixMaxRows,
        matrixMaxColumns,
        parallelism);
  }

  public DiagramOptions withSplitAbove(int elements) {
    return new DiagramOptions(
        idPrefix,
        elements,
        elkMaxVertices,
        elkMaxLinks,
        elkMaxElements,
        overviewMaxLinks,
        dataMaxVertices,
        dataMaxLinks,
        matrixMaxRows,
        matrixMaxColumns,
        parallelism);
  }

  /** The same, with ELK allowed for diagrams of up to this many vertices, links and elements. */
  public DiagramOptions withElkLimits(int vertices, int links, int elements) {
    return new DiagramOptions(
        idPrefix,
        splitAbove,
        vertices,
        links,
        elements,
        overviewMaxLinks,
        dataMaxVertices,
        dataMaxLinks,
        matrixMaxRows,
        matrixMaxColumns,
        parallelism);
  }

  public DiagramOptions withOverviewMaxLinks(int links) {
    return new DiagramOptions(
        idPrefix,
        splitAbove,
        elkMaxVertices,
        elkMaxLinks,
        elkMaxElements,
        links,
        dataMaxVertices,
        dataMaxLinks,
        matrixMaxRows,
        matrixMaxColumns,
        parallelism);
  }

  /** The same, with a data-asset graph (rather than a matrix) up to these sizes. */
  public DiagramOptions withDataLimits(int vertices, int links) {
    return new DiagramOptions(
        idPrefix,
        splitAbove,
        elkMaxVertices,
        elkMaxLinks,
        elkMaxElements,
        overviewMaxLinks,
        vertices,
        links,
        matrixMaxRows,
        matrixMaxColumns,
        parallelism);
  }

  public DiagramOptions withMatrixLimits(int rows, int columns) {
    return new DiagramOptions(
        idPrefix,
        splitAbove,
        elkMaxVertices,
        elkMaxLinks,
        elkMaxElements,
        overviewMaxLinks,
        dataMaxVertices,
        dataMaxLinks,
        rows,
        columns,
        parallelism);
  }

  public DiagramOptions withParallelism(int threads) {
    return new DiagramOptions(
        idPrefix,
        splitAbove,
        elkMaxVertices,
        elkMaxLinks,
        elkMaxElements,
        overviewMaxLinks,
        dataMaxVertices,
        dataMaxLinks,
        matrixMaxRows,
        matrixMaxColumns,
        threads);
  }

  private static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
    }
  }
}
