package org.marsad.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Attribution;
import org.marsad.model.Count;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.model.Place;
import org.marsad.model.Quote;
import org.marsad.model.Span;

/**
 * Robustness of {@code Marsad.standard().extract} over hostile input: no exception escapes, every span is
 * inside the text and quotes it exactly, and every enumerated field holds a marsad/1 value.
 * The default tier runs ~150 tries per property; {@code -Dmarsad.slow=true} adds 2,000-try variants.
 */
class ExtractorFuzzTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);
  private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
      "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
  private static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "CVL", "MED", "IGO", "NGO",
      "BUS", "JUD", "POL", "REL", "UAF");
  private static final Set<String> NUMBER_KINDS = Set.of("killed", "injured", "arrested", "displaced", "missing");
  private static final Set<String> QUALIFIERS = Set.of("exact", "at_least", "more_than", "about", "up_to");
  private static final Pattern ISO3 = Pattern.compile("^[A-Z]{3}$");

  /** Sentences written for this test (not from any corpus). */
  private static final String[] SENTENCES = {
      "قصفت الطائرات الحربية بلدة في ريف حلب صباح الأحد.",
      "قتل 20 شخصا على الأقل في غارة جوية استهدفت سوقا شعبيا في غزة.",
      "أدانت الحكومة الأردنية الهجوم ووصفته بأنه انتهاك للقانون الدولي.",
      "وقال المتحدث باسم الجيش إن القوات صدت هجوما على موقع عسكري قرب الحدود.",
      "أصيب أكثر من ثلاثين مدنيا جراء سقوط قذائف على حي سكني في الخرطوم.",
      "اعتقلت قوات الأمن نحو 15 متظاهرا خلال احتجاجات في بغداد أمس.",
      "نفى المتحدث أن تكون الطائرات قد قصفت المستشفى.",
      "وهددت الجماعة المسلحة بشن هجمات جديدة إذا لم تنسحب القوات.",
      "وأفادت مصادر محلية لوكالة الأنباء بأن الاشتباكات استمرت حتى منتصف الليل.",
      "«لن نقبل بهذا العدوان» قال وزير الخارجية في مؤتمر صحفي.",
      "فرضت الولايات المتحدة عقوبات على ثلاثة مسؤولين إيرانيين.",
      "نزح ما لا يقل عن ٥٠٠ عائلة من القرى الحدودية في جنوب لبنان.",
  };
  private static final String[] WORDS = {
      "قصف", "غارة", "قتل", "شخصا", "أدانت", "الحكومة", "الجيش", "هجوم", "في", "على", "من", "صنعاء", "دمشق",
      "Reuters", "AFP", "UN", "Gaza", "20", "٢٠", "1,500", "٣٬٠٠٠", "2.5", "12:30", "2024-03-05", ".", "،", "؟",
      "!", "؛", ":", "«", "»", "\"", "(", ")", "-", "/", "%", "\n", "ـ", "مُحَمَّد", "أ ف ب"};
  private static final char[] INVISIBLES = {
      '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
      '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF'};

  // --- properties: default tier ---

  @Property(tries = 150)
  void anyUnicode(@ForAll("unicode") String text) {
    check(text);
  }

  @Property(tries = 150)
  void mixedScripts(@ForAll("mixed") String text) {
    check(text);
  }

  @Property(tries = 150)
  void invisiblesInNews(@ForAll("newsWithInvisibles") String text) {
    check(text);
  }

  /** Random bytes, invalid UTF-8 included, decoded as a lenient reader would (U+FFFD for each bad sequence). */
  @Property(tries = 150)
  void decodedInvalidUtf8(@ForAll("bytesWithNews") byte[] bytes) {
    check(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Markup passed as text: up to 3,000 nested (often unclosed) tags around news sentences. */
  @Property(tries = 40)
  void deeplyNestedMarkupAsText(@ForAll("nestedMarkup") String text) {
    check(text);
  }

  @Property(tries = 150)
  void controlCharacters(@ForAll("newsWithControls") String text) {
    check(text);
  }

  // --- slow tier (jqwik ignores JUnit's @EnabledIfSystemProperty, hence a skip hook) ---

  /** Runs a property only under {@code -Dmarsad.slow=true}. */
  public static final class SlowOnly implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return "true".equals(System.getProperty("marsad.slow"))
          ? SkipResult.doNotSkip() : SkipResult.skip("slow tier: run with -Dmarsad.slow=true");
    }
  }

  @Property(tries = 2000)
  @AddLifecycleHook(SlowOnly.class)
  void anyUnicodeSlow(@ForAll("unicode") String text) {
    check(text);
  }

  @Property(tries = 2000)
  @AddLifecycleHook(SlowOnly.class)
  void invisiblesInNewsSlow(@ForAll("newsWithInvisibles") String text) {
    check(text);
  }

  @Property(tries = 2000)
  @AddLifecycleHook(SlowOnly.class)
  void mixedScriptsSlow(@ForAll("mixed") String text) {
    check(text);
  }

  // --- hang guards (not performance claims) ---

  @org.junit.jupiter.api.BeforeAll
  static void loadModelsOutsideTheTimedBlocks() {
    Marsad.standard();
  }

  /**
   * A 1 MB single line with no punctuation. The sentence splitter cuts run-on sentences (at most
   * {@code SentenceSplitter.HARD_LIMIT} tokens), so extraction stays linear in the text length.
   */
  @Test
  void longSingleLineCompletes() {
    StringBuilder sb = new StringBuilder(1 << 20);
    String[] words = {"قصف", "غارة", "قتل", "شخصا", "الجيش", "مدينة", "20", "٣٠", "1500", "أكثر", "من"};
    int i = 0;
    while (sb.length() < (1 << 20)) {
      sb.append(words[i++ % words.length]).append(' ');
    }
    completes(sb.toString());
  }

  @Test
  void fiveThousandTriggerSentencesComplete() {
    String text = String.join(" ", java.util.Collections.nCopies(5000,
        "قتل 20 شخصا في غارة جوية على مدينة حلب."));
    completes(text);
  }

  /**
   * Extracts {@code text} on a separate thread: a hang fails after {@link #WALL_LIMIT} of wall time,
   * and the work must cost under {@link #CPU_LIMIT} of that thread's CPU time, which a loaded machine
   * does not inflate (a quadratic pass over 1 MB would).
   */
  private static void completes(String text) {
    long cpuNanos = assertTimeoutPreemptively(WALL_LIMIT, () -> {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long start = threads.getCurrentThreadCpuTime();
      check(text);
      return threads.getCurrentThreadCpuTime() - start;
    });
    assertThat(Duration.ofNanos(cpuNanos)).isLessThan(CPU_LIMIT);
  }

  private static final Duration WALL_LIMIT = Duration.ofMinutes(5);
  private static final Duration CPU_LIMIT = Duration.ofSeconds(60);

  // --- generators ---

  @Provide
  Arbitrary<String> unicode() {
    // any UTF-16 code unit, including unpaired surrogates, plus valid supplementary-plane code points
    Arbitrary<String> unit = Arbitraries.chars().all().map(String::valueOf);
    Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, unit), net.jqwik.api.Tuple.of(1, astral))
        .list().ofMaxSize(300).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> mixed() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of(WORDS),
        Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withChars(".,;:!?()[]{}«»\"'-_/\\%،؛؟٪٫٬").ofMinLength(1).ofMaxLength(3));
    Arbitrary<String> sep = Arbitraries.of(" ", " ", "", "\n", "\t");
    return Combinators.combine(piece, sep).as((p, s) -> p + s).list().ofMaxSize(80)
        .map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<byte[]> bytesWithNews() {
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
    Arbitrary<byte[]> news = Arbitraries.of(SENTENCES).map(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Arbitrary<byte[]> invalid = Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xE2, (byte) 0x82},
        new byte[] {(byte) 0xF0, (byte) 0x90, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xC0,
        (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {0, 0, 0});
    return Arbitraries.oneOf(noise, news, invalid).list().ofMaxSize(30).map(parts -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      parts.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  @Provide
  Arbitrary<String> nestedMarkup() {
    Arbitrary<Integer> depth = Arbitraries.integers().between(1, 3000);
    Arbitrary<String> tag = Arbitraries.of("div", "p", "span", "li", "table", "b", "a href=\"x\"", "font");
    Arbitrary<Boolean> closed = Arbitraries.of(true, false);
    return Combinators.combine(depth, tag, closed, Arbitraries.of(SENTENCES)).as((d, t, c, news) -> {
      String name = t.split(" ")[0];
      return ("<" + t + ">").repeat(d) + news + (c ? ("</" + name + ">").repeat(d) : "");
    });
  }

  @Provide
  Arbitrary<String> newsWithInvisibles() {
    return splice(Arbitraries.of(INVISIBLES).map(String::valueOf));
  }

  @Provide
  Arbitrary<String> newsWithControls() {
    Arbitrary<String> control = Arbitraries.oneOf(
        Arbitraries.chars().range('\u0000', '\u001F'),
        Arbitraries.chars().range('\u007F', '\u009F'),
        Arbitraries.of('\u2028', '\u2029', '\u0085')).map(String::valueOf);
    return splice(control);
  }

  /** One to five news sentences with 0-20 insertions of {@code insert} at random positions. */
  private static Arbitrary<String> splice(Arbitrary<String> insert) {
    Arbitrary<String> news = Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(5)
        .map(l -> String.join(" ", l));
    Arbitrary<List<Double>> positions = Arbitraries.doubles().between(0, 1).list().ofMaxSize(20);
    Arbitrary<List<String>> inserts = insert.list().ofSize(20);
    return Combinators.combine(news, positions, inserts).as((text, pos, ins) -> {
      StringBuilder sb = new StringBuilder(text);
      for (int i = 0; i < pos.size(); i++) {
        sb.insert((int) (pos.get(i) * sb.length()), ins.get(i));
      }
      return sb.toString();
    });
  }

  // --- invariant check ---

  private static void check(String text) {
    Document out = Marsad.standard().extract(Document.of("fuzz", text, PUBLISHED, null, null, null));
    assertThat(out).isNotNull();
    assertThat(out.text()).isEqualTo(text);
    for (Entity e : out.entities()) {
      span(text, "entity", e.text(), e.start(), e.end());
      assertCountry(e.country());
      if (e.sector() != null) {
        assertThat(SECTORS).as("entity sector").contains(e.sector());
      }
    }
    for (Event ev : out.events()) {
      assertThat(PLOVER).as("event type").contains(ev.type());
      assertThat(ev.factuality()).as("factuality").isNotNull();
      span(text, "sentence", ev.sentence());
      if (ev.trigger() != null) {
        span(text, "trigger", ev.trigger().text(), ev.trigger().start(), ev.trigger().end());
      }
      participant(text, "actor", ev.actor());
      participant(text, "recipient", ev.recipient());
      Place p = ev.location();
      if (p != null) {
        span(text, "location", p.text(), p.start(), p.end());
        assertCountry(p.country());
      }
      for (Attribution a : ev.attribution()) {
        span(text, "attribution", a.text(), a.start(), a.end());
      }
      Quote q = ev.quote();
      if (q != null) {
        span(text, "quote", q.text(), q.start(), q.end());
        participant(text, "speaker", q.speaker());
      }
      for (Span m : ev.mentions()) {
        span(text, "mention", m);
      }
      for (Map.Entry<String, Count> n : ev.numbers().entrySet()) {
        assertThat(NUMBER_KINDS).as("number kind").contains(n.getKey());
        assertThat(n.getValue()).isNotNull();
        assertThat(QUALIFIERS).as("qualifier").contains(n.getValue().qualifier());
        assertThat(n.getValue().value()).as("number value").isNotNegative();
      }
    }
  }

  private static void participant(String text, String what, Participant p) {
    if (p == null) {
      return;
    }
    span(text, what, p.text(), p.start(), p.end());
    assertCountry(p.country());
    if (p.sector() != null) {
      assertThat(SECTORS).as(what + " sector").contains(p.sector());
    }
  }

  private static void span(String text, String what, Span s) {
    assertThat(s).as(what).isNotNull();
    assertThat(s.start()).as(what + " start").isBetween(0, text.length());
    assertThat(s.end()).as(what + " end").isBetween(s.start(), text.length());
  }

  private static void span(String text, String what, String quoted, int start, int end) {
    assertThat(start).as(what + " start").isBetween(0, text.length());
    assertThat(end).as(what + " end").isBetween(start, text.length());
    assertThat(quoted).as(what + " text").isEqualTo(text.substring(start, end));
  }

  private static void assertCountry(String country) {
    if (country != null) {
      assertThat(country).as("country").matches(ISO3);
    }
  }
}
