package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Word lists for the NER features: gazetteers (places, organisations, people) and trigger classes
 * (titles, reporting verbs, kinds of places and organisations...). Immutable after construction and
 * thread-safe.
 *
 * <p>Entries are normalised with {@link ArabicNormalizer}, then the first word loses its article
 * «ال»; text is matched the same way, trying every clitic reading of the first word
 * ({@link Clitics#forms}). Multi-word entries match greedily, longest first.
 */
final class Lexicon {
  /** The classes a word can belong to, each with its feature name. */
  enum Kind {
    GAZ_LOC("gLOC"), GAZ_ORG("gORG"), GAZ_PER("gPER"),
    TITLE("TITLE"), NAMEPART("NAMEPART"), SAY("SAY"), LOCW("LOCW"), DIR("DIR"), ORGW("ORGW"), TIME("TIME"),
    KB_COUNTRY("kCTRY"), KB_CITY("kCITY"), KB_REGION("kREG"), KB_PER("kPER"), KB_ORG("kORG"), KB_NISBA("kNISBA"),
    KB_TITLE("kTITLE");

    final String feature;

    Kind(String feature) {
      this.feature = feature;
    }
  }

  static final int PREFIX_BIT = 1 << 30;
  private static final int MAX_WORDS = 8;

  /** Canonical key (words joined by a space) → bit set of {@link Kind} ordinals, plus {@link #PREFIX_BIT}. */
  private final Map<String, Integer> entries;

  private Lexicon(Map<String, Integer> entries) {
    this.entries = entries;
  }

  /** A builder; add lists, then {@link Builder#build()}. */
  static Builder builder() {
    return new Builder();
  }

  /** Number of keys (entries and their prefixes). */
  int size() {
    return entries.size();
  }

  /** Bit set of the kinds of the single word {@code norm} under any clitic reading (0 if none). */
  int kindsOf(String norm) {
    int m = 0;
    for (String f : Clitics.forms(norm)) {
      Integer v = entries.get(f);
      if (v != null) {
        m |= v;
      }
    }
    return m & ~PREFIX_BIT;
  }

  /** Bit set of the kinds of {@code norm} read as it stands, without removing clitics (0 if none). */
  int kindsOfExact(String norm) {
    Integer v = entries.get(norm);
    return v == null ? 0 : v & ~PREFIX_BIT;
  }

  /**
   * Longest matches over a sentence. {@code begin[i]} and {@code inside[i]} receive the kinds of
   * matches starting at, and continuing through, token {@code i}.
   */
  void match(String[] norms, int[] begin, int[] inside) {
    int n = norms.length;
    StringBuilder key = new StringBuilder(32);
    for (int i = 0; i < n; i++) {
      for (String f : Clitics.forms(norms[i])) {
        Integer v = entries.get(f);
        if (v == null) {
          continue;
        }
        int bestLen = (v & ~PREFIX_BIT) != 0 ? 1 : 0;
        int bestKinds = v & ~PREFIX_BIT;
        if ((v & PREFIX_BIT) != 0) {
          key.setLength(0);
          key.append(f);
          for (int j = i + 1; j < n && j - i < MAX_WORDS; j++) {
            key.append(' ').append(norms[j]);
            Integer w = entries.get(key.toString());
            if (w == null) {
              break;
            }
            if ((w & ~PREFIX_BIT) != 0) {
              bestLen = j - i + 1;
              bestKinds = w & ~PREFIX_BIT;
            }
            if ((w & PREFIX_BIT) == 0) {
              break;
            }
          }
        }
        if (bestLen > 0) {
          begin[i] |= bestKinds;
          for (int k = i + 1; k < i + bestLen; k++) {
            inside[k] |= bestKinds;
          }
        }
      }
    }
  }

  /** Collects entries. */
  static final class Builder {
    private final Map<String, Integer> entries = new HashMap<>();

    /** Adds one name (any number of words) as {@code kind}. Blank names are ignored. */
    Builder add(Kind kind, String name) {
      String[] words = words(ArabicNormalizer.INSTANCE.normalize(name));
      if (words.length == 0 || words[0].isEmpty() || words.length > MAX_WORDS) {
        return this;
      }
      words[0] = Clitics.withoutArticle(words[0]);
      StringBuilder k = new StringBuilder();
      for (int i = 0; i < words.length; i++) {
        if (i > 0) {
          k.append(' ');
        }
        k.append(words[i]);
        int bit = i == words.length - 1 ? 1 << kind.ordinal() : PREFIX_BIT;
        entries.merge(k.toString(), bit, (a, b) -> a | b);
      }
      return this;
    }

    /** Adds every name of {@code names} as {@code kind}. */
    Builder addAll(Kind kind, Collection<String> names) {
      for (String s : names) {
        add(kind, s);
      }
      return this;
    }

    /**
     * Adds a bundled gazetteer: one name per line; lines of {@code =} or {@code *} only (group
     * separators) and blank lines are skipped. A missing resource is fatal.
     */
    Builder addResource(Kind kind, String resource) {
      for (String line : readLines(resource)) {
        String s = line.strip();
        if (!s.isEmpty() && !s.chars().allMatch(c -> c == '=' || c == '*')) {
          add(kind, s);
        }
      }
      return this;
    }

    /** Adds the bundled trigger lists: lines {@code CLASS word word...}, {@code #} comments. */
    Builder addTriggers(String resource) {
      for (String line : readLines(resource)) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        String[] parts = words(s);
        Kind kind = Kind.valueOf(parts[0]);
        for (int i = 1; i < parts.length; i++) {
          add(kind, parts[i]);
        }
      }
      return this;
    }

    Lexicon build() {
      // a HashMap copy: Map.copyOf probes its open-addressing table entry by entry, slower at start-up
      return new Lexicon(java.util.Collections.unmodifiableMap(new HashMap<>(entries)));
    }
  }

  /** The words, normalised ({@link ArabicNormalizer}), as an unmodifiable set: the word lists of the post-passes. */
  static Set<String> normalised(String... words) {
    Set<String> s = new HashSet<>();
    for (String w : words) {
      s.add(ArabicNormalizer.INSTANCE.normalize(w));
    }
    return Set.copyOf(s);
  }

  /** The white-space separated words of {@code s} (no regular expression: this runs for every name at load). */
  static String[] words(String s) {
    List<String> out = new ArrayList<>(4);
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(s.substring(start, i));
      }
    }
    return out.toArray(new String[0]);
  }

  static List<String> readLines(String resource) {
    InputStream in = Lexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + resource + " (broken jar?)");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
    return out;
  }
}
