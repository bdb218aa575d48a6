package dev.bulwark.model.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that checks the code and position of a problem type which has no fixture under
 * {@code problems/} (because it needs bytes, a missing file or a symbolic link). {@link
 * ProblemCodesTest#everyProblemTypeIsTested()} accepts it in place of a fixture.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Covers {
  ProblemType[] value();
}
