package dev.bulwark.lifecycle.plan;

import dev.bulwark.model.Position;
import java.util.Objects;

/**
 * One thing the model says that puts it at a factor's level, e.g. "component 'web' is
 * internet-facing".
 *
 * @param element the model element it is about: an element id, a threat fingerprint, or the model's
 *     id for the business context
 * @param text the fact in a sentence, naming the element
 * @param position where the model says it
 */
public record Fact(String element, String text, Position position) {
  public Fact {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }
}
