package dev.bulwark.knowledge.mitre;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An RFC 4180 CSV reader: fields separated by commas, records by CRLF or LF, a field in double
 * quotes may hold commas, line breaks and doubled quotes. It is strict where a lenient reader would
 * guess — a stray quote is an error with its line and column, not a silent merge of two records.
 */
final class CsvReader {
  /** Far above CWE's longest field (about 25,000 characters); stops a runaway quote early. */
  static final int MAX_FIELD = 4 * 1024 * 1024;

  private static final int END = -1;

  private final String label;
  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private int line = 1;
  private int column;
  private boolean afterNewline;
  private int recordLine;
  private int pending = Integer.MIN_VALUE;

  CsvReader(String label, Reader in) {
    this.label = label;
    this.in = in;
  }

  /** The line on which the record last returned starts. */
  int recordLine() {
    return recordLine;
  }

  /** The next record, or empty at the end of the input. */
  Optional<List<String>> next() {
    int c = read();
    if (c == END) {
      return Optional.empty();
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      if (c == '"') {
        int startLine = line;
        int startColumn = column;
        while (true) {
          c = read();
          if (c == END) {
            throw KbException.at(
                label,
                startLine,
                startColumn,
                "unclosed quote: the quoted field that starts here never ends");
          }
          if (c == '"') {
            c = read();
            if (c != '"') {
              break;
            }
          }
          append(field, c, startLine, startColumn);
        }
        if (c != ',' && c != '\n' && c != '\r' && c != END) {
          throw KbException.at(
              label,
              line,
              column,
              "'"
                  + (char) c
                  + "' after a closing quote; expected a comma or the end of the line (write a"
                  + " quote inside a quoted field as \"\")");
        }
      } else {
        while (c != ',' && c != '\n' && c != '\r' && c != END) {
          if (c == '"') {
            throw KbException.at(
                label,
                line,
                column,
                "a quote inside an unquoted field; quote the whole field and double the quote");
          }
          append(field, c, line, column);
          c = read();
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (c == ',') {
        c = read();
        continue;
      }
      if (c == '\r') {
        int after = read();
        if (after != '\n') {
          unread(after);
        }
      }
      return Optional.of(fields);
    }
  }

  private void append(StringBuilder field, int c, int startLine, int startColumn) {
    if (field.length() >= MAX_FIELD) {
      throw KbException.at(
          label, startLine, startColumn, "a field longer than " + MAX_FIELD + " characters");
    }
    field.append((char) c);
  }

  private void unread(int c) {
    pending = c;
  }

  private int read() {
    if (pending != Integer.MIN_VALUE) {
      int c = pending;
      pending = Integer.MIN_VALUE;
      return c;
    }
    if (position == limit) {
      try {
        limit = in.read(buffer);
      } catch (IOException e) {
        throw new UncheckedIOException(label + ":" + line + ": " + e.getMessage(), e);
      }
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return END;
      }
    }
    char c = buffer[position++];
    if (afterNewline) {
      line++;
      column = 0;
    }
    column++;
    afterNewline = c == '\n';
    return c;
  }
}
