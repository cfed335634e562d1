package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KbMatch;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Offsets;
import org.marsad.model.Token;

/**
 * Builds the candidate participants ({@link Part}) of one sentence from the document's entities and the
 * knowledge base's titles.
 *
 * <p>Rules:
 * <ol>
 *   <li>every entity is an item; so is every title or role noun outside entities («الرئيس», «وزير الخارجية»,
 *       «الجيش»), the longest one that ends before the next entity (session 13: «قوات» + «الجيش العراقي», not the
 *       title «قوات الجيش» overlapping the name);</li>
 *   <li>adjacent items join into one part («الحكومة» + «الأمريكية», «الرئيس» + «التركي» + «رجب طيب أردوغان»),
 *       and so do a title and a nisba one or two definite words apart («وزارة» + «النقل» + «الروسية»), or after a
 *       body of up to three words in the construct state (session 12: «رئيس» + «مركز المصالحة» + «الروسي»), and a
 *       title phrase and the person holding it («زعيم الحوثيين» + «عبد الملك الحوثي»);
 *       an item after a place joins only when it is a nisba adjective;</li>
 *   <li>the part's country is that of its first entity with a country, preferring people and armed groups of the
 *       knowledge base, then nisbas, over places («قوات النظام السوري في درعا» stays one part with SYR; «ميليشيات
 *       الحوثي الإيرانية» stays YEM); its sector is the first title's, else the entity's;</li>
 *   <li>a part's preposition is the word before it when that is a preposition, or the clitic «ب»/«ل» on its first
 *       token, unless the letter is the name's own («وبريطانيا», «ولبنان»); a hashtag sign between them is
 *       skipped («في #سوريا»); also (session 10) the «ب» on a person's title («والتقى برئيس الوزراء»: the one met,
 *       not the subject);</li>
 *   <li>a patron named after a group with a country («الحوثي الموالية لإيران», «التابعة لإيران») is no participant,
 *       nor is the seat of an organisation («ومقره بالولايات المتحدة»); nor (session 10) a state named after a tie of
 *       loyalty or backing whatever stands before it («الفصائل الموالية لتركيا», «لقوات مدعومة من الإمارات»: the group
 *       keeps its own country, the backer is no side of what is done to or by it);</li>
 *   <li>«النظام» before a plain adjective is a system, not a regime («النظام المصرفي الإيراني»);</li>
 *   <li>a definite title right after a definite title starts a new part, unless shaped like an adjective
 *       («وطالبت الشركة | السلطات المصرية»; session 10); so does a person's name after a run headed by a definite
 *       body or force («واعتقلت السلطات الإماراتية | الشحي»; session 13);</li>
 *   <li>a one-word title right after a statement noun is its adjective, no participant («مؤتمر صحفي»);</li>
 *   <li>a bare title takes the document's home country later (see {@link EventExtractor});</li>
 *   <li>a place right after a noun of meeting names the venue, no participant: a city after «قمة», «مؤتمر»,
 *       «محادثات», «مفاوضات», «اجتماع», «اتفاق», «مسار», «جولة» («قمة سنغافورة», «محادثات أستانا», «اتفاق سوتشي»),
 *       a country only after «قمة», «مؤتمر», «منتدى» («قمة فيتنام»; «اتفاق إيران» is with Iran); it reads as a
 *       place after «في» (session 11, {@link #venues}).</li>
 * </ol>
 */
final class Parts {
  static final Set<String> PREPOSITIONS = Set.of("علي", "ضد", "بحق", "الي", "مع", "عن", "من", "في", "بين", "قرب",
      "داخل", "شمال", "جنوب", "شرق", "غرب", "وسط", "نحو", "صوب", "لدي", "عند", "حول", "تجاه", "ازاء", "لصالح",
      "بالقرب", "قبل", "يد", "برصاص", "بنيران", "خارج", "عبر", "قرابه", "ب", "ل", "بايدي", "ايدي");
  static final Set<String> LOCATIVE = Set.of("في", "قرب", "داخل", "شمال", "جنوب", "شرق", "غرب", "وسط", "بالقرب",
      "عند", "خارج", "عبر", "ب", "شمالي", "جنوبي", "شرقي", "غربي");

  /** Nouns of acts (normalised) whose one-word «title» after them is an adjective («العمل الإرهابي», «هجوم مسلح»). */
  private static final Set<String> ACT_NOUNS = Set.of("عمل", "العمل", "هجوم", "الهجوم", "بهجوم", "هجوما", "هجمات",
      "الهجمات", "هجمه", "الهجمه", "تفجير", "التفجير", "عمليه", "العمليه", "اعتداء", "الاعتداء", "حادث", "الحادث",
      "تنظيم", "التنظيم", "نشاط", "النشاط", "فكر", "الفكر", "عنف", "العنف", "سلوك", "السلوك", "طابع", "الطابع",
      "قصف", "القصف", "نزاع", "النزاع", "صراع", "الصراع", "تمرد", "التمرد");

  /** True for a word shaped like an adjective: «…ي», «…يه» («الإرهابي», «الإرهابية») or «مسلح(ة)». */
  private static boolean adjectiveShaped(String n) {
    String w = stripArticle(n);
    return w.endsWith("ي") || w.endsWith("يه") || w.equals("مسلح") || w.equals("مسلحه");
  }

  /** Nouns of statements (normalised) whose one-word «title» after them is an adjective («مؤتمر صحفي»). */
  private static final Set<String> SPEECH_NOUNS = Set.of("موتمر", "موتمرا", "الموتمر", "بموتمر", "لموتمر", "بيان",
      "بيانا", "تصريح", "تصريحا", "تصريحات", "لتصريحات", "لقاء", "لقاءا", "حوار", "مقابله", "تقرير", "جوله");

  /**
   * Prepositions as written with their hamza, which normalise like titles: «وإلى» → «والي» (a governor: «منذ بداية
   * العدوان وإلى اليوم» is «and until»), «أمام» → «امام» (an imam: «أمام المؤتمر» is «before the conference»).
   * They start no title.
   */
  private static final Set<String> HAMZA_PREPOSITIONS = Set.of("إلى", "وإلى", "فإلى", "أمام", "وأمام", "فأمام");

