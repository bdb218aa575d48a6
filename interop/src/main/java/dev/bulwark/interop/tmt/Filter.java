package dev.bulwark.interop.tmt;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A threat type's generation filter, parsed: the Threat Modeling Tool's small language of {@code
 * source is 'GE.P'}, {@code target.storesLogData is 'Yes'}, {@code flow crosses 'GE.TB.B'}, {@code
 * and}, {@code or}, {@code not} and parentheses. A filter is tested against one interaction
 * (source, flow, target) through {@link Facts}.
 */
sealed interface Filter {
  /** Whether the filter holds for an interaction. */
  boolean test(Facts facts);

  /** The filter written back in the language, fully parenthesised; for facts and tests. */
  String show();

  /** The three ends of an interaction a filter can speak of. */
  enum Role {
    SOURCE,
    TARGET,
    FLOW;

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What a filter asks of an interaction; comparisons ignore case, as the tool does. */
  interface Facts {
    /** Whether the element in that role is of that stencil type or derives from it. */
    boolean is(Role role, String stencil);

    /** The value of the element's property of that name, if it has one. */
    Optional<String> property(Role role, String name);

    /** Whether the flow crosses a boundary of that stencil type (or one deriving from it). */
    boolean crosses(String stencil);
  }

  record Or(Filter left, Filter right) implements Filter {
    @Override
    public boolean test(Facts facts) {
      return left.test(facts) || right.test(facts);
    }

    @Override
    public String show() {
      return "(" + left.show() + " or " + right.show() + ")";
    }
  }

  record And(Filter left, Filter right) implements Filter {
    @Override
    public boolean test(Facts facts) {
      return left.test(facts) && right.test(facts);
    }

    @Override
    public String show() {
      return "(" + left.show() + " and " + right.show() + ")";
    }
  }

  record Not(Filter operand) implements Filter {
    @Override
    public boolean test(Facts facts) {
      return !operand.test(facts);
    }

    @Override
    public String show() {
      return "not " + operand.show();
    }
  }

  /** {@code source is 'GE.P'}: the element's stencil type. */
  record IsStencil(Role role, String stencil) implements Filter {
    public IsStencil {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(stencil, "stencil");
    }

    @Override
    public boolean test(Facts facts) {
      return facts.is(role, stencil);
    }

    @Override
    public String show() {
      return role.word() + " is " + quoted(stencil);
    }
  }

  /** {@code target.storesLogData is 'Yes'}: a property's value. */
  record HasValue(Role role, String property, String value) implements Filter {
    public HasValue {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean test(Facts facts) {
      return facts.property(role, property).filter(value::equalsIgnoreCase).isPresent();
    }

    @Override
    public String show() {
      return role.word() + "." + property + " is " + quoted(value);
    }
  }

  /** {@code flow crosses 'GE.TB.B'}. */
  record Crosses(String stencil) implements Filter {
    public Crosses {
      Objects.requireNonNull(stencil, "stencil");
    }

    @Override
    public boolean test(Facts facts) {
      return facts.crosses(stencil);
    }

    @Override
    public String show() {
      return "flow crosses " + quoted(stencil);
    }
  }

  /**
   * A value in the quotes the parser reads it back from: single, or double when it holds a single
   * quote (the syntax has no escapes, so a value never holds both).
   */
  static String quoted(String value) {
    return value.indexOf('\'') < 0 ? "'" + value + "'" : "\"" + value + "\"";
  }
}
