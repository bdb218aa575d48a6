package dev.bulwark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Data moving from one actor or component to another; the source starts the exchange. */
@Doc("Data moving from one actor or component to another; 'from' starts the exchange.")
public record Flow(
    @Doc("Unique id of the flow.") String id,
    @Doc("The actor or component that starts the exchange.")
        @Ref({ElementKind.ACTOR, ElementKind.COMPONENT})
        String from,
    @Doc("The actor or component that receives it.")
        @Ref({ElementKind.ACTOR, ElementKind.COMPONENT})
        String to,
    @Doc("How the data travels.") Protocol protocol,
    @Doc("How the source proves who it is.") @Default("none") Authentication authentication,
    @Doc("Whose rights the request is checked against.") @Default("none")
        Authorization authorization,
    @Doc("Data assets carried, in either direction.") @Ref(ElementKind.DATA) List<String> data,
    @Doc("Security controls in place on this flow.") List<Control> controls,
    @Doc("Free text.") Optional<String> description,
    @Doc("Free-form labels.") List<String> tags,
    Positions positions)
    implements Element {

  public Flow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(authentication, "authentication");
    Objects.requireNonNull(authorization, "authorization");
    data = List.copyOf(data);
    controls = List.copyOf(controls);
    Objects.requireNonNull(description, "description");
    tags = List.copyOf(tags);
    Objects.requireNonNull(positions, "positions");
  }
}
