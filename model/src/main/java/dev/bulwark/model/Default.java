package dev.bulwark.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a scalar field takes when the model file leaves it out, written as it would be in the
 * file ({@code "internal"}, {@code "false"}). A field with a default is optional.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {
  String value();
}
