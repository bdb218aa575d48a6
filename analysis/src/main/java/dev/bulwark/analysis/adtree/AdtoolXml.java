package dev.bulwark.analysis.adtree;

import dev.bulwark.analysis.adtree.AdtoolReader.Param;
import dev.bulwark.analysis.adtree.AdtoolReader.Raw;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * ADTool 2's XML ({@code <adtree>}): import and export. ADTool has no ids; it knows a basic action
 * by its label (its values are kept per label and role), so on import nodes that are written the
 * same way (same role, label, values and sub-tree) become one node, a shared sub-goal, and ids are
 * made from labels. Values come from {@code <parameter>}s of the predefined domains Bulwark knows
 * (MinCost, ProbSucc, MinTimeSeq, MinTimePar, MinSkill, SatScenario); others are noted and skipped.
 * docs/attack-trees.md lists the supported subset.
 */
public final class AdtoolXml {
  private AdtoolXml() {}

  /** An imported tree and what was skipped on the way (unsupported domains, derived values). */
  public record Import(AdTree tree, List<String> notes) {
    public Import {
      notes = List.copyOf(notes);
    }
  }

  /** Whether the text looks like an XML file (its first non-blank character is {@code <}). */
  public static boolean looksLikeXml(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.stripLeading().startsWith("<");
  }

  /** Reads an ADTool file; a bad one throws with {@code file:line:col} and what is expected. */
  public static Import read(String file, String text) {
    AdtoolReader.Read read = AdtoolReader.read(file, text);
    TreeSet<String> notes = new TreeSet<>();
    Map<String, String> kinds = new HashMap<>();
    read.domains()
        .forEach((id, className) -> {
          String simple = className.substring(className.lastIndexOf('.') + 1);
          if (KNOWN.contains(simple)) {
            kinds.put(id, simple);
          } else {
            notes.add(
                "domain "
                    + id
                    + " ("
                    + className
                    + ") is not supported; its values were"
                    + " skipped");
          }
        });
    return new Import(new Importer(file, kinds, notes).tree(read.root()), List.copyOf(notes));
  }

  /** The tree in ADTool's format; a shared sub-goal is written wherever it is used. */
  public static String write(AdTree tree) {
    return AdtoolWriter.write(tree);
  }

  static final List<String> KNOWN =
      List.of("MinCost", "ProbSucc", "MinTimeSeq", "MinTimePar", "MinSkill", "SatScenario");

  /** Raw nodes to tree nodes: values resolved, equal nodes merged, ids made from labels. */
  private static final class Importer {
    private final String file;
    private final Map<String, String> kinds;
    private final TreeSet<String> notes;
    private final Map<Shape, String> ids = new HashMap<>();
    private final Map<String, Raw> leaves = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final List<AdNode> nodes = new ArrayList<>();

    Importer(String file, Map<String, String> kinds, TreeSet<String> notes) {
      this.file = file;
      this.kinds = kinds;
      this.notes = notes;
    }

    /** A node without its place: two nodes written the same way have equal shapes. */
    private record Shape(
        String label,
        Role role,
        Optional<Refinement> refinement,
        Attributes attributes,
        List<Shape> children,
        Optional<Shape> counter) {}

    AdTree tree(Raw root) {
      String id = convert(root, shape(root));
      try {
        return new AdTree(id, nodes);
      } catch (AdTreeException e) {
        throw new AdTreeException(e.problems().stream().map(p -> file + ": " + p).toList());
      }
    }

    private Shape shape(Raw raw) {
      List<Shape> children = raw.children().stream().map(this::shape).toList();
      Optional<Refinement> refinement =
          children.isEmpty() ? Optional.empty() : Optional.of(raw.refinement());
      Attributes attributes = children.isEmpty() ? values(raw) : skipValues(raw);
      return new Shape(
          raw.label(),
          raw.role(),
          refinement,
          attributes,
          children,
          raw.counter().map(this::shape));
    }

