package org.marsad.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.marsad.model.Count;
import org.marsad.model.Token;
import org.marsad.numbers.NumberParser;
import org.marsad.numbers.NumberParser.Quantity;

/**
 * Reads casualty counts (killed, injured, arrested, missing, displaced) from one sentence.
 *
 * <p>Rules:
 * <ol>
 *   <li>a casualty word is a trigger flagged {@code kill}, {@code injure}, {@code arrest}, {@code missing} or
 *       {@code displace} («قتل», «مقتل», «أصيب», «جرحى», «اعتقال»);</li>
 *   <li>its count is the first quantity within {@value #WINDOW} tokens after it («قُتل أكثر من 20 شخصًا»,
 *       «ارتفعت حصيلة القتلى إلى 100»), before any other casualty word; or the quantity right before a casualty
 *       noun («70 قتيلا»), or before the counted noun right before a casualty verb with no casualty word before the
 *       count («110 فلسطينيين قتلوا», «ثلاثة من جنوده قتلوا»); or a dual noun for people after it («قُتل فلسطينيان» = 2), or the casualty noun itself in the indefinite dual
 *       («مقتل أربعة وجريحين»: 2 injured; «إسعاف الجريحين» refers back and counts nothing); or «آخر» or «أحد/إحدى»
 *       («قتل أحد المارة») right after it (1);</li>
 *   <li>a casualty word right after a negation («دون وقوع إصابات») counts nothing;</li>
 *   <li>a quantity before a unit of time is an age or a duration, no count («طفل يبلغ من العمر 13 عاما»), and
 *       a year is none either («بين 1975 و1990», «عام 2014»);</li>
 *   <li>a quantity before a unit of measure or money is a distance, a weight, a sum or a share, no count
 *       («إصابة أهداف على مسافة 350 كيلومترا», «قتل بصاروخ يصل مداه 70 كم»);</li>
 *   <li>a quantity before a thing struck, launched or taken is no count either («الضربات أصابت 18 هدفا»,
 *       «بمقتل وإصابة عدد منهم ثم السيطرة على 3 مواقع»);</li>
 *   <li>civilians: «بينهم/منهم» after the count, then a quantity followed by a civilian noun, or a dual civilian
 *       noun («بينهم مدنيان» = 2);</li>
 *   <li>a count of killed or injured near «منذ» + a start is a cumulative toll and counts nothing («وقتل 38
 *       فلسطينيا منذ أواخر مارس», «منذ بدء الهجوم قتل أكثر من 150 مدنيا»; not after a superlative: «في حصيلة هي
 *       الأكثر دموية منذ بدء الهجوم»);</li>
 *   <li>the first count of each kind in the sentence wins; vague words («عشرات») are no numbers;</li>
 *   <li>with no killed counted at a trigger word, a count after «راح ضحيته» or «أودى بحياة» is the killed
 *       ({@link #tookLives}, session 21).</li>
 * </ol>
 */
final class CasualtyCounter {
  static final int WINDOW = 7;
  static final String[] KINDS = {"kill", "injure", "arrest", "missing", "displace"};
  /** Indexes into {@link #KINDS} ({@link #kindOf}'s values). */
  static final int KILL = 0;
  static final int INJURE = 1;
  static final int ARREST = 2;

  /** True for a word of killing or injuring (not arrest, missing or displacement). */
  static boolean harms(TriggerLexicon.Entry e) {
    int k = kindOf(e);
    return k == KILL || k == INJURE;
  }
  static final String[] JSON = {"killed", "injured", "arrested", "missing", "displaced"};

  private static final java.util.Set<String> CIVILIAN_STOP = java.util.Set.of(".", ";", "واصيب", "واصابه");

  private final Cues cues;

  CasualtyCounter(Cues cues) {
    this.cues = cues;
  }

