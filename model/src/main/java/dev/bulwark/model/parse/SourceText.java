package dev.bulwark.model.parse;

import dev.bulwark.model.Position;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into text, refusing oversized, binary and non-UTF-8 input. */
final class SourceText {
  private SourceText() {}

  /** The text of the file, or the problem that makes it unreadable. */
  static Result decode(String file, byte[] bytes, ParseLimits limits) {
    if (bytes.length > limits.maxFileBytes()) {
      return failure(
          new Problem(
              ProblemType.FILE_TOO_LARGE,
              Position.startOf(file),
              "the file has "
                  + bytes.length
                  + " bytes, more than the limit of "
                  + limits.maxFileBytes(),
              "raise it with --max-file-size, or split the model with imports"));
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return failure(
          new Problem(
              ProblemType.INVALID_ENCODING,
              Position.startOf(file),
              "the file is UTF-16 encoded",
              "save it as UTF-8"));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return failure(
            new Problem(
                ProblemType.NUL_BYTE,
                positionOfByte(file, bytes, i),
                "the file contains a NUL byte (0x00), so it is binary, not a model",
                "model files are UTF-8 text"));
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      int offset = input.position();
      return failure(
          new Problem(
              ProblemType.INVALID_ENCODING,
              positionOfByte(file, bytes, offset),
              String.format(
                  "byte 0x%02X at offset %d is not valid UTF-8", bytes[offset] & 0xFF, offset),
              "save the file as UTF-8"));
    }
    output.flip();
    String text = output.toString();
    return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** The line and column (in characters) of a byte offset; bytes before it decoded leniently. */
  static Position positionOfByte(String file, byte[] bytes, int offset) {
    String before;
    try {
      before =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes, 0, offset))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not fail", e);
    }
    return positionOfChar(file, before, before.length());
  }

  /**
   * The line and column of a char index in text. The column counts code points, as the YAML
   * parser's positions do, so that a character outside the BMP (an emoji) counts as one.
   */
  static Position positionOfChar(String file, CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(index, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(file, line, Character.codePointCount(text, lineStart, end) + 1);
  }

  private static Result failure(Problem problem) {
    return new Rejected(problem);
  }

  /** Text, or the one problem that stopped decoding. */
  sealed interface Result {}

  record Decoded(String text) implements Result {}

  record Rejected(Problem problem) implements Result {}
}
