package org.marsad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.marsad.ner.Conll;
import org.marsad.ner.NerModel;
import org.marsad.ner.TaggedSentence;

/** Shared input handling of the NER commands. */
final class NerData {
  private NerData() {
  }

  /** A bad NER input, reported as one line. */
  static final class Bad extends Exception {
    Bad(String message) {
      super(message, null, false, false);
    }
  }

  static List<TaggedSentence> read(String file) throws Bad {
    try (BufferedReader r = reader(file)) {
      List<TaggedSentence> s = Conll.read(r);
      if (s.isEmpty()) {
        throw new Bad(file + ": no tokens");
      }
      return s;
    } catch (CharacterCodingException e) {
      throw new Bad(file + ": not UTF-8 text");
    } catch (Conll.FormatException e) {
      throw new Bad(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new Bad(file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  static BufferedReader reader(String file) throws IOException, Bad {
    var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    if (file.equals("-")) {
      return new BufferedReader(new InputStreamReader(System.in, dec));
    }
    Path p = Path.of(file);
    if (!Files.isRegularFile(p)) {
      throw new Bad(file + ": no such file");
    }
    return new BufferedReader(new InputStreamReader(Files.newInputStream(p), dec));
  }

  static NerModel model(Path file) throws Bad {
    if (file == null) {
      return NerModel.bundled();
    }
    try {
      return NerModel.load(file);
    } catch (IOException e) {
      throw new Bad(e.getMessage());
    }
  }

  /** {@code name (sentences a..b of N, sha256 X)}. */
  static String describe(String file, int from, int to, int total) {
    String sha = "";
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(file)));
      sha = ", sha256 " + HexFormat.of().formatHex(h, 0, 8);
    } catch (IOException | NoSuchAlgorithmException e) {
      sha = "";
    }
    return Path.of(file).getFileName() + " (sentences " + (from + 1) + ".." + to + " of " + total + sha + ")";
  }
}
