package dev.bulwark.interop;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bulwark ids for the elements of a peer tool's file. Peer ids are often UUIDs, numbers or names
 * with spaces; a Bulwark id must be valid ({@code [A-Za-z0-9][A-Za-z0-9._-]*}, at most 200) and
 * should be readable, because people write it in triage and mitigations. A readable peer id is kept
 * as it is; otherwise the element's name is turned into a slug. Ids are unique across the whole
 * model (every kind of element, ignoring case); a clash gets {@code -2}, {@code -3}, ….
 *
 * <p>An importer that knows all its elements first {@link #assign}s their ids at once, kept ids
 * first, so the result is stable; one that finds them as it walks the file {@link #claim}s each
 * from one pool.
 */
public final class Ids {
  /** Longest slug made from a name; long threat titles would make unwieldy ids. */
  public static final int MAX_SLUG = 48;

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
  private static final Pattern UUID_LIKE =
      Pattern.compile("(?i).*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-.*|.*[0-9a-f]{16,}.*");
  private static final Pattern LETTER = Pattern.compile(".*[A-Za-z].*");
  private static final int MAX = 200;

  /** Ids handed out, in lower case. */
  private final Set<String> taken = new HashSet<>();

  /** A new, empty pool. */
  public Ids() {}

  /** What an element would like as its id: kept exactly, or a slug that may need a suffix. */
  public record Candidate(String preferred, boolean exact) {
    public Candidate {
      Objects.requireNonNull(preferred, "preferred");
    }
  }

  /** Whether a peer id is valid and readable enough to keep: not a UUID, hash or bare number. */
  public static boolean readable(String id) {
    return id.length() <= 64
        && VALID.matcher(id).matches()
        && LETTER.matcher(id).matches()
        && !UUID_LIKE.matcher(id).matches();
  }

  /** Whether a text is a valid Bulwark id. */
  public static boolean valid(String id) {
    return VALID.matcher(id).matches();
  }

  /**
   * Lower-case words of the text joined by {@code -}, accents dropped, at most {@link #MAX_SLUG}
   * characters (cut at a word); empty when the text has no letter or digit.
   */
  public static String slug(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() <= MAX_SLUG) {
      return plain;
    }
    String cut = plain.substring(0, MAX_SLUG);
    int lastDash = cut.lastIndexOf('-');
    return lastDash > MAX_SLUG / 2 ? cut.substring(0, lastDash) : cut.replaceAll("-+$", "");
  }

  /**
   * The candidate for an element: its peer id when {@link #readable}, else the slug of its name,
   * else the slug of its peer id, else {@code fallback} (e.g. {@code flow}).
   */
  public static Candidate candidate(String peerId, String name, String fallback) {
    if (readable(peerId)) {
      return new Candidate(peerId, true);
    }
    String slug = slug(name);
    if (slug.isEmpty()) {
      slug = slug(peerId);
    }
    return new Candidate(slug.isEmpty() ? fallback : slug, false);
  }

  /**
   * Unique ids for the candidates, in their order: exact ones are placed first so that a kept id
   * never has to give way to a slug; a later clash gets the lowest free suffix.
   */
  public static List<String> assign(List<Candidate> candidates) {
    Ids pool = new Ids();
    String[] ids = new String[candidates.size()];
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < candidates.size(); i++) {
        Candidate candidate = candidates.get(i);
        if (candidate.exact() == (pass == 0)) {
          ids[i] = pool.free(candidate.preferred());
        }
      }
    }
    return List.of(ids);
  }

  /**
   * Claims an id from this pool: {@code wanted} itself when it is valid, else its slug, else {@code
   * fallback}; made unique with the lowest free suffix.
   */
  public String claim(String wanted, String fallback) {
    String base = valid(wanted) ? wanted : slug(wanted);
    return free(base.isEmpty() ? fallback : base);
  }

  /** Claims the slug of a name, or {@code fallback} when the name has no letter or digit. */
  public String named(String name, String fallback) {
    return claim(slug(name), fallback);
  }

  private String free(String preferred) {
    String id = preferred;
    for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
      String suffix = "-" + n;
      id = preferred.substring(0, Math.min(preferred.length(), MAX - suffix.length())) + suffix;
    }
    return id;
  }
}