  /** Prepositions that introduce an agent («على يد», «من قبل», «برصاص», «بنيران»). */
  static final Set<String> AGENT_PREPS_VIEW = Set.of("يد", "قبل", "برصاص", "بنيران", "بايدي", "ايدي");

  private final KnowledgeBase kb;
  /** First words of the knowledge base's titles (normalised, without «ال»): a cheap filter before {@code kb.title}. */
  private final java.util.Set<String> titleFirstWords;

  Parts(KnowledgeBase kb) {
    this.kb = kb;
    java.util.Set<String> w = new java.util.HashSet<>();
    for (KbEntry e : kb.entries()) {
      if (e.kind() != KbEntry.Kind.TITLE) {
        continue;
      }
      for (String name : e.names()) {
        String first = org.marsad.text.ArabicNormalizer.INSTANCE.normalize(name.trim().split("\\s+")[0]);
        w.add(stripArticle(first));
        w.add(first);
      }
    }
    titleFirstWords = java.util.Set.copyOf(w);
  }

  private final java.util.concurrent.ConcurrentHashMap<String, Boolean> titleCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** True when some clitic stem of the word starts a title (its «ت» before a suffix read as «ة»). Cached. */
  private boolean mayStartTitle(String norm) {
    Boolean b = titleCache.get(norm);
    if (b == null) {
      b = computeMayStartTitle(norm);
      if (titleCache.size() < 200_000) {
        titleCache.put(norm, b);
      }
    }
    return b;
  }

  /**
   * Words that read as a title with a pronoun but are participles of reporting (normalised): «مشيرة» (indicating) is
   * no «مشير» (field marshal) + «ه» (session 11).
   */
  private static final java.util.Set<String> NO_TITLE = java.util.Set.of("مشيره", "ومشيره");

  private boolean computeMayStartTitle(String norm) {
    if (NO_TITLE.contains(norm)) {
      return false;
    }
    for (Clitics.Stem s : Clitics.stems(norm)) {
      String x = s.text();
      if (titleFirstWords.contains(x) || titleFirstWords.contains(stripArticle(x))) {
        return true;
      }
      if (x.endsWith("ت") && titleFirstWords.contains(stripArticle(x.substring(0, x.length() - 1) + "ه"))) {
        return true;
      }
    }
    return false;
  }

  /** The parts of tokens {@code [from, to)}, in text order. */
  List<Part> of(List<Token> tokens, List<Entity> entities, int from, int to) {
    // items: [first, end, entityIndex or -1, titleSector]
    List<Object[]> items = new ArrayList<>();
    int ei = Offsets.firstEndingAfter(entities, Entity::end, tokens.get(from).start());
    int i = from;
    while (i < to) {
      Token t = tokens.get(i);
      Entity e = ei < entities.size() ? entities.get(ei) : null;
      if (e != null && e.start() < t.end() && e.end() > t.start()) {
        int j = i;
        while (j < to && tokens.get(j).start() < e.end()) {
          j++;
        }
        if (j == i + 1 && Clause.isBoundary(t)) {
          ei++; // «مشيرة» (a participle the model took for a name) opens a clause, it names no one
          i = j;
          continue;
        }
        items.add(new Object[] {i, j, e, null});
        ei++;
        i = j;
        continue;
      }
      if (e != null && e.start() < t.start()) {
        ei++;
        continue;
      }
      Optional<KbMatch> title = t.kind() == Token.Kind.WORD && mayStartTitle(t.norm())
          && !HAMZA_PREPOSITIONS.contains(t.text()) ? kb.title(tokens, i) : Optional.empty();
      if (title.isPresent() && title.get().length() == 1
          && notATitle(tokens, i, from, to, ei < entities.size() ? entities.get(ei) : null)) {
        title = Optional.empty();
      }
      if (title.isPresent() && title.get().length() == 1 && ARMED_FEMININE.contains(t.norm()) && !items.isEmpty()
          && (int) items.get(items.size() - 1)[1] == i && items.get(items.size() - 1)[2] != null) {
        title = Optional.empty(); // «للمليشيا الحوثية المسلّحة»: «armed» after a named group, no gunman (session 15)
      }
      if (title.isPresent() && title.get().length() > 1 && overlapsEntity(tokens, title.get(), e)) {
        title = kb.title(tokens, i, entityStart(tokens, i, e)); // «قوات» + «الجيش العراقي», not «قوات الجيش»
      }
      if (title.isPresent() && title.get().end() <= to && !overlapsEntity(tokens, title.get(), e)) {
        KbEntry te = title.get().best();
        items.add(new Object[] {i, title.get().end(), null, te});
        i = title.get().end();
        continue;
      }
      i++;
    }
    dropPatrons(tokens, items, from);
    List<Part> out = new ArrayList<>();
    int k = 0;
    while (k < items.size()) {
      int a = k;
      int b = k + 1;
      while (b < items.size() && ((int) items.get(b)[0] == (int) items.get(b - 1)[1]
          || nisbaAfterTitleWords(tokens, items.get(b - 1), items.get(b))
          || patronOfTitle(tokens, items.get(b - 1), items.get(b)))
          && (joins(items.get(b - 1), items.get(b)) || titledApposition(items.get(a), items.get(b - 1), items.get(b))
              || officeApposition(items.get(b - 1), items.get(b)))
          && !definiteTitleBeforeState(tokens, items.get(b - 1), items.get(b))
          && !definitenessBreak(tokens, items.get(b - 1), items.get(b))
          && !definiteTitles(tokens, items.get(b - 1), items.get(b))
          && !bodyBeforePerson(tokens, items.get(a), items.get(b))
          && !pluralPeopleAfterOne(tokens, items.get(b - 1), items.get(b))) {
        b++;
      }
      out.add(part(tokens, items.subList(a, b), from));
      k = b;
    }
    return out;
  }

