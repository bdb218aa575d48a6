package dev.bulwark.lifecycle.plan;

import java.util.Objects;

/** A security activity a tier requires, e.g. static analysis or a penetration test. */
public record Activity(String id, String title, String description) {
  public Activity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
  }
}
