package dev.bulwark.model.template;

import dev.bulwark.model.Doc;
import dev.bulwark.model.Key;
import dev.bulwark.model.Positions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parameter of a template: substituted for {@code ${name}} in the template's text values. Without
 * a default, an import must give it.
 */
@Doc("A parameter of a template, written ${name} in its values.")
public record Parameter(
    @Doc("The name: a letter, then letters, digits, '-' and '_' (at most 64).") String name,
    @Doc("What the value means, for the people importing the template.")
        Optional<String> description,
    @Key("default")
        @Doc("The value when an import gives none; without one, the parameter is required.")
        Optional<String> defaultValue,
    @Doc("The only values allowed; empty for any text.") List<String> allowed,
    Positions positions) {

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultValue, "defaultValue");
    allowed = List.copyOf(allowed);
    Objects.requireNonNull(positions, "positions");
  }

  /** Whether an import must give a value. */
  public boolean required() {
    return defaultValue.isEmpty();
  }
}