  /**
   * True when a one-word definite title stands right before a country's name («ويزور الأمير إسرائيل»): a definite
   * noun takes no genitive, so the country is the next constituent (the object), not the title's state; «رئيس
   * إسرائيل», without «ال», is one part.
   */
  private static boolean definiteTitleBeforeState(List<Token> tokens, Object[] prev, Object[] next) {
    if (prev[2] != null || prev[3] == null || !(next[2] instanceof Entity ne) || (int) prev[1] - (int) prev[0] != 1
        || (int) next[0] != (int) prev[1] || ne.kb() == null || !ne.kb().startsWith("iso3:")) {
      return false;
    }
    String n = stripConj(tokens.get((int) prev[0]).norm());
    String c = tokens.get((int) next[0]).norm();
    return n.startsWith("ال") && !c.startsWith("ل") && !c.startsWith("ب") // «الممثل الخاص لسوريا» keeps its state
        && !c.endsWith("يه"); // «السلطات السعودية»: «السعودية» is also the adjective
  }

  /**
   * True when two nationality adjectives differ in definiteness («الجنود الإسرائيليون فلسطينيا»): an adjective
   * agrees with its noun, so the indefinite one starts a new noun phrase (the object).
   */
  private static boolean definitenessBreak(List<Token> tokens, Object[] prev, Object[] next) {
    if (!(prev[2] instanceof Entity pe) || !(next[2] instanceof Entity ne) || !isNisba(pe) || !isNisba(ne)) {
      return false;
    }
    boolean a = stripConj(tokens.get((int) prev[0]).norm()).startsWith("ال");
    boolean b = stripConj(tokens.get((int) next[0]).norm()).startsWith("ال");
    return a != b;
  }

  /**
   * True when a definite title follows a definite title («وطالبت الشركة السلطات المصرية»): a definite noun takes no
   * genitive, so the second one, unless shaped like an adjective, starts the next noun phrase (session 10).
   */
  private static boolean definiteTitles(List<Token> tokens, Object[] prev, Object[] next) {
    if (prev[2] != null || prev[3] == null || next[2] != null || next[3] == null || (int) next[0] != (int) prev[1]) {
      return false;
    }
    String a = stripConj(tokens.get((int) prev[1] - 1).norm());
    String b = tokens.get((int) next[0]).norm(); // «الجيش والسفارة الفرنسية»: coordinated titles stay as they were
    return a.startsWith("ال") && b.startsWith("ال") && !adjectiveShaped(b);
  }

  /** True when the one-word title at token {@code i} is no participant here (each rule's example in its comment). */
  private static boolean notATitle(List<Token> tokens, int i, int from, int to, Entity nextEntity) {
    String n = tokens.get(i).norm();
    String before = i > from ? stripConj(tokens.get(i - 1).norm()) : "";
    return n.endsWith("يه") // «العسكرية» after a noun is an adjective, not «العسكري» (soldiers)
        || inSet(SECURITY, n) && i + 1 < to && inSet(SECURITY_GOODS, tokens.get(i + 1).norm())
        // «تهديدا للأمن الإقليمي والدولي», «الأمن والاستقرار»: security as a good, no police (session 15)
        || inSet(RESPONSIBLE, n) && i + 1 < to && tokens.get(i + 1).norm().equals("عن")
        // «المسؤولين عن مقتل مدنيين»: those responsible for it, no officials of a state
        || inSet(BEHALF, n) && i + 1 < to && tokens.get(i + 1).norm().equals("عن")
        // «الاعتذار نيابة عن الرئيس»: on behalf of, not the prosecution (session 12)
        || inSet(ELIMINATION, n) && i + 1 < to && tokens.get(i + 1).norm().equals("علي")
        // «توعدت بالقضاء على»: eliminating, not the judiciary
        || inSet(SYSTEM_NOUNS, n) && i + 1 < to && plainAdjective(tokens.get(i + 1), nextEntity)
        // «النظام المصرفي», «النظام الانتخابي»: a system, not a regime
        || adjectiveShaped(n) && ACT_NOUNS.contains(before) // «العمل الإرهابي», «بهجوم مسلح»: no terrorist
        || SPEECH_NOUNS.contains(before) // «مؤتمر صحفي», «بيان صحفي»: an adjective of the statement, no journalist
        || adjectiveShaped(n) && (TARGETS.contains(stripArticle(before)) || i - 2 >= from
        && TARGETS.contains(stripArticle(stripConj(tokens.get(i - 2).norm())))); // «مطار التيفور العسكري»: a site's
  }

  /** «الأمن» with its prepositions (normalised): the police title, or security itself. */
  private static final Set<String> SECURITY = Set.of("الامن", "للامن", "بالامن", "والامن", "امن");
  /**
   * Words after «الأمن» that make it security as a good («الأمن الإقليمي», «الأمن الدولي», «الأمن والاستقرار»,
   * «الأمن والسلم»), normalised; not «الوطني» (a security service in Iraq and Egypt).
   */
  private static final Set<String> SECURITY_GOODS = Set.of("الاقليمي", "الدولي", "العالمي", "القومي", "والاستقرار",
      "والسلم", "والسلام", "الغذايي", "المايي", "الاقليميين", "والامان");

  /**
   * «المسلحة», «مسلحة» (normalised): the feminine of «armed»; right after a named group it is that group's adjective,
   * not the title «المسلح» (a gunman) of a part of its own. After a bare noun («جماعات سنية مسلحة») it still heads
   * the part as an armed group.
   */
  private static final Set<String> ARMED_FEMININE = Set.of("المسلحه", "مسلحه");

  /** «نيابة» (normalised, with «بالـ»): before «عن» it means on behalf of, no prosecution (session 12). */
  private static final Set<String> BEHALF = Set.of("نيابه", "بالنيابه");

  /** «القضاء» (normalised, with its prepositions): before «على» it means eliminating. */
  private static final Set<String> ELIMINATION = Set.of("القضاء", "بالقضاء", "للقضاء", "والقضاء");

  /** «المسؤول», «المسؤولين» (normalised): before «عن» they mean «responsible for», not officials. */
  private static final Set<String> RESPONSIBLE = Set.of(norm("المسؤول"), norm("المسؤولين"), norm("المسؤولون"),
      norm("مسؤول"), norm("مسؤولين"), norm("مسؤولون"), norm("المسؤولة"), norm("مسؤولة"));

  private static String norm(String s) {
    return org.marsad.text.ArabicNormalizer.INSTANCE.normalize(s);
  }

