package org.marsad.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Sentence;
import org.marsad.model.Stage;
import org.marsad.model.Token;

/**
 * Finds the knowledge base's names in a tokenised document: countries, nisba adjectives, capitals, cities,
 * regions, organisations, outlets and people.
 *
 * <p>Rules:
 * <ol>
 *   <li>longest match first, over normalised tokens, within one sentence (up to {@link KnowledgeBase#MAX_TOKENS}
 *       tokens); the first token may carry proclitics (و ف ب ل ك, «لل»): «والأمريكية»، «بباكو»، «لأذربيجان»;</li>
 *   <li>the entity covers whole tokens as written, clitics included, so {@code text == input[start:end]};</li>
 *   <li>a one-word city that is a stop word or a frequent common word never fires, nor does a clitic-stripped
 *       word that is itself a common word, nor a small city behind a proclitic; a city known only by a weak name
 *       (a small foreign town named like a person) fires only after a place noun (مدينة، بلدة، قرية ...);</li>
 *   <li>an ambiguous name (طرابلس: Libya or Lebanon) takes the reading whose country the document names elsewhere,
 *       else the knowledge base's default (its first entry);</li>
 *   <li>a one-word match written with tanween («دوماً») is a common word, not a name, unless it is a nisba in the
 *       accusative («فلسطينياً»), or a country name in «يا» read as its nisba («دبلوماسياً روسياً»); so is such a
 *       country name without tanween right after an indefinite accusative noun of people or bodies («جنديا
 *       بريطانيا», «23 دبلوماسيا روسيا»; session 14);</li>
 *   <li>a curated person named in full elsewhere in the document is also found by the last word of the name alone
 *       («وقال بلينكن»), unless that word is short (خان), bound to the word before (عبد الرحمن), a given name
 *       (حسين), the surname of another person too (المالكي) or a name of something else;</li>
 *   <li>types: people PER; organisations, groups, institutions and outlets ORG; countries, capitals and cities GPE;
 *       regions LOC (or GPE where the data says so); nisba adjectives MISC with their country;</li>
 *   <li>people take the country and sector of their term at the document's published date (else their latest);</li>
 *   <li>entities are numbered E1, E2 ... in text order; {@code source} is {@code kb}.</li>
 * </ol>
 * Titles and role nouns are not entities; see {@link KnowledgeBase#title}.
 */
public final class GazetteerRecognizer implements Stage {
  /** The {@code source} of every entity this stage makes. */
  public static final String SOURCE = "kb";

  /** Shortest surname found alone (shorter ones, such as «خان», are too often other words). */
  static final int MIN_SURNAME = 4;
  /** Words that bind the next word into a compound name (عبد الرحمن، أبو الغيط، بن سلمان): no alias then. */
  public static final Set<String> NAME_PARTICLES = Set.of("عبد", "ابو", "ابي", "بن", "ابن", "ال", "ولد", "دي", "دا", "فون",
      "فان", "لا", "لو", "بو");
  static final char FATHATAN = '\u064B';
  static final char KASRATAN = '\u064D';

  private static volatile GazetteerRecognizer standard;

  private final KnowledgeBase kb;