  /** Casualty class index of a trigger, or -1. */
  static int kindOf(TriggerLexicon.Entry e) {
    for (int k = 0; k < KINDS.length; k++) {
      if (e.has(KINDS[k])) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The counts of a sentence by JSON key, with the first token of the casualty word each count was read at.
   *
   * @param counts counts by JSON key («killed», «injured», ...)
   * @param wordAt first token of each count's casualty word, by the same key
   */
  record Read(Map<String, Count> counts, Map<String, Integer> wordAt) {
  }

  /** Counts by JSON key in sentence tokens {@code [from, to)} given the sentence's trigger matches. */
  Map<String, Count> count(List<Token> tokens, int from, int to, List<TriggerLexicon.Match> matches) {
    return read(tokens, from, to, matches).counts();
  }

  /** Counts by JSON key in sentence tokens {@code [from, to)}, with the casualty word each one belongs to. */
  Read read(List<Token> tokens, int from, int to, List<TriggerLexicon.Match> matches) {
    List<Quantity> qs = withoutDurations(tokens, NumberParser.INSTANCE.findAll(tokens, from, to), to);
    Map<String, Count> out = new LinkedHashMap<>();
    Map<String, Integer> wordAt = new LinkedHashMap<>();
    for (int mi = 0; mi < matches.size(); mi++) {
      TriggerLexicon.Match m = matches.get(mi);
      int kind = kindOf(m.entry());
      if (kind < 0 || out.containsKey(JSON[kind]) || negatedBefore(tokens, m.first(), from, 2)
          || kind != ARREST && cumulative(tokens, m, from, to)) {
        continue;
      }
      int limit = Math.min(to, m.end() + WINDOW);
      for (int mj = mi + 1; mj < matches.size(); mj++) {
        if (kindOf(matches.get(mj).entry()) >= 0 && matches.get(mj).first() >= m.end()) {
          limit = Math.min(limit, matches.get(mj).first());
          break;
        }
      }
      long value = -1;
      String qualifier = "exact";
      int after = -1;
      for (Quantity q : qs) {
        if (q.endToken() == m.first() || m.entry().verb() && q.endToken() == m.first() - 1
            && tokens.get(q.endToken()).kind() == Token.Kind.WORD && noCasualtyBefore(matches, mi, q.firstToken())
            || m.entry().verb() && q.endToken() == m.first() - 2 && tokens.get(q.endToken()).norm().equals("من")
            && tokens.get(m.first() - 1).kind() == Token.Kind.WORD && noCasualtyBefore(matches, mi, q.firstToken())) {
          value = q.value(); // «70 قتيلا», «110 فلسطينيين قتلوا»
          qualifier = q.qualifier().json();
          after = m.end();
          break;
        }
      }
      if (value < 0) {
        for (Quantity q : qs) {
          if (q.firstToken() >= m.end() && q.firstToken() < limit) {
            value = q.value();
            qualifier = q.qualifier().json();
            after = q.endToken();
            break;
          }
        }
      }
      if (value < 0 && m.end() - m.first() == 1 && !m.entry().verb() && !definite(tokens.get(m.first()).norm())) {
        OptionalLong d = NumberParser.INSTANCE.dualOf(tokens.get(m.first()));
        if (d.isPresent()) {
          value = d.getAsLong(); // «قتيلان», «وجريحين»
          after = m.end();
        }
      }
      if (value < 0) {
        for (int k = m.end(); k < Math.min(limit, m.end() + 3); k++) {
          OptionalLong d = NumberParser.INSTANCE.dualOf(tokens.get(k));
          if (d.isPresent()) {
            value = d.getAsLong();
            after = k + 1;
            break;
          }
        }
      }
      if (value < 0 && m.end() < to) {
        String n = tokens.get(m.end()).norm();
        boolean anyone = (n.equals("احد") || n.equals("اي")) && negatedBefore(tokens, m.first(), from, ANYONE_REACH);
        if (!anyone && (n.equals("اخر") || n.equals("اخري") || n.equals("احد") || n.equals("احدي")
            || NumberParser.INSTANCE.singularOne(tokens.get(m.end())).isPresent() && kind != 2)) {
          value = 1;
          after = m.end() + 1;
        }
      }
      if (value < 0) {
        continue;
      }
      out.put(JSON[kind], new Count(value, qualifier, civilians(tokens, after, to, qs)));
      wordAt.put(JSON[kind], m.first());
    }
    if (!out.containsKey(JSON[KILL])) {
      tookLives(tokens, from, to, qs, matches, out, wordAt);
    }
    return new Read(out, wordAt);
  }

  /** First words (normalised) of the phrases «راح ضحيته» and «أودى بحياة», with or without «و». */
  private static final java.util.Set<String> FELL_VERBS = java.util.Set.of("راح", "وراح", "ذهب", "وذهب");
  private static final java.util.Set<String> TOOK_VERBS = java.util.Set.of("اودي", "اودت", "واودي", "واودت", "يودي",
      "تودي", "ليودي", "لتودي");

  /**
   * Rule (session 21): the killed of a sentence whose trigger words gave none are counted after «راح ضحيته/ضحيتها»
   * or «أودى/أودت بحياة» («مجزرة راح ضحيتها أكثر من 60 فلسطينيا», «هجوم أودى بحياة ستة عناصر», «والتي راح ضحيتها
   * شخصين»): a dual noun right after the phrase, else the first quantity within {@value #WINDOW} words after it and
   * before another casualty word («راح ضحيتها شخصين وإصابة أربعة»); not a cumulative toll («منذ بدء الحرب»). The count is read at the phrase, which is no attack's mention, so it goes to
   * the sentence's attacks as {@link CountOwners} gives counts of no mention.
   */
  private void tookLives(List<Token> tokens, int from, int to, List<Quantity> qs, List<TriggerLexicon.Match> matches,
                         Map<String, Count> out, Map<String, Integer> wordAt) {
    for (int i = from; i + 2 < to; i++) {
      String n = tokens.get(i).norm();
      String next = tokens.get(i + 1).norm();
      if (!(FELL_VERBS.contains(n) && next.startsWith("ضحيت") || TOOK_VERBS.contains(n) && next.equals("بحياه"))
          || cumulativeAt(tokens, i, i + 2, from, to)) {
        continue;
      }
      OptionalLong d = NumberParser.INSTANCE.dualOf(tokens.get(i + 2));
      if (d.isPresent()) {
        out.put(JSON[KILL], new Count(d.getAsLong(), "exact", civilians(tokens, i + 3, to, qs))); // «شخصين»
        wordAt.put(JSON[KILL], i);
        return;
      }
      int limit = Math.min(to, i + 2 + WINDOW);
      for (TriggerLexicon.Match m : matches) {
        if (kindOf(m.entry()) >= 0 && m.first() >= i + 2) {
          limit = Math.min(limit, m.first()); // not «وإصابة أربعة أشخاص» after it
          break;
        }
      }
      for (Quantity q : qs) {
        if (q.firstToken() >= i + 2 && q.firstToken() < limit) {
          out.put(JSON[KILL], new Count(q.value(), q.qualifier().json(), civilians(tokens, q.endToken(), to, qs)));
          wordAt.put(JSON[KILL], i);
          return;
        }
      }
    }
  }

  /** Words before a casualty word within which a negation makes «أحد/أي» after it «anyone» (session 15). */
  static final int ANYONE_REACH = 4;

  /** Words after «منذ» (normalised) that name the start of a campaign or a war: the toll since then is cumulative. */
  private static final java.util.Set<String> STARTS = java.util.Set.of("بدء", "بدايه", "اندلاع", "انطلاق", "مطلع",
      "اواخر", "اوايل", "عام", "العام");

  /** Superlatives before «منذ» (normalised): «الحصيلة الأكثر دموية منذ بدء الحرب» is the day's toll, not a sum. */
  private static final java.util.Set<String> SUPERLATIVES = java.util.Set.of("الاكثر", "الاعنف", "الاكبر", "الاسوا",
      "الاعلي", "اكبر", "اعنف", "اسوا", "الاشد", "اشد", "الاول", "لاول", "الاخطر", "اخطر", "الاسوء");

  /** Words before «منذ» within which a superlative stands («هو الأكثر دموية في غزة منذ 2014»). */
  static final int SUPERLATIVE_REACH = 5;

  /** Words around a casualty word within which a «منذ» + start makes its count cumulative. */
  static final int SINCE_REACH = 8;

  /**
   * True when «منذ» + a start («منذ بدء الهجوم», «منذ أواخر مارس», «منذ عام 2015», «منذ 2014») stands within
   * {@value #SINCE_REACH} words of the casualty word and no superlative stands in the {@value #SUPERLATIVE_REACH} words before «منذ»:
   * the count is a cumulative toll, not this event's («وقتل 38 فلسطينيا منذ أواخر مارس»).
   */
  private static boolean cumulative(List<Token> tokens, TriggerLexicon.Match m, int from, int to) {
    return cumulativeAt(tokens, m.first(), m.end(), from, to);
  }

  /** {@link #cumulative} for the casualty words at tokens {@code [first, end)}. */
  private static boolean cumulativeAt(List<Token> tokens, int first, int end, int from, int to) {
    for (int k = Math.max(from, first - SINCE_REACH); k < Math.min(to - 1, end + SINCE_REACH); k++) {
      if (!Parts.stripConj(tokens.get(k).norm()).equals("منذ") && !tokens.get(k).norm().equals("منذ")) {
        continue;
      }
      Token next = tokens.get(k + 1);
      boolean start = STARTS.contains(next.norm())
          || next.kind() == Token.Kind.NUMBER && next.norm().length() == 4;
      boolean superlative = false;
      for (int j = Math.max(from, k - SUPERLATIVE_REACH); j < k; j++) {
        superlative |= SUPERLATIVES.contains(tokens.get(j).norm());
      }
      if (start && !superlative) {
        return true;
      }
    }
    return false;
  }

  /** Units of time (normalised): a quantity before one is an age or a duration, never a count of people. */
  private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("عاما", "عام", "اعوام", "سنه", "سنوات",
      "سنين", "شهرا", "شهر", "اشهر", "شهور", "يوما", "يوم", "ايام", "ساعه", "ساعات", "دقيقه", "دقايق", "اسبوعا",
      "اسابيع");

  /** Units of measure and money (normalised): a quantity before one counts no people. */
  private static final java.util.Set<String> MEASURE_UNITS = java.util.Set.of("كيلومتر", "كيلومترا", "كيلومترات",
      "كلم", "كم", "متر", "مترا", "امتار", "سنتيمتر", "ميل", "ميلا", "اميال", "قدم", "هكتار", "دونم", "دونما",
      "كيلوغرام", "كيلوجرام", "كغ", "كجم", "غرام", "طن", "طنا", "اطنان", "لتر", "برميل", "ميغاواط", "دولار",
      "دولارا", "دولارات", "يورو", "جنيه", "جنيها", "ريال", "ريالا", "درهم", "درهما", "دينار", "دينارا", "ليره",
      "ليرات", "روبل", "يوان", "درجه", "درجات");

  /** Things struck, launched or taken (normalised): a quantity before one counts no people («أصابت 18 هدفا»). */
  private static final java.util.Set<String> THINGS = java.util.Set.of("هدف", "هدفا", "اهداف", "موقع", "موقعا",
      "مواقع", "صاروخ", "صاروخا", "صواريخ", "غاره", "غارات", "قذيفه", "قذايف", "ضربه", "ضربات", "مره", "مرات",
      "طايره", "طايرات", "قريه", "قري", "منزل", "منزلا", "منازل", "مباني", "هجمات", "هجوما", "سيارات", "اليات",
      "مركبات", "عبوات", "زوارق", "زورقا");

  /** Words before a year (normalised): «عام 1990», «بين 1975 و1990», «منذ 2011». */
  private static final java.util.Set<String> YEAR_BEFORE = java.util.Set.of("عام", "العام", "عامي", "سنه", "سنتي",
      "بين", "منذ", "حتي", "الي");

  /** Words joining the years of a range (normalised). */
  private static final java.util.Set<String> YEAR_JOINS = java.util.Set.of("و", "-", "–", "الي", "حتي", "/");

  /**
   * True when a four-digit quantity from 1900 to 2100 is a year: after a word of years or a range word, or before
   * the second year of a range («في الحرب الأهلية بين 1975 و1990» killed no 1975 people).
   */
  private static boolean year(List<Token> tokens, Quantity q, int to) {
    if (q.value() < 1900 || q.value() > 2100) {
      return false;
    }
    for (int k = q.firstToken(); k < q.endToken(); k++) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.NUMBER || t.norm().length() != 4) {
        continue;
      }
      if (k > 0 && Parts.inSet(YEAR_BEFORE, tokens.get(k - 1).norm())) {
        return true; // «بين 1975», «عام 2014»
      }
      return k + 2 < to && YEAR_JOINS.contains(tokens.get(k + 1).norm())
          && tokens.get(k + 2).kind() == Token.Kind.NUMBER && tokens.get(k + 2).norm().length() == 4;
    }
    return false;
  }

