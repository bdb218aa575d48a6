package dev.bulwark.interop.tmt;

import dev.bulwark.model.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing drawn on a diagram of a {@code .tm7}: a stencil, a boundary, a flow or an annotation,
 * with its stencil type, name, named properties, geometry, and place in the file.
 *
 * @param surface the name of the diagram (drawing surface) it is on
 * @param guid its id in the file
 * @param kind what it is, from its generic type
 * @param typeId its stencil type, e.g. {@code SE.P.TMCore.WebAPI}
 * @param genericId the generic element it derives from, e.g. {@code GE.P}
 * @param stencilName the stencil type's display name, e.g. {@code Web API}
 * @param name the name given to it in the diagram, if any
 * @param properties its named properties, in file order
 * @param rect where a stencil or border boundary is drawn
 * @param curve where a flow or line boundary is drawn
 * @param source the guid of a flow's source
 * @param target the guid of a flow's target
 * @param at where it is written
 */
record Shape(
    String surface,
    String guid,
    Kind kind,
    String typeId,
    String genericId,
    String stencilName,
    Optional<String> name,
    List<Property> properties,
    Optional<Geometry.Rect> rect,
    Optional<Geometry.Curve> curve,
    String source,
    String target,
    Position at) {

  Shape {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(typeId, "typeId");
    Objects.requireNonNull(genericId, "genericId");
    Objects.requireNonNull(stencilName, "stencilName");
    Objects.requireNonNull(name, "name");
    properties = List.copyOf(properties);
    Objects.requireNonNull(rect, "rect");
    Objects.requireNonNull(curve, "curve");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(at, "at");
  }

  /** What a shape is. */
  enum Kind {
    PROCESS,
    INTERACTOR,
    STORE,
    BORDER,
    LINE,
    FLOW,
    ANNOTATION,
    OTHER
  }

  /** A named property: the name filters use, the label the tool shows, the selected value. */
  record Property(String name, String displayName, String value, Position at) {
    Property {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(displayName, "displayName");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(at, "at");
    }
  }

  /** The value of the property of that name, ignoring case. */
  Optional<String> property(String propertyName) {
    return properties.stream()
        .filter(p -> p.name().equalsIgnoreCase(propertyName))
        .map(Property::value)
        .findFirst();
  }

  /** Its name, or its stencil's when it has none. */
  String label() {
    return name.orElse(stencilName.isEmpty() ? typeId : stencilName);
  }
}
