package org.marsad.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Tokenizer;

/**
 * Marsad's knowledge base of countries, places, organisations, people and titles, with Arabic names.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.standard();            // loaded once from the classpath
 * kb.country("AZE");                                      // Azerbaijan, with its centroid
 * kb.lookup("باكو");                                       // [Baku (CAPITAL, AZE)]
 * kb.match(tokens, i, tokens.size(), KnowledgeBase.NAMES); // longest clitic-aware match at token i
 * kb.title(tokens, i);                                     // «وزيرة الخارجية» → TITLE, GOV, foreign_minister
 * }</pre>
 *
 * <p>The data are TSV files under {@code org/marsad/kb/} listed in {@code manifest.tsv} (file, kind, default type,
 * source, licence). Entries with the same id in several files merge: later non-empty fields win and names are
 * added; a name written {@code -name} removes that name. Names are indexed by the normalised forms of their
 * tokens ({@link Tokenizer}), so lookups take normalised, space-joined token forms.
 *
 * <p>An instance is immutable and thread-safe. A missing resource is fatal ({@link IllegalStateException}).
 */
public final class KnowledgeBase {
  /** Resource folder of the bundled data. */
  public static final String RESOURCE_DIR = "/org/marsad/kb/";
  /** Manifest format version this loader reads. */
  public static final int FORMAT_VERSION = 1;
  /** Longest name, in tokens, that {@link #match} tries. */
  public static final int MAX_TOKENS = 8;
  /** Every kind that names an entity (all but TITLE). */
  public static final Set<KbEntry.Kind> NAMES = Collections.unmodifiableSet(
      EnumSet.complementOf(EnumSet.of(KbEntry.Kind.TITLE)));

  private static volatile KnowledgeBase standard;

  private final Map<String, KbEntry> byId;
  private final Map<String, List<KbEntry>> byName;
  private final Map<String, List<KbEntry>> weakByName;
  private final Set<String> prefixes;
  private final Set<String> stoplist;
  private final Set<String> curated;
  private final Set<String> givenNames;
  private final Set<String> sharedSurnames;
  private final int maxTokens;

  private KnowledgeBase(Map<String, KbEntry> byId, Map<String, List<KbEntry>> byName,
                        Map<String, List<KbEntry>> weakByName, Set<String> prefixes, Set<String> stoplist,
                        Set<String> curated, Set<String> givenNames, Set<String> sharedSurnames, int maxTokens) {
    this.curated = curated;
    this.givenNames = givenNames;
    this.sharedSurnames = sharedSurnames;
    this.byId = byId;
    this.byName = byName;
    this.weakByName = weakByName;
    this.prefixes = prefixes;
    this.stoplist = stoplist;
    this.maxTokens = maxTokens;
  }

  /** The bundled knowledge base, loaded once per JVM. */
  public static KnowledgeBase standard() {
    KnowledgeBase k = standard;
    if (k == null) {
      synchronized (KnowledgeBase.class) {
        k = standard;
        if (k == null) {
          k = load(RESOURCE_DIR);
          standard = k;
        }
      }
    }
    return k;
  }

  /** Loads the knowledge base whose {@code manifest.tsv} is at classpath folder {@code dir} (ending in /). */
  public static KnowledgeBase load(String dir) {
    return new Loader(dir).load();
  }

  // ------------------------------------------------------------------ lookups

  /** The entry with this id ({@code iso3:AZE}, {@code geonames:587084} ...). */
  public Optional<KbEntry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The country with ISO 3166-1 alpha-3 code {@code iso3}. */
  public Optional<KbEntry> country(String iso3) {
    return iso3 == null ? Optional.empty() : byId("iso3:" + iso3);
  }

  /**
   * Entries named exactly {@code normalizedPhrase}: normalised token forms joined by single spaces, as in
   * {@link Token#norm()}. Best first: curated before derived entries, then countries, IGOs, institutions, groups,
   * outlets, people, regions, capitals, nisbas, cities (larger first), titles. Then, after all of those, cities
   * known by a weak name (a one-word name that is also a common word or person's name, such as a small foreign town
   * called «هندرسون»): the recogniser only fires on those after a place cue, but geocoding may use them.
   * Empty when unknown.
   */
  public List<KbEntry> lookup(String normalizedPhrase) {
    List<KbEntry> strong = byName.getOrDefault(normalizedPhrase, List.of());
    List<KbEntry> weak = weakByName.getOrDefault(normalizedPhrase, List.of());
    if (weak.isEmpty()) {
      return strong;
    }
    List<KbEntry> all = new ArrayList<>(strong);
    for (KbEntry e : weak) {
      if (!all.contains(e)) {
        all.add(e);
      }
    }
    return Collections.unmodifiableList(all);
  }