  /** The quantities not followed by a unit of time or measure («طفل يبلغ من العمر 13 عاما», «(24 عاما)», «منذ 70 عاما»). */
  private static List<Quantity> withoutDurations(List<Token> tokens, List<Quantity> qs, int to) {
    List<Quantity> out = null;
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      boolean duration = q.endToken() < to && (TIME_UNITS.contains(tokens.get(q.endToken()).norm())
          || MEASURE_UNITS.contains(tokens.get(q.endToken()).norm())
          || THINGS.contains(tokens.get(q.endToken()).norm())) || year(tokens, q, to);
      if (duration && out == null) {
        out = new java.util.ArrayList<>(qs.subList(0, i));
      }
      if (!duration && out != null) {
        out.add(q);
      }
    }
    return out == null ? qs : out;
  }

  /** True when no casualty word before match {@code mi} ends at or before token {@code k} (the count is not its). */
  private static boolean noCasualtyBefore(List<TriggerLexicon.Match> matches, int mi, int k) {
    for (int j = 0; j < mi; j++) {
      if (kindOf(matches.get(j).entry()) >= 0 && matches.get(j).end() <= k) {
        return false;
      }
    }
    return true;
  }

  /** True for a word with the article after any conjunction or preposition («الجريحين», «وللقتيلين»). */
  private static boolean definite(String n) {
    String w = n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') ? n.substring(1) : n;
    return w.startsWith("ال") || w.startsWith("لل") || w.startsWith("بال");
  }

  private boolean isVictim(Token t) {
    return cues.is("victim", strip(t.norm()));
  }

  private static String strip(String n) {
    if (n.startsWith("ال") && n.length() > 4) {
      return n.substring(2);
    }
    return n;
  }

  /** True when «دون», «بدون», «عدم», «لم» or «لا» stands within {@code reach} words before token {@code i}. */
  private static boolean negatedBefore(List<Token> tokens, int i, int from, int reach) {
    for (int k = Math.max(from, i - reach); k < i; k++) {
      String n = tokens.get(k).norm();
      if (n.equals("دون") || n.equals("بدون") || n.equals("عدم") || n.equals("لم") || n.equals("لا")) {
        return true;
      }
    }
    return false;
  }

  private Long civilians(List<Token> tokens, int after, int to, List<Quantity> qs) {
    if (after < 0) {
      return null;
    }
    for (int k = after; k < Math.min(to, after + 15); k++) {
      String n = tokens.get(k).norm();
      if (k > after && CIVILIAN_STOP.contains(n)) {
        return null;
      }
      if (!(n.endsWith("بينهم") || n.equals("منهم") || n.equals("بينهما"))) {
        continue;
      }
      for (Quantity q : qs) {
        if (q.firstToken() > k && q.firstToken() <= k + 2 && q.endToken() < to
            && cues.is("civilian", strip(tokens.get(q.endToken()).norm()))) {
          return q.value();
        }
      }
      if (k + 1 < to && cues.is("civilian", strip(tokens.get(k + 1).norm()))) {
        OptionalLong d = NumberParser.INSTANCE.dualOf(tokens.get(k + 1));
        if (d.isPresent()) {
          return d.getAsLong();
        }
      }
      return null;
    }
    return null;
  }
}