    private String convert(Raw raw, Shape shape) {
      String known = ids.get(shape);
      if (known != null) {
        return known;
      }
      if (shape.children().isEmpty()) {
        String key = shape.role() + "\n" + shape.label();
        Raw first = leaves.putIfAbsent(key, raw);
        if (first != null) {
          throw new AdTreeException(
              file
                  + ":"
                  + raw.at()
                  + ": '"
                  + raw.label()
                  + "' is written"
                  + " differently at "
                  + first.at()
                  + " (values or countermeasure); ADTool takes"
                  + " nodes with one label as one basic action, so they must agree");
        }
      }
      String id = slug(raw.label());
      ids.put(shape, id);
      int slot = nodes.size();
      nodes.add(null);
      List<String> children = new ArrayList<>();
      for (int i = 0; i < raw.children().size(); i++) {
        String child = convert(raw.children().get(i), shape.children().get(i));
        if (!children.contains(child)) {
          children.add(child);
        }
      }
      Optional<String> counter = raw.counter().map(c -> convert(c, shape.counter().orElseThrow()));
      nodes.set(
          slot,
          new AdNode(
              id,
              raw.label(),
              raw.role(),
              shape.refinement(),
              children,
              counter,
              shape.attributes()));
      return id;
    }

    private String slug(String label) {
      String base =
          label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
      if (base.length() > 60) {
        base = base.substring(0, 60).replaceAll("-+$", "");
      }
      if (base.isEmpty()) {
        base = "node";
      }
      String id = base;
      for (int n = 2; !taken.add(id); n++) {
        id = base + "-" + n;
      }
      return id;
    }

    private Attributes skipValues(Raw raw) {
      for (Param p : raw.params()) {
        if (basic(p) && kinds.containsKey(p.domainId())) {
          notes.add(
              "values on refined nodes were skipped (they come from the children), e.g. on"
                  + " '"
                  + raw.label()
                  + "'");
        }
      }
      return Attributes.NONE;
    }

    private Attributes values(Raw raw) {
      Attributes a = Attributes.NONE;
      Double time = null;
      for (Param p : raw.params()) {
        String kind = kinds.get(p.domainId());
        if (!basic(p) || kind == null) {
          if (basic(p) && !p.domainId().isEmpty() && kind == null && !notesDomain(p.domainId())) {
            notes.add("parameters of the undeclared domain '" + p.domainId() + "' were skipped");
          }
          continue;
        }
        if (raw.role() == Role.DEFENCE && !kind.equals("ProbSucc") && !kind.equals("SatScenario")) {
          continue; // ADTool never writes these for the defender; its value is ∞ or unset
        }
        switch (kind) {
          case "MinCost" -> {
            Optional<Double> v = amount(p);
            if (v.isPresent()) {
              a = a.withCost(v.get());
            }
          }
          case "MinTimeSeq", "MinTimePar" -> {
            Optional<Double> v = amount(p);
            if (v.isPresent()) {
              if (time != null && !time.equals(v.get())) {
                throw error(p, "'" + raw.label() + "' has two different times");
              }
              time = v.get();
              a = a.withTime(time);
            }
          }
          case "MinSkill" -> {
            if (!p.value().equalsIgnoreCase("infinity")) {
              a = a.withSkill(integer(p));
            }
          }
          case "ProbSucc" -> a = a.withProbability(probability(p));
          default -> a = a.withActive(bool(p));
        }
      }
      return a;
    }

    private boolean notesDomain(String domainId) {
      return notes.stream().anyMatch(n -> n.startsWith("domain " + domainId + " "));
    }

    private static boolean basic(Param p) {
      return p.category().isEmpty() || p.category().equals("basic");
    }

    /** A cost or time; ADTool's default, Infinity, means no value was set. */
    private Optional<Double> amount(Param p) {
      if (p.value().equalsIgnoreCase("infinity")) {
        return Optional.empty();
      }
      double v = decimal(p);
      if (v < 0 || Double.isInfinite(v)) {
        throw error(p, "'" + p.value() + "' is not a finite number from 0 up");
      }
      return Optional.of(v);
    }

    private double probability(Param p) {
      double v = decimal(p);
      if (!(v >= 0 && v <= 1)) {
        throw error(p, "a probability is from 0 to 1, not " + p.value());
      }
      return v;
    }

    private double decimal(Param p) {
      if (!p.value().matches("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?")) {
        throw error(p, "'" + p.value() + "' is not a number");
      }
      return Double.parseDouble(p.value()) + 0.0;
    }

    private int integer(Param p) {
      try {
        int v = Integer.parseInt(p.value());
        if (v >= 0) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(p, "a skill is a whole number from 0 up, not '" + p.value() + "'");
    }

    private boolean bool(Param p) {
      String v = p.value().toLowerCase(Locale.ROOT);
      if (v.equals("true") || v.equals("false")) {
        return v.equals("true");
      }
      throw error(p, "a satisfiability value is true or false, not '" + p.value() + "'");
    }

    private AdTreeException error(Param p, String message) {
      return new AdTreeException(file + ":" + p.at() + ": " + message);
    }
  }
}