  /** Like {@link #lookup}, without the weak city names. */
  public List<KbEntry> strong(String normalizedPhrase) {
    return byName.getOrDefault(normalizedPhrase, List.of());
  }

  /** Every entry, in no particular order. */
  public java.util.Collection<KbEntry> entries() {
    return Collections.unmodifiableCollection(byId.values());
  }

  /** Number of entries of each kind. */
  public Map<KbEntry.Kind, Integer> counts() {
    Map<KbEntry.Kind, Integer> m = new java.util.EnumMap<>(KbEntry.Kind.class);
    for (KbEntry e : byId.values()) {
      m.merge(e.kind(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(m);
  }

  /** True when {@code e} comes from a hand-curated file (not from a file derived by tools/build-kb.py). */
  public boolean isCurated(KbEntry e) {
    return curated.contains(e.id());
  }

  /** True when normalised word {@code norm} begins some person's name in the knowledge base (محمد، حسين، علي ...). */
  public boolean isGivenName(String norm) {
    return givenNames.contains(norm);
  }

  /** True when normalised word {@code norm} ends the names of two or more different people (المالكي، أوغلو). */
  public boolean isSharedSurname(String norm) {
    return sharedSurnames.contains(norm);
  }

  /** True when normalised word {@code norm} is a stop word or a frequent common word. */
  public boolean isStopword(String norm) {
    return stoplist.contains(norm);
  }

  /**
   * The longest name of one of {@code kinds} starting at token {@code from} and ending at or before {@code to}.
   * The first token may carry proclitics (و ف ب ل ك, «لل»); see {@link Clitics}. A single stop word never matches,
   * and a clitic-stripped single word only matches curated entries unless it is no common word; a stem of two
   * letters («وتل» → «تل») only opens a name of two words or more («وتل أبيب»).
   */
  public Optional<KbMatch> match(List<Token> tokens, int from, int to, Set<KbEntry.Kind> kinds) {
    return match(tokens, from, to, e -> kinds.contains(e.kind()), false, false);
  }

  /**
   * Like {@link #match(List, int, int, Set)}, and when {@code placeCue} is true also over the weak one-word city
   * names (see {@link #lookup}); pass true when the word before is a place noun such as «مدينة» or «بلدة»
   * ({@link #isPlaceCue}).
   */
  public Optional<KbMatch> match(List<Token> tokens, int from, int to, Set<KbEntry.Kind> kinds, boolean placeCue) {
    return match(tokens, from, to, e -> kinds.contains(e.kind()), false, placeCue);
  }

  /**
   * True when normalised token {@code norm} (clitics allowed) is a place noun that announces a town's name:
   * مدينة، بلدة، قرية، محافظة، ولاية، مخيم، قضاء، مديرية ... («منطقة» and «حي» are too loose).
   */
  public static boolean isPlaceCue(String norm) {
    for (String c : Clitics.prefixCandidates(norm)) {
      if (PLACE_CUES.contains(c)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PLACE_CUES = Set.of("مدينه", "بلده", "قريه", "محافظه", "ولايه", "مخيم",
      "بلدات", "قري", "مدن", "ضاحيه", "اقليم", "قضاء", "ناحيه", "مقاطعه", "بلدتي", "مدينتي", "قريتي", "بلدتا",
      "مدينتا", "مديريه", "مركز");

  /**
   * The longest title or role noun at token {@code from} (clitics on the first token and pronoun suffixes on a
   * one-word title are allowed): «وزيرة الخارجية»، «المتحدث باسم»، «الرئيس»، «حكومتها».
   */
  public Optional<KbMatch> title(List<Token> tokens, int from) {
    return match(tokens, from, tokens.size(), e -> e.kind() == KbEntry.Kind.TITLE, true, false);
  }

  /**
   * Like {@link #title(List, int)}, but the title ends at or before token {@code to}: «قوات» in «قوات الجيش العراقي»,
   * where «الجيش العراقي» is a name and the longer title «قوات الجيش» would overlap it.
   */
  public Optional<KbMatch> title(List<Token> tokens, int from, int to) {
    return match(tokens, from, to, e -> e.kind() == KbEntry.Kind.TITLE, true, false);
  }

  /**
   * The longest accepted name at {@code from}, over every clitic reading of the first token. The loop over one
   * reading, the suffix readings and the weak names are methods of their own, so the JIT compiles small methods
   * instead of recompiling one large one as new inputs take new paths.
   */
  private Optional<KbMatch> match(List<Token> tokens, int from, int to, Predicate<KbEntry> accept, boolean suffixes,
                                  boolean placeCue) {
    if (from < 0 || from >= to || to > tokens.size()) {
      return Optional.empty();
    }
    Token first = tokens.get(from);
    if (first.kind() != Token.Kind.WORD) {
      return Optional.empty();
    }
    List<String> cands = Clitics.prefixCandidates(first.norm());
    if (suffixes) {
      cands = withSuffixes(cands);
    }
    KbMatch best = null;
    int limit = Math.min(to, from + maxTokens);
    for (int ci = 0; ci < cands.size(); ci++) {
      best = longest(tokens, from, limit, cands.get(ci), ci > 0, first.norm(), accept, placeCue, best, 1);
    }
    for (String c : Clitics.shortStems(first.norm())) {
      best = longest(tokens, from, limit, c, true, first.norm(), accept, false, best, 2);
    }
    return Optional.ofNullable(best);
  }

  /** {@code cands} followed by their pronoun-suffix readings not among them yet. */
  private static List<String> withSuffixes(List<String> cands) {
    List<String> more = new ArrayList<>(cands);
    for (String c : cands) {
      for (String s : Clitics.suffixCandidates(c)) {
        if (!more.contains(s)) {
          more.add(s);
        }
      }
    }
    return more;
  }

  /**
   * The longest accepted name whose first token reads {@code c} ({@code stripped}: a clitic was taken off), when
   * longer than {@code best} and of at least {@code minTokens} tokens; else {@code best}.
   */
  private KbMatch longest(List<Token> tokens, int from, int limit, String c, boolean stripped, String firstNorm,
                          Predicate<KbEntry> accept, boolean placeCue, KbMatch best, int minTokens) {
    StringBuilder key = new StringBuilder(c);
    for (int j = from; j < limit; j++) {
      if (j > from) {
        key.append(' ').append(tokens.get(j).norm());
      }
      String k = key.toString();
      List<KbEntry> hits = byName.get(k);
      if (placeCue && j == from) {
        hits = withWeak(hits, k);
      }
      if (hits != null && j + 1 - from >= minTokens && (best == null || j + 1 > best.end())) {
        List<KbEntry> ok = filter(hits, accept, j == from, stripped, firstNorm, c);
        if (!ok.isEmpty()) {
          best = new KbMatch(from, j + 1, ok, stripped);
        }
      }
      if (!prefixes.contains(k)) {
        break;
      }
    }
    return best;
  }

  /** {@code hits} (may be null) followed by the weak one-word city names of key {@code k}, if any. */
  private List<KbEntry> withWeak(List<KbEntry> hits, String k) {
    List<KbEntry> weak = weakByName.get(k);
    if (weak == null) {
      return hits;
    }
    List<KbEntry> both = new ArrayList<>(hits == null ? List.of() : hits);
    both.addAll(weak);
    return both;
  }

  private List<KbEntry> filter(List<KbEntry> hits, Predicate<KbEntry> accept, boolean single, boolean stripped,
                               String token, String stem) {
    List<KbEntry> ok = null;
    for (KbEntry e : hits) {
      if (!accept.test(e)) {
        continue;
      }
      if (single && e.kind() == KbEntry.Kind.CITY
          && (stoplist.contains(stem) || (stripped && (stoplist.contains(token) || !majorCity(e))))) {
        continue;
      }
      if (single && stripped && e.kind() != KbEntry.Kind.TITLE && stoplist.contains(token)) {
        continue;
      }
      if (ok == null) {
        ok = new ArrayList<>(2);
      }
      ok.add(e);
    }
    return ok == null ? List.of() : ok;
  }

  /** Cities big enough to be found behind a proclitic («وبغداد»): a small town's name split off a word is noise. */
  private static boolean majorCity(KbEntry e) {
    return e.population() != null && e.population() >= MAJOR_CITY;
  }

  /** Population from which a one-word city is found with proclitics. */
  static final long MAJOR_CITY = 500_000;

  // ------------------------------------------------------------------ loading

  /**
   * The index key of a name: its tokens' normalised forms joined by spaces. Names made only of letters, marks and
   * single spaces (nearly all) take a fast path that gives the same result as the tokenizer.
   */
  static String key(String name) {
    if (plainWords(name)) {
      return ArabicNormalizer.INSTANCE.normalize(name);
    }
    StringBuilder b = new StringBuilder();
    for (Token t : Tokenizer.INSTANCE.tokenize(name)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.norm());
    }
    return b.toString();
  }

  private static boolean plainWords(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (s.charAt(i - 1) == ' ') {
          return false;
        }
      } else if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK && c != '\u0640') {
        return false;
      }
    }
    return true;
  }


  /** The index key of a name by the tokenizer alone (the reference for {@link #key}'s fast path). */
  static String tokenKey(String name) {
    StringBuilder b = new StringBuilder();
    for (Token t : Tokenizer.INSTANCE.tokenize(name)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.norm());
    }
    return b.toString();
  }


  private static KbEntry withNames(KbEntry e, List<String> names) {
    return new KbEntry(e.id(), e.kind(), e.type(), e.name(), e.country(), e.sector(), e.lat(), e.lon(),
        e.precision(), e.geonames(), e.role(), e.population(), e.terms(), List.copyOf(names));
  }

  private static final class Loader {
    private static final Comparator<KbEntry> PRIORITY = Comparator
        .comparingInt((KbEntry e) -> rank(e.kind()));

    private final String dir;
    private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    private final Map<String, List<String>> names = new HashMap<>();
    private final Map<String, List<String>> weakNames = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Set<String> curated = new HashSet<>();
    /** Keys of generated accusative nisba forms: they yield to any other entry of the same spelling. */
    private final Set<String> accusatives = new HashSet<>();

    Loader(String dir) {
      this.dir = dir;
    }

    KnowledgeBase load() {
      List<Map<String, String>> manifest = readTsv("manifest.tsv");
      for (Map<String, String> m : manifest) {
        String file = m.get("file");
        KbEntry.Kind kind = KbEntry.Kind.valueOf(m.get("kind"));
        String type = m.get("type");
        boolean isCurated = !"derived".equals(m.get("origin"));
        for (Map<String, String> r : readTsv(file)) {
          boolean explicit = r.containsKey("kind");
          r.putIfAbsent("kind", kind.name());
          if (type != null && !r.containsKey("type")) {
            r.put("type", explicit ? null : type);
          }
          merge(file, r, explicit);
          if (isCurated) {
            curated.add(r.get("id"));
          }
        }
      }
      Set<String> stop = new HashSet<>();
      for (String line : readLines("stoplist.txt")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          stop.add(line.strip());
        }
      }
      Map<String, KbEntry> byId = new LinkedHashMap<>();
      for (Map.Entry<String, Map<String, String>> e : rows.entrySet()) {
        byId.put(e.getKey(), entry(e.getKey(), e.getValue(), byId));
      }
      // every entry's index keys, computed once; a generated accusative nisba that spells another entry's
      // name («ألمانيا») is dropped from the nisba, names and keys both
      Map<String, Set<String>> keysOf = new HashMap<>();
      Set<String> taken = new HashSet<>();
      for (KbEntry e : byId.values()) {
        Set<String> keys = new HashSet<>();
        for (String n : e.names()) {
          keys.add(key(n));
          if (e.kind() == KbEntry.Kind.TITLE && n.indexOf(' ') < 0) {
            keys.add(key(n.startsWith(Nisba.ARTICLE) ? n.substring(2) : Nisba.ARTICLE + n));
          }
        }
        keysOf.put(e.id(), keys);
        if (e.kind() != KbEntry.Kind.NISBA) {
          taken.addAll(keys);
        }
      }
      byId.replaceAll((id, e) -> {
        Set<String> keys = keysOf.get(id);
        if (e.kind() != KbEntry.Kind.NISBA || !keys.removeIf(k -> accusatives.contains(k) && taken.contains(k))) {
          return e;
        }
        return withNames(e, e.names().stream().filter(n -> keys.contains(key(n))).toList());
      });
      Map<String, List<KbEntry>> byName = new HashMap<>();
      Set<String> prefixes = new HashSet<>();
      int max = 1;
      for (KbEntry e : byId.values()) {
        Set<String> keys = keysOf.get(e.id());
        for (String k : keys) {
          if (k.isEmpty()) {
            continue;
          }
          byName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
          String[] parts = k.split(" ");
          max = Math.max(max, parts.length);
          StringBuilder p = new StringBuilder();
          for (int i = 0; i < parts.length - 1; i++) {
            if (i > 0) {
              p.append(' ');
            }
            p.append(parts[i]);
            prefixes.add(p.toString());
          }
        }
      }
      Map<String, List<KbEntry>> weak = new HashMap<>();
      for (Map.Entry<String, List<String>> w : weakNames.entrySet()) {
        KbEntry e = byId.get(w.getKey());
        for (String n : w.getValue()) {
          String k = key(n);
          if (!k.isEmpty() && !k.contains(" ")) {
            weak.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
          }
        }
      }
      Set<String> given = new HashSet<>();
      Map<String, String> surnameOwner = new HashMap<>();
      Set<String> shared = new HashSet<>();
      for (KbEntry e : byId.values()) {
        if (e.kind() == KbEntry.Kind.PERSON) {
          for (String n : e.names()) {
            String k = key(n);
            int sp = k.indexOf(' ');
            if (sp > 0) {
              given.add(k.substring(0, sp));
              String last = k.substring(k.lastIndexOf(' ') + 1);
              String owner = surnameOwner.putIfAbsent(last, e.id());
              if (owner != null && !owner.equals(e.id())) {
                shared.add(last);
              }
            }
          }
        }
      }
      return new KnowledgeBase(Collections.unmodifiableMap(byId), freeze(byName), freeze(weak),
          Collections.unmodifiableSet(prefixes), Collections.unmodifiableSet(stop),
          Collections.unmodifiableSet(new HashSet<>(curated)), Collections.unmodifiableSet(given),
          Collections.unmodifiableSet(shared), Math.min(max, MAX_TOKENS));
    }

    private Map<String, List<KbEntry>> freeze(Map<String, List<KbEntry>> m) {
      Comparator<KbEntry> order = Comparator.comparingInt((KbEntry x) -> curated.contains(x.id()) ? 0 : 1)
          .thenComparing(PRIORITY)
          .thenComparingLong(x -> -(x.population() == null ? 0L : x.population()))
          .thenComparingInt(x -> this.order.get(x.id()));
      Map<String, List<KbEntry>> frozen = new HashMap<>(m.size() * 2);
      for (Map.Entry<String, List<KbEntry>> e : m.entrySet()) {
        List<KbEntry> l = e.getValue();
        if (l.size() > 1) {
          l.sort(order);
        }
        frozen.put(e.getKey(), List.copyOf(l));
      }
      return Collections.unmodifiableMap(frozen);
    }

    private static int rank(KbEntry.Kind k) {
      switch (k) {
        case COUNTRY: return 0;
        case IGO: return 1;
        case INSTITUTION: return 2;
        case GROUP: return 3;
        case OUTLET: return 4;
        case PERSON: return 5;
        case REGION: return 6;
        case CAPITAL: return 7;
        case NISBA: return 8;
        case CITY: return 9;
        default: return 10;
      }
    }

    private void merge(String file, Map<String, String> r, boolean explicitKind) {
      String id = r.get("id");
      if (id == null) {
        throw new IllegalStateException("knowledge base " + dir + file + ": a row has no id: " + r);
      }
      Map<String, String> cur = rows.get(id);
      if (cur == null) {
        order.put(id, order.size());
        rows.put(id, r);
        cur = r;
      } else {
        for (Map.Entry<String, String> f : r.entrySet()) {
          boolean kindField = f.getKey().equals("kind") || f.getKey().equals("type");
          if (!f.getKey().equals("names") && f.getValue() != null && (explicitKind || !kindField)) {
            cur.put(f.getKey(), f.getValue());
          }
        }
      }
      if (r.get("weak") != null) {
        weakNames.computeIfAbsent(id, x -> new ArrayList<>(1)).addAll(split(r.get("weak"), '|'));
      }
      List<String> ns = names.computeIfAbsent(id, x -> new ArrayList<>(2));
      List<String> add = split(r.get("names"), '|');
      if ("NISBA".equals(cur.get("kind"))) {
        List<String> gen = new ArrayList<>();
        for (String b : split(r.get("base"), '|')) {
          gen.addAll(Nisba.forms(b));
          for (String a : Nisba.accusative(b)) {
            accusatives.add(key(a));
            gen.add(a);
          }
        }
        gen.addAll(add);
        add = gen;
      }
      for (String n : add) {
        if (n.startsWith("-")) {
          ns.remove(n.substring(1));
        } else if (!ns.contains(n)) {
          ns.add(n);
        }
      }
    }

    private KbEntry entry(String id, Map<String, String> r, Map<String, KbEntry> done) {
      try {
        KbEntry.Kind kind = KbEntry.Kind.valueOf(r.get("kind"));
        String t = r.get("type");
        EntityType type = t != null ? EntityType.valueOf(t) : defaultType(kind);
        String country = r.get("country");
        String name = r.get("name");
        if (name == null && kind == KbEntry.Kind.NISBA && country != null) {
          Map<String, String> c = rows.get("iso3:" + country);
          name = c == null ? null : c.getOrDefault("demonym", c.get("name"));
        }
        List<Term> terms = new ArrayList<>();
        for (String term : split(r.get("terms"), ';')) {
          String[] f = Arrays.copyOf(term.split(",", -1), 5);
          terms.add(new Term(blank(f[0]), blank(f[1]), blank(f[2]), day(f[3]), day(f[4])));
        }
        if (terms.isEmpty() && (r.get("from") != null || r.get("role") != null) && kind == KbEntry.Kind.PERSON) {
          terms.add(new Term(country, r.get("sector"), r.get("role"), day(r.get("from")), day(r.get("to"))));
        }
        return new KbEntry(id, kind, type, name, country, r.get("sector"), dbl(r.get("lat")), dbl(r.get("lon")),
            r.get("precision"), lng(r.get("geonames")), r.get("role"), lng(r.get("population")), terms,
            names.getOrDefault(id, List.of()));
      } catch (RuntimeException ex) {
        throw new IllegalStateException("knowledge base " + dir + ": bad entry " + id + ": " + ex.getMessage(), ex);
      }
    }

    private static EntityType defaultType(KbEntry.Kind k) {
      switch (k) {
        case COUNTRY: case CAPITAL: case CITY: return EntityType.GPE;
        case REGION: return EntityType.LOC;
        case PERSON: return EntityType.PER;
        case NISBA: case TITLE: return EntityType.MISC;
        default: return EntityType.ORG;
      }
    }

    private List<Map<String, String>> readTsv(String file) {
      List<Map<String, String>> out = new ArrayList<>();
      String[] header = null;
      for (String line : readLines(file)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = cells;
          continue;
        }
        Map<String, String> r = new HashMap<>();
        for (int i = 0; i < header.length && i < cells.length; i++) {
          String v = cells[i].strip();
          if (!v.isEmpty()) {
            r.put(header[i].strip(), v);
          }
        }
        out.add(r);
      }
      return out;
    }