  /** Targets and sites («مقر الجيش», «ناقلة نفط سعودية», «مطار التيفور العسكري»), without article, normalised. */
  static final Set<String> TARGETS = Set.of("مقر", "مقار", "مبني", "مباني", "منزل", "منازل", "مركز", "مراكز",
      "قاعده", "معسكر", "مطار", "مستشفي", "مدرسه", "سجن", "حاجز", "دوريه", "سفاره", "قنصليه", "مخيم", "تجمعات",
      "اليات", "ناقله", "ناقلتي", "سفينه", "مكتب", "منشاه", "منشات", "مخازن", "مستودع", "مستودعات", "موقع", "مواقع",
      "قافله", "موكب", "مدينه", "بلده", "قريه", "حي", "سياره", "حافله", "طايره", "مسجد", "كنيسه", "سوق", "اهداف",
      "هدف");

  /** «النظام» is a regime unless a plain adjective follows it («النظام المصرفي»). */
  private static final Set<String> SYSTEM_NOUNS = Set.of("النظام", "نظام", "للنظام", "بالنظام");
  /** Adjectives after «النظام» that still name a regime. */
  private static final Set<String> REGIME_ADJECTIVES = Set.of("الحاكم", "البايد", "السابق", "الحالي", "القايم");

  /** True when {@code t} is a definite adjective «ال…ي/ية» that is no nationality entity and names no regime. */
  private static boolean plainAdjective(Token t, Entity next) {
    String n = t.norm();
    if (!n.startsWith("ال") || !(n.endsWith("ي") || n.endsWith("يه")) || REGIME_ADJECTIVES.contains(n)) {
      return false;
    }
    return next == null || next.start() >= t.end() || next.end() <= t.start();
  }

  /**
   * True when a bare title is tied to the government or regime it serves («القوات الموالية للحكومة اليمنية»,
   * «القوات التابعة للنظام»): the title takes that side's country, as one part. A state named as a patron
   * («الميليشيات الموالية لإيران») is a backer, not the side.
   */
  private static boolean patronOfTitle(List<Token> tokens, Object[] prev, Object[] next) {
    if (prev[2] != null || prev[3] == null || next[3] == null) {
      return false; // a government or regime («للحكومة اليمنية», «للنظام»), not a foreign state («لإيران»)
    }
    int tie = (int) prev[1];
    int first = (int) next[0];
    return (first == tie + 1 || first == tie + 2 && tokens.get(tie + 1).norm().equals("من"))
        && PATRON_TIES.contains(tokens.get(tie).norm());
  }

  /**
   * Ties of loyalty or backing, not of ownership («مواقع تابعة لإيران» are Iran's own), normalised: a state named
   * after one backs a group of any kind.
   */
  private static final Set<String> LOYALTY_TIES = Set.of("الموالي", "المواليه", "الموالين", "الموالون", "موالي",
      "مواليه", "موالين", "موالون", "المدعوم", "المدعومه", "المدعومين", "المدعومون", "مدعوم", "مدعومه", "مدعومين",
      "مدعومون", "المواليتين", "المواليان");
  /** Words that tie a group to its patron («الموالية لإيران», «المدعومة من تركيا», «المقرب من»), normalised. */
  private static final Set<String> PATRON_TIES = Set.of("الموالي", "المواليه", "الموالين", "الموالون", "موالي",
      "مواليه", "موالين", "موالون", "المدعوم", "المدعومه", "المدعومين", "المدعومون", "مدعوم", "مدعومه", "مدعومين",
      "مدعومون", "المقرب", "المقربه", "المقربين", "المقربون", "مقرب", "مقربه", "المواليتين", "المواليان", "التابع",
      "التابعه", "التابعين", "التابعون", "تابعه", "التابعتين");
  /** Words after which a place is where an organisation sits, not where anything happens («ومقره بالولايات المتحدة»). */
  private static final Set<String> SEAT_WORDS = Set.of("مقره", "مقرها", "ومقره", "ومقرها", "مقرهم", "ومقرهم",
      "مقراته", "مقراتها");

  /**
   * Removes the patron named after a group («ميليشيات الحوثي الموالية لإيران», «الفصائل المدعومة من تركيا»):
   * it qualifies the group before it and takes no part in the event; the group keeps its own country.
   */
  private static void dropPatrons(List<Token> tokens, List<Object[]> items, int from) {
    for (int k = items.size() - 1; k >= 0; k--) {
      int first = (int) items.get(k)[0];
      if (first > from && SEAT_WORDS.contains(tokens.get(first - 1).norm())) {
        items.remove(k); // «اتحاد الإغاثة الطبية، ومقره بالولايات المتحدة»
        continue;
      }
      int tie = first - 1;
      if (tie > from && tokens.get(tie).norm().equals("من")) {
        tie--;
      }
      if (k == 0 || tie <= from || !PATRON_TIES.contains(tokens.get(tie).norm())) {
        continue;
      }
      int groupEnd = (int) items.get(k - 1)[1];
      boolean tied = groupEnd == tie || groupEnd == tie - 1 && tie - 1 > from
          && tokens.get(tie - 1).norm().startsWith("ال") && !Clause.isBoundary(tokens.get(tie - 1));
      // «المليشيا الحوثية الإرهابية التابعة لإيران»: one adjective may stand before the tie
      if (tied && items.get(k - 1)[2] instanceof Entity e && e.country() != null) {
        items.remove(k); // the group keeps its own country; a bare «القوات التابعة للحكومة» keeps the government
      } else if (LOYALTY_TIES.contains(tokens.get(tie).norm()) && items.get(k)[2] instanceof Entity p
          && p.country() != null && p.lat() != null) {
        items.remove(k); // «الفصائل الموالية لتركيا», «لقوات مدعومة من الإمارات»: a state backs the group, it is no side
      } else if (LOYALTY_TIES.contains(tokens.get(tie).norm()) && tie == first - 1
          && items.get(k)[2] instanceof Entity n && isNisba(n) && adverbial(tokens.get(first).norm())) {
        items.remove(k); // «القوات الحكومية المدعومة إماراتيا»: the adverb names the backer, no side (session 15)
      }
    }
  }

