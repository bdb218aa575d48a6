package dev.bulwark.model.template;

import dev.bulwark.model.Doc;
import dev.bulwark.model.Positions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@code template:} header of a template file: its name, what it is, its parameters. */
@Doc("The header of a template file.")
public record TemplateHeader(
    @Doc("The name models import it by; the file is named after it (<name>.yaml).") String name,
    @Doc("A human title.") String title,
    @Doc("What the template models and when to use it.") Optional<String> description,
    @Doc("The parameters, substituted for ${name} in the template's values.")
        List<Parameter> parameters,
    Positions positions) {

  public TemplateHeader {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(positions, "positions");
  }

  /** The parameter with this name. */
  public Optional<Parameter> parameter(String parameterName) {
    return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
  }
}
