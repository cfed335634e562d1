package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * Trigger words read figuratively or as no event where they stand: a court's sentence, a charge, an arsenal, an
 * attack on an idea or in words, a description of a state of affairs, a comment. {@link TriggerFinder} drops such
 * triggers, or reads an attack in words as criticism.
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Arsenal</b>: a weapon noun after a word of an arsenal («برنامج الصواريخ البالستية», «صفقة صواريخ», «أنشطة الصواريخ»,
 *       «منظومة الدفاع الصاروخي»), maybe over one adjective, names weapons, not a strike
 *       ({@link #arsenalBefore});</li>
 *   <li><b>Sentenced</b>: an execution noun with a court's sentencing word (cue class {@code sentencing}) in the
 *       six words before it (punctuation not counted; session 14) is a sentence passed («أصدرت محكمة كويتية حكما
 *       غيابيا بالإعدام», «أصدر القاضي حكمه بإعدام», «محكوم عليه بالإعدام», «عقوبة الإعدام») ({@link #sentenced});</li>
 *   <li><b>Approving</b>: a description followed within sixteen words by an approving word (cue class
 *       {@code positive}) praises («وصف ... وجود القوات الأمريكية بأنه الحصن الأخير»), and so does one at the head
 *       of the description after a long subject and object (session 12: «ووصف ... خلال أيام العيد بأنها بادرة
 *       إيجابية», «بالفرصة التاريخية») ({@link #approving});</li>
 *   <li><b>Abstract target</b>: an attack or withdrawal word whose target or subject is an abstract noun (cue class
 *       {@code abstract}), right after it or after «على»/«ضد»/«من», maybe behind a count, a name or two adjectives, and after «على/ضد/من» maybe behind «كل/جميع/كافة» (session 16:
 *       «أعلن حربا شعواء على كل مظاهر الانفتاح»)
 *       («بهجوم ترامب على الاتفاق النووي», «انفجرت أزمة», «انسحاب الولايات المتحدة من الاتفاق النووي»)
 *       ({@link #abstractTarget});</li>
 *   <li><b>Charged</b>: an event noun within two words after a word of a criminal charge («بتهمة القتل», «المشتبه
 *       بتنفيذ الهجوم»), or joined by «و» to a charged noun (session 11: «متهمة باحتجاز وتعذيب وقتل رهائن»), is a
 *       charge, not an event ({@link #chargedBefore}, {@link #chargedInChain});</li>
 *   <li><b>Severity described</b>: a describing verb followed by how bad a wound or state is («إصابة الجندي وصفت
 *       بالطفيفة») accuses no one ({@link #severityDescribed});</li>
 *   <li><b>Situation described</b>: a describing verb whose object is a situation («ويصف ... وضع النازحين
 *       بالمأساوي») accuses no one ({@link #situationDescribed});</li>
 *   <li><b>Measures</b>: an attack verb near a measure or plan («وتستهدف الدفعة الأولى من العقوبات المعاملات
 *       المالية») targets, it does not strike ({@link #measureNear});</li>
 *   <li><b>Verbal attack</b>: «هجوم»/«هاجم» on a named person, on a group of opinion, or followed by an accusing
 *       participle («يشن هجوما شرسا على بوتن», «هاجم ترامب ماكرون», «هجوما عنيفا على روسيا، متهما نظامها»), or
 *       the noun followed by an adjective of speech (session 18: «هجوما شديد اللهجة على», «هجوما لاذعا»), or
 *       the verb «هاجم» with a word of speech in its clause after it or the opposition or the media as its object
 *       (session 10: «وهاجم أردوغان الولايات المتحدة، مشددا», «هاجم مكابي على تويتر», «وهاجم أوربان المعارضة»), or
 *       with the opposition or the media right after it, «فيه/فيها» after it and a speech or video before it, or «في»
 *       and a medium right after it (session 11: «أردوغان يهاجم المعارضة», «بينما هاجم قناة الجزيرة», «محاضرة هاجم
 *       فيها», «هاجمت في فيديو»; {@link #wordsOfSpeech}), or with one person in office as its subject and one
 *       person, or a state followed by why, as its object (session 12: «ترامب يهاجم وزير العدل», «رئيس كوريا
 *       الجنوبية يهاجم طوكيو بسبب»; {@link #officialAttacks}), is criticism ({@link #verbalAttack}), read as an
 *       ACCUSE ({@link #asCriticism});</li>
 *   <li><b>Commentary</b>: a comment verb followed in its clause by «على» (not «على خلفية»), «بالقول», «قائلا», «:», a
 *       quote, a tweet or an interview, or the outlet spoken to («وعلق الوزير على القرار بالقول»), is a comment, not a
 *       suspension; with stranded people as its subject («علق الأطفال في الكهف») it is no event
 *       ({@link #commentary}).</li>
 *   <li><b>Sparked</b> (session 10): «فجر» with an indefinite noun of a dispute within {@link #SPARK_REACH} tokens
 *       after it («وفجر تعرض سكريبال وابنته للتسمم ... نزاعا دبلوماسيا»), or after a naming word or before a
 *       quotation mark («مهرجان "فجر"», «جماعة "فجر ليبيا"», «عن فجر الإسلام»), sets off a dispute or is a name,
 *       no bombing ({@link #sparked}).</li>
 * </ol>
 */
final class FigurativeReadings {
  private final Cues cues;

  FigurativeReadings(Cues cues) {
    this.cues = cues;
  }

  /**
   * Words of an arsenal before a weapon noun, without article or «ب/ل» (normalised): «برنامج الصواريخ البالستية»,
   * «صفقة صواريخ», «منظومة الدفاع الصاروخي», «تجربة صاروخية» name weapons, not a strike.
   */
  private static final Set<String> ARSENAL = Set.of("برنامج", "برامج", "منظومه", "منظومات",
      "صفقه", "صفقات", "شراء", "بيع", "تطوير", "انتاج", "تصنيع", "اختبار", "اختبارات", "تجربه", "تجارب", "مخزون",
      "ترسانه", "مصنع", "مصانع", "منصه", "منصات", "امتلاك", "حيازه", "تهريب", "شحنه", "شحنات", "قدرات", "دفاع",
      "درع", "نظام", "انظمه", "تزويد", "توريد", "مخازن", "مخزن", "مستودع", "مستودعات", "انشطه", "نشاط", "ملف",
      "تكنولوجيا", "منشاه", "منشات", "قاعده", "قواعد", "بطاريه", "بطاريات");

  /** True when the word before a weapon noun at {@code i} is a word of an arsenal ({@link #ARSENAL}). */
  static boolean arsenalBefore(List<Token> tokens, int i, int from) {
    if (i <= from) {
      return false;
    }
    if (tokens.get(i).norm().contains("قصف")) {
      return false; // «القصف» is the act itself
    }
    String n = Parts.stripConj(tokens.get(i - 1).norm());
    if (i - 2 >= from && n.startsWith("ال") && n.endsWith("ي") && !ARSENAL.contains(n.substring(2))) {
      n = Parts.stripConj(tokens.get(i - 2).norm()); // «البرنامج النووي الصاروخي»: over one adjective
    }
    if (n.startsWith("لل")) {
      n = n.substring(2);
    } else if ((n.startsWith("ب") || n.startsWith("ل")) && !ARSENAL.contains(n)) {
      n = n.substring(1);
    }
    if (n.startsWith("ال")) {
      n = n.substring(2);
    }
    return ARSENAL.contains(n);
  }

  /**
   * True when a court's sentencing word (cue class {@code sentencing}) stands in the {@link #SENTENCE_REACH} words
   * before {@code i}, punctuation not counted (session 14: «قضت محكمة في جنوب السودان، الجمعة، بالإعدام»).
   */
  boolean sentenced(List<Token> tokens, int i, int from) {
    return Parts.wordBefore(tokens, i, from, SENTENCE_REACH, t -> cues.is("sentencing", t.norm()));
  }

  /** Words before an execution noun within which a sentencing word is sought. */
  static final int SENTENCE_REACH = 6;

  /**
   * True when an approving word (cue class {@code positive}) follows within sixteen words, over «بأنه» and commas
   * («وصف X، Y، وجود القوات بأنه الحصن الأخير»), or (session 12) is the description's «بالـ» word or one of the
   * {@link #DESCRIPTION_WORDS} words after its «بأنه/بـ» ({@link #description}), over a long subject and object.
   */
  boolean approving(List<Token> tokens, int b, int to) {
    for (int k = b; k < Math.min(to, b + 16); k++) {
      Token t = tokens.get(k);
      if (cues.is("positive", t.norm())) {
        return true;
      }
    }
    int d = description(tokens, b, to);
    if (d < 0) {
      return false;
    }
    if (cues.is("positive", tokens.get(d).norm().substring(1))) {
      return true; // «بالفرصة التاريخية»
    }
    for (int k = d + 1; k < Math.min(to, d + 1 + DESCRIPTION_WORDS); k++) {
      if (cues.is("positive", tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Words after a describing verb within which its description («بأنه», «بالـ») is sought (session 12). */
  static final int DESCRIPTION_REACH = 30;
  /** Words of the description read for an approving word after its «بأنه/بـ» (session 12). */
  static final int DESCRIPTION_WORDS = 4;

  /**
   * The index of the description of a describing verb: the first word within {@link #DESCRIPTION_REACH} after it
   * that is «بأنه/بأنها/بأنهم», a bare «بـ» or a definite word in «بالـ» («ووصف ... خلال أيام العيد بأنها بادرة
   * إيجابية»), or -1.
   */
  static int description(List<Token> tokens, int b, int to) {
    for (int k = b; k < Math.min(to, b + DESCRIPTION_REACH); k++) {
      String n = tokens.get(k).norm();
      if (n.startsWith("بان") || n.equals("ب") || n.equals("بـ") || n.startsWith("بال") && n.length() > 4) {
        return k;
      }
    }
    return -1;
  }

  /** Counts before an abstract noun («مئات من الاحتجاجات»), normalised. */
  private static final Set<String> ABSTRACT_COUNTS = Set.of("ميات", "عشرات", "الاف", "من",
      "سلسله", "موجه");

  /**
   * True when an attack or withdrawal word's target or subject after it is an abstract noun (cue class
   * {@code abstract}): right after it, or after «على»/«ضد»/«من», maybe behind a name or up to two adjectives
   * («بهجوم ترامب على الاتفاق», «هجوم غير مسبوق على حرية التعبير»,
   * «انسحاب الولايات المتحدة من الاتفاق النووي»: leaving a deal is no troop withdrawal).
   */
  boolean abstractTarget(List<Token> tokens, int b, int to, List<Part> ps) {
    int k = b;
    if (k < to && Parts.stripConj(tokens.get(k).norm()).startsWith("بسبب")) {
      k++; // «انفجرت بسببه أزمة كبيرة»
    }
    while (k < to && k - b < 3 && ABSTRACT_COUNTS.contains(tokens.get(k).norm())) {
      k++; // «تفجر مئات من الاحتجاجات»
    }
    Part p = k < to ? RoleFinder.partAt(ps, k) : null;
    if (p != null && p.first() == k) {
      k = p.end();
    }
    k = overAdjectives(tokens, k, to, ps);
    if (k < to && (tokens.get(k).norm().equals("علي") || tokens.get(k).norm().equals("ضد")
        || tokens.get(k).norm().equals("من"))) {
      k++; // «من» for withdrawals: «انسحاب الولايات المتحدة من الاتفاق النووي»
      if (k < to && ALL_OF.contains(tokens.get(k).norm())) {
        k++; // «أعلن حربا شعواء على كل مظاهر الانفتاح» (session 16)
      }
    }
    return k < to && k - b <= 5 && cues.is("abstract", tokens.get(k).norm());
  }

  /** Words of quantity between «على/ضد/من» and an abstract noun («على كل مظاهر الانفتاح»), normalised (session 16). */
  private static final Set<String> ALL_OF = Set.of("كل", "جميع", "كافه");

  /** Adjectives that may stand between an attack noun and its «على» («هجوم غير مسبوق على», «حرب شرسة على»). */
  private static final int MAX_ADJECTIVES = 2;
  /** «غير» before a participle («غير مسبوق»): part of an adjective here, not the «غير أن» that opens a clause. */
  private static final String NEGATED_ADJECTIVE = "غير";

  /**
   * The «على»/«ضد» after at most {@link #MAX_ADJECTIVES} plain words (no name, preposition or clause boundary) from
   * {@code k} that agree in definiteness with the noun before {@code k}, or {@code k} when there is none.
   */
  private static int overAdjectives(List<Token> tokens, int k, int to, List<Part> ps) {
    boolean definite = k > 0 && Morphology.definite(tokens.get(k - 1));
    int j = k;
    while (j < to && j - k < MAX_ADJECTIVES && tokens.get(j).kind() == Token.Kind.WORD
        && (!Clause.isBoundary(tokens.get(j)) || tokens.get(j).norm().equals(NEGATED_ADJECTIVE))
        && Morphology.definite(tokens.get(j)) == definite // «مقتل المدونة ضد الفساد»: a genitive, no adjective
        && RoleFinder.partAt(ps, j) == null
        && !Parts.PREPOSITIONS.contains(tokens.get(j).norm())) {
      j++;
    }
    return j > k && j < to && (tokens.get(j).norm().equals("علي") || tokens.get(j).norm().equals("ضد")) ? j : k;
  }

  /** Words of a criminal charge before an event noun («بتهمة», «تهم», «التهم»), normalised. */
  private static final Set<String> CHARGES = Set.of("تهمه", "بتهمه", "تهم", "بتهم", "التهم",
      "التهمه", "لتهمه", "بجريمه", "بجرايم", "متهم", "متهمين", "متهمون", "المتهم", "المتهمين", "المتهمون",
      "متهمان", "المتهمان", "مشتبه", "المشتبه", "متهمه", "المتهمه", "متهمتين", "متهمتان");
      // «رجلين متهمين بالانضمام لتنظيم», «المشتبه بتنفيذ الهجوم», «خلية متهمة باحتجاز رهائن» (session 11)

  /** Coordinated charges that may stand between a charge word and a later charge noun («باحتجاز وتعذيب وقتل»). */
  static final int MAX_COORDINATED_CHARGES = 3;

  /** «و» (normalised), which joins a further charge. */
  private static final char WAW = '\u0648';

  /** True when one of {@link #CHARGES} stands within two words before the noun at {@code i}. */
  static boolean chargedBefore(List<Token> tokens, int i, int from) {
    for (int k = i - 1; k >= Math.max(from, i - 2); k--) {
      if (Parts.inSet(CHARGES, tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the word at {@code i} ends a chain of up to {@link #MAX_COORDINATED_CHARGES} words joined by «و» after
   * one of {@link #CHARGES} and its first charge (session 11: in «متهمة باحتجاز وتعذيب وقتل رهائن» torture and
   * killing are charged too; «وقتل» there is the noun, not the verb «قتل»).
   */
  static boolean chargedInChain(List<Token> tokens, int i, int from) {
    int k = i;
    for (int joined = 0; joined < MAX_COORDINATED_CHARGES && k > from; joined++) {
      String n = tokens.get(k).norm();
      if (n.length() < 3 || n.charAt(0) != WAW || Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      k--; // the noun before «و» is one more charge in the chain
      if (k - 1 >= from && Parts.inSet(CHARGES, tokens.get(k - 1).norm())) {
        return true;
      }
    }
    return false;
  }

  /** How grave a wound or a state is («بالطفيفة», «بالخطيرة», «بالمستقرة»), normalised. */
  private static final Set<String> SEVERITY = Set.of("بالطفيفه", "طفيفه", "بالخطيره", "خطيره",
      "بالمتوسطه", "متوسطه", "بالحرجه", "حرجه", "بالمستقره", "مستقره", "بالبليغه", "بليغه", "بالطفيف", "بالخطير");

  /** True when one of {@link #SEVERITY} follows the describing verb within two words. */
  static boolean severityDescribed(List<Token> tokens, int b, int to) {
    for (int k = b; k < Math.min(to, b + 2); k++) {
      if (Parts.inSet(SEVERITY, tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of a state of affairs («وضع», «الأوضاع», «الحالة»), normalised: describing them accuses no one. */
  private static final Set<String> SITUATIONS = Set.of("وضع", "الوضع", "اوضاع", "الاوضاع",
      "حاله", "الحاله", "ظروف", "الظروف", "المشهد", "مشهد");

  /** Words after a describing verb within which its object is sought over a long subject (session 12). */
  static final int OBJECT_REACH = 16;

  /**
   * True when the object of a describing verb is a situation: within its first five words, or (session 12) within
   * {@link #OBJECT_REACH} words over the parts of a long subject («ووصف منسق الشؤون الإنسانية للأمم المتحدة في
   * اليمن، الأربعاء، وضع النازحين بالمأساوي»); a word in «بـ» outside a part (the description) or a word that opens a
   * clause ends the search.
   */
  static boolean situationDescribed(List<Token> tokens, int b, int to, List<Part> ps) {
    for (int k = b; k < Math.min(to, b + 5); k++) {
      String n = Parts.stripConj(tokens.get(k).norm());
      if (SITUATIONS.contains(n)) {
        return true;
      }
      if (n.startsWith("ب") && k > b) {
        return false; // the «بـ» of the description comes first
      }
    }
    int k = b;
    while (k < Math.min(to, b + OBJECT_REACH)) {
      Part p = RoleFinder.partAt(ps, k);
      if (p != null) {
        k = p.end();
        continue; // the subject: «منسق الشؤون الإنسانية للأمم المتحدة في اليمن»
      }
      String n = Parts.stripConj(tokens.get(k).norm());
      if (SITUATIONS.contains(n)) {
        return true;
      }
      if (n.startsWith("ب") && k > b || Clause.WORDS.contains(tokens.get(k).norm())) {
        return false; // the «بـ» of the description, or a new clause, comes first
      }
      k++;
    }
    return false;
  }

  /** Measures and plans that «target» something («العقوبات», «القرار», «المبادرة»), normalised. */
  private static final Set<String> MEASURES = Set.of("العقوبات", "عقوبات", "القرار", "القانون",
      "الاجراءات", "اجراءات", "الاجراء", "المبادره", "مبادره", "الخطه", "خطه", "البرنامج",
      "برنامج", "الرسوم", "رسوم", "الضرايب", "الاصلاحات", "التعديلات", "السياسه");

  /** True when one of {@link #MEASURES} stands within four words after the verb or two before it. */
  static boolean measureNear(List<Token> tokens, int a, int b, int from, int to) {
    for (int k = Math.max(from, a - 2); k < Math.min(to, b + 4); k++) {
      if (k >= a && k < b) {
        continue;
      }
      if (Parts.inSet(MEASURES, tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Stems of «هجوم» and «هاجم» (normalised): the attack words also used for attacks in words. */
  private static final Set<String> ATTACK_STEMS = Set.of("هجوم", "هجوما", "هجمات", "هجمه",
      "هاجم", "يهاجم", "تهاجم", "هاجمت", "اشتبك", "اشتبكت", "هجومه", "هجماته", "هجومها", "هجماتها");

  /** Groups defined by an opinion («أنصار», «منتقدي», «خصوم»), normalised: attacked in words, not with arms. */
  private static final Set<String> OPINION_GROUPS = Set.of("انصار", "مويدي", "منتقدي",
      "معارضي", "خصوم", "خصومه", "منافسي", "المدافعين", "منتقديه", "معارضيه", "مناصري");

  /**
   * The same words read as criticism (ACCUSE, disapprove, CAMEO 111, as «انتقد»/«انتقاد»), its target after «على»
   * or as the object.
   */
  static TriggerLexicon.Match asCriticism(TriggerLexicon.Match m) {
    TriggerLexicon.Entry e = m.entry();
    TriggerLexicon.Entry c = new TriggerLexicon.Entry(e.words(), "ACCUSE", "disapprove", "111", e.verb(),
        e.verb() ? List.of("obj") : List.of("علي", "obj"), Set.of(), e.hand(), e.plural(), e.feminine());
    return new TriggerLexicon.Match(c, m.first(), m.end(), m.cliticFlags());
  }

  /** Participles that tell what an attack in words said («متهما», «واصفا», «منتقدا»), normalised. */
  private static final Set<String> ACCUSING = Set.of("متهما", "متهمه", "متهمين", "واصفا",
      "واصفه", "منتقدا", "منتقده", "معتبرا", "معتبره", "قايلا", "قايله");

  /** True when one of {@link #ACCUSING} follows within two tokens (a comma, say) of {@code k}. */
  private static boolean accusingAfter(List<Token> tokens, int k, int to) {
    for (int j = k; j < Math.min(to, k + 3); j++) {
      if (Parts.inSet(ACCUSING, tokens.get(j).norm())) {
        return true;
      }
    }
    return false;
  }

  /** True when the part is a named person and nothing else («بوتن», «ترامب»). */
  private static boolean personOnly(Part p) {
    return p != null && p.entity() != null && p.entity().type() == EntityType.PER
        && (p.prep().isEmpty() || p.prep().equals("علي"));
  }

  /**
   * True when an attack word's target is a named person (cue: people are attacked in words, places and forces
   * with arms): after «على» within two adjectives («هجوما شرسا على بوتن»), or a group of opinion there («هجمات
   * الرئيس على أنصار حقوق الإنسان»), or, for the verb, a person right after a person subject («هاجم ترامب
   * ماكرون», «اشتبك ترامب مع ميركل»).
   */
  static boolean verbalAttack(List<Token> tokens, TriggerLexicon.Match m, int to, List<Part> ps) {
    String stem = Parts.stripArticle(Parts.stripConj(tokens.get(m.first()).norm()));
    if (!ATTACK_STEMS.contains(stem) && !ATTACK_STEMS.contains(stem.replaceFirst("^(ب|ل)", ""))) {
      return false;
    }
    int b = m.end();
    int reach = b + 3;
    Part agent = m.entry().verb() ? null : RoleFinder.partAt(ps, b);
    if (agent != null && agent.first() == b && agent.prep().isEmpty()) {
      b = agent.end(); // «هجمات الرئيس الفلبيني على أنصار ...»: over the attacker named after the noun
      reach = b + 2;
    }
    for (int k = b; k < Math.min(to - 1, reach); k++) {
      if (!m.entry().verb() && spokenTone(tokens, k, to)) {
        return true; // «وشن باركر هجوما شديد اللهجة على "الأكاذيب"», «هجوما لاذعا على» (session 18)
      }
      if (tokens.get(k).norm().equals("علي")) {
        if (OPINION_GROUPS.contains(tokens.get(k + 1).norm())) {
          return true; // «هجمات الرئيس على أنصار حقوق الإنسان»: a group of opinion is attacked in words
        }
        Part p = RoleFinder.partAt(ps, k + 1);
        if (p == null || p.first() != k + 1) {
          return false;
        }
        return personOnly(p) || accusingAfter(tokens, p.end(), to); // «هجوما عنيفا على روسيا، متهما نظامها»
      }
      if (tokens.get(k).kind() != Token.Kind.WORD || RoleFinder.partAt(ps, k) != null) {
        break;
      }
    }
    if (m.entry().verb() && VERBS.contains(stem) && (spokenAfter(tokens, b, to) || opinionObject(tokens, ps, b, to))) {
      return true; // «وهاجم أردوغان الولايات المتحدة، مشددا», «هاجم مكابي على تويتر», «وهاجم أوربان المعارضة»
    }
    if (m.entry().verb() && VERBS.contains(stem) && wordsOfSpeech(tokens, ps, m.first(), b, to)) {
      return true; // «أردوغان يهاجم المعارضة», «بينما هاجم قناة الجزيرة», «محاضرة هاجم فيها خامنئي» (session 11)
    }
    if (m.entry().verb() && VERBS.contains(stem) && officialAttacks(tokens, ps, m.first(), b, to)) {
      return true; // «رئيس كوريا الجنوبية يهاجم طوكيو بسبب», «ترامب يهاجم وزير العدل» (session 12)
    }
    if (m.entry().verb()) {
      Part subj = RoleFinder.partAt(ps, b);
      int o = subj == null ? b : subj.end();
      if (o + 1 < to && tokens.get(o).norm().equals("مع")) {
        o++; // «اشتبك ترامب مع المستشارة الألمانية أنجيلا ميركل»: a clash of words between two people
      }
      Part obj = subj == null || subj.first() != b ? null : RoleFinder.partAt(ps, o);
      return personOnly(subj) && obj != null && obj.first() == o && (personOnly(obj) || o > subj.end()
          && obj.entity() != null && obj.entity().type() == EntityType.PER);
    }
    return false;
  }

  /** Adjectives of an attack noun that tell words, not arms (normalised): «لاذعا», «كلاميا», «حادا». */
  private static final Set<String> TONES = Set.of("لاذع", "لاذعا", "لاذعه", "اللاذع", "كلامي", "كلاميا", "كلاميه",
      "الكلامي", "حاد", "حادا", "حاده", "الحاد");

  /**
   * True when the word at {@code k} after an attack noun is an adjective of speech ({@link #TONES}) or «شديد/حاد»
   * before «اللهجة» (session 18): «هجوما شديد اللهجة», «هجوما لاذعا على الحكومة».
   */
  static boolean spokenTone(List<Token> tokens, int k, int to) {
    String n = tokens.get(k).norm();
    return TONES.contains(n) || k + 1 < to && tokens.get(k + 1).norm().equals("اللهجه");
  }

  /** The verb «هاجم» (not «اشتبك»): attacks in words are told by {@link #SPOKEN} and {@link #OPINION_OBJECTS}. */
  private static final Set<String> VERBS = Set.of("هاجم", "يهاجم", "تهاجم", "هاجمت");

  /**
   * Words of speech that make «هاجم» an attack in words when they follow it in its clause: a tweet, a speech, a sermon,
   * an interview, a press conference, or a participle or verb of what was said («واصفا», «ووصفها», «مشددا»).
   */
  private static final Set<String> SPOKEN = Set.of("تويتر", "تغريده", "بتغريده", "تغريدات", "تغريدته", "خطاب", "خطابه",
      "خطبه", "كلمه", "كلمته", "محاضره", "مقابله", "حوار", "تصريحات", "تصريح", "موتمر", "ووصف", "ووصفه", "ووصفها",
      "ووصفهم", "واصفا", "مشددا", "متهما", "منتقدا", "قايلا", "معتبرا");
  /** How far after «هاجم» a word of {@link #SPOKEN} is looked for, in tokens. */
  private static final int SPOKEN_REACH = 14;

  /** True when a word of {@link #SPOKEN} follows within {@link #SPOKEN_REACH} tokens of {@code b} in the clause. */
  private static boolean spokenAfter(List<Token> tokens, int b, int to) {
    for (int j = b; j < Math.min(to, b + SPOKEN_REACH); j++) {
      String n = tokens.get(j).norm();
      if (Parts.inSet(SPOKEN, n) || SPOKEN.contains(n.replaceFirst("^(في|ب)", ""))) {
        return true;
      }
    }
    return false;
  }

  /** Objects attacked in words: the opposition, the media, groups of opinion (normalised, with the article). */
  private static final Set<String> OPINION_OBJECTS = Set.of("المعارضه", "قناه", "شبكه", "صحيفه", "وسايل", "الاعلام",
      "الصحافه", "الصحفيين", "الاعلاميين");

  /** True when the object after the subject of «هاجم» at {@code b} opens with a word of {@link #OPINION_OBJECTS}. */
  private static boolean opinionObject(List<Token> tokens, List<Part> ps, int b, int to) {
    Part subj = RoleFinder.partAt(ps, b);
    if (subj == null || subj.first() != b || subj.end() >= to) {
      return false;
    }
    String n = tokens.get(subj.end()).norm();
    return OPINION_OBJECTS.contains(n) || OPINION_GROUPS.contains(n);
  }

  /** «فيه», «فيها»: the verb said in the speech named before it («محاضرة هاجم فيها»), normalised. */
  private static final Set<String> IN_IT = Set.of("فيه", "فيها");
  /** «في» before a medium right after the verb («هاجمت في فيديو»), normalised. */
  private static final String IN = "في";
  /** Media of speech after «في» right after «هاجم»: {@link #SPOKEN} and a video, normalised. */
  private static final Set<String> MEDIA = Set.of("فيديو", "تسجيل", "تسجيلا", "مقطع", "مقطعا", "شريط", "تغريده",
      "مقابله", "خطاب", "كلمه", "محاضره", "تصريحات", "حوار", "مقال");
  /** Tokens before «هاجم» within which the speech of «فيه/فيها» is looked for. */
  private static final int SPEECH_BEFORE = 6;

  /**
   * True when «هاجم» at {@code v} (its subject or object starting at {@code b}) is said in words, by cues other than
   * {@link #spokenAfter} and {@link #opinionObject} (session 11): a person subject before the verb and a person or a
   * word of {@link #OPINION_OBJECTS} right after it («أردوغان يهاجم المعارضة», «حفيد هتلر يهاجم ترامب»); a word of
   * {@link #OPINION_OBJECTS} right after the verb, its subject a pronoun («بينما هاجم قناة الجزيرة»); «فيه/فيها»
   * after it with a word of speech just before it («محاضرة هاجم فيها خامنئي»); «في» and a medium right after it
   * («هاجمت في فيديو نشر ... المصريين»).
   */
  static boolean wordsOfSpeech(List<Token> tokens, List<Part> ps, int v, int b, int to) {
    if (b >= to) {
      return false;
    }
    String next = tokens.get(b).norm();
    if (OPINION_OBJECTS.contains(next) || OPINION_GROUPS.contains(next)) {
      return true;
    }
    if (IN.equals(next) && b + 1 < to && MEDIA.contains(Parts.stripArticle(tokens.get(b + 1).norm()))) {
      return true;
    }
    if (IN_IT.contains(next)) {
      for (int k = Math.max(0, v - SPEECH_BEFORE); k < v; k++) {
        String n = tokens.get(k).norm(); // not without «ف»: «فيديو»
        if (SPOKEN.contains(n) || MEDIA.contains(n) || MEDIA.contains(Parts.stripArticle(n))
            || Parts.inSet(SPOKEN, n)) {
          return true;
        }
      }
    }
    Part subj = null;
    for (Part p : ps) {
      if (p.end() == v) {
        subj = p;
      }
    }
    if (!personOnly(subj) || !subj.prep().isEmpty()) {
      return false;
    }
    Part obj = RoleFinder.partAt(ps, b);
    return obj != null && obj.first() == b && personOnly(obj);
  }

  /**
   * First words of the titles of one person in office (normalised, without «ال»): a president, a minister, a leader,
   * a king, a prince, an adviser, an envoy; not a commander, who may lead an attack.
   */
  private static final Set<String> OFFICIALS = Set.of("رييس", "رييسه", "وزير", "وزيره", "زعيم", "زعيمه", "ملك",
      "امير", "ولي", "مستشار", "مستشاره", "نايب", "حفيد", "سفير", "مندوب", "شيخ");
  /** Words right after a state attacked by an official that tell why, in words («بسبب», «على خلفية», «متهما»). */
  private static final Set<String> OVER = Set.of("بسبب", "لرفضه", "لرفضها", "خلفيه", "متهما", "واصفا", "منتقدا",
      "لموقفها", "لموقفه");
  /** Tokens of an apposition between commas after a subject («، دونالد ترامب،»). */
  private static final int APPOSITION_REACH = 6;

  /** True when {@code p} is one person: a named person or a title of one person in office ({@link #OFFICIALS}). */
  private static boolean official(List<Token> tokens, Part p) {
    String n = tokens.get(p == null ? 0 : p.first()).norm();
    return p != null && p.prep().isEmpty() && (personOnly(p) || OFFICIALS.contains(Parts.stripArticle(n))
        || OFFICIALS.contains(Parts.stripArticle(Parts.stripConj(n)))); // «وزير» is no «و» + «زير»
  }

  /**
   * True when «هاجم» at {@code v} has one person in office as its subject, before it or right after it (over an
   * apposition between commas), and as its object one person («هاجم الرئيس الأمريكي، دونالد ترامب، رئيس شبكة سي إن
   * إن», «ترامب يهاجم وزير العدل») or a state or capital followed by why («رئيس كوريا الجنوبية يهاجم طوكيو بسبب
   * "نساء المتعة"»): a person in office attacks in words (session 12).
   */
  static boolean officialAttacks(List<Token> tokens, List<Part> ps, int v, int b, int to) {
    Part subj = null;
    for (Part p : ps) {
      if (p.end() == v) {
        subj = p; // «رئيس كوريا الجنوبية يهاجم»
      }
    }
    int o = b;
    if (subj == null || !official(tokens, subj)) {
      subj = RoleFinder.partAt(ps, b);
      if (subj == null || subj.first() != b || !official(tokens, subj)) {
        return false;
      }
      o = subj.end();
      if (o < to && Asides.isComma(tokens.get(o))) {
        for (int k = o + 1; k < Math.min(to, o + APPOSITION_REACH); k++) {
          if (Asides.isComma(tokens.get(k))) {
            o = k + 1; // «هاجم الرئيس الأمريكي، دونالد ترامب، رئيس شبكة»: over the name in apposition
            break;
          }
        }
      }
    }
    Part obj = o < to ? RoleFinder.partAt(ps, o) : null;
    if (obj == null || obj.first() != o || !obj.prep().isEmpty()) {
      return false;
    }
    int w = obj.end() + 1 < to && tokens.get(obj.end()).norm().equals("علي") ? obj.end() + 1 : obj.end();
    return official(tokens, obj) || obj.identified() && w < to && Parts.inSet(OVER, tokens.get(w).norm());
  }

  /** «فجر» (set off; also dawn, and part of names) alone, normalised, without «و/ف». */
  private static final String SPARK = "فجر";
  /** Indefinite nouns of a dispute that «فجر» sets off («فجر أزمة», «فجر ... نزاعا دبلوماسيا»), normalised. */
  private static final Set<String> SPARKED = Set.of("نزاعا", "ازمه", "جدلا", "خلافا", "غضبا", "موجه", "مفاجاه",
      "فضيحه", "خلافات", "ازمات", "صراعا");
  /** Words before «فجر» that make it a name («مهرجان "فجر"», «جماعة فجر ليبيا», «عن فجر الإسلام»), normalised. */
  private static final Set<String> SPARK_NAMERS = Set.of("مهرجان", "جماعه", "حركه", "عمليه", "قوات", "عن", "\"", "«");
  /** Tokens after «فجر» within which {@link #SPARKED} is looked for (its subject and commas may stand between). */
  private static final int SPARK_REACH = 20;

  /**
   * True when «فجر» at {@code i} sets off a dispute, not a bomb («وفجر تعرض سكريبال وابنته للتسمم ... نزاعا
   * دبلوماسيا»), or is part of a name («مهرجان "فجر"», «جماعة "فجر ليبيا"») (rule 11).
   */
  static boolean sparked(List<Token> tokens, int i, int end, int from, int to) {
    if (!Parts.stripConj(tokens.get(i).norm()).equals(SPARK)) {
      return false;
    }
    if (i > from && SPARK_NAMERS.contains(tokens.get(i - 1).norm())
        || end < to && QUOTES.contains(tokens.get(end).norm())) {
      return true;
    }
    for (int k = end; k < Math.min(to, end + SPARK_REACH); k++) {
      if (tokens.get(k).norm().equals(".")) {
        return false;
      }
      if (SPARKED.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Words after a «comment» verb in its clause that make it a comment («على», «بالقول», «قائلا», «:»). */
  private static final Set<String> COMMENT_MARKS = Set.of("علي", "عليه", "عليها", "عليهم", "بالقول", "قايلا", "قايله",
      ":", "قايلين", "ان", "بان", // «وعلق مسؤولون إن الاحتجاجات لم تؤثر»: a comment
      "تغريده", "بتغريده", "مقابله", "تصريحات", "تصريح", "بيان", // «وعلق النائب في تغريدة له»
      "للصحافيين", "للصحفيين", "للصحافه", "للصحيفه", "لوكاله", "للوكاله", "لقناه", "للقناه", "لاذاعه"); // «علق للصحافيين»
  /** Quotation marks: a comment when one opens within {@link #QUOTE_REACH} words («علق نائب من المعارضة "كلما ...»). */
  private static final Set<String> QUOTES = Set.of("\"", "«");
  /** Words after a comment verb in which an opening quotation mark makes it a comment (a quoted name comes later). */
  private static final int QUOTE_REACH = 6;
  /** Words after «على» that make it the ground of a suspension, not what is commented on («على خلفية»). */
  private static final Set<String> GROUNDS = Set.of("خلفيه", "اثر", "اساس");
  /** Words of a comment verb's reach: its subject («عضو مجلس الشيوخ الأميركي السيناتور بن ساس، من ولاية ...») first. */
  private static final int COMMENT_REACH = 18;
  /** Subjects of «علق» that are stranded, not suspending (normalised, without «ال»): «علق الأطفال في الكهف». */
  private static final Set<String> STRANDED = Set.of("اطفال", "فريق", "ركاب", "لاعبين", "لاعبون", "سياح", "مهاجرين",
      "مهاجرون", "الاف", "ميات", "عشرات", "عالقين", "مدنيين", "مدنيون");

  /**
   * True when a comment verb is a comment: one of {@link #COMMENT_MARKS} follows it within {@link #COMMENT_REACH}
   * words in its clause (over the commas of an apposition; «على خلفية» is a ground, no mark), or its subject is
   * people who are stranded ({@link #STRANDED}: «وعلق الأطفال ومدربهم في الكهف»).
   */
  static boolean commentary(List<Token> tokens, int b, int to) {
    if (b < to && (STRANDED.contains(Parts.stripArticle(Parts.stripConj(tokens.get(b).norm())))
        || STRANDED.contains(Parts.stripArticle(tokens.get(b).norm())))) {
      return true;
    }
    for (int k = b; k < Math.min(to, b + COMMENT_REACH); k++) {
      String n = tokens.get(k).norm();
      if (QUOTES.contains(n) && k - b < QUOTE_REACH) {
        return true;
      }
      if (COMMENT_MARKS.contains(n) && !(n.equals("علي") && k + 1 < to && GROUNDS.contains(tokens.get(k + 1).norm()))) {
        return true;
      }
      if (Clause.isBoundary(tokens.get(k)) && !n.equals(",") && !n.equals("،")) {
        return false;
      }
    }
    return false;
  }
}
