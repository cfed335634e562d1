package org.marsad.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a user's text file, refusing what is not usable text with a one-line reason. */
final class InputText {
  /** Largest input accepted, in bytes. */
  static final long MAX_BYTES = 10L * 1024 * 1024;

  private InputText() {
  }

  /** A problem with one input, reported as one line. */
  static final class BadInput extends Exception {
    BadInput(String message) {
      super(message, null, false, false);
    }
  }

  static String read(Path file, long maxBytes) throws BadInput {
    try {
      if (Files.isDirectory(file)) {
        throw new BadInput(file + ": is a directory");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new BadInput(file + ": too large (" + size / (1024 * 1024) + " MB; the limit is "
            + maxBytes / (1024 * 1024) + " MB)");
      }
      byte[] bytes = Files.readAllBytes(file);
      return decode(file.toString(), bytes);
    } catch (NoSuchFileException e) {
      throw new BadInput(file + ": no such file");
    } catch (IOException e) {
      throw new BadInput(file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  static String decode(String name, byte[] bytes) throws BadInput {
    if (bytes.length == 0) {
      throw new BadInput(name + ": empty file");
    }
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        throw new BadInput(name + ": binary file (NUL bytes), not text");
      }
      if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > bytes.length / 20) {
      throw new BadInput(name + ": binary file, not text");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInput(name + ": not UTF-8 text");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new BadInput(name + ": no text (only white space)");
    }
    return text;
  }
}
