package org.marsad.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.marsad.kb.GazetteerRecognizer;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KbMatch;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Sentence;
import org.marsad.model.Stage;
import org.marsad.model.Offsets;
import org.marsad.model.Token;

/**
 * Adds the statistical model's names to the knowledge base's entities, giving one entity list.
 *
 * <p>Rules:
 * <ol>
 *   <li>the model ({@link NerModel#tagDocument}) tags the sentences in order, with document memory; its spans cover whole tokens as written, clitics
 *       included, so {@code text == input[start:end]};</li>
 *   <li>entities already in the document (the gazetteer's, {@code source="kb"}) keep their ids' data and win:
 *       a model span that overlaps one is dropped;</li>
 *   <li>a span with no word token (only digits or punctuation) is dropped, and so is a one-word MISC span of the
 *       shape of a definite nisba adjective «ال…ي» («الهجوم الكيماوي»): ANERcorp has few such MISC names
 *       («الماساي») and in news they are mostly adjectives;</li>
 *   <li>types: PERS/PER → PER, LOC → LOC, ORG → ORG, anything else → MISC; a span right after a kind-of-place
 *       word («مدينة»، «بلدة»، «قرية»، «محافظة» ...) is LOC;</li>
 *   <li>a person preceded (within four tokens, same sentence) by a title or role noun gets the title's sector (none
 *       after institutions only: «واحتجزت الشرطة X»), and the country of the first country or nationality entity after
 *       that title, or else after the furthest title within six tokens («وزير الخارجية الإيراني X» → IRN, «قائد
 *       القيادة المركزية الأمريكية الجنرال X» → USA); a country after «لدى/إلى» is a posting («السفير البريطاني لدى
 *       واشنطن، السير X» → GBR); the search stops at another person, punctuation but a comma, a verb of saying and
 *       «مع، إن، أن، لكن …»; a nationality right before the name wins («للعميل الروسي X» → RUS) and needs no title
 *       («جند المغربي X» → MAR) (session 20);</li>
 *   <li>a place, organisation or person directly followed by a nationality adjective or in-between country gets its
 *       country («مدينة حلب السورية» → SYR), also after closing quotes and, but for persons, up to two nisba-shaped
 *       adjectives or «غير» («منظمة "X" الحقوقية الإسرائيلية» → ISR) (session 20);</li>
 *   <li>a model person without a country takes that of the same person named elsewhere in the document
 *       ({@link Namesakes});</li>
 *   <li>a person's name of one word that is the surname of a person the gazetteer found in full in the document
 *       («كيم» after «كيم جونغ أون») is that person, also when the model joined it to the name before it
 *       («والتقى بومبيو كيم») ({@link Surnames});</li>
 *   <li>a span whose first word carries a proclitic the gazetteer did not split off («وحيفا», «والنجف») takes the
 *       knowledge-base entry it names without it, as the gazetteer would ({@link CliticNames});</li>
 *   <li>other added entities have {@code source="ner"} and {@code kb} null; all entities are renumbered E1, E2 ... in
 *       text order.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class NerRecognizer implements Stage {
  /** The {@code source} of the entities this stage adds. */
  public static final String SOURCE = "ner";
  private static final int TITLE_WINDOW = 6;
  /** The nearest title within this many tokens gives the sector and first the country. */
  private static final int NEAR_TITLE = 4;
  /** Words that end a title phrase before a name (normalised). */
  private static final Set<String> TITLE_STOPS = Lexicon.normalised("مع", "عن", "إن", "أن", "بين", "الذي",
      "التي", "ضد", "على", "من", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "لكن", "لكنه", "بينما", "فيما", "حيث", "ثم", "أو");
  /** Titles of institutions, not of a person: a name after them alone is their object, not their member. */
  private static final Set<String> INSTITUTIONS = Lexicon.normalised("السلطات", "السلطة", "الحكومة",
      "الشرطة", "الجيش", "القوات", "قوات", "الأجهزة", "المحكمة", "النيابة", "الأمن", "الشركة", "الوزارة");
  /** Words after which a country is where a person is posted, not theirs («السفير البريطاني لدى واشنطن»). */
  private static final Set<String> POSTED = Lexicon.normalised("لدى", "إلى", "الى");
  /** Military ranks: one right after another title and its nationality is another person's («الجنرال كيم»). */
  private static final Set<String> RANKS = Lexicon.normalised("الجنرال", "العقيد", "اللواء", "العميد",
      "الفريق", "المشير", "الأدميرال", "الرائد", "النقيب", "المقدم");
  private static final Set<String> COMMA = Set.of("،", ",");
  private static final Set<String> CLOSERS = Set.of("\"", "»", "”", ")", "'");
  private static final String NOT = "\u063A\u064A\u0631";

  private static final boolean NO_NAMESAKES = Boolean.getBoolean("marsad.ner.noNamesakes");

  private static volatile NerRecognizer standard;

  private final NerModel model;
  private final KnowledgeBase kb;
  private final Lexicon lexicon;

  /** A recogniser with {@code model}, reading titles from {@code kb}. */
  public NerRecognizer(NerModel model, KnowledgeBase kb) {
    this.model = model;
    this.kb = kb;
    this.lexicon = NerResources.features().lexicon();
  }

  /** The recogniser with the bundled model and knowledge base, built once per JVM. */
  public static NerRecognizer standard() {
    NerRecognizer r = standard;
    if (r == null) {
      synchronized (NerRecognizer.class) {
        r = standard;
        if (r == null) {
          r = new NerRecognizer(NerModel.bundled(), KnowledgeBase.standard());
          standard = r;
        }
      }
    }
    return r;
  }

  @Override
  public Document apply(Document doc) {
    List<Token> tokens = doc.tokens();
    if (tokens.isEmpty()) {
      return doc;
    }
    List<Entity> known = doc.entities();
    Entity[] at = new Entity[tokens.size()];
    for (Entity e : known) {
      for (int i = Offsets.firstEndingAfter(tokens, Token::end, e.start());
           i < tokens.size() && tokens.get(i).start() < e.end(); i++) {
        at[i] = e;
      }
    }
    List<int[]> ranges = new ArrayList<>();
    if (doc.sentences().isEmpty()) {
      ranges.add(new int[] {0, tokens.size()});
    } else {
      for (Sentence s : doc.sentences()) {
        ranges.add(new int[] {s.firstToken(), s.endToken()});
      }
    }
    List<Entity> out = new ArrayList<>(known);
    Set<String> named = new HashSet<>();
    for (Entity k : known) {
      if (k.country() != null) {
        named.add(k.country());
      }
    }
    Surnames surnames = Surnames.of(kb, tokens, at);
    List<String[]> sentences = new ArrayList<>(ranges.size());
    for (int[] r : ranges) {
      String[] words = new String[Math.max(0, r[1] - r[0])];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(r[0] + i).text();
      }
      sentences.add(words);
    }
    List<String[]> tagged = model.tagDocument(sentences);
    for (int q = 0; q < ranges.size(); q++) {
      int[] r = ranges.get(q);
      String[] tags = tagged.get(q);
      for (String[] sp : NerEvaluation.entitySpans(java.util.Arrays.asList(tags))) {
        int s = r[0] + Integer.parseInt(sp[0]);
        int e = r[0] + Integer.parseInt(sp[1]);
        boolean joined = e - s == 2 && (sp[2].equals("PER") || sp[2].equals("PERS"))
            && surnames.familyFirst(tokens.get(e - 1).norm()); // «والتقى بومبيو كيم»: two names
        for (int[] part : joined ? new int[][] {{s, s + 1}, {s + 1, e}} : new int[][] {{s, e}}) {
          Entity made = entity(doc, tokens, at, named, surnames, r[0], r[1], part[0], part[1], sp[2]);
          if (made != null) {
            out.add(made);
          }
        }
      }
    }
    if (out.size() == known.size()) {
      return doc;
    }
    out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    if (!NO_NAMESAKES) {
      out = Namesakes.apply(out, tokens);
    }
    List<Entity> numbered = new ArrayList<>(out.size());
    for (Entity x : out) {
      numbered.add(x.withId("E" + (numbered.size() + 1)));
    }
    return doc.withEntities(numbered);
  }

  /** «ال» + at least three letters + «ي» (normalised). */
  static boolean definiteNisba(String norm) {
    return norm.length() >= 6 && norm.startsWith("\u0627\u0644") && norm.endsWith("\u064A");
  }

  /** A definite nisba adjective, masculine or feminine («الحقوقية»، «الرسمي»; normalised «ال…ي»، «ال…يه»). */
  static boolean nisbaShaped(String norm) {
    return definiteNisba(norm) || norm.length() >= 7 && norm.startsWith("\u0627\u0644") && norm.endsWith("\u064A\u0647");
  }

  private Entity entity(Document doc, List<Token> tokens, Entity[] at, Set<String> named, Surnames surnames,
                        int sentStart, int sentEnd, int s, int e, String label) {
    boolean person = label.equals("PERS") || label.equals("PER");
    boolean word = false;
    for (int i = s; i < e; i++) {
      if (at[i] != null) {
        int last = e - 1;
        if (person && i < last && at[last] == null && at[last - 1] != null) {
          return surname(doc, tokens, surnames, last); // «والتقى بومبيو كيم»: the model joined two names
        }
        return null;
      }
      word |= tokens.get(i).kind() == Token.Kind.WORD;
    }
    if (person && e - s == 1) {
      Entity p = surname(doc, tokens, surnames, s);
      if (p != null) {
        return p;
      }
    }
    if (!word || label.equals("MISC") && e - s == 1 && definiteNisba(tokens.get(s).norm())) {
      return null;
    }
    EntityType type = switch (label) {
      case "PERS", "PER" -> EntityType.PER;
      case "LOC" -> EntityType.LOC;
      case "ORG" -> EntityType.ORG;
      default -> EntityType.MISC;
    };
    if (s > sentStart && isKind(tokens.get(s - 1), Lexicon.Kind.LOCW)) {
      type = EntityType.LOC;
    }
    Optional<KbEntry> linked = CliticNames.entry(kb, tokens, s, e, type, named);
    if (linked.isPresent()) {
      return GazetteerRecognizer.linked(doc, tokens.get(s).start(), tokens.get(e - 1).end(), linked.get(), SOURCE);
    }
    String country = null;
    String sector = null;
    if (type == EntityType.PER) {
      boolean office = false;
      int near = -1;
      int far = -1;
      for (int j = s - 1; j >= Math.max(sentStart, s - TITLE_WINDOW); j--) {
        if (at[j] != null && at[j].type() == EntityType.PER || tokens.get(j).kind() == Token.Kind.PUNCT
            && !COMMA.contains(tokens.get(j).text()) || TITLE_STOPS.contains(tokens.get(j).norm())
            || isKind(tokens.get(j), Lexicon.Kind.SAY)) {
          break; // «والملك سلمان قال لأبومازن»: the title is another person's
        }
        Optional<KbMatch> title = kb.title(tokens, j);
        if (title.isPresent() || isKind(tokens.get(j), Lexicon.Kind.TITLE)) {
          if (near < 0 && s - j <= NEAR_TITLE) {
            near = j;
            sector = title.map(m -> m.best().sector()).orElse(null);
          }
          far = j;
          office |= !INSTITUTIONS.contains(tokens.get(j).norm());
        }
      }
      if (!office) {
        sector = null; // «واحتجزت الشرطة ساركوزي»: the name is the institution's object, not its officer
      }
      if (s > sentStart && at[s - 1] != null && at[s - 1].type() == EntityType.MISC && at[s - 1].country() != null
          && !Namesakes.definite(tokens.get(s).norm())) {
        country = at[s - 1].country(); // «للعميل الروسي فيكتور بودوبني», and with no title «جند المغربي هشام الحنفي»
      } else if (far >= 0) {
        country = phraseCountry(tokens, at, near >= 0 ? near : far, s);
        if (country == null && far != near && (near < 0 || !RANKS.contains(tokens.get(near).norm()) || !twoTitles(at, far, near))) {
          // «قائد القيادة المركزية الأمريكية الجنرال جوزيف فوتيل»; not «والتقى الرئيس الكوري الجنوبي الجنرال كيم»,
          // where the further title has its own nationality and is the subject
          country = phraseCountry(tokens, at, far, s);
        }
      }
    }
    if (country == null && e < sentEnd) {
      int k = e;
      while (k < sentEnd && k < e + 2 && CLOSERS.contains(tokens.get(k).text())) {
        k++; // «صحيفة "الصن" البريطانية»
      }
      for (int a = 0; type != EntityType.PER && a < 2 && k < sentEnd && at[k] == null
          && (nisbaShaped(tokens.get(k).norm()) || tokens.get(k).norm().equals(NOT)); a++) {
        k++; // «منظمة "بيتسليم" الحقوقية الإسرائيلية»، «"السلام الآن" غير الحكومية الإسرائيلية»
      }
      if (k < sentEnd && at[k] != null && at[k].type() == EntityType.MISC && at[k].country() != null) {
        country = at[k].country();
      }
    }
    int start = tokens.get(s).start();
    int end = tokens.get(e - 1).end();
    return new Entity("E0", type, doc.text().substring(start, end), start, end, null, country, null, null, null,
        sector, SOURCE);
  }

  /**
   * True when the title at {@code far} and its own nationality are directly followed by the title at {@code near}
   * («والتقى الرئيس الكوري الجنوبي الجنرال كيم»): two people, the further one the subject.
   */
  private static boolean twoTitles(Entity[] at, int far, int near) {
    Entity next = at[far + 1];
    if (next == null || next == at[far] || next.type() != EntityType.MISC || next.country() == null) {
      return false;
    }
    int k = far + 1;
    while (k < near && at[k] == next) {
      k++;
    }
    return k == near;
  }

  /**
   * The country of the first country or nationality entity of a title phrase, from its title {@code head} up to the
   * name at {@code s}, skipping a country after «لدى»/«إلى» (the posting); null if none.
   */
  private static String phraseCountry(List<Token> tokens, Entity[] at, int head, int s) {
    for (int k = head; k < s; k++) {
      if (at[k] != null && at[k].type() != EntityType.PER && at[k].country() != null
          && (k == 0 || !POSTED.contains(tokens.get(k - 1).norm()))) {
        return at[k].country();
      }
    }
    return null;
  }

  /** The entity of the person whose surname token {@code i} is ({@link Surnames}), or null. */
  private static Entity surname(Document doc, List<Token> tokens, Surnames surnames, int i) {
    Token t = tokens.get(i);
    if (t.kind() != Token.Kind.WORD) {
      return null;
    }
    return surnames.person(t.norm()).map(k -> GazetteerRecognizer.linked(doc, t.start(), t.end(), k, SOURCE))
        .orElse(null);
  }

  private boolean isKind(Token t, Lexicon.Kind kind) {
    return t.kind() == Token.Kind.WORD && (lexicon.kindsOf(t.norm()) & (1 << kind.ordinal())) != 0;
  }
}