  /**
   * True for a nisba written as an adverb in «-يا» («إماراتيا», «سعوديا», «أمريكيا»), normalised: after «مدعوم»
   * it says by whom, it is not the adjective of the noun before.
   */
  private static boolean adverbial(String n) {
    return n.length() > 3 && n.endsWith("يا") && !n.startsWith("ال");
  }

  /** The first token at or after {@code i} that reaches into entity {@code e}. */
  private static int entityStart(List<Token> tokens, int i, Entity e) {
    int j = i;
    while (j < tokens.size() && tokens.get(j).end() <= e.start()) {
      j++;
    }
    return j;
  }

  private static boolean overlapsEntity(List<Token> tokens, KbMatch m, Entity e) {
    return e != null && tokens.get(m.end() - 1).end() > e.start();
  }

  /**
   * True when a title and a nisba stand one or two plain definite words apart («وزارة النقل الروسية», «قائد
   * القيادة الوسطى الأميركية», the second one maybe with «و»: «وزير التربية والتعليم المصري», session 10), or an indefinite title and its nisba one or two indefinite adjectives apart
   * («مسؤول أمني عراقي», «زعيم كردي سوري»), or (session 12) an indefinite title of a head or member ({@link #HEADS})
   * and its nisba after a body of up to three words in the construct state («رئيس مركز المصالحة الروسي», {@link #constructChain}): the nisba ends the title's
   * noun phrase.
   */
  private static boolean nisbaAfterTitleWords(List<Token> tokens, Object[] prev, Object[] next) {
    int gap = (int) prev[1];
    int n = (int) next[0] - gap;
    if (prev[2] != null || prev[3] == null || !(next[2] instanceof Entity ne) || !isNisba(ne) || n < 1 || n > 3) {
      return false;
    }
    boolean indefinite = !tokens.get((int) prev[0]).norm().startsWith("ال");
    if (indefinite && HEADS.contains(tokens.get((int) prev[0]).norm()) && constructChain(tokens, gap, gap + n)) {
      return true; // «رئيس مركز المصالحة الروسي», «رئيس اتحاد نقابات العمال النرويجي» (session 12)
    }
    if (n > 2) {
      return false;
    }
    for (int k = gap; k < gap + n; k++) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t)) {
        return false;
      }
      String w = k > gap ? stripConj(t.norm()) : t.norm(); // «وزير التربية والتعليم المصري»: a coordinated ministry
      if (!(w.startsWith("ال") || indefinite && w.length() > 3 && (w.endsWith("ي") || w.endsWith("يه")))) {
        return false; // «قائد القيادة الوسطى الأميركية»: up to two definite words between; after an indefinite
        // title, indefinite adjectives («مسؤول أمني عراقي», «زعيم كردي سوري»)
      }
    }
    return true;
  }

  /**
   * Indefinite titles of the head or a member of a body, or of a body, whose body or task may follow in the construct
   * state («رئيس مركز المصالحة», «شرطة مكافحة الإرهاب»; not «وفد», normalised).
   */
  private static final Set<String> HEADS = Set.of("رييس", "رييسه", "مدير", "مديره", "امين", "نايب", "عضو", "قايد",
      "مستشار", "متحدث", "ناطق", "شرطه", "وكاله", "هييه", "مكتب", "مركز", "جهاز", "لجنه");

  /**
   * True when the words {@code [from, to)} after an indefinite title are one body in the construct state: indefinite
   * nouns then definite words, the last one definite («مركز المصالحة», «اتحاد نقابات العمال»), no adjective, no
   * break (session 12).
   */
  private static boolean constructChain(List<Token> tokens, int from, int to) {
    boolean definite = false;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t) || PREPOSITIONS.contains(t.norm())) {
        return false;
      }
      boolean d = t.norm().startsWith("ال");
      if (definite && !d || !d && (t.norm().endsWith("ي") || t.norm().endsWith("يه"))) {
        return false; // an indefinite word after a definite one, or an adjective: no construct chain
      }
      definite |= d;
    }
    return definite;
  }

  /** Roles of bodies and forces, which no single person's name stands in apposition to. */
  private static final Set<String> BODY_ROLES = Set.of("ministry", "foreign_ministry", "defence_ministry",
      "interior_ministry", "health_ministry", "embassy", "government", "parliament", "army", "forces", "coalition",
      "police", "intelligence", "judiciary", "party");

  /**
   * True when a person's name follows a run headed by a definite body («واحتجزت السلطات أندرو برونسون», «واعتقلت
   * السلطات الإماراتية الشحي»): authorities or forces are not one person, so the name is the next constituent, the
   * object (session 13). An indefinite body takes the name as its genitive: «إدارة دونالد ترامب», «حكومة ميركل».
   */
  private static boolean bodyBeforePerson(List<Token> tokens, Object[] first, Object[] next) {
    return first[2] == null && stripConj(tokens.get((int) first[0]).norm()).startsWith("ال") && first[3] instanceof KbEntry te && te.role() != null && BODY_ROLES.contains(te.role())
        && next[2] instanceof Entity ne && ne.type() == EntityType.PER;
  }

  /**
   * True when a plural nisba of people («الأمريكيين», «الإيرانيون») follows a person or a singular nisba («ودعا
   * الأسد الأمريكيين», «ودعا الرئيس السوري الأمريكيين إلى»): it agrees with neither, so it is the next
   * constituent, the verb's object, not an adjective of the subject (session 14); so too after a body or force
   * whose name ends in a singular nisba («مواجهات بين الجيش الإسرائيلي والفلسطينيين», session 16).
   */
  static boolean pluralPeopleAfterOne(List<Token> tokens, Object[] prev, Object[] next) {
    if (!(next[2] instanceof Entity ne) || !isNisba(ne) || (int) next[1] - (int) next[0] != 1
        || !(prev[2] instanceof Entity pe)) {
      return false;
    }
    String n = stripConj(tokens.get((int) next[0]).norm());
    String last = tokens.get((int) prev[1] - 1).norm();
    boolean plural = n.endsWith("يين") || n.endsWith("يون");
    boolean one = pe.type() == EntityType.PER || isNisba(pe) && (last.endsWith("ي") || last.endsWith("يه"))
        || singularNisbaEnd(last); // «بين الجيش الإسرائيلي والفلسطينيين»: a body named with a singular nisba (session 16)
    return plural && one;
  }

  /**
   * True for a definite singular nisba adjective, normalised («الإسرائيلي», «السوريه»), that ends a body's or a
   * force's name («الجيش الإسرائيلي», «الحكومة السورية»): a plural nisba of people after it agrees with neither.
   */
  private static boolean singularNisbaEnd(String last) {
    String n = stripConj(last);
    return n.startsWith("ال") && n.length() >= 6 && (n.endsWith("ي") && !n.endsWith("يي") || n.endsWith("يه"));
  }

  /**
   * True when a person's name follows a title phrase that ends in a group or state («زعيم الحوثيين» + «عبد الملك
   * الحوثي», «رئيس وزراء إسرائيل» + «بنيامين نتنياهو»): the name is the title holder, one part.
   */
  private static boolean titledApposition(Object[] first, Object[] prev, Object[] next) {
    return first[3] != null && first != prev && prev[2] instanceof Entity pe && pe.type() != EntityType.PER
        && next[2] instanceof Entity ne && ne.type() == EntityType.PER;
  }

  /** Knowledge-base ids of offices one person holds at a time, named as organisations («الأمين العام للأمم المتحدة»). */
  private static final Set<String> OFFICES = Set.of("igo:UNSG", "igo:UN_ENVOY");

  /**
   * True when a person's name follows the name of a one-person office («دعا الأمين العام للأمم المتحدة أنطونيو
   * غوتيريس إيران إلى»): the name is the office holder in apposition, one part with the office, so the verb's object
   * is what follows (session 15); two other names are two parts ({@link #joins}).
   */
  private static boolean officeApposition(Object[] prev, Object[] next) {
    return prev[2] instanceof Entity pe && pe.kb() != null && OFFICES.contains(pe.kb())
        && next[2] instanceof Entity ne && ne.type() == EntityType.PER;
  }

  private static boolean joins(Object[] prev, Object[] next) {
    Entity pe = (Entity) prev[2];
    Entity ne = (Entity) next[2];
    if (pe != null && ne != null && !isNisba(ne) && !isNisba(pe)) {
      return false; // two names are two parts: «الأمين العام للأمم المتحدة» | «إسرائيل»
    }
    if (pe != null && ne == null) {
      return false; // a title after a name starts a new part
    }
    if (pe != null && isNisba(pe) && ne != null && !isNisba(ne) && ne.type() != EntityType.PER) {
      return false; // «وزارة النقل الروسية» | «بريطانيا»: a nisba ends its noun; a state after it is the next one
    }
    if (pe != null && pe.lat() != null && pe.type() != EntityType.MISC) {
      return false;
    }
    if (pe != null && pe.type() == EntityType.PER) {
      return ne != null && isNisba(ne);
    }
    return true;
  }

  static boolean isNisba(Entity e) {
    return e.type() == EntityType.MISC && e.country() != null;
  }

  private Part part(List<Token> tokens, List<Object[]> items, int sentenceFrom) {
    int first = (int) items.get(0)[0];
    int end = (int) items.get(items.size() - 1)[1];
    String sector = null;
    String country = null;
    String name = null;
    Entity main = null;
    boolean place = false;
    boolean media = false;
    for (Object[] it : items) {
      KbEntry title = (KbEntry) it[3];
      if (title != null && sector == null && title.sector() != null && !title.sector().isEmpty()) {
        sector = title.sector();
      }
    }
    // prefer people, organisations and nisbas over places for the country
    Entity best = null;
    int bestRank = 99;
    for (Object[] it : items) {
      Entity e = (Entity) it[2];
      if (e == null) {
        continue;
      }
      boolean group = e.kb() != null && e.kb().startsWith("group:") && e.country() != null;
      int rank = e.type() == EntityType.PER || group ? 0 : isNisba(e) ? 1 : e.type() == EntityType.ORG ? 2 : 3;
      if (e.country() == null && !"IGO".equals(e.sector())) {
        rank += 10;
      }
      if (rank < bestRank) {
        bestRank = rank;
        best = e;
      }
    }
    if (best != null) {
      main = best;
      country = best.country();
      name = best.name();
      if (sector == null) {
        sector = best.sector();
      }
      place = best.lat() != null && !isNisba(best) && items.size() == 1;
      media = "MED".equals(best.sector()) || (best.kb() != null && best.kb().startsWith("outlet:"));
      if (isNisba(best) && name != null && items.size() > 1) {
        name = null;
      }
    }
    if (first > sentenceFrom && inSet(MEDIA_HEADS, tokens.get(first - 1).norm())) {
      media = true; // «وكالة الأنباء السورية», «التلفزيون الحكومي السوري», «وسائل إعلام حكومية سورية»
    }
    if (first > sentenceFrom + 1 && inSet(MEDIA_HEADS, tokens.get(first - 2).norm())
        && head(items).equals("nisba")) {
      media = true;
    }
    Object[] head = items.get(0);
    boolean nisba = head[2] != null && isNisba((Entity) head[2]);
    String prep = prepositionBefore(tokens, first, sentenceFrom);
    if (prep.isEmpty() && nisba && first - 1 >= sentenceFrom) {
      prep = nounPreposition(tokens, first - 1, sentenceFrom); // «للقس الأمريكي»: the nisba's noun has the «لـ»
    }
    if (prep.isEmpty()) {
      String n = tokens.get(first).norm();
      if (n.startsWith("لل") || n.startsWith("ولل")) {
        prep = "ل";
      } else if (n.startsWith("بال") || n.startsWith("وبال")) {
        prep = "ب";
      } else if (head[2] != null && (n.startsWith("ب") || n.startsWith("ل") || n.startsWith("وب")
          || n.startsWith("ول") || n.startsWith("فب") || n.startsWith("فل"))) {
        Optional<KbMatch> m = kb.match(tokens, first, end, KnowledgeBase.NAMES);
        if (m.isPresent() && m.get().clitic()) {
          String s = n.startsWith("و") || n.startsWith("ف") ? n.substring(1) : n;
          StringBuilder phrase = new StringBuilder(s);
          for (int k = first + 1; k < end; k++) {
            phrase.append(' ').append(tokens.get(k).norm());
          }
          if (!kb.lookup(phrase.toString()).isEmpty()) {
            s = ""; // «وبريطانيا»: the «ب» is the name's own first letter
          }
          if (s.startsWith("ب")) {
            prep = "ب";
          } else if (s.startsWith("ل")) {
            prep = "ل";
          }
        }
      } else if (head[2] == null && head[3] != null) {
        prep = titleClitic(n); // «والتقى برئيس الوزراء»: the one met, not the subject
      }
    }
    return new Part(first, end, tokens.get(first).start(), tokens.get(end - 1).end(), country, sector, name, main,
        prep, place, nisba, media, main == null || (country == null && !"IGO".equals(main.sector())));
  }

  /**
   * The preposition «ب» glued to a person's title («برئيس الوزراء», «بوزير الخارجية», «وبنظيره»), or "" when there is
   * none or the letter is the title's own.
   */
  private String titleClitic(String n) {
    String s = n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') ? n.substring(1) : n;
    if (s.length() < 4 || s.charAt(0) != 'ب' || titleFirstWords.contains(s)) {
      return "";
    }
    return MetPersons.personTitle(s.substring(1)) ? "ب" : "";
  }

  private static String head(List<Object[]> items) {
    Object[] h = items.get(0);
    return h[2] != null && isNisba((Entity) h[2]) ? "nisba" : "";
  }

  /** Generic nouns for places and people that stand between a preposition and a name. */
  static final Set<String> TRANSPARENT = Set.of("مدينه", "مدينتي", "بلده", "محافظه", "منطقه", "مناطق", "ولايه", "اقليم",
      "قريه", "مخيم", "حي", "ريف", "قطاع", "جزيره", "عاصمه", "جنود", "عناصر", "مقاتلي", "افراد", "مسلحي",
      "ميليشيات", "ميليشيا", "قوات", "مواقع", "موقع", "ناقله", "سفينه", "مطار", "قاعده", "معبر", "بلدات", "مدن",
      "قري", "شعب", "سكان", "مواطني", "مدنيين", "جمهوريه", "دوله", "مملكه", "شمال", "جنوب", "شرق", "غرب", "وسط",
      "نظير", "نظيره", "نظيرها", "نظيرته", "نظرايه", "حدود", "حكومه", "سلطات", "ثلاثه", "اربعه", "خمسه", "جنديين",
      // aircraft and guns (session 12): «من قبل مقاتلات روسية», «على يد طائرات التحالف العربي»
      "مقاتلات", "طايرات", "طايره", "مروحيات", "مروحيه", "قاذفات", "بوارج", "مدفعيه", "زوارق", "دبابات");

  /** Nouns of meeting (normalised, without «و», «ب», «ل») after which a city is the venue («قمة سنغافورة»). */
  private static final Set<String> MEETINGS = Set.of("قمه", "موتمر", "منتدي", "محادثات", "مفاوضات", "اجتماع",
      "اجتماعات", "اتفاق", "اتفاقيه", "مسار", "جوله", "مشاورات");

  /** Nouns of gathering after which a country, too, is the venue («قمة فيتنام», «مؤتمر السعودية»). */
  private static final Set<String> GATHERINGS = Set.of("قمه", "موتمر", "منتدي");

  /**
   * The parts with each venue read as a place after «في»: a place with no preposition right after a noun of meeting
   * («قمة سنغافورة», «محادثات أستانا»; a country only after «قمة», «مؤتمر», «منتدى»). A venue is where people met,
   * not who met (session 11).
   */
  static List<Part> venues(List<Token> tokens, List<Part> ps) {
    List<Part> out = null;
    for (int i = 0; i < ps.size(); i++) {
      Part p = ps.get(i);
      if (!venue(tokens, p)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(ps);
      }
      out.set(i, new Part(p.first(), p.end(), p.start(), p.stop(), p.country(), p.sector(), p.name(), p.entity(),
          "في", true, false, p.media(), p.titleOnly()));
    }
    return out == null ? ps : out;
  }

  /**
   * True when the part is a place named right after a noun of meeting, as its venue («قمة سنغافورة»), or after it and
   * «في» («اجتماع في باريس», session 18).
   */
  static boolean venue(List<Token> tokens, Part p) {
    if (!p.place() || p.nisba() || !(p.prep().isEmpty() || "في".equals(p.prep())) || p.first() == 0
        || p.entity() == null || p.entity().kb() == null) {
      return false;
    }
    int k = p.first() - 1;
    if ("في".equals(p.prep()) && k >= 1 && "في".equals(tokens.get(k).norm())) {
      k--; // «اجتماع في باريس يرمي إلى ... معاقبة المسؤولين عن الهجمات الكيميائية»: the meeting's city (session 18)
    }
    String before = stripConj(tokens.get(k).norm());
    if (before.length() > 4 && (before.startsWith("ب") || before.startsWith("ل"))) {
      before = before.substring(1);
    }
    return p.entity().kb().startsWith("iso3:") ? GATHERINGS.contains(before) : MEETINGS.contains(before);
  }

  static String stripArticle(String n) {
    return n.startsWith("ال") && n.length() > 4 ? n.substring(2) : n;
  }

  static String stripConj(String n) {
    return n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') ? n.substring(1) : n;
  }

  /** True for a generic noun of places or people ({@link #TRANSPARENT}), with or without «ال» and «و/ف». */
  static boolean transparent(String norm) {
    return TRANSPARENT.contains(stripArticle(stripConj(norm))) || TRANSPARENT.contains(stripArticle(norm));
  }

  /**
   * True when one of the {@code words} words before token {@code i} (not before {@code from}; punctuation and symbols
   * not counted) passes {@code test}.
   */
  static boolean wordBefore(List<Token> tokens, int i, int from, int words, Predicate<Token> test) {
    int seen = 0;
    for (int k = i - 1; k >= from && seen < words; k--) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.SYMBOL) {
        continue;
      }
      seen++;
      if (test.test(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the normalised word, or the word without a leading «و/ف» ({@link #stripConj}), is in the set
   * (session 12): words that begin with those letters themselves («وزير», «وحدة», «فيضانات») match whole.
   */
  static boolean inSet(Set<String> set, String n) {
    return set.contains(stripConj(n)) || set.contains(n);
  }

  /** Nouns after which a nisba names an outlet, not a state: «وكالة الأنباء السورية», «الإعلام الرسمي السوري». */
  static final Set<String> MEDIA_HEADS = Set.of("الانباء", "انباء", "وكاله", "التلفزيون", "تلفزيون", "الاعلام", "اعلام",
      "صحيفه", "الصحيفه", "قناه", "القناه", "اذاعه", "الاذاعه", "موقع", "الحكومي", "الرسمي", "الرسميه", "حكوميه",
      "وسايل", "الصحف", "صحف", "التلفزيونيه", "مجله", "المرصد");

  /**
   * Counterparts with their pronoun («نظيره», «نظيرتها», «نظرائهم»), normalised: the nisba after one names the state of
   * the one met or joined, and takes the counterpart's preposition («مع نظيرتها الإيطالية», «بنظرائهم الفنزويليين»;
   * session 14).
   */
  static final Set<String> COUNTERPARTS = Set.of("نظيره", "نظيرها", "نظيرهم", "نظيرته", "نظيرتها", "نظيرتهم",
      "نظرايه", "نظرايها", "نظرايهم", "نظيريه", "نظيريها", "نظيرتيه");

  /** True for a counterpart word, maybe with «و» and a clitic «بـ/لـ» («وبنظيره»). */
  static boolean counterpart(Token t) {
    String n = stripConj(t.norm());
    return t.kind() == Token.Kind.WORD && (COUNTERPARTS.contains(n)
        || n.length() > 4 && (n.startsWith("ب") || n.startsWith("ل")) && COUNTERPARTS.contains(n.substring(1)));
  }

  /**
   * The preposition of the noun of people at {@code k} ({@link VictimNationality#PEOPLE}) that a nisba after it
   * qualifies: its own clitic «لل» or «بال» («للقس الأمريكي», «بالناشطة الإيرانية»), or the preposition before it
   * («على المواطنين الأتراك»); "" for any other word, so a nisba after an act («للعدوان الروسي», «على الطلب
   * الروسي») still names who acts.
   */
  private static String nounPreposition(List<Token> tokens, int k, int from) {
    Token t = tokens.get(k);
    String n = stripConj(t.norm());
    if (counterpart(t)) {
      return n.startsWith("ب") && !COUNTERPARTS.contains(n) ? "ب" : n.startsWith("ل") ? "ل"
          : prepositionBefore(tokens, k, from);
    }
    String prep = n.startsWith("لل") ? "ل" : n.startsWith("بال") ? "ب" : "";
    String noun = prep.isEmpty() ? stripArticle(n) : n.substring(prep.equals("ل") ? 2 : 3);
    if (t.kind() != Token.Kind.WORD || !VictimNationality.PEOPLE.contains(noun)) {
      return "";
    }
    return !prep.isEmpty() ? prep : n.startsWith("ال") ? prepositionBefore(tokens, k, from) : "";
  }

  /** «من» (normalised). */
  private static final String FROM = "من";

  /** «كل», «وكل» before «من» (normalised): «كل من X و Y» lists X and Y. */
  private static final Set<String> EACH = Set.of("كل", "وكل");

  /**
   * «كلا», «وكلا» before «من» (normalised): the accusative «كلًا من X و Y» lists the objects of a verb, never a noun's
   * genitive (session 21): «اتهمت لندن كلا من روسيا وسوريا», «ودعا ماكرون كلا من إسرائيل وإيران».
   */
  private static final Set<String> EACH_OBJECT = Set.of("كلا", "وكلا");

  /** True for a word that is a noun governing what follows: with «ب» («بمساندة») or ending in «ة» («دعوة»). */
  private static boolean nounInConstruct(Token t) {
    String n = stripConj(t.norm());
    return t.kind() == Token.Kind.WORD && n.length() > 2 && (n.startsWith("ب") || n.endsWith("ه"));
  }

  /** The preposition right before token {@code i} (normalised, without «و»), or "". */
  static String prepositionBefore(List<Token> tokens, int i, int from) {
    if (i - 1 > from && tokens.get(i - 1).text().equals("#")) {
      i--; // «في #سوريا»: a hashtag sign between the preposition and the name
    }
    int skipped = 0;
    boolean border = false;
    while (i - 1 > from && skipped < 2 && transparent(tokens.get(i - 1).norm())) {
      i--; // «في مدينة درعا», «بأيدي جنود إسرائيليين»: generic nouns between the preposition and the name
      skipped++;
      border |= stripArticle(stripConj(tokens.get(i).norm())).equals("حدود");
    }
    if (i - 2 > from && tokens.get(i - 1).norm().equals("مع")
        && stripArticle(stripConj(tokens.get(i - 2).norm())).startsWith("حدود")) {
      i -= 2; // «إلى الحدود مع سوريا»
    }
    if (i - 1 < from) {
      return "";
    }
    String n = tokens.get(i - 1).norm();
    if (n.length() > 2 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') && PREPOSITIONS.contains(n.substring(1))) {
      n = n.substring(1);
    }
    if (n.equals("يد") && i - 2 >= from && tokens.get(i - 2).norm().endsWith("علي")) {
      return "يد";
    }
    if (n.equals("قبل") && i - 2 >= from && tokens.get(i - 2).norm().endsWith("من")) {
      return "قبل";
    }
    if (n.equals(FROM) && i - 2 >= from && EACH.contains(tokens.get(i - 2).norm()) && !(i - 3 >= from
        && nounInConstruct(tokens.get(i - 3)))) {
      return ""; // «شنت كل من الولايات المتحدة وبريطانيا ضربات»: «كل من» after a verb lists its subjects, it is no
    }            // «من»; after a noun it is («بمساندة كل من قطر وتركيا», «دعوة كل من فرنسا وبريطانيا») (session 11)
    if (n.equals(FROM) && i - 2 >= from && EACH_OBJECT.contains(tokens.get(i - 2).norm())) {
      return ""; // «طالبت المنظمة كلا من بريطانيا وفرنسا»: the objects listed, no «من» (session 21)
    }
    if (border && n.equals("علي")) {
      return "عند"; // «إطلاق نار على حدود قطاع غزة»: at the border, a place, not the target (session 13)
    }
    return PREPOSITIONS.contains(n) ? n : "";
  }
}
