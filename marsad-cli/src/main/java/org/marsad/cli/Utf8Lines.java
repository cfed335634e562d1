package org.marsad.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lines of a byte stream, each decoded as UTF-8 on its own, so that one line that is not UTF-8 is reported with
 * its own number and the lines after it are still read (a reader decoding the whole stream fails ahead of the
 * line it is asked for, and cannot go on).
 *
 * <p>Rules: lines end at LF; a CR before the LF is dropped; a UTF-8 byte-order mark at the start is dropped;
 * a line longer than {@code maxBytes} is skipped to its end and reported as too long.
 */
final class Utf8Lines implements AutoCloseable {
  private static final int LF = '\n';
  private static final int CR = '\r';

  /** One line: its number (from 1) and its text, or why it has none. */
  record Line(int number, String text, String problem) {
  }

  private final InputStream in;
  private final int maxBytes;
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int limit;
  private int number;
  private boolean eof;

  Utf8Lines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next byte, or -1 at the end. */
  private int read() throws IOException {
    if (pos == limit) {
      int n = in.read(chunk);
      while (n == 0) {
        n = in.read(chunk);
      }
      if (n < 0) {
        return -1;
      }
      pos = 0;
      limit = n;
    }
    return chunk[pos++] & 0xFF;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (eof) {
      return null;
    }
    buf.reset();
    boolean tooLong = false;
    int b;
    while ((b = read()) != -1 && b != LF) {
      if (buf.size() < maxBytes) {
        buf.write(b);
      } else {
        tooLong = true;
      }
    }
    if (b == -1) {
      eof = true;
      if (buf.size() == 0 && !tooLong) {
        return null;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, null, "longer than " + maxBytes + " bytes");
    }
    byte[] bytes = buf.toByteArray();
    int len = bytes.length;
    if (len > 0 && bytes[len - 1] == CR) {
      len--;
    }
    int start = number == 1 && len >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, len - start)).toString();
      return new Line(number, text, null);
    } catch (CharacterCodingException e) {
      return new Line(number, null, "not UTF-8");
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