    private List<String> readLines(String file) {
      String path = dir + file;
      InputStream in = KnowledgeBase.class.getResourceAsStream(path);
      if (in == null) {
        throw new IllegalStateException("knowledge base resource missing: " + path);
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
        for (String l = r.readLine(); l != null; l = r.readLine()) {
          lines.add(l);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("knowledge base resource unreadable: " + path, e);
      }
      return lines;
    }

    private static List<String> split(String s, char sep) {
      if (s == null || s.isBlank()) {
        return List.of();
      }
      List<String> out = new ArrayList<>(4);
      int from = 0;
      int n = s.length();
      while (from <= n) {
        int to = s.indexOf(sep, from);
        if (to < 0) {
          to = n;
        }
        String q = s.substring(from, to).strip();
        if (!q.isEmpty()) {
          out.add(q);
        }
        from = to + 1;
      }
      return out;
    }

    private static String blank(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }

    /** An ISO day; {@code yyyy-mm-dd} is read directly (LocalDate.parse's formatter is slow before warm-up). */
    private static LocalDate day(String s) {
      if (s == null || s.isBlank()) {
        return null;
      }
      String d = s.strip();
      if (d.length() == 10 && d.charAt(4) == '-' && d.charAt(7) == '-' && digits(d, 0, 4) && digits(d, 5, 7)
          && digits(d, 8, 10)) {
        return LocalDate.of(Integer.parseInt(d, 0, 4, 10), Integer.parseInt(d, 5, 7, 10),
            Integer.parseInt(d, 8, 10, 10));
      }
      return LocalDate.parse(d);
    }

    private static boolean digits(String s, int from, int to) {
      for (int i = from; i < to; i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private static Double dbl(String s) {
      return s == null ? null : Double.valueOf(s);
    }

    private static Long lng(String s) {
      return s == null ? null : Long.valueOf(s);
    }
  }
}
