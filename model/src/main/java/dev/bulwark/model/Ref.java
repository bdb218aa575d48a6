package dev.bulwark.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field (a single id or a list of ids) whose values name other elements of the model.
 * Validation checks that each names an element of one of the given kinds; composition prefixes them
 * when the model is imported into another.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Ref {
  ElementKind[] value();
}
