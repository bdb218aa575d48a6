package dev.bulwark.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Collects the findings of one rule. A rule reports through {@link #on(String...)}:
 *
 * <pre>{@code
 * findings.on(flow.id())
 *     .fact("flow checkout uses http")
 *     .data(flow.data())
 *     .report("Card data can be read on the wire between customer and web");
 * }</pre>
 */
public final class Findings {
  private final RuleMeta rule;
  private final SystemView system;
  private final List<Finding> found = new ArrayList<>();

  public Findings(RuleMeta rule, SystemView system) {
    this.rule = rule;
    this.system = system;
  }

  /** Starts a finding on these elements; the first is where the threat materialises. */
  public Draft on(String... elementIds) {
    return new Draft(List.of(elementIds));
  }

  public List<Finding> found() {
    return List.copyOf(found);
  }

  /** A finding being written; {@link #report(String)} adds it. */
  public final class Draft {
    private final List<String> elements;
    private final List<String> facts = new ArrayList<>();
    private Optional<List<String>> data = Optional.empty();
    private Optional<String> cause = Optional.empty();

    private Draft(List<String> elements) {
      this.elements = elements;
    }

    /** A fact of the model that made the rule fire, in words. */
    public Draft fact(String fact) {
      facts.add(fact);
      return this;
    }

    public Draft facts(Collection<String> more) {
      facts.addAll(more);
      return this;
    }

    /**
     * The data at stake. Without it, the data of the elements is used: what a flow carries, what a
     * component processes and stores.
     */
    public Draft data(Collection<String> ids) {
      data = Optional.of(List.copyOf(ids));
      return this;
    }

    public Draft data(String... ids) {
      return data(Arrays.asList(ids));
    }

    /** The root cause shared with other findings of this rule; by default, the elements. */
    public Draft cause(String key) {
      cause = Optional.of(key);
      return this;
    }

    public void report(String message) {
      found.add(
          new Finding(
              rule,
              elements,
              message,
              facts,
              data.orElseGet(() -> system.dataOf(elements)),
              cause.orElseGet(() -> String.join("+", elements))));
    }
  }
}
