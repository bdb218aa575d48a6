package dev.bulwark.report.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;

/**
 * The printer's only view of the outside world: nothing. A report is self-contained, so every
 * resource that is not a {@code data:} URI inside the page is refused three times over: by the
 * access check before and after a URI is resolved, by the resolver, and by stream factories that
 * open nothing for every other scheme.
 */
final class Offline {
  /** Schemes whose stream factories are replaced by {@link #refuse}. */
  static final String[] SCHEMES = {"http", "https", "ftp", "file", "jar", "classpath"};

  private static final FSStream NOTHING =
      new FSStream() {
        @Override
        public InputStream getStream() {
          return null;
        }

        @Override
        public Reader getReader() {
          return null;
        }
      };

  private Offline() {}

  /** Access control: a {@code data:} URI for an image, a style sheet, a font or an SVG only. */
  static boolean allowed(String uri, ExternalResourceType type) {
    return uri != null && type != ExternalResourceType.FILE_EMBED && isData(uri);
  }

  /** URI resolution: {@code data:} URIs stay as they are; anything else resolves to nothing. */
  static String resolve(String base, String uri) {
    return uri != null && isData(uri) ? uri : null;
  }

  /** The stream factory for every scheme but {@code data:}: opens nothing. */
  static FSStream refuse(String uri) {
    return NOTHING;
  }

  private static boolean isData(String uri) {
    return uri.strip().toLowerCase(Locale.ROOT).startsWith("data:");
  }
}