  /** A recogniser over {@code kb}. */
  public GazetteerRecognizer(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The recogniser over {@link KnowledgeBase#standard()}. */
  public static GazetteerRecognizer standard() {
    GazetteerRecognizer g = standard;
    if (g == null) {
      synchronized (GazetteerRecognizer.class) {
        g = standard;
        if (g == null) {
          g = new GazetteerRecognizer(KnowledgeBase.standard());
          standard = g;
        }
      }
    }
    return g;
  }

  @Override
  public Document apply(Document doc) {
    List<Token> tokens = doc.tokens();
    List<KbMatch> matches = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>();
    if (doc.sentences().isEmpty()) {
      ranges.add(new int[] {0, tokens.size()});
    } else {
      for (Sentence s : doc.sentences()) {
        ranges.add(new int[] {s.firstToken(), s.endToken()});
      }
    }
    boolean[] covered = new boolean[tokens.size()];
    for (int[] r : ranges) {
      int i = r[0];
      while (i < r[1]) {
        boolean cue = i > r[0] && KnowledgeBase.isPlaceCue(tokens.get(i - 1).norm());
        Optional<KbMatch> m = kb.match(tokens, i, r[1], KnowledgeBase.NAMES, cue);
        if (m.isPresent() && m.get().length() == 1 && (hasTanween(tokens.get(i).text())
            || i > r[0] && ACCUSATIVE_HEADS.contains(tokens.get(i - 1).norm()) && tokens.get(i).norm().endsWith(COUNTRY_YA)
            && m.get().best().kind() == KbEntry.Kind.COUNTRY)) {
          m = accusativeNisba(m.get(), tokens.get(i).norm());
        }
        if (m.isPresent() && m.get().best().kind() == KbEntry.Kind.CITY && hyphenated(tokens, m.get(), r[0], r[1])) {
          m = Optional.empty();
        }
        if (m.isPresent()) {
          matches.add(m.get());
          for (int k = m.get().start(); k < m.get().end(); k++) {
            covered[k] = true;
          }
          i = m.get().end();
        } else {
          i++;
        }
      }
    }
    Set<String> countries = new HashSet<>();
    for (KbMatch m : matches) {
      if (unambiguousCountry(m) != null) {
        countries.add(unambiguousCountry(m));
      }
    }
    List<Entity> out = new ArrayList<>();
    Map<String, KbEntry> surnames = new HashMap<>();
    for (KbMatch m : matches) {
      KbEntry e = choose(m, countries);
      out.add(entity(doc, tokens, m.start(), m.end(), e));
      if (e.kind() == KbEntry.Kind.PERSON && m.length() >= 2 && kb.isCurated(e)) {
        String last = tokens.get(m.end() - 1).norm();
        String before = tokens.get(m.end() - 2).norm();
        if (last.length() >= MIN_SURNAME && !NAME_PARTICLES.contains(before) && !kb.isStopword(last)
            && !kb.isGivenName(last) && !kb.isSharedSurname(last) && kb.lookup(last).isEmpty()) {
          surnames.putIfAbsent(last, e);
        }
      }
    }
    if (!surnames.isEmpty()) {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (covered[i] || t.kind() != Token.Kind.WORD) {
          continue;
        }
        for (String c : Clitics.prefixCandidates(t.norm())) {
          KbEntry p = surnames.get(c);
          if (p != null) {
            out.add(entity(doc, tokens, i, i + 1, p));
            break;
          }
        }
      }
      out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
    List<Entity> numbered = new ArrayList<>(out.size());
    for (Entity e : out) {
      numbered.add(e.withId("E" + (numbered.size() + 1)));
    }
    return doc.withEntities(numbered);
  }

  /** The hyphen that joins the parts of a compound name («بار-سانغوني»). */
  static final String HYPHEN = "-";

  /**
   * True when a hyphen is glued to the match on one side and to another word on its other side («قاعدة "بار-سانغوني"»):
   * the city's name is then part of a longer name.
   */
  static boolean hyphenated(List<Token> tokens, KbMatch m, int from, int to) {
    int a = m.start();
    int b = m.end();
    if (b + 1 < to && tokens.get(b).text().equals(HYPHEN) && tokens.get(b).start() == tokens.get(b - 1).end()
        && tokens.get(b + 1).start() == tokens.get(b).end() && tokens.get(b + 1).kind() == Token.Kind.WORD) {
      return true;
    }
    return a - 2 >= from && tokens.get(a - 1).text().equals(HYPHEN) && tokens.get(a - 1).end() == tokens.get(a).start()
        && tokens.get(a - 2).end() == tokens.get(a - 1).start() && tokens.get(a - 2).kind() == Token.Kind.WORD;
  }

  /**
   * The nisba reading of a one-word match written with tanween: a nationality adjective in the accusative
   * («فلسطينياً», «إيرانياً») keeps its nisba entries, and a country name ending in «يا» is its state's nisba
   * («دبلوماسياً روسياً», «بريطانياً»: a country's name takes no tanween); anything else is a common word
   * («دوماً»), no name.
   */
  private Optional<KbMatch> accusativeNisba(KbMatch m, String norm) {
    List<KbEntry> nisbas = new ArrayList<>();
    for (KbEntry e : m.entries()) {
      if (e.kind() == KbEntry.Kind.NISBA) {
        nisbas.add(e);
      }
    }
    if (nisbas.isEmpty() && m.best().kind() == KbEntry.Kind.COUNTRY && norm.endsWith(COUNTRY_YA)) {
      kb.byId(NISBA_PREFIX + m.best().country()).ifPresent(nisbas::add);
    }
    return nisbas.isEmpty() ? Optional.empty() : Optional.of(new KbMatch(m.start(), m.end(), nisbas, m.clitic()));
  }

  /**
   * Indefinite accusative nouns of people and bodies, written without their tanween (normalised): a country name in
   * «يا» right after one is its nisba («طرد 23 دبلوماسيا روسيا», «إن جنديا بريطانيا قتل»; session 14).
   */
  static final Set<String> ACCUSATIVE_HEADS = Set.of("دبلوماسيا", "جنديا", "مواطنا", "ضابطا", "صحفيا", "صحافيا",
      "عسكريا", "مسوولا", "وفدا", "بنكا", "مصرفا", "لاجيا", "طالبا", "رجلا", "شابا", "طفلا", "مدنيا", "سايحا",
      "ناشطا", "مقاتلا", "رياضيا", "لاعبا", "فريقا", "منتخبا", "سفيرا", "مراسلا", "طيارا", "جاسوسا", "معارضا",
      "سجينا", "اسيرا", "زورقا", "قاربا", "مستشارا", "موظفا", "عاملا", "بحارا", "مهاجرا");

  /** The ending «يا» of country names whose masculine accusative nisba is written alike (روسيا، بريطانيا، سوريا). */
  static final String COUNTRY_YA = "\u064A\u0627";
  /** Id prefix of nisba entries. */
  static final String NISBA_PREFIX = "nisba:";

  /** Names take no tanween in news text; a word written with it («دوماً») is an adverb or a common noun. */
  static boolean hasTanween(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= FATHATAN && c <= KASRATAN) {
        return true;
      }
    }
    return false;
  }

