package dev.bulwark.analysis.paths;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who attacks, from where, holding what.
 *
 * @param id short name used on the command line ({@code --profile insider})
 * @param title a human title
 * @param description who this is, in a sentence or two
 * @param origin where the attacker comes from, as a word shown at the start of a direct step
 *     ({@code internet})
 * @param originTrust the trust of that place, 0–100: a direct step into a more trusted zone pays
 *     for the difference
 * @param startsAt nodes the attacker already is or controls: paths may start there at no cost
 * @param reaches nodes the attacker can send requests to directly, with no flow of the model
 *     between: the first step of such a path is a direct step from the origin
 * @param credentials flows started by these nodes accept what the attacker holds: the attacker does
 *     not pay their authentication
 * @param skill scales the cost of authentication and controls
 */
public record AttackerProfile(
    String id,
    String title,
    String description,
    String origin,
    int originTrust,
    List<Selector> startsAt,
    List<Selector> reaches,
    List<Selector> credentials,
    Skill skill) {

  /** What a profile id may look like: lower case words joined by '-'. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public AttackerProfile {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "profile id '" + id + "' must be lower-case letters, digits and '-' (at most 64)");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(origin, "origin");
    if (originTrust < 0 || originTrust > 100) {
      throw new IllegalArgumentException("origin trust must be 0–100: " + originTrust);
    }
    startsAt = List.copyOf(startsAt);
    reaches = List.copyOf(reaches);
    credentials = List.copyOf(credentials);
    Objects.requireNonNull(skill, "skill");
    if (startsAt.isEmpty() && reaches.isEmpty()) {
      throw new IllegalArgumentException(
          "profile " + id + " needs 'starts-at' or 'reaches': somewhere to begin");
    }
  }
}
