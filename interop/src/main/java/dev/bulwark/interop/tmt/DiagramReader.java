package dev.bulwark.interop.tmt;

import dev.bulwark.interop.tmt.Shape.Kind;
import dev.bulwark.interop.tmt.Shape.Property;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the shapes of every diagram of a {@code .tm7}: {@code <DrawingSurfaceModel>}s, each with
 * {@code <Borders>} (stencils and border boundaries) and {@code <Lines>} (flows and line
 * boundaries), each entry a {@code <Value>} with its generic type, stencil type, guid, properties
 * and geometry. A value of the wrong type (a word where a number belongs, a selected index outside
 * its list) is a {@code wrong-type} problem and the part is left out.
 */
final class DiagramReader {
  private final List<Problem> problems;

  private DiagramReader(List<Problem> problems) {
    this.problems = problems;
  }

  static List<Shape> read(XmlTree threatModel, List<Problem> problems) {
    DiagramReader reader = new DiagramReader(problems);
    List<Shape> shapes = new ArrayList<>();
    int number = 0;
    for (XmlTree surface : threatModel.under("DrawingSurfaceList")) {
      number++;
      String header = surface.text("Header").orElse("Diagram " + number);
      for (String section : List.of("Borders", "Lines")) {
        for (XmlTree entry : surface.under(section)) {
          entry.child("Value").flatMap(v -> reader.shape(header, v)).ifPresent(shapes::add);
        }
      }
    }
    return shapes;
  }

  private Optional<Shape> shape(String surface, XmlTree value) {
    Optional<String> guid = value.text("Guid");
    if (guid.isEmpty()) {
      problems.add(
          new Problem(
              ProblemType.MISSING_FIELD,
              value.at(),
              "a <"
                  + value.type()
                  + "> on diagram '"
                  + surface
                  + "' has no <Guid>; it is left out"));
      return Optional.empty();
    }
    String generic = value.text("GenericTypeId").orElse("");
    String typeId = value.text("TypeId").orElse(generic);
    Kind kind = kind(generic, value.type());
    String stencilName = "";
    Optional<String> name = Optional.empty();
    List<Property> properties = new ArrayList<>();
    for (XmlTree attribute : value.under("Properties")) {
      String attributeType = attribute.type();
      String displayName = attribute.text("DisplayName").orElse("");
      Optional<String> propertyName = attribute.text("Name");
      if (attributeType.equals("HeaderDisplayAttribute")) {
        if (stencilName.isEmpty()) {
          stencilName = displayName;
        }
        continue;
      }
      Optional<String> selected = selected(attribute);
      if (propertyName.isEmpty()) {
        if (displayName.equals("Name") && name.isEmpty()) {
          name = selected.filter(s -> !s.isBlank()).map(String::strip);
        }
        continue;
      }
      selected.ifPresent(
          v -> properties.add(new Property(propertyName.get(), displayName, v, attribute.at())));
    }
    return Optional.of(
        new Shape(
            surface,
            guid.get(),
            kind,
            typeId,
            generic,
            stencilName,
            name,
            properties,
            kind == Kind.FLOW || kind == Kind.LINE ? Optional.empty() : rect(value),
            kind == Kind.FLOW || kind == Kind.LINE ? curve(value) : Optional.empty(),
            value.text("SourceGuid").orElse(""),
            value.text("TargetGuid").orElse(""),
            value.at()));
  }

  /** A property's value: the text, or for a list the entry at its selected index. */
  private Optional<String> selected(XmlTree attribute) {
    Optional<XmlTree> value = attribute.child("Value");
    if (value.isEmpty() || value.get().isNil()) {
      return Optional.empty();
    }
    if (!attribute.type().equals("ListDisplayAttribute")) {
      return Optional.of(value.get().text());
    }
    List<XmlTree> entries = value.get().children();
    Optional<String> index = attribute.text("SelectedIndex");
    try {
      int at = Integer.parseInt(index.orElse("0"));
      if (at < 0 || at >= entries.size()) {
        throw new NumberFormatException();
      }
      return Optional.of(entries.get(at).text());
    } catch (NumberFormatException e) {
      problems.add(
          new Problem(
              ProblemType.WRONG_TYPE,
              attribute.child("SelectedIndex").map(XmlTree::at).orElse(attribute.at()),
              "property '"
                  + attribute.text("DisplayName").orElse("?")
                  + "' selects entry '"
                  + index.orElse("")
                  + "' of a list of "
                  + entries.size()
                  + "; it is left out",
              "<SelectedIndex> is a number from 0 to " + Math.max(0, entries.size() - 1)));
      return Optional.empty();
    }
  }

  private Optional<Geometry.Rect> rect(XmlTree value) {
    Optional<double[]> numbers = numbers(value, "Left", "Top", "Width", "Height");
    return numbers.map(n -> new Geometry.Rect(n[0], n[1], n[2], n[3]));
  }

  private Optional<Geometry.Curve> curve(XmlTree value) {
    Optional<double[]> numbers =
        numbers(value, "SourceX", "SourceY", "TargetX", "TargetY", "HandleX", "HandleY");
    return numbers.map(n -> new Geometry.Curve(n[0], n[1], n[2], n[3], n[4], n[5]));
  }

  private Optional<double[]> numbers(XmlTree value, String... names) {
    double[] numbers = new double[names.length];
    for (int i = 0; i < names.length; i++) {
      Optional<XmlTree> child = value.child(names[i]);
      if (child.isEmpty()) {
        return Optional.empty(); // placement is optional: the shape is kept, unplaced
      }
      try {
        numbers[i] = Double.parseDouble(child.get().text());
        if (!Double.isFinite(numbers[i])) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        problems.add(
            new Problem(
                ProblemType.WRONG_TYPE,
                child.get().at(),
                "<" + names[i] + "> is '" + child.get().text() + "'; a number was expected",
                "the shape is imported without its place on the diagram"));
        return Optional.empty();
      }
    }
    return Optional.of(numbers);
  }

  /** What a shape is: by its generic type, else by how it is drawn. */
  static Kind kind(String generic, String drawnAs) {
    return switch (generic) {
      case "GE.P" -> Kind.PROCESS;
      case "GE.EI" -> Kind.INTERACTOR;
      case "GE.DS" -> Kind.STORE;
      case "GE.TB.B" -> Kind.BORDER;
      case "GE.TB.L" -> Kind.LINE;
      case "GE.DF" -> Kind.FLOW;
      case "GE.A" -> Kind.ANNOTATION;
      default ->
          switch (drawnAs) {
            case "StencilEllipse" -> Kind.PROCESS;
            case "StencilRectangle" -> Kind.INTERACTOR;
            case "StencilParallelLines" -> Kind.STORE;
            case "BorderBoundary" -> Kind.BORDER;
            case "LineBoundary" -> Kind.LINE;
            case "Connector" -> Kind.FLOW;
            case "StencilAnnotation", "Annotation" -> Kind.ANNOTATION;
            default -> Kind.OTHER;
          };
    };
  }
}