  private static String unambiguousCountry(KbMatch m) {
    String c = m.best().country();
    for (KbEntry e : m.entries()) {
      if (e.country() == null || !e.country().equals(c)) {
        return null;
      }
    }
    return c;
  }

  private static KbEntry choose(KbMatch m, Set<String> countries) {
    KbEntry best = m.best();
    if (m.entries().size() == 1 || (best.country() != null && countries.contains(best.country()))) {
      return best;
    }
    for (KbEntry e : m.entries()) {
      if (e.country() != null && countries.contains(e.country())) {
        return e;
      }
    }
    return best;
  }

  private static Entity entity(Document doc, List<Token> tokens, int from, int to, KbEntry e) {
    return linked(doc, tokens.get(from).start(), tokens.get(to - 1).end(), e, SOURCE);
  }

  /**
   * The entity of entry {@code e} over characters {@code start..end} of {@code doc}, made as this stage makes its
   * own (a person's country and sector from the term at the published date; IGOs with no country), found by
   * {@code source}.
   */
  public static Entity linked(Document doc, int start, int end, KbEntry e, String source) {
    String country = e.country();
    String sector = e.sector();
    if (e.kind() == KbEntry.Kind.PERSON) {
      Optional<Term> t = e.termAt(doc.published());
      if (t.isPresent()) {
        country = t.get().country() != null ? t.get().country() : country;
        sector = t.get().sector() != null ? t.get().sector() : sector;
      }
    }
    String name = e.name() != null ? e.name() : e.names().isEmpty() ? null : e.names().get(0);
    EntityType type = e.type();
    return new Entity(null, type, doc.text().substring(start, end), start, end, name,
        e.kind() == KbEntry.Kind.IGO ? null : country, e.id(), e.lat(), e.lon(), sector, source);
  }
}
