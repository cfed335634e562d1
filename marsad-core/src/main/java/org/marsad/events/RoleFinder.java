package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Reads the actor and recipient of one trigger from the parts of its sentence.
 *
 * <p>Rules for a verb trigger:
 * <ol>
 *   <li>VSO: a part starting within two tokens after the verb, with no preposition before it, is the subject
 *       («أدانت الحكومة الأمريكية الهجوم»);</li>
 *   <li>aircraft or guns right after an attack or arrest verb are its subject, so the force or nisba after them is
 *       the actor, over the agreement rules («دمرت طائرة إسرائيلية قاربا», «قصفت مقاتلات الجيش الإسرائيلي», session
 *       12);</li>
 *   <li>SVO: otherwise the last part before the verb in its clause, not governed by a preposition
 *       («تركيا تدعم أذربيجان»); an SVO subject at the clause start beats a VSO one;</li>
 *   <li>the recipient is the next part after the subject (or the verb) that is a direct object or follows one of
 *       the trigger's prepositions, or «على», «ضد», «بحق», «إلى», «ل»;</li>
 *   <li>for a casualty verb flagged {@code passive} («قُتل», «أصيب») the subject is the recipient;</li>
 *   <li>a nisba right after a statement verb's object noun of saying («رفضت الانتقادات الأمريكية») names whose words
 *       they are: the recipient, not the subject;</li>
 *   <li>a place right after «زار» (CAMEO 042) is the destination, the recipient; the visitor is a part right
 *       after it or before the verb («يزور مصر», «وزار مصر وفد أمريكي»).</li>
 * </ol>
 * Rules for a noun trigger (verbal noun):
 * <ol>
 *   <li>a nisba adjective right after it is the actor («القصف الأذربيجاني», «قصف إسرائيلي»);</li>
 *   <li>a genitive part right after it is the recipient when the noun takes a direct object («قصف غزة»,
 *       «اغتيال الرئيس»), else the actor («هجوم حماس»), except a city's name after an attack noun, which is where
 *       it was («هجمات باريس», session 13); a state's name (session 14: or a force or authority, «اعتقال السلطات
 *       السعودية ناشطين») followed by an indefinite noun is the
 *       actor, the noun being the object («قمع إسرائيل تظاهرات»);</li>
 *   <li>a nisba part right after a casualty noun («مقتل», «مصرع», flag {@code passive}) or «اغتيال» is the one killed
 *       (session 16: «اغتيال عالم فلسطيني برصاص مجهولين في ماليزيا» was PSE>MYS), not the killer as after an attack
 *       noun («القصف الإسرائيلي»);</li>
 *   <li>a casualty noun counting the members of a body by a pronoun («مقتل أحد جنوده», «إصابة خمسة من عناصرها») has
 *       that body, named before it, as recipient (session 13);</li>
 *   <li>a part after «على/ضد/بحق/ل/إلى» is the recipient; after «على يد», «من قبل», «برصاص», «بنيران» the actor (of
 *       a statement noun only within {@link #STATEMENT_AGENT_REACH} tokens, session 13); a
 *       force after «لـ» right after an attack noun is its actor («غارة للتحالف»), unless a support verb before the
 *       noun names the striker («ووجهت إسرائيل ضربة لحركة حماس»): then it is the target; after the noun «ضربة»
 *       at the start of its clause it is the target («ضربة جديدة للحوثيين», session 12); «لـ» + aircraft before a
 *       force or nisba names whose aircraft struck («غارات لمقاتلات التحالف العربي»), but a force after «لـ» behind
 *       a noun of what it holds owns what was hit («بقصف مواقع لحركة حماس», session 12);</li>
 *   <li>a support noun with «بـ» whose supporter follows it («بدعم من التحالف», «بدعم روسي») backs the nearest
 *       part of another country before it in the sentence («تقدم الجيش اليمني، بدعم من التحالف»);</li>
 *   <li>a support verb before the noun («شنت أذربيجان هجوما», «نفذ التحالف غارة») gives its subject as actor;
 *       «تعرض X لهجوم» gives X as recipient; a relative clause after it («الهجوم الذي شنته أذربيجان»), or
 *       a support verb with an object pronoun right after it (session 10: «مجزرة ارتكبتها إسرائيل», «الغارة شنتها
 *       إسرائيل»; session 12: also over aircraft or guns, «غارات شنتها مقاتلات التحالف العربي»), gives the subject
 *       of its support verb as actor.</li>
 * </ol>
 * Relative clauses (session 12, material types): a verb after «الذي/التي/الذين» followed by a pronoun that takes
 * the noun before back as its object («القس الأميركي الذي أفرجت عنه تركيا», «سراحهم», «عليها», «ضده») has the part
 * right after that pronoun as subject and the noun before «الذي» as recipient.
 * Agreement: an indefinite accusative nisba («فلسطينيا»), or a masculine head («السفير», «الجيش») after a feminine
 * past verb («استهدفت», «استدعت»), is the verb's object, not its subject; so is (session 12) a state or city named alone
 * right after a masculine statement verb («وهدد واشنطن», «وانتقد موسكو»), and (session 20) a feminine noun in «ة» or «ات»
 * right after a masculine statement or meeting verb («كما دعا النساء», «استقبل جماعة الإخوان»). A counted subject of a casualty verb
 * is its victims («ثلاثة مسلحين قتلوا»).
 *
 * <p>Parts that are outlets, or places after a locative preposition, are never actors; nor is a town or province
 * that is no capital («قتلى تفجير إدلب»).
 */
final class RoleFinder {
  /** The noun of assassinating (normalised): a nisba genitive after it is the one killed (session 16). */
  private static final String ASSASSINATION = "اغتيال";
  private static final Set<String> RECIPIENT_PREPS = Set.of("علي", "ضد", "بحق", "الي", "ل", "تجاه", "ازاء");
  private static final Set<String> AGENT_PREPS = Parts.AGENT_PREPS_VIEW;
  private static final int WINDOW = 8;
  /** Statements take a recipient only through their own prepositions: «نفى شن غارات على درعا» has none. */
  private static final Set<String> STATEMENT_TYPES = Set.of("REJECT", "ACCUSE", "REQUEST", "SUPPORT", "THREATEN");
  /** Conjunctions opening a clause of time right before its verb (normalised): «بعدما», «عندما», «حينما». */
  private static final Set<String> SUBORDINATORS = Set.of("بعدما", "عندما", "حينما", "بينما", "كلما", "وعندما",
      "وبعدما", "وحينما");
  /**
   * True when a conjunction of time stands right before the verb at {@code a} ({@link #SUBORDINATORS}): the verb opens
   * its own clause, so a part before the conjunction is not its subject (session 20).
   */
  static boolean subordinated(List<Token> tokens, int a, int from) {
    return a > from && SUBORDINATORS.contains(tokens.get(a - 1).norm());
  }

  /** The noun «نفي» (denial), written like the verb «نفى» once normalised: «نفي وزارة الدفاع» is the ministry's. */
  private static final String DENIAL_NOUN = "نفي";
  /** Statements and meetings whose masculine verb takes a feminine noun right after it as object (session 20). */
  private static final Set<String> FEMININE_OBJECT_TYPES = Set.of("REJECT", "ACCUSE", "REQUEST", "SUPPORT",
      "THREATEN", "CONSULT");
  /** Opening quotation marks before a quoted charge («اتهم جونسون "بالخواء الأخلاقي"»). */
  private static final Set<String> QUOTES = Set.of("\"", "“", "«");

  /** The token at or after {@code k} past one opening quotation mark (session 14). */
  private static int pastQuote(List<Token> tokens, int k, int to) {
    return k + 1 < to && QUOTES.contains(tokens.get(k).text()) ? k + 1 : k;
  }

  /** True when a part holds more than its entity: a title before or after it («مندوب سوريا», «السفيرة الأمريكية»). */
  private static boolean titled(Part p) {
    return p.entity() != null && (p.start() != p.entity().start() || p.stop() != p.entity().end());
  }

  /**
   * True for a part named by a state institution of the knowledge base («الكرملين», «البيت الأبيض»): a name, never a
   * plural in «-ين» (session 14: «ودعا الكرملين واشنطن» had lost its subject to the plural rule).
   */
  private static boolean institution(Part p) {
    return p.entity() != null && p.entity().kb() != null && p.entity().kb().startsWith("inst:");
  }

  /** Words after which a part leads the one before it («التحالف بقيادة الولايات المتحدة»), normalised. */
  private static final Set<String> LEADING = Set.of("بقياده", "تقوده", "يقوده", "تتزعمه", "يتزعمه", "تقودها",
      "يقودها");

  /** True for a word that names the leader after it ({@link #LEADING}): «بقيادة», «الذي تقوده». */
  static boolean leading(String norm) {
    return LEADING.contains(norm);
  }

  /** Words after which a part is the one speaking through someone («باسم الحكومة», «على لسان المتحدث»). */
  private static final Set<String> VOICES = Set.of("باسم", "لسان");
  /** Statements and meetings whose object may stand behind a comma after the subject ({@link CommaObjects}). */
  private static final Set<String> COMMA_OBJECT_TYPES = Set.of("REJECT", "ACCUSE", "REQUEST", "SUPPORT", "THREATEN",
      "CONSULT", "COOPERATE", "AID");
  /**
   * Nouns of what someone said or did that a statement verb takes as its object («الانتقادات», «الاتهامات»,
   * «التصريحات»), normalised without «ال»: a nisba after one names the one who said it.
   */
  private static final Set<String> SAYINGS = Set.of("انتقادات", "اتهامات", "اتهام", "تصريحات", "مزاعم", "ادعاءات",
      "تهديدات", "دعوات", "مطالب", "شروط", "عقوبات", "اجراءات", "خطوه", "قرار", "قرارات", "روايه",
      "تقارير", "انباء");
  /**
   * Statements that answer what another said («رفضت الاتهامات», «أيدت القرار», «انتقدت التصريحات»); not threats,
   * whose subject may be a thing («وتهدد العقوبات الأميركية»).
   */
  private static final Set<String> ANSWERS = Set.of("REJECT", "ACCUSE", "SUPPORT");
  /** CAMEO's «make a visit» («زار»): the place named after the verb is the destination, never the visitor. */
  static final String MAKE_A_VISIT = "042";
  /** «كان/كانت ... قد»: the subject stands between them and the verb. */
  private static final Set<String> KANA = Set.of("كان", "كانت", "كانوا", "اصبح", "اصبحت", "ظل", "ظلت");

  private final Cues cues;

  RoleFinder(Cues cues) {
    this.cues = cues;
  }

  /**
   * Actor and recipient of a trigger; either may be null. {@code coActors} are further speakers joined to the
   * subject by «و» («أدانت مصر والأردن الهجوم», «تدعم أمريكا وتركيا والسعودية المتمردين»): each speaker makes the
   * statement, so each gets an event.
   */
  record Roles(Part actor, Part recipient, List<Part> coActors) {
    Roles(Part actor, Part recipient) {
      this(actor, recipient, List.of());
    }
  }

  /**
   * Statements each coordinated subject makes on its own (not meetings, deals or fights, made together); and aid,
   * which each donor gives («قدمت السعودية والإمارات والكويت مساعدات للأردن»: three donors, session 18).
   */
  private static final java.util.Set<String> SPEAKER_TYPES = java.util.Set.of("ACCUSE", "REQUEST", "REJECT",
      "SUPPORT", "SANCTION", "THREATEN", "AID");

  Roles find(List<Token> tokens, int from, int to, TriggerLexicon.Match m, List<Part> parts) {
    TriggerLexicon.Entry e = m.entry();
    Part actor = null;
    Part recipient = null;
    List<Part> coActors = List.of();
    boolean victimSubject = e.has("passive") || e.verb() && Morphology.voweledPassive(tokens.get(m.first()))
        || e.verb() && CasualtyCounter.kindOf(e) >= 0
        && m.end() < to && (tokens.get(m.end()).kind() == Token.Kind.NUMBER || cues.is("victim",
        Parts.stripArticle(tokens.get(m.end()).norm())) || startsNumberWord(tokens.get(m.end()).norm())
        || org.marsad.numbers.NumberParser.INSTANCE.parseAt(tokens, m.end(), to).isPresent()
        || org.marsad.numbers.NumberParser.INSTANCE.dualOf(tokens.get(m.end())).isPresent()
        || partAt(parts, m.end()) != null && partAt(parts, m.end()).nisba()
        || describedByNationality(tokens, parts, m.end(), to));
    int a = m.first();
    int b = m.end();
    Part agent = agentAfter(tokens, parts, b, to);
    if (agent != null && !e.verb() && STATEMENT_TYPES.contains(e.type()) && agent.first() - b > STATEMENT_AGENT_REACH) {
      agent = null; // «لدعم استخدام أسلحة كيميائية من قبل النظام السوري»: the user, not the supporter (session 13)
    }
    if (e.verb()) {
      Part after = e.plural() && !victimSubject ? null : subjectAfter(tokens, parts, b, to); // «الذين يستهدفون بلادنا»
      if (after != null && !victimSubject && Morphology.presentTense(e) && Relatives.adjectivalClause(tokens, a, from)
          && (m.cliticFlags() & Clitics.SUFFIX) == 0 && !(b < to && RESUMPTIVE.contains(tokens.get(b).norm()))) {
        after = null; // «شركة عسكرية خاصة تدعم القوات الحكومية»: the clause describes the noun before it, its
                      // subject; the part after the verb is its object
      }
      Part statedBy = null;
      if (after != null && !victimSubject && ANSWERS.contains(e.type()) && after.nisba()
          && after.first() == b + 1 && SAYINGS.contains(Parts.stripArticle(Parts.stripConj(tokens.get(b).norm())))) {
        statedBy = after; // «رفضت الانتقادات الأمريكية»: the nisba tells whose criticism is rejected, not who rejects
        after = null;
      }
      Part destination = null;
      if (after != null && !victimSubject && MAKE_A_VISIT.equals(e.cameo()) && after.place() && !after.nisba()
          && after.prep().isEmpty()) {
        destination = after; // «يزور مصر منذ سنوات», «وزار مصر وفد أمريكي»: a place after «زار» is where one goes;
        Part next = subjectAfter(tokens, parts, after.end(), to); // the visitor, if named, comes after it
        after = next != null && !next.place() ? next : null;
      }
      if (after != null && !victimSubject && Morphology.accusing(tokens.get(a))
          && pastQuote(tokens, after.end(), to) < to && Morphology.startsWithBa(tokens.get(pastQuote(tokens, after.end(), to)))
          && partAt(parts, after.end()) == null
          && (m.cliticFlags() & Clitics.SUFFIX) == 0) { // «واتهمتها واشنطن بـ»: the pronoun is the object
        after = null; // «واتهمت الولايات المتحدة بارتكاب مجزرة»: an accusation needs an object, so the one part
                      // before «بـ» is it and the subject is left out
      }
      if (after != null && !victimSubject && !after.place() && !institution(after)
          && Morphology.obliquePlural(tokens.get(after.first()))
          && !(after.first() > b
          && (COUNT_WORDS.contains(tokens.get(after.first() - 1).norm())
          || tokens.get(after.first() - 1).kind() == Token.Kind.NUMBER))) { // «تظاهر آلاف العراقيين»: counted
        after = null; // «ودعت المواطنين إلى»: a plural in «-ين» after the verb is its object, not its subject
                      // (a place's name is no plural: «أدانت البحرين», «استدعت الأرجنتين»)
      }
      if (after != null && !victimSubject && (Morphology.accusativeNisba(tokens, after) || sharedGood(tokens, after)
          || e.feminine() && (m.cliticFlags() & Clitics.SUFFIX) == 0 && ((after.first() == b || e.words()[0].endsWith("ت"))
          && Morphology.masculineHead(tokens, after) // a present «ت» form: only right after it (session 16), since
          || after.first() == b && Morphology.masculineBody(tokens, after)))) { // «تزور شقيقة زعيم ...» has its own subject
        after = null; // «استهدفت فلسطينيا مسلحا», «أنها استدعت السفير الجزائري»: an accusative, or a masculine
                      // noun after a feminine verb, is its object, not its subject
      }
      if (after != null && !victimSubject && STATEMENT_TYPES.contains(e.type()) && after.first() == b
          && (m.cliticFlags() & Clitics.SUFFIX) == 0 && Morphology.masculineVerb(e) && Morphology.feminineState(after)) {
        after = null; // «وهدد واشنطن برد سريع», «وانتقد موسكو لدعمها الأسد»: a feminine state after a masculine
                      // statement verb is its object; the speaker is named before (session 12)
      }
      if (after != null && !victimSubject && FEMININE_OBJECT_TYPES.contains(e.type()) && after.first() == b
          && (m.cliticFlags() & Clitics.SUFFIX) == 0 && Morphology.masculineVerb(e)
          && !DENIAL_NOUN.equals(Parts.stripConj(tokens.get(a).text())) && Morphology.feminineHead(tokens, after)) {
        after = null; // «كما دعا النساء إلى», «بل استقبل جماعة الإخوان»: a feminine noun right after a masculine verb
                      // is its object; the subject is named before (session 20)
      }
      if (after != null && !victimSubject && unknownSubjectBetween(tokens, b, after)) {
        after = null; // «وحثت الجهات الصحية السكان»: a definite noun right after the verb is its subject, though
                      // no participant, and the name after it is the object
      }
      if (after != null && !victimSubject && genitiveOfObject(tokens, b, after)) {
        after = null; // «ويدين استخدام إسرائيل للعنف»: the name is the genitive of the verb's object, not its subject
      }
      Part crafted = !victimSubject && (m.cliticFlags() & Clitics.SUFFIX) == 0
          && (e.type().equals("ASSAULT") || e.type().equals("COERCE")) ? craftSubject(tokens, parts, b, to) : null;
      if (crafted != null) {
        after = crafted; // «دمرت طائرة إسرائيلية قاربا», «قصفت مقاتلات الجيش الإسرائيلي منشآت»: aircraft right after
      }                  // the verb are its subject, and the force or nisba after them says whose (session 12)
      Part before = subjectBefore(tokens, parts, a, from);
      if (victimSubject && !e.has("passive") && before != null && a - before.end() <= 1 && Morphology.presentTense(e)) {
        victimSubject = false; // «ميليشيات الحوثي تحتجز عشرات الناقلات»: a present verb after its subject is active
      }
      if (victimSubject && !e.has("passive") && before != null && adjectivesBetween(tokens, before.end(), a)
          && (forceHead(tokens.get(before.first()).norm()) || armedGroup(before)
          || state(before))
          && !CauseOfDeath.causeAfter(tokens, b, to)) {
        victimSubject = false; // «إن قوات إسرائيلية اعتقلت الرسامين الإيطاليين»: forces right before the verb act,
      }                        // so do named armed groups and states («الحوثيون اعتقلوا 10 صحفيين», «إسرائيل قتلت 60
                               // فلسطينيا»; session 10)
      if (e.plural() && before != null && !Relatives.onlyLinkers(tokens, before.end(), a)) {
        before = null; // «اعترضت الدفاعات صاروخين استهدفا جازان»: the nouns right before a plural verb are its subject
      }
      Part subj;
      if (before != null && after != null) {
        int cs = Clause.start(tokens, a, from);
        int bf = CoalitionSubjects.head(tokens, parts, before).first(); // «السعودية والإمارات تدين» (session 17)
        boolean initial = bf <= cs + 1 || bf > from
            && Parts.inSet(KANA, tokens.get(bf - 1).norm());
        boolean described = (before.nisba() || groupAdjective(tokens, before)) && before.end() == a;
        // «غارات روسية استهدفت بلدة كفربطنا», «الهجوم الإرهابي الحوثي استهدف ناقلة نفط سعودية»
        subj = (initial || described) && wordsBetween(tokens, before.end(), a) <= 2 ? before : after;
        if (subj == before && subordinated(tokens, a, from)) {
          subj = after; // «منيت الولايات المتحدة بنكسة بعدما رفضت الجمعية العامة نصا»: the verb after «بعدما» opens
        }               // its own clause, whose subject follows it (session 20)
        if ((m.cliticFlags() & Clitics.SUFFIX) != 0 && after.first() == b) {
          subj = after; // «الذي تقوده السعودية وتدعمه الولايات المتحدة»: a verb with an object pronoun has its
        }               // subject right after it
      } else {
        subj = after != null ? after : before;
      }
      if (!victimSubject && e.type().equals("ASSAULT") && after != null && subj == after && AttackSubjects.nounBefore(tokens, parts, a, from)) {
        subj = null; // «حول انفجار استهدف رئيس الوزراء الفلسطيني»: the attack noun is the subject, the part after
      }              // the verb is what was hit (session 11)
      if (!victimSubject && CasualtyCounter.harms(e) && after != null && subj == after && !Morphology.presentTense(e)
          && !collective(tokens, after) && CauseOfDeath.causeAfter(tokens, after.end(), to)) {
        victimSubject = true; // «قتل القيادي مصطفى بدر الدين في غارة جوية»: killed in a strike, so passive
      }
      if (!victimSubject && CasualtyCounter.harms(e) && before != null && subj == before && before.first() > from
          && (tokens.get(before.first() - 1).kind() == Token.Kind.NUMBER
          || startsNumberWord(tokens.get(before.first() - 1).norm())
          || org.marsad.numbers.NumberParser.INSTANCE.parseAt(tokens, before.first() - 1, before.first()).isPresent())) {
        victimSubject = true; // «110 فلسطينيين قتلوا», «ثلاثة مسلحين قتلوا»: a counted subject of «قتل» is its victims
      }
      if (!victimSubject && CasualtyCounter.harms(e) && e.plural() && before != null && subj == before
          && CauseOfDeath.causeAfter(tokens, b, to)) {
        victimSubject = true; // «فلسطينيين قتلا بقصف إسرائيلي»: killed by shelling, so passive
      }
      if (!victimSubject && CasualtyCounter.harms(e) && !e.plural() && before != null && subj == before
          && after == null && before.end() == a && !state(before) && !armedGroup(before)
          && Parts.stripConj(tokens.get(a).norm()).equals(tokens.get(a).norm())
          && CauseOfDeath.causeAfter(tokens, b, to) && noObjectAfter(tokens, parts, b, to)) {
        victimSubject = true; // «إن جنديا بريطانيا قتل في انفجار عبوة ناسفة»: killed in a blast, so passive; not
      }                       // «حسب المصادر الإسرائيلية وقتل في الغارة»: «و» opens a new clause (session 14)
      if (!victimSubject && CasualtyCounter.harms(e) && !e.plural() && before != null && subj == before
          && after == null && before.entity() != null && before.entity().type() == org.marsad.model.EntityType.PER
          && before.end() == a && noObjectAfter(tokens, parts, b, to)) {
        victimSubject = true; // «بأن خاشقجي قتل داخل القنصلية»: a person with no object after the verb was killed
      }
      if (!victimSubject && agent != null && subj != null && subj != agent && subj.first() >= b
          && agent.first() > subj.first() && (e.type().equals("ASSAULT") || e.type().equals("COERCE"))) {
        victimSubject = true; // «اختطف الصحفي من قبل ميليشيات ليبية»: an agent after «من قبل» makes the verb passive,
      }                       // and the noun right after it is the one it befell (session 10)
      if (victimSubject && subj == null && Relatives.relativeBefore(tokens, a, from)) {
        subj = Relatives.antecedent(tokens, parts, a, from); // «عناصر الأجهزة الأمنية، الذين أصيبوا جراء ...»
      }
      if (victimSubject) {
        recipient = subj;
        actor = agent;
      } else {
        actor = subj;
        if (actor != null && actor.first() < a && Relatives.relativeBefore(tokens, a, from)) {
          actor = after; // «الغوطة التي تحاصرها قوات النظام»: the noun before «التي» is no subject
          subj = after;
        }
        if (Relatives.relativeBefore(tokens, a, from) && (m.cliticFlags() & Clitics.SUFFIX) == 0 && CasualtyCounter.harms(e)
            && !(b < to && (tokens.get(b).kind() == Token.Kind.NUMBER || partAt(parts, b) != null
            || startsNumberWord(tokens.get(b).norm()) || cues.is("victim", Parts.stripArticle(tokens.get(b).norm()))))) {
          Part ante = Relatives.antecedent(tokens, parts, a, from);
          if (ante != null) {
            return new Roles(agent, ante); // «الفلسطينيين الذين قتلوا بنيران الجيش»: with no object after it the
                                           // verb is passive, and the noun before «الذين» died
          }
        }
        Part resumed = null;
        if (Relatives.relativeBefore(tokens, a, from) && (m.cliticFlags() & Clitics.SUFFIX) == 0) {
          Part ante = Relatives.antecedent(tokens, parts, a, from);
          if (ante != null && after != null && after != ante && RESUMING_TYPES.contains(e.type()) && b < to
              && RESUMED_OBJECTS.contains(tokens.get(b).norm()) && after.first() == b + 1) {
            actor = after; // «القس الأميركي الذي أفرجت عنه تركيا»: the pronoun after the verb is the noun before
            subj = after;  // «الذي», so that noun is the object and the one named after the pronoun the subject
            resumed = ante; // (session 12)
          } else if (ante != null && ante.prep().isEmpty() && after != null && after != ante
              && STATEMENT_TYPES.contains(e.type()) && after.first() == b
              && ResumedNouns.follows(tokens, parts, after, to)) { // not «الهجوم في سوريا، الذي تنفي دمشق وقوعه»
            actor = after; // «السياسي السوداني الذي رفضت مصر عودته»: the pronoun of «عودته» is the noun before
            subj = after;  // «الذي», which the statement is about; the part after the verb makes it (session 15)
            resumed = ante;
          } else if (ante != null && after != null && after != ante && STATEMENT_TYPES.contains(e.type())
              && after.first() == b && RelativeSubjects.otherSubject(tokens, tokens.get(a - 1).norm(), e, after)) {
            actor = RelativeSubjects.speaker(tokens, after, to); // «سكريبال الذي تتهم لندن موسكو بتسميمه», «الكفيل
            subj = after;  // الكويتي التي طالب الجانب الفلبيني بوضعها»: a verb that does not agree with the pronoun has
            resumed = canAct(ante) ? ante : null; // its own subject right after it, and what the clause is about is
                                                  // the noun before the pronoun, not a place after «في» (session 17)
          } else if (ante != null && canAct(ante)) {
            actor = ante; // «رئيسة الحكومة البريطانية، التي تتهم روسيا»: no pronoun on the verb, so the noun
            subj = ante;  // before «التي» is its subject and the noun after it its object
          } else if (ante == null && after != null && subj == after && e.preps().contains("obj")
              && !Relatives.adverbialRelative(tokens, a, from)
              && !(b < to && (RESUMPTIVE.contains(tokens.get(b).norm())
              || PREPOSITION_PRONOUNS.contains(tokens.get(b).norm())))) {
            actor = null; // «التدخل الذي يستهدف السعودية»: the same holds when the noun before «الذي» is no
            subj = null;  // participant: the name after the verb is its object
          }
        }
        if (subj != null && subj == before && actor == before && before.first() < a) {
          subj = CoalitionSubjects.head(tokens, parts, before); // «الولايات المتحدة وبريطانيا وفرنسا تقصف» (session 17)
          actor = subj;
        }
        Part co = subj == null ? null : coordinated(tokens, parts, subj);
        List<Part> chain = new java.util.ArrayList<>();
        for (Part more = co; more != null && !chain.contains(more); more = coordinated(tokens, parts, more)) {
          chain.add(more); // «تدعم أمريكا وتركيا والسعودية المتمردين»: the third subject is no object
        }
        Part last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        int objFrom = subj != null && subj.first() >= b ? (last != null ? last.end() : subj.end()) : b;
        if (subj != null && subj.first() >= b && last == null && subj.titleOnly()) {
          int apposed = Asides.afterApposition(tokens, parts, objFrom, to); // «وزير الاتصالات في السلطة، علام موسى، إسرائيل»
          if (apposed != objFrom) {
            int aside = Asides.afterAside(tokens, apposed, to); // «، في بيان الثلاثاء، إسرائيل»
            objFrom = aside != apposed || apposed >= to || !Asides.isComma(tokens.get(apposed)) ? aside : apposed + 1;
          }
        }
        if (subj != null && subj.first() >= b && last == null && subj.entity() != null
            && subj.entity().type() != org.marsad.model.EntityType.PER && STATEMENT_TYPES.contains(e.type())) {
          objFrom = Asides.afterSubjectName(tokens, parts, titled(subj) ? subj.country() : null, objFrom, to); // «وندد مبعوث الأمم المتحدة إلى الشرق
        }                                                                 // الأوسط نيكولاي ملادينوف بمقتل»
        if (subj != null && subj.first() >= b && last == null && (e.type().equals("ACCUSE") || e.type().equals("REQUEST"))) {
          objFrom = objectAfterComma(tokens, parts, objFrom, to); // «وطالبت الخارجية المصرية، الحكومة الإثيوبية بـ»
        }
        if (subj != null && subj.first() >= b && COMMA_OBJECT_TYPES.contains(e.type())) {
          objFrom = CommaObjects.objectStart(tokens, parts, subj, objFrom, to); // «حث ترامب، بكين، على» (session 14)
        }
        recipient = e.type().equals("REQUEST") && (objFrom < to && ASKED_PRONOUNS.contains(tokens.get(objFrom).norm())
            || b < to && ASKED_PRONOUNS.contains(tokens.get(b).norm()))
            ? null // «وطلب منها دعم الجهود الأمريكية»: the one asked is the pronoun; the name after it is the request
            : object(tokens, parts, objFrom, to, e, actor);
        if (resumed != null && (recipient == null || !recipient.identified())) {
          recipient = resumed;
        }
        if (recipient == null && destination != null && destination != actor) {
          recipient = destination;
        }
        if (recipient == null && actor != null && CasualtyCounter.harms(e)) {
          recipient = victimAfterCount(tokens, parts, objFrom, to); // «قتلت القوات العراقية 5 من عناصر داعش»
        }
        if (CasualtyCounter.harms(e)) {
          recipient = groupOfMembers(tokens, parts, recipient, to);
        }
        if (statedBy != null && statedBy != actor && (actor == null || !statedBy.side().equals(actor.side()))) {
          recipient = statedBy;
        }
        if (recipient == null && e.type().equals("ACCUSE")) {
          Part by = agentAfter(tokens, parts, objFrom, to);
          if (by != null && by != actor && !Clause.between(tokens, objFrom, by.first())) {
            recipient = by; // «استنكرت الحكومة التعنت المتعمد من قبل الميليشيات»: who is blamed for it
          }
        }
        boolean together = e.preps().contains("مع") || e.preps().contains("بين") || !SPEAKER_TYPES.contains(e.type())
            && !e.type().equals("ASSAULT");
        if (co != null && !together) {
          coActors = List.copyOf(chain); // «أدانت مصر والأردن الهجوم»: both condemn; «قصفت أمريكا وبريطانيا مواقع»
        } else if (recipient == null && co != null) {
          recipient = co; // «تتقاتل أرمينيا وأذربيجان», «اجتمع الرئيسان الأمريكي والفرنسي»
        }
        if (recipient == null && (m.cliticFlags() & Clitics.SUFFIX) != 0 && Relatives.relativeBefore(tokens, a, from)) {
          Part ante = Relatives.antecedent(tokens, parts, a, from); // «الغوطة الشرقية التي تحاصرها قوات النظام»
          if (ante != null && ante != actor) {
            recipient = ante;
          }
        }
        if (recipient == null && (m.cliticFlags() & Clitics.SUFFIX) != 0 && STATEMENT_TYPES.contains(e.type())
            && actor != null && actor.first() >= b) {
          Part ante = Relatives.apposedAntecedent(tokens, parts, a, from); // «فتح الله غولن، الداعية الذي تتهمه
          if (ante != null && ante != actor) {                              // تركيا» (session 19)
            recipient = ante;
          }
        }
      }
      if (recipient == null && CasualtyCounter.harms(e)) {
        recipient = ownMembersBefore(tokens, parts, a, from); // «إن ثلاثة من جنوده قتلوا»
        if (recipient == null) {
          recipient = ownMembers(tokens, parts, a, b, from, to); // «أنه قتل خمسة من عناصرها»
        }
        if (recipient == actor) {
          actor = null;
        }
      }
    } else {
      int g = b;
      if (g < to && g + 1 < to && tokens.get(g).kind() == Token.Kind.WORD && !Clause.isBoundary(tokens.get(g))
          && partAt(parts, g) == null && !Parts.PREPOSITIONS.contains(tokens.get(g).norm())
          && partAt(parts, g + 1) != null && (partAt(parts, g + 1).nisba() || groupAdjective(tokens, partAt(parts, g + 1)))
          && Morphology.definite(tokens.get(g)) == Morphology.definite(tokens.get(b - 1))
          && !TARGET_NOUNS.contains(Parts.stripArticle(Parts.stripConj(tokens.get(g).norm())))) {
        g++; // «هجوم صاروخي أمريكي»: one adjective between the noun and the nisba; an adjective agrees in
             // definiteness, so «ضحايا القصف الروسي» is a genitive, not an adjective
      }
      Part gen = partAt(parts, g);
      if (gen != null && !gen.nisba() && gen.prep().isEmpty() && AttackSubjects.subjectOfVerb(tokens, a, from)
          && AttackSubjects.objectForm(tokens.get(gen.first()))) {
        return new Roles(null, null); // «قتل انفجار جنديين للتحالف»: the noun is the subject of the verb before it,
      }                               // and the part after it is that verb's object, not the noun's genitive (session 16)
      if (gen == null && g + 1 < to && TARGET_NOUNS.contains(Parts.stripArticle(Parts.stripConj(tokens.get(g).norm())))
          && partAt(parts, g + 1) != null && partAt(parts, g + 1).nisba() && !victimSubject) {
        recipient = partAt(parts, g + 1); // «ضرب أهداف إيرانية في سوريا»: the nisba names whose targets were hit
      }
      if (gen != null && e.type().equals("REQUEST") && gen.prep().isEmpty() && gen.end() < to && !victimSubject
          && (Parts.stripConj(tokens.get(gen.end()).norm()).equals("الي")
          || tokens.get(gen.end()).norm().equals("علي") && e.preps().contains("obj")
          || tokens.get(gen.end()).norm().startsWith("ب") && tokens.get(gen.end()).norm().length() > 4)) {
        recipient = gen; // «قامت بدعوة الحكومة اليمنية إلى إجراء تحقيق», «مطالبة مجلس الأمن بتوفير», «حض
                         // الحكومة على احترام»: the one called on, not the caller
        gen = null;
      }
      Part between = betweenPair(tokens, parts, b, to);
      if (between != null && !"third-party".equals(e.mode())) {
        actor = between;
        recipient = coordinated(tokens, parts, between);
        return new Roles(actor, recipient);
      }
      if (between != null) {
        recipient = between; // «عرضت قطر الوساطة بين إسرائيل وحماس»: the parties receive the mediation
      }
      if (gen != null && gen.prep().equals("ل") && isAgent(gen) && !victimSubject && !TARGETED_NOUNS.contains(e.type())
          && !e.type().equals("SANCTION")) { // «طرد لضباط»: those expelled
        Part[] lv = e.type().equals("ASSAULT") ? lightVerb(tokens, parts, a, from, e) : null;
        if (lv != null && lv[0] != null && lv[0] != gen && !lv[0].side().equals(gen.side())) {
          recipient = gen; // «ووجهت إسرائيل ضربة قوية لحركة حماس»: with the striker named before, «لـ» marks the target
        } else if (blowOpening(tokens, a, from, e)) {
          recipient = gen; // «ضربة جديدة للحوثيين.. انشقاق مسؤولين»: a blow to them (session 12)
        } else {
          actor = gen; // «غارات لقوات النظام السوري على دوما», «غارة للتحالف»
        }
        gen = null;
      }
      if (gen == null && actor == null && recipient == null && !victimSubject && e.type().equals("ASSAULT")) {
        actor = craftAfterLam(tokens, parts, g, to); // «غارات لمقاتلات التحالف العربي» (session 12)
      }
      if (gen == null && actor == null && recipient == null && !victimSubject && !TARGETED_NOUNS.contains(e.type())) {
        Part after = agentAfterAdjectives(tokens, parts, b, to); // «هجوم واسع النطاق لقوات الشرعية»
        Part[] lv = after != null && e.type().equals("ASSAULT") ? lightVerb(tokens, parts, a, from, e) : null;
        if (lv != null && lv[0] != null && lv[0] != after && !lv[0].side().equals(after.side())
            || after != null && blowOpening(tokens, a, from, e)) {
          recipient = after; // «ووجهت إسرائيل ضربة قوية لحركة حماس»: the target, the striker being named before;
                             // «ضربة قاضية لميليشيات الحوثي»: whoever strikes, those after «لـ» are hit (session 12)
        } else {
          actor = after;
        }
      }
      if (gen != null && gen.prep().isEmpty() && !gen.media() && sharedGood(tokens, gen)) {
        recipient = gen; // «تهديد أمن المملكة»: a state's security is threatened, it does not threaten
        gen = null;
      }
      if (gen != null && gen.prep().isEmpty() && !gen.media()) {
        Part then = gen.nisba() ? null : partAt(parts, gen.end());
        if (gen.nisba() && !victimSubject && (e.type().equals("COERCE") || e.type().equals("ASSAULT"))
            && gen.first() == b && !e.plural() && Morphology.obliquePlural(tokens.get(gen.first()))
            && !tokens.get(b - 1).norm().endsWith("ين") && !tokens.get(b - 1).norm().endsWith("ات")) {
          recipient = gen; // «توقيف بريطانيين اثنين», «اعتقال فلسطينيين»: a plural people noun after a singular act is
                           // no adjective of it but its object (session 10); after «صاروخين» it agrees, an adjective
        } else if (gen.nisba() && !victimSubject && !e.verb()
            && (e.has("passive") || tokens.get(a).norm().contains(ASSASSINATION))) {
          recipient = gen; // «مصرع القيادي الحوثي», «اغتيال عالم فلسطيني»: the one killed, not the killer (session 16)
        } else if (gen.nisba() && !victimSubject) {
          actor = gen;
        } else if (!victimSubject && backedBy(tokens, e, a, from) && canAct(gen)) {
          actor = gen; // «تصدت القوات، بدعم التحالف العربي، لهجومين»: with the coalition's support
        } else if (!victimSubject && canAct(gen) && !localPlace(gen) && (then != null && !then.prep().isEmpty()
            && (e.preps().contains(then.prep()) || then.prep().equals("ل") && e.preps().contains("obj"))
            || then == null && !gen.nisba() && e.preps().contains("obj") && lamObjectAfter(tokens, gen.end(), to))) {
          actor = gen; // «دعم واشنطن للمعارضة», «قصف الجيش للمدينة», «استهداف التحالف للقيادات»: the genitive
                       // before the noun's own preposition (or the «لـ» of its object) is its agent; so too over
                       // one definite adjective («دعم مصر الكامل للحقوق المشروعة», session 13)
        } else if (!victimSubject && canAct(gen) && (isStateName(gen) || actingBody(tokens, gen))
            && objectNounAfter(tokens, parts, gen.end(), to)) {
          actor = gen; // «خلال قمع إسرائيل تظاهرات», «قصف روسيا مواقع»: a state followed by the noun's own object;
                       // so too a force or authority («اعتقال السلطات السعودية ناشطين», session 14)
        } else if (victimSubject || (!e.preps().isEmpty() && e.preps().get(0).equals("obj"))) {
          recipient = gen;
        } else if (!e.type().equals("ASSAULT") || !cityName(gen)) {
          actor = gen; // but «هجمات باريس», «تفجيرات بروكسل» name where the attacks were, not who made them
        }
      }
      if (gen == null && recipient == null && CasualtyCounter.kindOf(e) >= 0) {
        recipient = victimAfterCount(tokens, parts, b, to); // «مقتل عشرات الحوثيين», «مقتل 5 من جنود الجيش»
        if (recipient == null || !recipient.identified() || recipient.end() - recipient.first() == 1
            && OWN_MEMBERS.contains(Parts.stripConj(tokens.get(recipient.first()).norm()))) {
          Part own = ownMembers(tokens, parts, a, b, from, to); // «أعلن الجيش الإسرائيلي مقتل أحد جنوده»
          recipient = own != null ? own : recipient;
        }
      }
      int scanFrom = gen != null && gen.prep().isEmpty() ? gen.end() : b;
      if (recipient == null) {
        recipient = object(tokens, parts, scanFrom, to, e, actor);
        if (recipient != null && recipient.prep().isEmpty()) {
          recipient = null; // a noun takes no direct object beyond its genitive
        }
        if (recipient != null && CasualtyCounter.harms(e)
            && CauseOfDeath.causeBetween(tokens, scanFrom, recipient.first())) {
          recipient = null; // «مقتل الصماد في غارة للتحالف»: a part after the cause is the cause's, not the victim
        }
      }
      if (actor == null && !victimSubject && SOURCED_NOUNS.contains(e.type())) {
        Part src = sourceAfter(tokens, parts, b, to); // «انتقادات حادة من أحزاب المعارضة»
        if (src != null) {
          actor = src;
          recipient = recipient == src ? null : recipient;
          Part[] lv = recipient == null ? lightVerb(tokens, parts, a, from, e) : null;
          if (lv != null && lv[1] != null && lv[1] != src) {
            recipient = lv[1]; // «تواجه الحكومة انتقادات من المعارضة»: the government undergoes them
          }
        }
      }
      if (actor == null) {
        actor = agent;
      }
      if (actor == null && victimSubject && CasualtyCounter.kindOf(e) == CasualtyCounter.ARREST) {
        Part[] lv = lightVerb(tokens, parts, a, from, e);
        if (lv != null && lv[0] != null && isAgent(lv[0]) && lv[0] != recipient) {
          actor = lv[0]; // «أعلنت السلطات البحرينية اعتقال 14 إيرانيا»: who announces arrests made them
        }
      }
      if (actor == null && !victimSubject) {
        Part[] lv = lightVerb(tokens, parts, a, from, e);
        if (lv != null) {
          if (lv[1] != null && recipient == null) {
            recipient = lv[1];
          } else {
            actor = lv[0];
            Part co = actor == null ? null : coordinated(tokens, parts, actor);
            if (co != null && (e.type().equals("ASSAULT") || SPEAKER_TYPES.contains(e.type()) && actor.first() < a)) {
              // «أعلنت الولايات المتحدة وبريطانيا ... طرد دبلوماسيين روس»: a chain of subjects before the support
              // verb each expel, as each strikes (session 17)
              List<Part> chain = new java.util.ArrayList<>();
              for (Part more = co; more != null && !chain.contains(more); more = coordinated(tokens, parts, more)) {
                chain.add(more);
              }
              coActors = List.copyOf(chain); // «وجهت الولايات المتحدة وبريطانيا وفرنسا ضربات»: the three strike
            } else if (recipient == null && co != null) { // together, none is struck (session 11)
              recipient = co; // «وقعت إثيوبيا وإريتريا اتفاق سلام»
            }
          }
        }
      }
      if (actor == null && !victimSubject) {
        actor = relativeAgent(tokens, parts, b, to);
      }
      if (actor != null && recipient == null && !victimSubject) {
        Part[] lv = lightVerb(tokens, parts, a, from, e);
        if (lv != null && lv[1] != null && lv[1] != actor && !lv[1].side().equals(actor.side())) {
          recipient = lv[1]; // «وتعرض حزب الله لغارة إسرائيلية»: the actor from the nisba, the one hit from the verb
        }
      }
      if (recipient == null) {
        recipient = relativeVictim(tokens, parts, b, to);
      }
      if (recipient == null && actor != null && actor.first() >= b && !victimSubject && e.type().equals("SUPPORT")
          && Parts.stripConj(tokens.get(a).norm()).startsWith("ب")) {
        recipient = backedBefore(parts, a, from, actor); // «ويستمر تقدم الجيش اليمني، بدعم من التحالف»
      }
    }
    if (actor != null && recipient != null && (actor.first() == recipient.first() || actor.entity() != null
        && recipient.entity() != null && actor.entity().kb() != null
        && actor.entity().kb().equals(recipient.entity().kb()))) {
      recipient = null; // «أكدت البحرين ... دعمها ... البحرين»: no one acts on themselves
    }
    if (actor != null && (e.type().equals("ASSAULT") || e.type().equals("COERCE"))
        && SOURCE_HEADS.contains(Parts.stripArticle(Parts.stripConj(tokens.get(actor.first()).norm())))) {
      actor = null; // «أفاد مصدر دبلوماسي فرنسي ... هجوم»: a source tells of an attack, it does not make it
    }
    if (actor != null && sharedGood(tokens, actor)) {
      actor = null; // «وتهديد الأمن الإقليمي»: a good is threatened, it does not act
    }
    if (actor != null && localPlace(actor)) {
      actor = null; // «قتلى تفجير إدلب»: a town or province is where it happened; only a country or a capital
    }               // stands for a government («طالبت بغداد»)
    if (actor == null && recipient != null && recipient.identified() && CasualtyCounter.harms(e)) {
      Part foe = clashFoe(tokens, parts, b, to);
      if (foe != null && foe != recipient) {
        actor = foe; // «مقتل 3 من ضباطها في اشتباكات مع محتجين»: the other side of the clash
      }
    }
    return new Roles(actor, recipient, coActors);
  }

  /** Nouns of fighting after which «مع» names the other side («اشتباكات مع», «معارك مع»), normalised. */
  private static final Set<String> CLASHES = Set.of("اشتباكات", "اشتباك", "مواجهات", "مواجهه", "معارك", "معركه",
      "قتال", "الاشتباكات", "المواجهات", "المعارك", "القتال");

  /** How far after a casualty word its cause «في اشتباكات مع X» may start. */
  private static final int CLASH_REACH = 8;

  /**
   * The other side of a clash named as the cause of casualties («مقتل 3 من ضباطها في اشتباكات مع محتجين», «قتل
   * جنديان تركيان في اشتباكات مع مسلحين من حزب العمال الكردستاني»): «في/خلال/جراء/إثر» + a noun of fighting + «مع»
   * + a part within {@link #CLASH_REACH} words after the casualty word, no clause boundary before it; members take
   * their group; or the force after «لـ» behind a noun of operations («جراء عمليات لقوات الجيش المصري»). Null
   * otherwise (session 13).
   */
  private static Part clashFoe(List<Token> tokens, List<Part> parts, int b, int to) {
    for (int k = b; k + 2 < to && k < b + CLASH_REACH; k++) {
      if (Clause.isBoundary(tokens.get(k))) {
        return null;
      }
      String n = tokens.get(k).norm();
      if ((n.equals("في") || n.equals("خلال") || n.equals("جراء") || n.equals("اثر"))
          && CLASHES.contains(tokens.get(k + 1).norm()) && tokens.get(k + 2).norm().equals("مع")) {
        Part p = k + 3 < to ? partAt(parts, k + 3) : null;
        return p == null ? null : groupOfMembers(tokens, parts, p, to);
      }
      if ((n.equals("في") || n.equals("خلال") || n.equals("جراء") || n.equals("اثر"))
          && OPERATIONS.contains(tokens.get(k + 1).norm())) {
        Part p = partAt(parts, k + 2);
        return p != null && p.prep().equals("ل") && isAgent(p) ? p : null; // «جراء عمليات لقوات الجيش المصري»
      }
    }
    return null;
  }

  /** Nouns of military operations whose agent follows with «لـ» («عمليات لقوات الجيش»), normalised. */
  private static final Set<String> OPERATIONS = Set.of("عمليات", "عمليه", "حمله", "حملات");

  /**
   * The one backed by a support noun with «بـ» whose supporter follows it («بدعم من التحالف», «بدعم روسي»): the
   * nearest part before the noun in its sentence that names a country other than the supporter's and can act
   * («تشن قوات النظام، بدعم روسي، عملية» → SYR), or null.
   */
  private static Part backedBefore(List<Part> parts, int a, int from, Part supporter) {
    Part best = null;
    for (Part p : parts) {
      if (p.end() > a) {
        break;
      }
      if (p.first() >= from && p != supporter && p.identified() && p.country() != null
          && !p.country().equals(supporter.country()) && canAct(p) && !localPlace(p) && !p.media()) {
        best = p;
      }
    }
    return best;
  }

  /**
   * The noun «ضربة» (a blow, a strike), normalised, with and without «ال»: its «لـ» names the one hit, never the
   * striker («ضربة جديدة لداعش», «توجيه ضربات قوية لتنظيم القاعدة», «ضربة موجعة لمسلحي الحوثي»), unlike «غارة
   * للتحالف» (session 12).
   */
  private static final Set<String> BLOWS = Set.of("ضربه", "ضربات", "ضربتين", "ضربتان", "الضربه", "الضربات");

  /**
   * True when the trigger is the noun «ضربة» (not the verb «ضرب») opening its clause, as in a headline («ضربة جديدة
   * للحوثيين.. انشقاق مسؤولين»). Not after a word of the clause: «توجيه ضربات قوية لتنظيم القاعدة», «قتلوا ... في
   * ضربة موجعة لمسلحي الحوثي» keep the older reading (a first try on every «ضربة» turned 6 domestic keys whose
   * country was right into actor-less ones).
   */
  static boolean blowOpening(List<Token> tokens, int a, int from, TriggerLexicon.Entry e) {
    return !e.verb() && e.words().length == 1 && BLOWS.contains(e.words()[0]) && Clause.start(tokens, a, from) == a;
  }

  /**
   * Statement nouns whose «لـ» names whom they are aimed at («انتقادات للرئيس», «دعمها للحوثيين», «دعوات للحكومة»),
   * not who makes them.
   */
  private static final java.util.Set<String> TARGETED_NOUNS = STATEMENT_TYPES;

  /** Statement nouns whose «من» names who makes them («انتقادات من المعارضة», «دعوات من واشنطن»). */
  private static final java.util.Set<String> SOURCED_NOUNS = java.util.Set.of("ACCUSE", "REQUEST", "SUPPORT",
      "THREATEN");

  /** The part after «من» right after a statement noun, or after one adjective («انتقادات حادة من»), or null. */
  private static Part sourceAfter(List<Token> tokens, List<Part> parts, int b, int to) {
    for (int k = b; k < Math.min(to - 1, b + 2); k++) {
      Token t = tokens.get(k);
      if (t.norm().equals("من")) {
        Part p = partAt(parts, k + 1);
        return p != null && p.prep().equals("من") && canAct(p) && !p.media() ? p : null;
      }
      if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t) || partAt(parts, k) != null
          || Parts.PREPOSITIONS.contains(t.norm())) {
        return null;
      }
    }
    return null;
  }

  /** Words that open a suspicion or charge («للاشتباه», «بتهمة»), normalised. */
  private static final java.util.Set<String> SUSPICION = java.util.Set.of("للاشتباه", "بالاشتباه", "للشبهه",
      "بتهمه", "بتهم", "لاتهامه", "لاتهامهم", "بشبهه", "لصلات", "لصلته", "لصلتهم");

  private static boolean suspicionBetween(List<Token> tokens, int a, int b) {
    for (int k = a; k < b; k++) {
      if (Parts.inSet(SUSPICION, tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** «منه», «منها», «منهم» right after a request verb: whom it asks, as a pronoun. */
  private static final Set<String> ASKED_PRONOUNS = Set.of("منه", "منها", "منهم", "منهما");

  /** Words that open the reason for an act («بسبب», «على خلفية», «جراء»), normalised. */
  private static final Set<String> REASONS = Set.of("بسبب", "لسبب", "خلفيه", "جراء", "اثر", "عقب", "ردا");

  private static boolean reasonBetween(List<Token> tokens, int a, int b) {
    for (int k = a; k < b; k++) {
      if (Parts.inSet(REASONS, tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** A state's own envoys («سفيرها», «سفيره»), normalised. */
  private static final java.util.Set<String> OWN_ENVOYS = java.util.Set.of("سفيرها", "سفيره", "سفيرهم", "سفيرنا",
      "سفراءها", "سفراءه", "سفرايها", "سفرايه", "قنصلها", "قنصله", "مبعوثها", "مبعوثه");

  /**
   * The group after «من» that bare members belong to («مسلحين من حركة الشباب», session 12), else {@code p} itself.
   */
  private static Part groupOfMembers(List<Token> tokens, List<Part> parts, Part p, int to) {
    if (p == null || p.end() != p.first() + 1 || !p.titleOnly() || p.end() + 1 >= to
        || !Parts.inSet(MEMBER_NOUNS, tokens.get(p.first()).norm())
        || !tokens.get(p.end()).norm().equals("من")) {
      return p;
    }
    Part g = partAt(parts, p.end() + 1);
    return g != null && g.identified() ? g : p;
  }

  /** Nouns of members that stand between a count and the group they belong to (normalised). */
  private static final java.util.Set<String> MEMBER_NOUNS = java.util.Set.of("مقاتلي", "مسلحي", "متشددي", "اعضاء",
      "مسلحين", "مقاتلين", "متشددين", "ارهابيين", "عناصر");

  /** Words of a count between a casualty noun and its victims («عشرات», «مئات», «آلاف», «من», «عنصرا من»). */
  private static final java.util.Set<String> COUNT_WORDS = java.util.Set.of("عشرات", "ميات", "الاف", "العشرات",
      "الميات", "من", "نحو", "اكثر", "حوالي", "قرابه", "عنصرا", "عناصر", "مسلحا", "مقاتلا", "جنديا", "شخصا", "اشخاص",
      "فردا", "افراد", "قتيلا", "قتلي");

  /** «على» (normalised): the preposition of an arrest («القبض على») before its count. */
  private static final String ON = "علي";

  /**
   * The victims named right after a casualty noun's count («مقتل عشرات حوثيين»), or, over the «على» of an arrest,
   * those arrested («أعلنت الوزارة القبض على 14 إيرانيا»: IRN, not the place of the arrest; session 18), or null.
   */
  private static Part victimAfterCount(List<Token> tokens, List<Part> parts, int after, int to) {
    int b = after < to && ON.equals(tokens.get(after).norm()) ? after + 1 : after; // «القبض على 14 إيرانيا» (session 18)
    int k = b;
    while (k < to && k - b < 3 && partAt(parts, k) == null
        && (tokens.get(k).kind() == Token.Kind.NUMBER || COUNT_WORDS.contains(tokens.get(k).norm())
        || org.marsad.numbers.NumberParser.INSTANCE.parseAt(tokens, k, k + 1).isPresent())) { // «مقتل ثلاثة جنود أتراك»
      k++;
    }
    if (k > b && k + 1 < to && partAt(parts, k) == null && MEMBER_NOUNS.contains(tokens.get(k).norm())
        && k - b < 4) {
      k++; // «22 من مقاتلي حركة الشباب», «5 مسلحين من داعش»: the members before the group (session 12)
      if (k + 1 < to && partAt(parts, k) == null && tokens.get(k).norm().equals("من")) {
        k++;
      }
    }
    Part p = k > b && k < to ? partAt(parts, k) : null;
    return p != null && p.first() == k && (p.prep().isEmpty() || p.prep().equals("من")) && canAct(p)
        ? groupOfMembers(tokens, parts, p, to) : null;
  }

  /**
   * Members named with a pronoun of their own body («جنوده», «عناصرها», «أفرادها»; normalised): the body named before
   * the casualty noun owns them (session 13).
   */
  private static final Set<String> OWN_MEMBERS = Set.of("جنوده", "جنودها", "عناصره", "عناصرها", "افراده", "افرادها",
      "مقاتليه", "مقاتليها", "رجاله", "رجالها", "ضباطه", "ضباطها", "عسكرييه", "عسكرييها", "منتسبيه", "منتسبيها",
      "اعضايه", "اعضايها", "موظفيه", "موظفيها", "مواطنيه", "مواطنيها", "رعاياه", "رعاياها", "جندييه", "جندييها");

  /**
   * The body whose own members a casualty noun counts («أعلن الجيش الإسرائيلي مقتل أحد جنوده», «أعلنت وزارة الدفاع
   * الروسية مقتل اثنين من جنودها»): a count, «أحد» or a number word, maybe «من», then a member noun with a pronoun
   * ({@link #OWN_MEMBERS}) within five words after the noun; the owner is the last agent or state named before the
   * noun in its sentence. Null otherwise.
   */
  private static Part ownMembers(List<Token> tokens, List<Part> parts, int a, int b, int from, int to) {
    int k = b;
    while (k < to && k - b < 5 && !OWN_MEMBERS.contains(Parts.stripConj(tokens.get(k).norm()))) {
      if (Clause.isBoundary(tokens.get(k)) || partAt(parts, k) != null) {
        return null;
      }
      k++;
    }
    if (k >= to || k - b >= 5) {
      return null;
    }
    return lastOwner(parts, from, a);
  }

  /** True when token {@code k} ends a count: a number, a number word or «أحد/إحدى». */
  private static boolean counted(List<Token> tokens, int k) {
    String n = tokens.get(k).norm();
    return tokens.get(k).kind() == Token.Kind.NUMBER || n.equals("احد") || n.equals("احدي") || startsNumberWord(n)
        || org.marsad.numbers.NumberParser.INSTANCE.parseAt(tokens, k, k + 1).isPresent();
  }

  /** The last part in tokens {@code [from, end)} that may own members ({@link #owns}), or null. */
  private static Part lastOwner(List<Part> parts, int from, int end) {
    Part owner = null;
    for (Part p : parts) {
      if (p.first() >= from && p.end() <= end && owns(p)) {
        owner = p;
      }
    }
    return owner;
  }

  /** True for a part that may own members: a force, a government, a police, an armed group or a state. */
  private static boolean owns(Part p) {
    return isAgent(p) || isStateName(p) || "POL".equals(p.sector()) && p.identified() && !p.place();
  }

  /**
   * The body owning the members counted right before a casualty verb («وقال الجيش الأمريكي إن ثلاثة من جنوده
   * قتلوا»): a count, «من» and a member noun with a pronoun ({@link #OWN_MEMBERS}) within four words before the verb,
   * no clause boundary or name between (uncounted, «أن جنوده قتلوا 22 مسلحا», they are its subject); the owner is the last agent or state named before it in the sentence. Null otherwise.
   */
  private static Part ownMembersBefore(List<Token> tokens, List<Part> parts, int a, int from) {
    for (int k = a - 1; k >= Math.max(from, a - 4); k--) {
      boolean members = OWN_MEMBERS.contains(Parts.stripConj(tokens.get(k).norm()));
      if (!members && (Clause.isBoundary(tokens.get(k)) || partAt(parts, k) != null)) {
        return null;
      }
      if (members) {
        if (k - 2 < from || !tokens.get(k - 1).norm().equals("من") || !counted(tokens, k - 2)) {
          return null; // «أن جنوده قتلوا 22 مسلحا»: uncounted members before the verb are its subject
        }
        return lastOwner(parts, from, k);
      }
    }
    return null;
  }

  /** Adjectives that may stand between an event noun and its «لـ» agent («هجوم واسع النطاق لقوات ...»). */
  private static final int MAX_ADJECTIVES = 2;

  /** A force after «لـ» behind at most {@link #MAX_ADJECTIVES} plain words that follow the noun, or null. */
  private static Part agentAfterAdjectives(List<Token> tokens, List<Part> parts, int b, int to) {
    for (int k = b; k < Math.min(to, b + MAX_ADJECTIVES); k++) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD || Clause.isBoundary(t) || partAt(parts, k) != null
          || Parts.PREPOSITIONS.contains(t.norm()) || t.norm().startsWith("ل") && t.norm().length() > 3
          || HELD.contains(Parts.stripArticle(Parts.stripConj(t.norm())))) {
        return null; // «ضربة صاروخية لقواعد للميليشيات»: «لقواعد» is the target, the «لـ» after it its genitive;
      }              // «بقصف مواقع لحركة حماس»: whose positions were hit (session 12)
      Part p = k + 1 < to ? partAt(parts, k + 1) : null;
      if (p != null && p.prep().equals("ل") && isAgent(p)) {
        return p;
      }
      Part crafted = craftAfterLam(tokens, parts, k + 1, to);
      if (crafted != null) {
        return crafted; // «غارات جوية لمقاتلات التحالف العربي»: whose aircraft, over the adjective (session 14)
      }
    }
    return null;
  }

  private static boolean startsNumberWord(String n) {
    return n.equals("اكثر") || n.equals("نحو") || n.equals("حوالي") || n.equals("ما") || n.equals("قرابه") || n.equals("عدد")
        || n.equals("عشرات") || n.equals("ميات");
  }

  /**
   * Things held or manned by a force, normalised, without article («مواقع», «مقرا», «موكب», «دوريات», «معسكرا»): a
   * force after «لـ» right after one owns what was hit, it is no attacker («بقصف مواقع لحركة حماس», session 12).
   */
  private static final Set<String> HELD = Set.of("اهداف", "هدف", "مواقع", "موقع", "موقعا", "مقرات", "مقر", "مقرا",
      "قواعد", "قاعده", "منشات", "منشاه", "مراكز", "مركز", "مركزا", "مخازن", "مخزن", "مخزنا", "مستودعات", "مستودع",
      "مستودعا", "موكب", "موكبا", "دوريه", "دوريات", "معسكر", "معسكرا", "معسكرات", "ثكنه", "ثكنات", "بطاريه",
      "تجمعات", "تجمعا", "تعزيزات", "اليات", "اليه", "اسلحه", "مخابي", "نقاط", "نقطه", "حاجز", "حواجز", "منازل",
      "مبني", "مباني", "سياره", "سيارات", "حافله", "قافله", "سفينه", "ناقله", "زورق", "زوارق", "طايره");

  /** Targets named by a plain noun («أهداف», «مواقع»), normalised: a nisba after one names whose targets they are. */
  private static final Set<String> TARGET_NOUNS = Set.of("اهداف", "هدف", "مواقع", "موقع", "مقرات", "مقر", "قواعد",
      "قاعده", "منشات", "مصالح", "مراكز", "مخازن", "ناقله", "سفينه");

  /** Forces, governments, armed groups and states act; places and civilians do not. */
  private static boolean isAgent(Part p) {
    String sec = p.sector();
    return p.identified() && !p.place() && ("MIL".equals(sec) || "GOV".equals(sec) || "REB".equals(sec)
        || p.entity() != null && p.entity().kb() != null && p.entity().kb().startsWith("group:") || p.igo()
        || p.entity() != null && p.entity().type() == org.marsad.model.EntityType.ORG);
  }

  /** «مباحثات بين الروس وجيش الإسلام»: the first of two parts after «بين» right after the noun. */
  private static Part betweenPair(List<Token> tokens, List<Part> parts, int b, int to) {
    for (int k = b; k < Math.min(to, b + 3); k++) {
      if (Clause.isBoundary(tokens.get(k))) {
        return null;
      }
      if (accusativeObject(tokens.get(k))) {
        return null; // «وأثار هذا الهجوم توترا كبيرا بين واشنطن وموسكو»: the tension, not the attack, is between them
      }
      if (tokens.get(k).norm().equals("بين")) {
        Part x = partAt(parts, k + 1);
        if (x != null && x.identified() && coordinated(tokens, parts, x) != null) {
          return x;
        }
        return null;
      }
    }
    return null;
  }

  /**
   * True for an indefinite accusative noun in «ـا» (session 16): after an event noun it is the object of the verb
   * whose subject the noun is, so a «بين» after it belongs to it («وأثار هذا الهجوم توترا كبيرا بين واشنطن
   * وموسكو»: the tension, not the attack, is between them).
   */
  private static final java.util.Set<String> ADVERBS_IN_A = java.util.Set.of("ايضا", "مجددا", "موخرا", "سابقا",
      "جدا", "اساسا", "غدا", "امسا", "دايما", "ابدا", "تماما", "فورا", "مباشره", "سويا", "معا", "اخيرا", "اولا",
      "ثانيا", "مثلا", "احيانا", "غالبا", "كثيرا", "قليلا", "نسبيا", "تقريبا", "حصرا", "مسبقا", "لاحقا", "صباحا",
      "مساء", "ليلا", "نهارا", "ظهرا", "عصرا", "يوميا");

  private static boolean accusativeObject(Token w) {
    String n = w.norm();
    return w.kind() == Token.Kind.WORD && !n.startsWith("ال") && n.endsWith("ا") && n.length() >= 4
        && !n.endsWith("يا") && !ADVERBS_IN_A.contains(n); // «تجري حاليا بين», «مجددا»: adverbs, no object
  }

  /** The part joined to {@code p} by «و» right after it, or null. */
  static Part coordinated(List<Token> tokens, List<Part> parts, Part p) {
    Part next = partAt(parts, p.end());
    if (next != null && next.prep().isEmpty() && tokens.get(next.first()).norm().startsWith("و")
        && next.identified() && !next.media() && !ownWaw(tokens.get(next.first()).norm(), next)) {
      return next;
    }
    if (next == null && p.end() + 1 < tokens.size() && tokens.get(p.end()).norm().equals("و")) {
      Part n2 = partAt(parts, p.end() + 1);
      if (n2 != null && n2.identified() && n2.prep().isEmpty()) {
        return n2;
      }
    }
    return null;
  }

  /**
   * Title words whose first letter is «و» («وزير», «وزارة», «وفد», «وكالة», «ولي العهد», «وحدات»), normalised: a part that
   * is one of them is not joined by «و» (session 10). With the conjunction they read «ووزير», «ووفد».
   */
  private static final Set<String> WAW_TITLES = Set.of("وزير", "وزيره", "وزيرا", "وزاره", "وزراء", "وكيل", "وكاله",
      "وفد", "وفدا", "والي", "ولي", "وحدات", "ولايه", "ولايات", "وسيط", "وسطاء");

  /**
   * True when the «و» a part starts with is its name's own first letter, no conjunction: a title word of
   * {@link #WAW_TITLES}, or the whole word is a name of the same knowledge-base entry («واشنطن», «وارسو»; not «وتركيا»).
   */
  static boolean ownWaw(String norm, Part p) {
    if (WAW_TITLES.contains(norm)) {
      return true; // «وطالبت الجامعة العربية وزير الخارجية الأرجنتيني»: the minister is the object, no second subject
    }
    if (p.entity() == null || p.entity().kb() == null) {
      return false;
    }
    for (org.marsad.kb.KbEntry k : org.marsad.kb.KnowledgeBase.standard().lookup(norm)) {
      if (k.id().equals(p.entity().kb())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The part that holds token {@code tokenIndex}, wherever it starts, or null (session 11: {@link #partAt} finds only
   * a part that starts there, so a support verb before a long name, «شنت كل من الولايات المتحدة وفرنسا غارات», was
   * out of reach).
   */
  private static Part partCovering(List<Part> parts, int tokenIndex) {
    for (Part p : parts) {
      if (p.first() <= tokenIndex && tokenIndex < p.end()) {
        return p;
      }
      if (p.first() > tokenIndex) {
        break;
      }
    }
    return null;
  }

  static Part partAt(List<Part> parts, int tokenIndex) {
    for (Part p : parts) {
      if (p.first() == tokenIndex) {
        return p;
      }
      if (p.first() > tokenIndex) {
        break;
      }
    }
    return null;
  }

  /** Days and time words with the article that may stand between a verb and its subject, normalised. */
  private static final Set<String> DEFINITE_TIMES = Weekdays.with("اليوم", "الليله", "الماضي", "الماضيه", "الجاري",
      "الحالي");

  /**
   * True when the word right after the verb ending at {@code b} is a definite noun that is no part and no day
   * or time («الجهات الصحية»), and a part follows it: that noun is the subject.
   */
  private static boolean unknownSubjectBetween(List<Token> tokens, int b, Part after) {
    if (after.first() <= b || after.nisba() || after.entity() != null
        && after.entity().type() == org.marsad.model.EntityType.PER && after.first() == b + 1) {
      return false; // «الدبابات الإسرائيلية»: a nisba qualifies the noun; «السناتور روبرت منينديز»: a title
    }
    Token t = tokens.get(b);
    String n = Parts.stripConj(t.norm());
    return t.kind() == Token.Kind.WORD && n.startsWith("ال") && !DEFINITE_TIMES.contains(n)
        && !BEFORE_SUBJECT.contains(n) && !PREPOSITION_PRONOUNS.contains(n) && !RESUMPTIVE.contains(n)
        && !n.equals("الذي") && !n.equals("التي") && !n.equals("الذين") && !n.equals("الي"); // «دعت إليها نقابات»
  }

  /** Heads of sources and spokesmen («مصدر», «متحدث», «ناطق»), normalised without «ال». */
  private static final Set<String> SOURCE_HEADS = Set.of("مصدر", "مصادر", "متحدث", "ناطق", "مراسل", "شاهد", "شهود");

  /** A state's goods named before it («أمن المملكة», «استقرار المنطقة», «سيادة لبنان»), normalised. */
  private static final Set<String> SHARED_GOODS = Set.of("امن", "استقرار", "سلامه", "سياده", "مصالح", "وحده",
      "اراضي");

  /** Adjectives that make «الأمن» a good, not the security forces («الأمن القومي», «الأمن الإقليمي»), normalised. */
  private static final Set<String> GOOD_ADJECTIVES = Set.of("القومي", "الاقليمي", "الوطني", "الدولي", "العالمي",
      "الغذايي", "المايي", "العام");

  /**
   * True when the part starts with one of {@link #SHARED_GOODS} without the article, or is «الأمن» or
   * «الاستقرار» with one of {@link #GOOD_ADJECTIVES}: a target, never an agent.
   */
  private static boolean sharedGood(List<Token> tokens, Part p) {
    String n = Parts.stripConj(tokens.get(p.first()).norm());
    if (SHARED_GOODS.contains(n)) {
      return true;
    }
    return (n.equals("الامن") || n.equals("الاستقرار")) && p.first() + 1 < tokens.size()
        && GOOD_ADJECTIVES.contains(tokens.get(p.first() + 1).norm());
  }

  /** Sectors of bodies that act on others: armies, police, governments, armed groups. */
  private static final Set<String> ACTING_SECTORS = Set.of("MIL", "POL", "GOV", "REB");

  /**
   * True when the part is a force, an authority or an armed group of a known state, headed by a body's noun or named
   * as an organisation, no person and no place («السلطات السعودية», «قوات الاحتلال الإسرائيلي», «جماعة الحوثي»;
   * session 14).
   */
  static boolean actingBody(List<Token> tokens, Part p) {
    if (p.country() == null || !ACTING_SECTORS.contains(String.valueOf(p.sector())) || p.place() || p.nisba()) {
      return false;
    }
    String head = Parts.stripArticle(Parts.stripConj(tokens.get(p.first()).norm()));
    return BODY_HEADS.contains(head) || p.entity() != null && p.entity().type() == org.marsad.model.EntityType.ORG
        && p.start() == p.entity().start();
  }

  /**
   * Heads of bodies that act (normalised, without «ال»): a part headed by one is a force or an authority, not a
   * person named by a title («اعتقال زعيم إقليم كتالونيا السابق», «اعتقال ضابط مخابرات أمريكي»: the one arrested).
   */
  private static final Set<String> BODY_HEADS = Set.of("سلطات", "قوات", "شرطه", "جيش", "استخبارات", "مخابرات", "امن",
      "اجهزه", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "جماعه", "حركه", "تنظيم", "حكومه", "نظام", "حرس", "بحريه",
      "سلاح", "طيران", "وزاره", "قياده", "وحدات", "فصايل", "دفاعات");

  /** True when the part is a country's name and nothing more («إسرائيل», «روسيا»). */
  static boolean isStateName(Part p) {
    return p.entity() != null && p.entity().kb() != null && p.entity().kb().startsWith("iso3:")
        && p.start() == p.entity().start() && p.stop() == p.entity().end();
  }

  /** Adverbs and time words that may follow a genitive without being an object, normalised. */
  private static final Set<String> NOT_OBJECTS = Set.of("امس", "اليوم", "الليله", "مجددا", "ايضا",
      "موخرا", "حاليا", "سابقا", "صباح", "مساء", "فجر", "ليل", "ظهر", "منذ", "عام", "خلال", "بعد", "قبل", "عند",
      "حتي", "نحو", "مثل", "غير", "كل", "اي", "الذي", "التي", "ما", "لا", "لم", "لن", "قد");

  /**
   * True when the token at {@code k} is an indefinite common noun (no article, no preposition, no name, no
   * adverb, not in the accusative «ـا»): the object of the verbal noun whose genitive stands before it.
   */
  private static boolean objectNounAfter(List<Token> tokens, List<Part> parts, int k, int to) {
    if (k >= to) {
      return false;
    }
    Token t = tokens.get(k);
    String n = t.norm();
    return t.kind() == Token.Kind.WORD && !Clause.isBoundary(t) && partAt(parts, k) == null && n.length() > 3
        && !Morphology.definite(t) && !n.endsWith("ا") && !n.startsWith("و") && !Parts.PREPOSITIONS.contains(n)
        && !NOT_OBJECTS.contains(n) && !n.startsWith("ب") && !n.startsWith("ل");
  }

  /** True when the part is nothing but a city or region that is no capital («إدلب», «مدينة الحديدة»). */
  static boolean localPlace(Part p) {
    if (!p.place() || p.nisba() || p.entity() == null || p.entity().kb() == null || p.entity().kb().startsWith("iso3:")
        || p.start() != p.entity().start() || p.stop() != p.entity().end()) {
      return false;
    }
    return org.marsad.kb.KnowledgeBase.standard().byId(p.entity().kb())
        .map(k -> k.kind() == org.marsad.kb.KbEntry.Kind.CITY || k.kind() == org.marsad.kb.KbEntry.Kind.REGION)
        .orElse(false);
  }

  /** True when part {@code p} is just the name of a city, a capital or a region (not a state, not a nisba). */
  private static boolean cityName(Part p) {
    if (!p.place() || p.nisba() || p.entity() == null || p.entity().kb() == null || p.entity().kb().startsWith("iso3:")
        || p.start() != p.entity().start() || p.stop() != p.entity().end()) {
      return false;
    }
    return org.marsad.kb.KnowledgeBase.standard().byId(p.entity().kb())
        .map(k -> k.kind() == org.marsad.kb.KbEntry.Kind.CITY || k.kind() == org.marsad.kb.KbEntry.Kind.REGION
            || k.kind() == org.marsad.kb.KbEntry.Kind.CAPITAL)
        .orElse(false);
  }

  private static boolean canAct(Part p) {
    return !p.media() && !(p.place() && Parts.LOCATIVE.contains(p.prep()));
  }

  private static Part subjectAfter(List<Token> tokens, List<Part> parts, int b, int to) {
    for (Part p : parts) {
      if (p.first() < b) {
        continue;
      }
      if (p.first() - b > 2 || Clause.between(tokens, b, p.first())) {
        return null;
      }
      boolean counted = false;
      if (p.prep().equals("من")) {
        int k = p.first() - 1;
        while (k > b && !tokens.get(k).norm().equals("من")) {
          k--; // over «عناصر» in «عدد من عناصر الحرس الثوري»
        }
        counted = k > b && tokens.get(k).norm().equals("من") && (COUNT_WORDS.contains(tokens.get(k - 1).norm())
            || tokens.get(k - 1).norm().equals("عدد") || tokens.get(k - 1).kind() == Token.Kind.NUMBER);
      }
      if (!p.prep().isEmpty() && !counted || !canAct(p)) {
        return null; // «قتل عدد من عناصر الحرس الثوري»: the people counted are the subject
      }
      for (int k = b; k < p.first(); k++) {
        if (Parts.inSet(Parts.TARGETS, tokens.get(k).norm())
            || TARGET_NOUNS.contains(Parts.stripArticle(Parts.stripConj(tokens.get(k).norm())))) {
          return null; // «استهدف مقر قيادة الجيش», «استهدف ناقلة نفط سعودية»: the genitive of a target
        }
        if (Morphology.complementWithBa(tokens.get(k))) {
          return null; // «تتهمها بمساعدة كوريا الشمالية»: a name inside the «بـ» complement is no subject
        }
      }
      return p;
    }
    return null;
  }

  /**
   * Words that may stand between a verb and its subject without being the head of its object: time adverbs
   * («أمس», «مجددا»), quantifiers («بعض», «جميع») and counts («آلاف»), normalised.
   */
  private static final Set<String> BEFORE_SUBJECT = Set.of("امس", "مجددا", "ايضا", "كذلك", "رسميا", "صباح", "مساء",
      "ظهر", "فجر", "ليل", "ليله", "بعض", "جميع", "كل", "معظم", "اغلب", "غالبيه", "عدد", "عشرات", "ميات", "الاف",
      "نحو", "حوالي", "اكثر", "قرابه", "مره", "اخيرا", "فعلا", "بدوره", "بدورها", "اليوم");

  /**
   * Heads of a body named by its genitive («نددت مفوضية الأمم المتحدة», «رفضت بعثة الاتحاد الأوروبي»), normalised:
   * the name after them belongs to the subject.
   */
  private static final Set<String> ORG_HEADS = Set.of("مفوضيه", "هييه", "لجنه", "بعثه", "وفد", "مكتب", "سفاره",
      "قياده", "رياسه", "امانه", "مجلس", "منظمه", "جمعيه", "اتحاد", "حركه", "جماعه", "تنظيم", "فصايل", "عناصر",
      "مقاتلي", "انصار", "نواب", "اعضاء", "مندوب", "ممثل", "ممثلي", "سفير", "سفراء", "مسوولي", "قاده",
      // forces and their weapons: «استهدفت صواريخ حماس», «قصفت مدفعية الجيش», «هاجمت طائرات التحالف»
      "صواريخ", "طايرات", "طايره", "مقاتلات", "طيران", "مدفعيه", "دبابات", "قذايف", "زوارق", "سفن", "بوارج",
      "مسيرات", "مروحيات", "وحدات", "كتايب", "الويه", "لواء", "فرقه", "جنود", "افراد", "دوريات", "دوريه", "مليشيات",
      "ميليشيات", "مليشيا", "ميليشيا", "مسلحي", "خلايا", "خليه", "مجموعه", "مجموعات", "شرطه", "قوه", "جيش",
      "نيران", "مدافع", "راجمات", "قناصه"); // session 13: «دمرت نيران التحالف العربي عددا من الآليات»

  /** Prepositions with a pronoun («عليها», «منه», «إليهم»), normalised: «رحبت بها إريتريا» has its subject after. */
  private static final Set<String> PREPOSITION_PRONOUNS = Set.of("عليه", "عليها", "عليهم", "منه", "منها", "منهم",
      "عنه", "عنها", "عنهم", "فيه", "فيها", "فيهم", "اليه", "اليها", "اليهم", "معه", "معها", "معهم", "لديه", "لديها",
      "لديهم", "به", "بها", "بهم", "له", "لها", "لهم");

  /**
   * True when the one word between a verb (ending at {@code b}) and the name after it is an indefinite
   * noun that is no adverb, quantifier or construct plural, and a name follows it («يدين استخدام إسرائيل», «انتقد
   * سياسة واشنطن»): it heads
   * the verb's object, and the name is its genitive. A nationality adjective qualifies it instead («طائرات
   * إسرائيلية»), and «مسؤولو الحكومة» ends in «و», the construct of a plural subject.
   */
  private static boolean genitiveOfObject(List<Token> tokens, int b, Part after) {
    if (b + 2 < tokens.size() && QUANTIFIERS.contains(tokens.get(b).norm()) && after.first() == b + 2) {
      b++; // «استهدفت أغلب بنى إيران التحتية»: over a quantifier (session 10)
    }
    if (after.first() != b + 1 || after.nisba() || !after.prep().isEmpty() || after.entity() == null
        || after.entity().start() != tokens.get(after.first()).start()) {
      return false; // only a name right after the noun is its genitive («خبراء عسكريون أمريكيون» is a subject)
    }
    Token t = tokens.get(b);
    String n = t.norm();
    return t.kind() == Token.Kind.WORD && n.length() >= 3 && !n.startsWith("ال") && !n.endsWith("و")
        && !BEFORE_SUBJECT.contains(n) && !PREPOSITION_PRONOUNS.contains(n) && !ORG_HEADS.contains(n)
        && !Clause.isBoundary(t)
        && !n.endsWith("ها") && !n.endsWith("هم"); // «سياستها»: a noun with a pronoun takes no genitive
  }

  /**
   * Where the object of an accusation or demand starts when a comma follows its subject (session 10): over «في» and a
   * place («الإدارة الذاتية في شمال سوريا،») and the comma, to a part with no preposition followed right away by the
   * charge or demand in «بـ» («، الحكومة التركية بدعم», «، الحكومة الإثيوبية بالتحقيق»); else {@code from}.
   */
  private static int objectAfterComma(List<Token> tokens, List<Part> parts, int from, int to) {
    int k = from;
    if (k + 1 < to && tokens.get(k).norm().equals("في")) {
      Part place = partAt(parts, k + 1) != null ? partAt(parts, k + 1) : partAt(parts, k + 2); // «في شمال سوريا»
      k = place != null && place.place() ? place.end() : k;
    }
    if (k + 1 >= to || !Asides.isComma(tokens.get(k))) {
      return from;
    }
    Part obj = partAt(parts, k + 1);
    return obj != null && obj.prep().isEmpty() && obj.end() < to && Morphology.startsWithBa(tokens.get(obj.end()))
        ? k + 1 : from;
  }

  /** Quantifiers before a verb's object noun («أغلب», «معظم»), normalised. */
  private static final Set<String> QUANTIFIERS = Set.of("اغلب", "معظم");

  /** True when the part right before {@code p} is a place after a locative preposition. */
  private static boolean locativeBefore(List<Part> parts, Part p) {
    for (Part q : parts) {
      if (q.end() == p.first()) {
        return q.place() && Parts.LOCATIVE.contains(q.prep());
      }
    }
    return false;
  }

  /** Stems of a charge before «بدعم» («اتهم روسيا بدعم الانفصاليين», «تورط إيران بدعم الحوثيين»), normalised. */
  private static final List<String> CHARGES = List.of("اتهم", "تتهم", "يتهم", "نتهم", "متهم", "اتهام", "تهمه",
      "بتهمه", "دان", "ادان", "تدين", "يدين", "تورط", "يتورط", "ضلوع", "تنفي", "ينفي", "نفت", "نفي");

  /** Pledges, commitments and demands whose «بدعم X» is what is pledged or demanded (normalised stems). */
  private static final List<String> OBLIGATIONS = List.of("تعهد", "يتعهد", "تتعهد", "التزم", "يلتزم", "تلتزم",
      "التزام", "طالب", "يطالب", "تطالب", "مطالب");

  /**
   * True for a support noun with «ب» and no charge, pledge or demand before it in its clause («بدعم التحالف», «يحظى
   * بتأييد الرياض»): «with the support of», so the genitive is who gives it; after a charge («اتهمت كييف روسيا بدعم
   * الانفصاليين») or a pledge («تعهدت واشنطن بدعم الجيش اللبناني») the genitive is who receives it.
   */
  private static boolean backedBy(List<Token> tokens, TriggerLexicon.Entry e, int a, int from) {
    if (!e.type().equals("SUPPORT") || !Parts.stripConj(tokens.get(a).norm()).startsWith("ب")) {
      return false;
    }
    for (int k = Clause.start(tokens, a, from); k < a; k++) {
      String n = Parts.stripConj(tokens.get(k).norm());
      for (String c : CHARGES) {
        if (n.startsWith(c)) {
          return false;
        }
      }
      for (String c : OBLIGATIONS) {
        if (n.startsWith(c)) {
          return false;
        }
      }
    }
    return true;
  }

  /** True for a one-word armed group used as an adjective («الهجوم الإرهابي الحوثي»). */
  private static boolean groupAdjective(List<Token> tokens, Part p) {
    return p.end() - p.first() == 1 && p.prep().isEmpty() && p.entity() != null && p.entity().kb() != null
        && p.entity().kb().startsWith("group:") && Morphology.definite(tokens.get(p.first()));
  }

  /** Heads of forces and authorities that act in numbers («الجيش», «القوات», «الطائرات»), normalised. */
  private static final Set<String> FORCE_HEADS = Set.of("الجيش", "جيش", "القوات", "قوات", "الشرطه", "شرطه",
      "الطايرات", "طايرات", "المقاتلات", "مقاتلات", "الحكومه", "حكومه", "النظام", "نظام", "التحالف", "تحالف",
      "الميليشيات", "ميليشيات", "المليشيات", "مليشيات", "المسلحون", "مسلحون", "عناصر", "الامن", "قوي", "الاحتلال",
      "سلطات", "السلطات", "الحرس", "حرس", "البحريه", "المدفعيه", "الطيران", "طيران", "الفصايل", "فصايل");

  /**
   * True when a part names a state, an armed group, an international body, a nationality or a force
   * ({@link #FORCE_HEADS}): a subject that kills, where a person or an official («القيادي», «محمد موازي») is killed.
   */
  private static boolean collective(List<Token> tokens, Part p) {
    String kb = p.entity() == null ? null : p.entity().kb();
    return p.nisba() || p.igo() || kb != null && (kb.startsWith("iso3:") || kb.startsWith("group:"))
        || Parts.inSet(FORCE_HEADS, tokens.get(p.first()).norm());
  }

  /** Material types: a relative clause with a resumed object reads the same in all of them (session 12). */
  private static final Set<String> RESUMING_TYPES = Set.of("ASSAULT", "COERCE", "RETREAT", "SANCTION", "AID",
      "MOBILIZE", "PROTEST");

  /**
   * Pronouns after a verb in a relative clause that stand for the noun before «الذي/التي» as the verb's object
   * («الذي أفرجت عنه تركيا», «الذين أطلقت سراحهم», «التي فرضت عليها واشنطن»), normalised.
   */
  private static final Set<String> RESUMED_OBJECTS = Set.of("عنه", "عنها", "عنهم", "عنهما", "سراحه", "سراحها",
      "سراحهم", "عليه", "عليها", "عليهم", "ضده", "ضدها", "ضدهم");

  /** A preposition with a pronoun back to the noun described («هدنة توسطت فيها روسيا»), normalised. */
  private static final Set<String> RESUMPTIVE = Set.of("فيها", "فيه", "عليها", "عليه", "منها", "منه", "لها", "له",
      "بها", "به", "عنها", "عنه", "اليها", "اليه", "فيهم", "عليهم", "منهم", "لهم", "بهم", "عنهم", "اليهم");

  /** Heads of forces with their possessive pronouns («جنوده قتلوا 22 مسلحا», «قواتها اعتقلت»; session 12). */
  private static final Set<String> OWN_FORCE_HEADS = Set.of("جنود", "قوات", "عناصر", "مقاتلي", "مقاتلو", "طايرات",
      "مقاتلات", "وحدات");

  /**
   * True for a head of forces («الجيش», «قوات», «فصائل»), or one with a possessive pronoun («جنوده», «قواتها»), with
   * or without «و/ف» before it.
   */
  private static boolean forceHead(String norm) {
    for (String n : new String[] {norm, Parts.stripConj(norm)}) {
      String bare = stripSuffix(n);
      if (FORCE_HEADS.contains(n) || bare.length() < n.length() && OWN_FORCE_HEADS.contains(bare)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when only definite adjectives, at most {@link #ADJECTIVES_BETWEEN}, stand between a subject ending at {@code
   * end} and its verb at {@code a} («القوات اليمنية المشتركة اعتقلت»; session 10), or none.
   */
  private static boolean adjectivesBetween(List<Token> tokens, int end, int a) {
    if (a - end > ADJECTIVES_BETWEEN) {
      return false;
    }
    for (int k = end; k < a; k++) {
      String n = tokens.get(k).norm();
      if (!n.startsWith("ال") || !(n.endsWith("ه") || n.endsWith("ي"))) {
        return false;
      }
    }
    return true;
  }

  /** Adjectives that may stand between a force and its verb. */
  private static final int ADJECTIVES_BETWEEN = 1;

  /** True when the part is a state by its name («إسرائيل», «تونس»), not a nationality adjective. */
  private static boolean state(Part p) {
    return !p.nisba() && p.entity() != null && p.entity().kb() != null && p.entity().kb().startsWith("iso3:");
  }

  /** True when the part is a named armed group of the knowledge base («الحوثيون», «حركة الشباب»). */
  private static boolean armedGroup(Part p) {
    return p.entity() != null && p.entity().kb() != null && p.entity().kb().startsWith("group:")
        && "REB".equals(p.sector());
  }

  private static Part subjectBefore(List<Token> tokens, List<Part> parts, int a, int from) {
    Part best = null;
    for (Part p : parts) {
      if (p.end() > a) {
        break;
      }
      best = p;
    }
    boolean aside = best != null && DayAsides.dayAside(tokens, best.end(), a); // «الجيش اليمني، الخميس، سيطرته» (session 17)
    if (best == null || a - best.end() > 3 && !aside || Clause.between(tokens, best.end(), a) && !aside
        || !best.prep().isEmpty()
        || !canAct(best) || insidePrepositionalPhrase(tokens, parts, best, from) || since(tokens, best.end(), a)) {
      return null;
    }
    return best;
  }

  /**
   * True when «منذ» (or «منذ أن») stands right before the verb at {@code a}, after a name that ends at {@code b}: the
   * verb opens a clause of time whose subject follows it («تصريحات يدلي بها الحوثي منذ بدأ الأربعاء الهجوم على المدينة»: the Houthi leader
   * did not start the offensive; session 14).
   */
  private static boolean since(List<Token> tokens, int b, int a) {
    for (int k = b; k < a; k++) {
      if (Parts.inSet(SINCE, tokens.get(k).norm())) {
        return k + 1 == a || k + 2 == a && "ان".equals(tokens.get(k + 1).norm()); // not «منذ ذلك الحين»
      }
    }
    return false;
  }

  /** «منذ» (since), normalised. */
  private static final Set<String> SINCE = Set.of("منذ");

  /**
   * True when a preposition and one plain noun stand right before the part («استغرابها من بيان بن دغر»): the part
   * is that noun's genitive, inside the prepositional phrase, and no subject.
   */
  private static boolean insidePrepositionalPhrase(List<Token> tokens, List<Part> parts, Part p, int from) {
    int k = p.first() - 1;
    if (k - 1 < from || p.nisba()) {
      return false; // «بحق جهادي بلجيكي كان يدعو»: a nisba describes the noun, which the clause after it is about
    }
    if (k - 1 < from) {
      return false;
    }
    Token noun = tokens.get(k);
    return noun.kind() == Token.Kind.WORD && !Clause.isBoundary(noun) && partAt(parts, k) == null
        && !Parts.inSet(Parts.PREPOSITIONS, noun.norm())
        && Parts.inSet(Parts.PREPOSITIONS, tokens.get(k - 1).norm());
  }

  private static Part object(List<Token> tokens, List<Part> parts, int from, int to, TriggerLexicon.Entry e,
                             Part actor) {
    from = Asides.afterAside(tokens, from, to);
    boolean envoy = false;
    for (Part p : parts) {
      if (p.first() < from || p == actor) {
        continue;
      }
      if (p.first() - from > WINDOW || Clause.between(tokens, from, p.first())) {
        return null;
      }
      if (actor != null && p.first() == actor.end() && p.prep().isEmpty()
          && tokens.get(p.first()).norm().startsWith("و") && !ownWaw(tokens.get(p.first()).norm(), p)) {
        continue; // «دعا الصدر والحكيم مفوضية الانتخابات»: a second subject, though of no known state
      }
      if (suspicionBetween(tokens, from, p.first())) {
        return null; // «أوقفت 5 أشخاص للاشتباه في انتمائهم إلى تنظيم داعش»: the suspected link is no recipient
      }
      if (p.first() > 0 && VOICES.contains(tokens.get(p.first() - 1).norm())) {
        continue; // «والناطقة الرسمية باسم الحكومة الأردنية», «على لسان المتحدث»: whose voice, not whom (session 14)
      }
      if (p.first() > 0 && LEADING.contains(tokens.get(p.first() - 1).norm())) {
        continue; // «وقصف التحالف بقيادة الولايات المتحدة مواقع»: the coalition's leader, not its target (session 14)
      }
      if (p.prep().isEmpty() && tokens.get(p.first()).norm().startsWith("و") && locativeBefore(parts, p)) {
        continue; // «في سوريا والعراق»: the second place shares the first one's «في»
      }
      if (reasonBetween(tokens, from, p.first())) {
        return null; // «تستدعي سفراء أوروبيين بسبب بعثة تحقيق لغزة»: what it is over is no recipient
      }
      if (Parts.inSet(OWN_ENVOYS, tokens.get(p.first()).norm())) {
        envoy = true; // «تستدعي سفيرها لدى إسرائيل»: its own envoy is no recipient; the state after «لدى» is
        continue;
      }
      if (p.nisba() && p.end() < to && tokens.get(p.end()).norm().equals("الاصل")) {
        continue; // «رضوان لقديم المغربي الأصل»: the origin of the person before it, not the one acted on
      }
      String prep = p.prep();
      if (envoy && prep.equals("لدي")) {
        return p;
      }
      if (prep.isEmpty()) {
        if (e.preps().contains("obj") && !p.media()) {
          return p;
        }
        continue;
      }
      if (e.preps().contains(prep) || RECIPIENT_PREPS.contains(prep) && !STATEMENT_TYPES.contains(e.type())) {
        return p.media() ? null : p;
      }
      if (Parts.LOCATIVE.contains(prep) || AGENT_PREPS.contains(prep)) {
        continue;
      }
    }
    return null;
  }

  /**
   * Tokens from the end of a statement noun to its agent after «من قبل/من جانب» (over one adjective: «إدانته من قبل
   * روسيا»); further on, the agent is that of a noun in between («نفيه وجود أي خطر من قبل بيونغيانغ», session 13).
   */
  private static final int STATEMENT_AGENT_REACH = 3;

  /**
   * True when the «لـ» of a noun's object («للمعارضة») stands at {@code k}, or right after one definite adjective
   * there («الكامل للحقوق», session 13).
   */
  private static boolean lamObjectAfter(List<Token> tokens, int k, int to) {
    if (k < to && lam(tokens.get(k).norm())) {
      return true;
    }
    String adj = k < to ? tokens.get(k).norm() : "";
    return k + 1 < to && tokens.get(k).kind() == Token.Kind.WORD && adj.startsWith("ال") && adj.length() > 3
        && lam(tokens.get(k + 1).norm());
  }

  private static boolean lam(String n) {
    return n.startsWith("لل") && n.length() > 3 || countedLam(n);
  }

  /** Counts and plurals that an indefinite «لـ» object opens (normalised, without «ل»). */
  private static final Set<String> LAM_COUNTS = Set.of("نحو", "قرابه", "حوالي", "عشرات", "ميات", "الاف", "زهاء");

  /**
   * An indefinite «لـ» object of a verbal noun (session 15): a count («قتل الجيش الإسرائيلي لنحو 60 فلسطينيا») or a
   * plural in «-ات» («قمع جيش الاحتلال لمظاهرات»); not a verbal noun of purpose («لمنع», «لإجبار»), which is no
   * plural.
   */
  private static boolean countedLam(String n) {
    if (!n.startsWith("ل") || n.startsWith("لل") || n.length() < 4) {
      return false;
    }
    String rest = n.substring(1);
    return LAM_COUNTS.contains(rest) || rest.endsWith("ات") && rest.length() >= 5 && !LAM_TIMES.contains(rest);
  }

  /** Plurals of time after «لـ» («لفترات طويلة», «لساعات»): how long, no object (normalised, without «ل»). */
  private static final Set<String> LAM_TIMES = Set.of("فترات", "ساعات", "سنوات", "مرات", "اوقات");

  private static Part agentAfter(List<Token> tokens, List<Part> parts, int b, int to) {
    for (Part p : parts) {
      if (p.first() < b) {
        continue;
      }
      if (p.first() - b > WINDOW) {
        return null;
      }
      if (AGENT_PREPS.contains(p.prep()) && canAct(p)) {
        return p;
      }
    }
    return null;
  }

  /** Quotation marks, which do not count as words between a subject and its verb. */
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "«", "»", "“", "”");

  /** Tokens in {@code [b, a)} other than quotation marks («تكتيك روسي "خطير" يستهدف»: one word between). */
  private static int wordsBetween(List<Token> tokens, int b, int a) {
    int n = 0;
    for (int k = b; k < a; k++) {
      if (!QUOTE_MARKS.contains(tokens.get(k).text())) {
        n++;
      }
    }
    return n;
  }

  /**
   * True when part {@code p} is the owner, with «لـ», of a site or force named right after the verb at {@code k}
   * («تعرضت مواقع لحزب الله لغارة»: Hezbollah's positions undergo the strike).
   */
  private static boolean ownedSite(List<Token> tokens, int k, Part p) {
    return p.prep().equals("ل") && p.first() == k + 2
        && Parts.transparent(tokens.get(k + 1).norm());
  }

  /**
   * Types whose noun a support verb that is also a clause word («وشدد», «وشددت») still reaches: sanctions, blockades,
   * arrests, attacks (session 16).
   */
  private static final Set<String> TIGHTENED = Set.of("SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "SEIZE");

  /** [actor, recipient] from a support verb up to four tokens before the noun at {@code a}, or null. */
  private Part[] lightVerb(List<Token> tokens, List<Part> parts, int a, int from, TriggerLexicon.Entry e) {
    int commas = 0;
    int time = 0;
    int named = 0;
    int extended = 0;
    // a call or meeting noun reaches its support verb over a long name too, as a strike does: «أجرى الرئيس التركي
    // رجب طيب أردوغان اتصالا هاتفيا» (session 15)
    boolean material = MATERIAL.contains(e.type()) || e.type().equals("CONSULT") && !e.verb();
    boolean strike = MATERIAL.contains(e.type());
    int phrase = strike ? TimePhrases.startBefore(tokens, a, from) : a; // «منذ التاسع من فبراير الماضي» (session 15)
    Part led = strike ? LedSubjects.actor(tokens, parts, a, from, cues) : null;
    if (led != null) {
      return new Part[] {led, null}; // «وشن التحالف الذي تقوده السعودية غارات» (session 15)
    }
    for (int k = a - 1; k >= Math.max(from, a - 4 - commas - time - named - (a - phrase)); k--) {
      if (k >= phrase) {
        continue;
      }
      Part in = material ? partCovering(parts, k) : partAt(parts, k);
      if (in != null && in.first() < k && in.first() > from) {
        named += k - in.first(); // «شن رئيس جهاز المخابرات البريطاني هجوما»: a long name counts as one word
        k = in.first();
      }
      Token t = tokens.get(k);
      if (",".equals(t.norm()) && commas < 2) {
        commas++; // «أعلنت السلطات، السبت، اعتقال»: a day set off by commas
        continue;
      }
      if (time < 6 && timeWord(tokens, k, a)) {
        time++; // «تشن قوات النظام منذ 18 شباط/فبراير هجوما»: a date does not count
        continue;
      }
      if (time < 6 && material && DAY_WORDS.contains(t.norm())) {
        time++; // «فجر السبت» (session 11): a day does not count either
        extended++;
        continue;
      }
      if (material && in != null && in.first() == k && k - 1 > from && partCovering(parts, k - 1) != null
          && t.norm().charAt(0) == '\u0648') {
        named++; // «شنت الولايات المتحدة وفرنسا وبريطانيا فجر السبت، ضربات»: a further subject joined by «و» (session 11)
        extended++;
      }
      if (Clause.isBoundary(t) && !(t.kind() == Token.Kind.WORD && TIGHTENED.contains(e.type())
          && cues.isLight(t.norm()))) {
        return null; // «وشددت الولايات المتحدة العقوبات»: «وشدد», a clause word, opens the noun's own clause; only
      }              // for measures and attacks, not «وشدد وزير الشؤون الخارجية والتعاون الدولي» (session 16)
      String tn = t.norm();
      if (tn.length() > 3 && tn.charAt(0) == 'س') {
        String v = tn.substring(1);
        tn = cues.is("light", v) ? v : cues.is("light", "ي" + v.substring(1)) ? "ي" + v.substring(1) : tn;
      }
      if (Parts.inSet(ASPECTUAL, tn)) {
        // «ودأبت ميليشيات الحوثي على استهداف السعودية» (session 11); not for statements: in «وتواصل الميليشيات
        // انتهاكاتها» the wrongdoer goes on, no one accuses
        return STATEMENT_TYPES.contains(e.type()) ? null : continuing(tokens, parts, k, a, from);
      }
      boolean passive = cues.is("passive-light", tn);
      if (passive || cues.isLight(tn) || cues.is("light", stripSuffix(tn)) || performs(tokens, tn, a)) {
        if (k < a - 4 - commas - time - named + extended && (passive || Parts.inSet(ANNOUNCING, tn))) {
          return null; // reached only over days and further subjects: only a striker's own support verb reaches
        }              // its noun so far, not «أعلنت مقتل الصماد ظهر الخميس في غارة», «تلقت الشرطة ... تهديدا بوجود قنبلة»
        Part between = null;
        for (Part p : parts) {
          if (p.first() > k && p.end() <= a && backing(tokens, p, k)) {
            continue; // «تشن قوات النظام بدعم روسي عملية», «بدأت بمساندة التحالف هجوما»: the backer does not strike
          }
          if (p.first() > k && p.end() <= a && (p.prep().isEmpty() && canAct(p) || passive && ownedSite(tokens, k, p))) {
            between = p;
            break;
          }
        }
        if (passive && between == null && Relatives.relativeBefore(tokens, k, from)) {
          Part ante = Relatives.antecedent(tokens, parts, k, from);
          return ante == null ? null : new Part[] {null, ante}; // «الحكومة، التي تعرضت لعاصفة انتقادات»
        }
        if (passive) {
          return between == null ? null : new Part[] {null, between};
        }
        if (between != null) {
          return new Part[] {between, null};
        }
        Part before = subjectBefore(tokens, parts, k, from);
        // «وكانت الولايات المتحدة وبريطانيا وفرنسا قد شنت ضربات»: all three strike (session 17)
        return before == null ? null : new Part[] {CoalitionSubjects.head(tokens, parts, before), null};
      }
    }
    return null;
  }

  /** Nouns of backing with «بـ» (normalised, without «و/ف»): the part after one backs the act, it does not do it. */
  private static final Set<String> BACKING = Set.of("بدعم", "بمسانده", "باسناد", "بغطاء", "بمشاركه");

  /**
   * True when part {@code p}, after the support verb at {@code k}, follows a noun of backing, maybe with «من» or an
   * adjective between («بدعم روسي», «بمساندة قوات إماراتية», «بإسناد جوي من التحالف»; session 14).
   */
  private static boolean backing(List<Token> tokens, Part p, int k) {
    for (int j = p.first() - 1; j > k && j >= p.first() - 3; j--) {
      if (Parts.inSet(BACKING, tokens.get(j).norm())) {
        return true;
      }
      if (partAt(List.of(p), j) != null || Clause.isBoundary(tokens.get(j))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Forms of «قام» (to carry out, with «بـ» on the act), and of «ردّ» (to respond by an act: «وردت موسكو بطرد ستين
   * دبلوماسيا أميركيا»; session 20), normalised, without «و/ف».
   */
  private static final Set<String> PERFORM = Set.of("قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "سيقوم",
      "ستقوم", "رد", "ردت", "ردوا");

  /**
   * True when {@code verb} is a form of «قام» and the act at token {@code a}, or a support noun right before it, carries
   * «بـ»: «قامت القوات العراقية بقصف مواقع التنظيم», «وقامت القوات بشن هجوم» (session 14; the two-word cue «قام ب» of
   * class {@code light} never matched an attached «بـ»).
   */
  static boolean performs(List<Token> tokens, String verb, int a) {
    if (!Parts.inSet(PERFORM, verb)) {
      return false;
    }
    String act = Parts.stripConj(tokens.get(a).norm());
    return act.length() > 3 && act.charAt(0) == '\u0628' || a > 0 && Pledges.lightNoun(tokens.get(a - 1).norm());
  }

  /**
   * Verbs of going on with or setting about an act (normalised, without «و/ف»), beyond the support verbs of cue
   * class {@code light}: «دأب على», «يواصل», «استمر في», «أقدم على», «عاود» (session 11).
   */
  private static final Set<String> ASPECTUAL = Set.of("داب", "دابت", "يداب", "تداب", "يواصل", "تواصل", "يواصلون",
      "واصلوا", "استمر", "استمرت", "يستمر", "تستمر", "اقدم", "اقدمت", "عاود", "عاودت", "يعاود", "تعاود");

  /** Prepositions that may join a verb of going on to its act («دأب على», «استمر في»), normalised. */
  private static final Set<String> ASPECT_PREPOSITIONS = Set.of("علي", "في");

  /**
   * The subject of the verb of going on at {@code k} ({@link #ASPECTUAL}) whose act is the trigger at {@code a}: the
   * part after the verb when the trigger follows it right away or after «على/في» («يواصل الجيش الوطني الليبي
   * عملياته», «ودأبت ميليشيات الحوثي على استهداف»), or the subject before the verb when the trigger follows the verb
   * right away («الميليشيات تواصل احتجاز السفينة»); null when other words stand between («وتواصل الشرطة تحقيقها في
   * إطلاق النار»: the act continued is the inquiry, not the shooting).
   */
  private Part[] continuing(List<Token> tokens, List<Part> parts, int k, int a, int from) {
    for (Part p : parts) {
      if (p.first() > k && p.end() <= a) {
        boolean next = p.end() == a
            || p.end() == a - 1 && ASPECT_PREPOSITIONS.contains(tokens.get(a - 1).norm());
        return p.prep().isEmpty() && canAct(p) && next ? new Part[] {p, null} : null;
      }
    }
    if (k + 1 != a && !(k + 2 == a && ASPECT_PREPOSITIONS.contains(tokens.get(k + 1).norm()))) {
      return null;
    }
    Part before = subjectBefore(tokens, parts, k, from);
    return before == null ? null : new Part[] {before, null};
  }

  /**
   * True when a definite common noun described by a nationality follows the verb at {@code b} («وقتل الرهبان
   * الفرنسيون السبعة»): people named by what they are, killed or wounded, not a force that kills (forces and
   * officials are titles, so they are parts themselves: «قتل الجنود الإسرائيليون فلسطينيا»).
   */
  private static boolean describedByNationality(List<Token> tokens, List<Part> parts, int b, int to) {
    if (b + 1 >= to || partAt(parts, b) != null) {
      return false;
    }
    Token t = tokens.get(b);
    Part next = partAt(parts, b + 1);
    return t.kind() == Token.Kind.WORD && t.norm().startsWith("ال") && !Clause.isBoundary(t) && next != null
        && next.first() == b + 1 && next.nisba();
  }

  /**
   * True when nothing the verb could act on follows it: the clause ends, or a preposition or adverb of place or
   * manner comes next («قتل داخل القنصلية», «أصيب في غارة», «قتل برصاص»).
   */
  private boolean noObjectAfter(List<Token> tokens, List<Part> parts, int b, int to) {
    if (b >= to || Clause.isBoundary(tokens.get(b))) {
      return true;
    }
    String n = tokens.get(b).norm();
    return partAt(parts, b) == null && (AFTER_PASSIVE.contains(n) || n.startsWith("ب") && n.length() > 3
        && !cues.is("victim", Parts.stripArticle(n.substring(1))));
  }

  /** Words right after a casualty verb that show it has no object («في», «داخل», «خلال», «جراء»), normalised. */
  private static final Set<String> AFTER_PASSIVE = Set.of("في", "داخل", "خلال", "جراء", "اثر", "بعد", "قبل", "امس",
      "اليوم", "علي", "عندما", "حين", "اثناء", "متاثرا", "برصاص", "بنيران", "بقصف", "بغاره", ".", ",");

  /** Support verbs of announcing (normalised, without «و/ف»): they reach no attack noun over days (session 11). */
  private static final Set<String> ANNOUNCING = Set.of("اعلن", "اعلنت");

  /** Types whose support verb may stand further back, over days and further subjects (session 11). */
  private static final Set<String> MATERIAL = Set.of("ASSAULT", "COERCE");

  /** Days and parts of a day that may stand between a support verb's subject and its noun («فجر السبت»), normalised. */
  private static final Set<String> DAY_WORDS = Weekdays.with("فجر", "صباح", "مساء", "ليل", "ليله", "اليوم", "امس",
      "ظهر", "عصر", "منتصف");

  /** True for a word of a date or time phrase: «منذ», digits, «/», a month name. */
  private static boolean timeWord(List<Token> tokens, int k, int to) {
    String n = tokens.get(k).norm();
    return n.equals("منذ") || n.equals("/") || !n.isEmpty() && Character.isDigit(n.charAt(0))
        || org.marsad.numbers.DateResolver.isMonthAt(tokens, k, to);
  }

  /**
   * «الهجوم ... الذي شنته أذربيجان»: the subject of a support verb in a relative clause after the noun is the
   * actor; «الهجوم الذي تعرضت له ناقلة سعودية»: the subject of «تعرض» is the recipient (returned negated
   * through {@link #relativeVictim}).
   */
  Part relativeVictim(List<Token> tokens, List<Part> parts, int b, int to) {
    for (int k = b; k < Math.min(to, b + 5); k++) {
      String n = tokens.get(k).norm();
      if (n.equals("الذي") || n.equals("التي")) {
        if (k + 1 < to && cues.is("passive-light", tokens.get(k + 1).norm())) {
          for (int j = k + 2; j < Math.min(to, k + 6); j++) {
            Part p = partAt(parts, j);
            if (p != null) {
              return p.prep().isEmpty() ? p : null;
            }
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Aircraft and guns, normalised, that stand before their force or its nisba in a relative clause and are no part
   * of it («شنتها مقاتلات التحالف العربي», «نفذتها طائرات روسية»): the force after them struck (session 12).
   */
  private static final Set<String> CRAFT = Set.of("مقاتلات", "المقاتلات", "طايرات", "الطايرات", "طايره",
      "الطايره", "مقاتله", "المقاتله", "مروحيات", "المروحيات", "مروحيه", "قاذفات", "بوارج", "زوارق", "مدفعيه",
      "المدفعيه", "دبابات", "سفن");

  /** True for a word of aircraft or guns ({@link #CRAFT}), normalised. */
  static boolean isCraft(String norm) {
    return CRAFT.contains(norm);
  }

  /**
   * The force or nisba after «لـ» + aircraft right after an attack noun («غارات لمقاتلات التحالف العربي», «قصف
   * لطائرات روسية»), or null: whose aircraft struck (session 12).
   */
  static Part craftAfterLam(List<Token> tokens, List<Part> parts, int g, int to) {
    if (g + 1 >= to) {
      return null;
    }
    String n = Parts.stripConj(tokens.get(g).norm());
    if (!n.startsWith("ل") || !CRAFT.contains(n.startsWith("لل") ? "ال" + n.substring(2) : n.substring(1))) {
      return null;
    }
    Part p = partAt(parts, g + 1);
    return p != null && p.first() == g + 1 && p.prep().isEmpty() && canAct(p) ? p : null;
  }

  /**
   * The force or nisba right after aircraft or guns that stand right after an attack verb («دمرت طائرة إسرائيلية
   * قاربا», «قصفت مقاتلات الجيش الإسرائيلي منشآت»), or null: the aircraft are the subject, so the agreement rules
   * (a masculine head after a feminine verb is its object) do not apply to the part after them (session 12).
   */
  static Part craftSubject(List<Token> tokens, List<Part> parts, int b, int to) {
    if (b + 1 >= to || !Parts.inSet(CRAFT, tokens.get(b).norm())) {
      return null;
    }
    Part p = partAt(parts, b + 1);
    if (p == null) {
      for (int k = b + 1; k < Math.min(to - 1, b + 4); k++) {
        if (Clause.isBoundary(tokens.get(k)) || partAt(parts, k) != null) {
          return null;
        }
        if (BELONGING.contains(tokens.get(k).norm())) {
          Part owner = partAt(parts, k + 1); // «قصفت طائرات وسفن حربية تابعة للتحالف العربي مواقع للحوثيين»
          return owner != null && owner.first() == k + 1 && owner.prep().equals("ل") && canAct(owner) ? owner : null;
        }
      }
      return null;
    }
    return p.first() == b + 1 && p.prep().isEmpty() && canAct(p) ? p : null;
  }

  /** «تابعة/التابعة ل» (belonging to), normalised: the force after it owns the aircraft before it. */
  private static final Set<String> BELONGING = Set.of("تابعه", "التابعه", "تابع", "التابع", "تابعين", "التابعين");

  private Part relativeAgent(List<Token> tokens, List<Part> parts, int b, int to) {
    if (b + 1 < to) {
      String n = tokens.get(b).norm();
      String bare = stripSuffix(n);
      if (!bare.equals(n) && cues.is("light", bare)) {
        Part p = partAt(parts, b + 1); // «مجزرة ارتكبتها إسرائيل», «الغارة شنتها إسرائيل»: a clause with no pronoun
        if (p == null && b + 2 < to && CRAFT.contains(tokens.get(b + 1).norm())) {
          p = partAt(parts, b + 2); // «غارات شنتها مقاتلات التحالف العربي», «نفذتها طائرات روسية» (session 12)
          return p != null && p.first() == b + 2 && p.prep().isEmpty() && canAct(p) ? p : null;
        }
        return p != null && p.first() == b + 1 && p.prep().isEmpty() && canAct(p) ? p : null;
      }
    }
    for (int k = b; k < Math.min(to, b + 5); k++) {
      String n = tokens.get(k).norm();
      if (n.equals("الذي") || n.equals("التي")) {
        if (k + 1 < to && (cues.is("light", tokens.get(k + 1).norm())
            || cues.is("light", stripSuffix(tokens.get(k + 1).norm())))) {
          Part p = partAt(parts, k + 2);
          if (p == null && k + 3 < to) {
            p = partAt(parts, k + 3);
          }
          return p != null && p.prep().isEmpty() && canAct(p) ? p : null;
        }
        return null;
      }
    }
    return null;
  }

  static String stripSuffix(String n) {
    for (String s : new String[] {"ها", "ه", "هم"}) {
      if (n.endsWith(s) && n.length() - s.length() >= 2) {
        return n.substring(0, n.length() - s.length());
      }
    }
    return n;
  }
}
