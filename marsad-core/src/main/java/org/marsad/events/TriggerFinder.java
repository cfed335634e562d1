package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * The trigger matches of a sentence: the {@link TriggerLexicon}'s matches outside entities and report words, with
 * the words that name no event where they stand left out.
 *
 * <p>Rules (see {@link #find}):
 * <ol>
 *   <li><b>Clutter</b>: a sentence opening with page clutter («اقرأ أيضا», «قد يهمك») has no trigger;</li>
 *   <li><b>Non-event phrases</b>: a trigger word inside a {@code nonevent} phrase («طلب عدم الكشف عن هويته»,
 *       «التحالف لدعم الشرعية») is none;</li>
 *   <li><b>Generic nouns</b>: an event noun after «هامش», «طاولة», «ملف», «مسار» names no event («على هامش
 *       اجتماع»);</li>
 *   <li><b>Allegedly</b>: a claim verb written passive («يُزعم») is no one's claim;</li>
 *   <li><b>Called</b>: «يُدعى» (is called, with «ى») is no «يدّعي» (claims);</li>
 *   <li><b>Dawn</b>: «فجر» before a day («فجر السبت», «فجر اليوم») is dawn, not «فجّر» (blew up);</li>
 *   <li><b>Things stopped</b>: an arrest verb whose object is a thing («أوقفت الرحلات», «يوقف حسابات») detains
 *       nobody;</li>
 *   <li><b>Unnamed believers</b>: what «البعض», «محللون», «خبراء» believe is nobody's accusation;</li>
 *   <li><b>State of control</b>: a present verb of control («تسيطر», «تحتل»), also with an object pronoun
 *       (session 11: «هضبة الجولان التي تحتلها إسرائيل»), outside a headline tells who holds what, not a seizure;</li>
 *   <li><b>Control passed</b> (session 11): the noun «السيطرة على» right after a word of handing over or losing
 *       («لتسليم السيطرة على مرفأ الحديدة», «فقدانه السيطرة على الرقة») is no seizure ({@link #controlPassed});</li>
 *   <li><b>Grip</b> (session 11): «قبضت» with a pronoun suffix («قبضتها على», «أحكم قبضته على») is the noun «قبضة»
 *       (a grip on power or land), no arrest: the arrest verb takes its object after «على» («قبضت عليه»);</li>
 *   <li><b>Figurative readings</b> ({@link FigurativeReadings}) and the no-event readings of
 *       {@link NoEventReadings} (ranks, personal requests, students, targeted reinforcements);</li>
 *   <li><b>Non-conflict</b>: no ASSAULT or COERCE, and no expulsion of no envoy (session 11: «طردتها كرواتيا من كأس
 *       العالم», a team knocked out or a player sent off), in a sentence about sport, trade, space flight, an accident,
 *       the weather or a disaster ({@link #nonConflict}); in a story whose first sentence is such, casualty words alone
 *       («قتلى», «مقتل») make no ASSAULT;</li>
 *   <li><b>Place nouns</b>: a {@code place} trigger right before a place that is not a country («مقاطعة كيرالا
 *       الهندية») is a province, not a boycott.</li>
 * </ol>
 */
final class TriggerFinder {
  private final Cues cues;
  private final TriggerLexicon lexicon;
  private final FigurativeReadings figurative;

  TriggerFinder(Cues cues, TriggerLexicon lexicon) {
    this.cues = cues;
    this.lexicon = lexicon;
    this.figurative = new FigurativeReadings(cues);
  }

  /**
   * The trigger matches of sentence {@code [from, to)} ({@link #triggers}) without place nouns
   * ({@link #withoutPlaceNouns}); {@code masks} holds each token's cue mask ({@link Cues#mask}).
   */
  List<TriggerLexicon.Match> find(List<Token> tokens, int[] masks, int from, int to, List<Part> ps,
                                  List<Entity> entities, boolean nonConflictStory, boolean headline) {
    return withoutPlaceNouns(tokens, to, ps, entities, triggers(tokens, masks, from, to, ps, nonConflictStory, headline));
  }

  /** Words after which an event noun names no event: «على هامش اجتماع», «طاولة المفاوضات». */
  private static final Set<String> GENERIC_BEFORE = Set.of("هامش", "طاوله", "لطاوله",
      "ملف", "مسار", "عمليه السلام");

  /** True when a present verb is written passive, with «ُ» on its prefix («يُزعم», «تُتهم»). */
  private static boolean passiveMarked(Token t) {
    String x = t.text();
    int k = 0;
    if (x.length() > 2 && (x.charAt(0) == '\u0648' || x.charAt(0) == '\u0641')) {
      k = 1; // «و», «ف»
    }
    return x.length() > k + 1 && (x.charAt(k) == '\u064A' || x.charAt(k) == '\u062A') && x.charAt(k + 1) == '\u064F';
  }

  /**
   * Drops a {@code place} trigger followed right away by a place that is not a country: «مقاطعة كيرالا الهندية»,
   * «مقاطعة كيبك الكندية» are provinces, «مقاطعة إسرائيل» is a boycott.
   */
  private static List<TriggerLexicon.Match> withoutPlaceNouns(List<Token> tokens, int to, List<Part> ps,
                                                              List<Entity> entities, List<TriggerLexicon.Match> ms) {
    if (ms.stream().noneMatch(m -> m.entry().has("place"))) {
      return ms; // the common case: nothing to check, nothing copied
    }
    List<TriggerLexicon.Match> out = new ArrayList<>(ms.size());
    for (TriggerLexicon.Match m : ms) {
      if (!(m.entry().has("place") && m.end() < to && placeAt(tokens, m.end(), to, ps, entities))) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * True when a place that is not a country starts at token {@code b}: a city or region, a place the model found,
   * or an unknown indefinite word before a nationality adjective («كيبك الكندية»).
   */
  private static boolean placeAt(List<Token> tokens, int b, int to, List<Part> ps, List<Entity> entities) {
    int offset = tokens.get(b).start();
    for (Entity e : entities) {
      if (e.start() == offset) {
        return (e.type() == EntityType.LOC || e.type() == EntityType.GPE)
            && !(e.kb() != null && e.kb().startsWith("iso3:"));
      }
    }
    Part next = b + 1 < to ? RoleFinder.partAt(ps, b + 1) : null;
    return RoleFinder.partAt(ps, b) == null && tokens.get(b).kind() == Token.Kind.WORD
        && !tokens.get(b).norm().startsWith("ال") && next != null && next.nisba();
  }

  /**
   * Words before a non-conflict word that make it the name of a settlement or a missile: «بمستوطنة بركان», «صواريخ
   * بركان الباليستية» (session 19).
   */
  private static final Set<String> NAMING = Set.of("مستوطنه", "بمستوطنه", "لمستوطنه", "ومستوطنه", "صاروخ",
      "صواريخ", "صاروخا", "بصاروخ", "بصواريخ", "طراز");

  /**
   * True when a sentence speaks of sport, trade, space flight, an accident, the weather or a disaster; a non-conflict
   * word right after a settlement or a missile is its name, not a disaster ({@link #NAMING}).
   */
  boolean nonConflict(List<Token> tokens, int[] mk, int from, int to) {
    int nc = cues.bit("nonconflict");
    for (int k = from; k < to; k++) {
      if (((mk[k] & nc) != 0 && cues.matchAt("nonconflict", tokens, k, to) > 0
          || tokens.get(k).kind() == Token.Kind.WORD && (cues.isStem("nonconflict", tokens.get(k).norm())
          || cues.matchAtStem("nonconflict", tokens, k, to) > 0)) // «بحادث سير» (session 15)
          && !named(tokens, from, k)) {
        return true;
      }
    }
    return false;
  }

  /** True when the word at {@code k} follows a {@link #NAMING} word, a quotation mark between them allowed. */
  private static boolean named(List<Token> tokens, int from, int k) {
    int j = k - 1;
    if (j >= from && tokens.get(j).kind() != Token.Kind.WORD && tokens.get(j).text().length() == 1
        && "\"«“'".indexOf(tokens.get(j).text().charAt(0)) >= 0) {
      j--;
    }
    return j >= from && tokens.get(j).kind() == Token.Kind.WORD && NAMING.contains(tokens.get(j).norm());
  }

  /**
   * Trigger matches of a sentence, longest first, outside entities; no ASSAULT in non-conflict sentences, no
   * event in page clutter («اقرأ أيضا», «شاهد») nor inside a {@code nonevent} phrase («طلب عدم الكشف عن
   * هويته»), and in a story whose title is not about conflict (sport, trade, a disaster, an accident)
   * ({@code nonConflictStory}) casualty words alone («قتلى», «مقتل») make no ASSAULT.
   */
  private List<TriggerLexicon.Match> triggers(List<Token> tokens, int[] mk, int from, int to, List<Part> ps,
                                              boolean nonConflictStory, boolean headline) {
    int rep = cues.bit("report");
    int nonEvent = cues.bit("nonevent");
    if (tokens.get(from).kind() == Token.Kind.WORD && (cues.is("clutter", Parts.stripConj(tokens.get(from).norm()))
        || cues.matchAt("clutter", tokens, from, to) > 1)) { // «اقرأ أيضا», «قد يهمك»
      return List.of();
    }
    boolean nonConflict = nonConflict(tokens, mk, from, to);
    List<TriggerLexicon.Match> out = new ArrayList<>();
    int pi = 0;
    int i = from;
    while (i < to) {
      while (pi < ps.size() && ps.get(pi).end() <= i) {
        pi++;
      }
      if (pi < ps.size() && ps.get(pi).first() <= i && ps.get(pi).entity() != null) {
        i = ps.get(pi).end();
        continue;
      }
      if ((mk[i] & rep) != 0 && cues.is("report", tokens.get(i).norm())) {
        i++;
        continue;
      }
      int skip = (mk[i] & nonEvent) != 0 ? cues.matchAt("nonevent", tokens, i, to) : 0;
      if (skip > 0) {
        i += skip; // «طلب عدم الكشف عن هويته», «التحالف لدعم الشرعية»: a trigger word inside no event
        continue;
      }
      final int at = i;
      TriggerLexicon.Match m = lexicon.match(tokens, i, to, () -> objectPosition(tokens, at, from, ps));
      if (m == null) {
        i++;
        continue;
      }
      if (i > from && GENERIC_BEFORE.contains(tokens.get(i - 1).norm())) {
        i = m.end();
        continue;
      }
      if ("allege".equals(m.entry().mode()) && m.entry().verb() && passiveMarked(tokens.get(i))) {
        i = m.end(); // «ضباط يُزعم بأنهم من الاستخبارات»: «allegedly», no one's claim
        continue;
      }
      if ("heavy-weapons".equals(m.entry().mode()) && !m.entry().verb() && FigurativeReadings.arsenalBefore(tokens, i, from)) {
        i = m.end(); // «برنامج الصواريخ البالستية الإيراني»: an arsenal, not a strike
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && !m.entry().verb() && IdleWeapons.idle(tokens, i, from)) {
        i = m.end(); // «خبراء لجنة الأسلحة الكيميائية», «طورت إيران صواريخ»: weapons handled, not fired (session 14)
        continue;
      }
      if ("arrest".equals(m.entry().mode()) && !m.entry().verb() && Warrants.warrant(tokens, i, from)) {
        i = m.end(); // «أصدر القضاء الفرنسي مذكرة توقيف بحق الأميرة»: a warrant, nobody held (session 15)
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && Citations.cites(tokens, i, to)) {
        i = m.end(); // «واستشهد كيري بمقال نشره موقع أمريكي»: cited, nobody killed (session 14)
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && !m.entry().verb() && Drills.rehearsed(tokens, i, from)) {
        i = m.end(); // «تدريبات هجوم ودفاع», «تمرينا على اجتياحها»: a drill, no attack (session 14)
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && m.end() == i + 1 && HarmlessVictims.harmless(tokens, i, to)) {
        i = m.end(); // «ضحية اعتقال مجحف», «ضحايا انهيار الجسر»: victims of no attack (session 14)
        continue;
      }
      if (m.entry().type().equals("ACCUSE") && Parts.inSet(CALLED, tokens.get(i).norm())
          && tokens.get(i).text().endsWith("\u0649")) {
        i = m.end(); // «شخصا يُدعى سيف الله»: «يُدعى» (is called, with «ى») is no «يدّعي» (claims)
        continue;
      }
      if ((m.entry().type().equals("ASSAULT") || m.entry().type().equals("RETREAT"))
          && figurative.abstractTarget(tokens, m.end(), to, ps)) {
        i = m.end(); // «بهجوم ترامب على الاتفاق النووي», «انفجرت أزمة»: a figurative attack
        continue;
      }
      if (!m.entry().verb() && FigurativeReadings.chargedBefore(tokens, i, from)
          || FigurativeReadings.chargedInChain(tokens, i, from)) {
        i = m.end(); // «وجهت النيابة تهمة الانضمام إلى جماعة», «بتهمة القتل»: a charge, not an event
        continue;
      }
      if (m.end() < to && Parts.inSet(DAWN, tokens.get(i).norm())
          && Parts.inSet(DAY_AFTER_DAWN, tokens.get(m.end()).norm())) {
        i = m.end(); // «فجر السبت», «فجر اليوم»: dawn, not «فجّر» (blew up)
        continue;
      }
      if (m.entry().type().equals("MOBILIZE") && m.entry().verb() && i > from
          && tokens.get(i).norm().equals(MASSING) && tokens.get(i - 1).norm().equals("في")) {
        i = m.end(); // «في حشد يضم عناصر من طالبان», «مأزقا في حشد المقاتلين»: a crowd, or a noun of effort, no
        continue;    // massing done (session 15)
      }
      if (m.entry().type().equals("RETREAT") && "withdraw".equals(m.entry().mode()) && m.entry().verb()
          && m.end() < to && withdrawnThing(tokens, m.end(), to, ps)) {
        i = m.end(); // «سحب ترامب تأييده للبيان», «سحبت واشنطن دعوتها للصين»: a thing taken back, no forces (session 15)
        continue;
      }
      if (m.entry().type().equals("RETREAT") && "withdraw".equals(m.entry().mode())
          && Walkouts.leavingVerb(tokens.get(i)) && Walkouts.walkout(tokens, m.end(), to)) {
        i = m.end(); // «وانسحب نواب ... من جلسة البرلمان احتجاجا»: a walkout, no forces withdrawn (session 16)
        continue;
      }
      if ("arrest".equals(m.entry().mode()) && m.entry().verb() && m.end() < to && thingStopped(tokens, m.end(), to, ps)) {
        i = m.end(); // «تويتر يوقف حسابات روسية», «أوقفت الرحلات»: things stopped, nobody detained
        continue;
      }
      if (m.entry().has("belief") && m.end() < to
          && Parts.inSet(UNNAMED_BELIEVERS, tokens.get(m.end()).norm())) {
        i = m.end(); // «ويعتقد البعض أن التصعيد يشير إلى هجوم»: what some believe is nobody's accusation
        continue;
      }
      if (m.entry().has("describe") && FigurativeReadings.severityDescribed(tokens, m.end(), to)) {
        i = m.end(); // «إصابة الجندي وصفت بالطفيفة»: how bad a wound is, nobody accused
        continue;
      }
      if (m.entry().has("describe") && FigurativeReadings.situationDescribed(tokens, m.end(), to, ps)) {
        i = m.end(); // «ويصف محمد حسن وضع النازحين بالمأساوي»: a situation described, nobody accused
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && m.entry().verb() && FigurativeReadings.measureNear(tokens, i, m.end(), from, to)) {
        i = m.end(); // «وتستهدف الدفعة الأولى من العقوبات المعاملات المالية»: measures target, they do not strike
        continue;
      }
      int pledge = Pledges.pledge(tokens, from, m);
      if (pledge >= 0) {
        int slot = out.size();
        while (slot > 0 && out.get(slot - 1).first() > pledge) {
          slot--;
        }
        out.add(slot, Pledges.asThreat(tokens, pledge, m)); // «تعهد أردوغان بالسيطرة على تل رفعت»: a threat
        i = m.end();
        continue;
      }
      if (Titles.titled(tokens, i, from)) {
        i = m.end(); // «الحلقة من "ضيف ومسيرة"», «تحت عنوان "عامان بعد هجمات بروكسل"»: a title (session 21)
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && FigurativeReadings.verbalAttack(tokens, m, to, ps)) {
        out.add(FigurativeReadings.asCriticism(m)); // «يشن هجوما شرسا على بوتن», «هاجم ترامب ماكرون»: words against a person,
        i = m.end();             // an accusation, no assault
        continue;
      }
      if ("targeted".equals(m.entry().mode()) && !m.entry().verb() && figurative.sentenced(tokens, i, from)) {
        i = m.end(); // «أصدرت محكمة كويتية حكما غيابيا بالإعدام»: a sentence passed, not an execution
        continue;
      }
      if (m.entry().has("describe") && figurative.approving(tokens, m.end(), to)) {
        i = m.end(); // «وصف ولي العهد وجود القوات الأمريكية بأنه الحصن الأخير»: a description that praises
        continue;
      }
      if (m.entry().has("comment") && FigurativeReadings.commentary(tokens, m.end(), to)) {
        i = m.end(); // «وعلق الوزير على القرار بالقول»: a comment, not a suspension
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && FigurativeReadings.sparked(tokens, i, m.end(), from, to)) {
        i = m.end(); // «وفجر تعرض سكريبال للتسمم نزاعا دبلوماسيا», «مهرجان "فجر"»: no bombing
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && m.end() == i + 1 && AgentNouns.killer(tokens, i, from, to)) {
        i = m.end(); // «الأسد "قاتل"», «إنه قاتل», «روبرت أونيل، قاتل زعيم القاعدة»: a killer named, no fighting
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && NoEventReadings.fightsInRanks(tokens, i, m.end(), to)) {
        i = m.end(); // «كان يقاتل في صفوف الميليشيا»: whose side he fights on, no attack
        continue;
      }
      if ("convict".equals(m.entry().mode()) && NoEventReadings.ruledNoSentence(tokens, m.first(), to)) {
        i = m.end(); // «الذي حكم روسيا بالفعل على مدى السنوات»: ruled a country, sentenced no one (session 12)
        continue;
      }
      if (m.entry().type().equals("COOPERATE") && NoEventReadings.joinsNoState(tokens, m, to)) {
        i = m.end(); // «انضم إلى حزب الخير», «قبل انضمامه للكونغرس»: a membership, no cooperation (session 13)
        continue;
      }
      if (Participles.adjective(tokens, m, i, from, to)) {
        i = m.end(); // «إحالة 40 متهما», «تظاهرات رافضة لافتتاح السفارة»: a noun or an adjective (session 18)
        continue;
      }
      if (m.entry().type().equals("CONSULT") && PoliceCalls.toPolice(tokens, m, to)) {
        i = m.end(); // «اتصلت بشرطة مدينة ليون», «بتسليم هاتفه للشرطة»: a report or evidence, no talks (session 21)
        continue;
      }
      if (m.entry().type().equals("REQUEST") && NoEventReadings.mealInvitation(tokens, m, to)) {
        i = m.end(); // «في دعوة غداء»: an invitation to a meal, no demand (session 12)
        continue;
      }
      if (m.entry().type().equals("REQUEST") && NoEventReadings.personalRequest(tokens, m.end(), to)) {
        i = m.end(); // «وطلبت الممثلة الطلاق», «طلب اللجوء في ألمانيا»: a person's application, no demand
        continue;
      }
      if (m.entry().type().equals("REJECT") && NoEventReadings.fulfils(tokens, i, to)) {
        i = m.end(); // «ما دمنا نفي بالتزاماتنا الدولية»: a word kept, no denial (session 12)
        continue;
      }
      if (m.entry().type().equals("REQUEST") && m.entry().verb() && ProsecutorPleas.plea(tokens, i, from, to)) {
        i = m.end(); // «وطالب الادعاء بإنزال عقوبة السجن»: a plea in a trial, no demand of a side (session 18)
        continue;
      }
      if (m.entry().type().equals("REQUEST") && PublicAdvice.advice(tokens, m.end(), to)) {
        i = m.end(); // «وحثت الشرطة السكان على الابتعاد عن المنطقة»: safety advice, no demand (session 18)
        continue;
      }
      if (m.entry().type().equals("REQUEST") && PublicAdvice.ownPublic(tokens, i, m.end(), to)) {
        i = m.end(); // «حث الرئيس أنصاره على التصويت»: one's own public or followers, no side (session 20)
        continue;
      }
      if (m.entry().type().equals("THREATEN") && PublicAdvice.warningWord(tokens.get(i).norm())
          && (PublicAdvice.warning(tokens, m.end(), to) || PublicAdvice.dangerWarned(tokens, m.end(), to))) {
        i = m.end(); // «حذرت السلطات رعاياها», «يحذر من حرب باردة»: advice, a danger foreseen (session 19)
        continue;
      }
      if (m.entry().type().equals("REQUEST") && NoEventReadings.asksAnonymity(tokens, m.end(), to)) {
        i = m.end(); // «وقال المسؤول طالبا عدم نشر اسمه»: a source asking not to be named, no demand (session 12)
        continue;
      }
      if (m.entry().has("territory") && !Recaptures.takesGround(tokens, i, m.end(), from, to, ps)) {
        i = m.end(); // «تحرير الرهائن», «هيئة تحرير الشام», «استعادة اللقب»: no ground taken (session 15)
        continue;
      }
      if (m.entry().type().equals("MOBILIZE") && Published.publishes(tokens, i, to)) {
        i = m.end(); // «نشرت قوات الشرعية، الخميس، مقطع فيديو»: a video published, no deployment (session 13)
        continue;
      }
      if (m.entry().type().equals("MOBILIZE") && NoEventReadings.crowd(tokens, i, m.end(), to)) {
        i = m.end(); // «تفرقت الحشود», «حشدوا الكثير من المراقبين», «استنفار الطواقم الطبية»: no forces
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && !m.entry().verb() && NoEventReadings.namedWar(tokens, i, m.end(), to, ps)) {
        i = m.end(); // «الحرب الأهلية السورية», «حرب فيتنام», «حرب 1967»: a war's name, background
        continue;
      }
      if (m.entry().type().equals("SANCTION") && m.entry().verb()
          && NoEventReadings.summonsOfNoEnvoy(tokens, i, m.end(), to)) {
        i = m.end(); // «استدعى الجيش رئيس جهاز الاستخبارات السابق»: a summons, no envoy recalled
        continue;
      }
      if ("expel".equals(m.entry().mode()) && NoEventReadings.fightersDrivenOut(tokens, m.end(), to)) {
        i = m.end(); // «وطردت قوات تركية مقاتلي الوحدات من عفرين»: fighters driven out, no expulsion
        continue;
      }
      if (m.entry().type().equals("COERCE") && NoEventReadings.issued(tokens, i, from)) {
        i = m.end(); // «في بيان صادر، الثلاثاء»: a statement issued, no confiscation (session 19)
        continue;
      }
      if (m.entry().type().equals("THREATEN") && !m.entry().verb()
          && NoEventReadings.dangerInGeneral(tokens, i, m.end(), from, to)) {
        i = m.end(); // «لمواجهة التهديدات المشتركة», «وسط تهديد إرهابي مستمر»: a danger, no threat made
        continue;
      }
      if (m.entry().type().equals("SUPPORT") && NoEventReadings.pricePaid(tokens, i, from, to)) {
        i = m.end(); // «سددت ثمن الطائرات», «ثمن النهائي»: a price, no praise
        continue;
      }
      if (m.entry().type().equals("PROTEST") && NoEventReadings.categorical(tokens, i, from, to)) {
        i = m.end(); // «نفيا قاطعا», «نافيا بشكل قاطع», «قاطع مدينة الصدر»: categorical, or a district (session 12)
        continue;
      }
      if (m.entry().type().equals("COERCE") && m.entry().verb() && NoEventReadings.takesRank(tokens, i, m.end(), to)) {
        i = m.end(); // «واحتل كل من الصدر والعامري الصدارة»: a place in a ranking, no territory
        continue;
      }
      if (m.entry().type().equals("REJECT") && m.entry().verb() && NoEventReadings.declinesToComment(tokens, m.end(), to)) {
        i = m.end(); // «رفضت الشرطة التعليق», «رفض الرد على أسئلة»: declining to speak rejects nothing
        continue;
      }
      if (m.entry().type().equals("THREATEN") && !m.entry().verb() && Alarms.alarm(tokens, i, from, to)) {
        i = m.end(); // «دوت صفارات الإنذار», «إنذارا خاطئا»: an alarm, no threat made (session 14)
        continue;
      }
      if (m.entry().type().equals("THREATEN") && NoEventReadings.endangers(tokens, i, m.end(), from, to)) {
        i = m.end(); // «يهدد أمن الملاحة», «يشكل تهديدا حقيقيا لجيرانه»: a good put at risk, no threat of force
        continue;
      }
      if (m.entry().type().equals("ACCUSE") && !m.entry().verb() && NoEventReadings.claimedResponsibility(tokens, i, from)) {
        i = m.end(); // «وأعلن تنظيم الدولة الإسلامية المسؤولية عنها»: a claim of one's own act, no accusation
        continue;
      }
      if (m.entry().type().equals("ACCUSE") && Convictions.convicted(tokens, i, m.end(), from, to)) {
        i = m.end(); // «قضت محكمة ... بعد إدانتهما بقتل العاملة»: a court's verdict, no accusation (session 18)
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && NoEventReadings.struckByFeeling(tokens, i, m.end(), to)) {
        i = m.end(); // «صحافيين أصيبوا بالذهول»: an emotion, no wound
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && !m.entry().verb() && DemandedExecutions.demanded(tokens, i, from)) {
        i = m.end(); // «مطالبين بإعدام المسؤولين», «هدد بإعدام الرهائن»: demanded or threatened, none done (session 14)
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && !m.entry().verb() && FigurativeBlows.setback(tokens, i, from, to, ps)) {
        i = m.end(); // «في ضربة كبيرة للرئيس دونالد ترامب»: a setback, no attack (session 13)
        continue;
      }
      if ((m.entry().type().equals("ASSAULT") || m.entry().type().equals("COERCE"))
          && AbstractObjects.abstractObject(tokens, i, to)) {
        i = m.end(); // «تتصدى للإرهاب», «أوقف الكونغرس صفقة بيع»: no one confronted or arrested (session 13)
        continue;
      }
      if (m.entry().type().equals("SUPPORT") && AbstractObjects.supportsTerror(tokens, m.end(), to)) {
        i = m.end(); // «على خلفية دعم الدوحة للإرهاب»: a charge, no backing of a side (session 20)
        continue;
      }
      if (m.entry().type().equals("SUPPORT") && AbstractObjects.supportedThing(tokens, i, to)) {
        i = m.end(); // «الذي يدعم العلاقات الثقافية», «تدعم اقتصادها»: a thing served, no side backed (session 19)
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && m.entry().verb() && MeasuresTargeting.measure(tokens, i, from, to)) {
        i = m.end(); // «العقوبات الجديدة التي تستهدف أصول», «القرار يستهدف نواز شريف»: aimed at, no attack (session 13)
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && m.entry().verb() && NoEventReadings.aimsAt(tokens, i, m.end(), to)) {
        i = m.end(); // «بعلاقة عسكرية تستهدف احتواء التوتر»: aims at, no attack (session 12)
        continue;
      }
      if (m.entry().type().equals("ASSAULT") && m.entry().verb() && NoEventReadings.killsOneself(tokens, i, m.end(), to)) {
        i = m.end(); // «أطلق شخص النار على نفسه»: a suicide, no attack
        continue;
      }
      if ("meet".equals(m.entry().mode()) && NoEventReadings.meetingHeld(tokens, i, m.end(), from, to)) {
        i = m.end(); // «وعقد مجلس الأمن اجتماعا طارئا»: a body meeting, no request
        continue;
      }
      if ("meet".equals(m.entry().mode()) && !NoEventReadings.meetingCalledFor(tokens, i, from)) {
        i = m.end(); // «بدأ مجلس الأمن جلسة طارئة», «خلال جلسة طارئة»: a meeting held, nobody asked (session 12)
        continue;
      }
      if (Waves.waved(tokens, m, to)) {
        i = m.end(); // «ولوح الرئيس بيده», «لوّح بالاستقالة», «هدد بحجب الثقة»: no threat of force (session 15)
        continue;
      }
      if (m.entry().type().equals("SUPPORT") && m.entry().verb() && UpheldRulings.upheld(tokens, i, from, to)) {
        i = m.end(); // «أيدت محكمة النقض حكم الإعدام», «وأيد القرار 177 نائبا»: a ruling upheld, a vote (session 16)
        continue;
      }
      if (m.entry().type().equals("REJECT") && m.entry().verb() && UpheldRulings.courtRefused(tokens, i, from, to, ps)) {
        i = Math.max(m.end(), UpheldRulings.refusalEnd(tokens, m.end(), to)); // «ورفضت محكمة استئناف إطلاق سراحه»:
        continue; // a court's ruling, no rejection of a side, and what it refused no event (session 18)
      }
      if (m.entry().type().equals("AGREE") && m.entry().verb() && UpheldRulings.voted(tokens, i, to)) {
        i = m.end(); // «وافق البرلمان البلغاري، الجمعة، على قرار»: a vote, no agreement between sides (session 18)
        continue;
      }
      if (EvidenceSubjects.evidenceSubject(tokens, m.entry(), i, from)) {
        i = m.end(); // «لم يقدم أدلة تدعم ذلك», «"وثائق تدين النظام"»: evidence backs or condemns no one (session 16)
        continue;
      }
      if (NoPartyMet.metNoParty(tokens, m, to, ps)) {
        i = m.end(); // «زار لوكوك مخيمات», «تستقبل ما يزيد عن مليون لاجئ», «اجتمع مع فريقه»: no side met (session 16)
        continue;
      }
      if (m.entry().type().equals("SUPPORT") && OwnDefence.ownConduct(tokens, m, to)) {
        i = m.end(); // «وتدافع إسرائيل عن ممارساتها», «دافع عن شراء بلاده منظومة روسية»: one's own conduct (session 15)
        continue;
      }
      if (Cessations.ended(tokens, m, from)) {
        i = m.end(); // «تجميد الاتصالات مع المسؤولين الأمريكيين», «إنهاء دعم أمريكا لأونروا»: ties ended (session 15)
        continue;
      }
      if (m.entry().type().equals("REQUEST") && NoEventReadings.student(tokens, i, from, to)) {
        i = m.end(); // «جثث 34 طالبا», «سبيل طالب جامعي»: a student, no demand
        continue;
      }
      if ("arrest".equals(m.entry().mode()) && grip(tokens.get(i))) {
        i = m.end(); // «وسط إحكام ميليشيات حزب الله قبضتها على مفاصل الدولة»: a grip, no arrest (session 11)
        continue;
      }
      if (!m.entry().verb() && "seize".equals(m.entry().mode()) && controlPassed(tokens, i, from)) {
        i = m.end(); // «مستعد لتسليم السيطرة على مرفأ الحديدة», «فقدانه السيطرة على الرقة»: control handed over or lost
        continue;
      }
      if (m.entry().verb() && m.entry().type().equals("COERCE") && stateOfControl(tokens.get(i)) && !headline) {
        i = m.end(); // «بينما تسيطر الجماعات المسلحة على أغلب مناطق البلاد»: who controls what, not a seizure
        continue;
      }
      // no expulsion in sport news («كما طردتها كرواتيا من كأس العالم»: knocked out), but an envoy expelled stays
      if (!(nonConflict && (m.entry().type().equals("ASSAULT") || m.entry().type().equals("COERCE")
          || "expel".equals(m.entry().mode()) && NoEventReadings.noEnvoyAfter(tokens, m.end(), to)))) {
        out.add(m);
      }
      i = m.end();
    }
    out = NoEventReadings.withoutTargetedDeployments(tokens, out); // «استهدفت مواقع وتعزيزات»: what was hit
    out = NoEventReadings.withoutNaturalDeaths(tokens, out, from, to); // «وفاة الأمين العام الأسبق عن عمر يناهز»
    if (nonConflictStory && out.stream().noneMatch(m -> m.entry().type().equals("ASSAULT")
        && CasualtyCounter.kindOf(m.entry()) < 0)) {
      out.removeIf(m -> m.entry().type().equals("ASSAULT")); // «قتلى الفيضانات» told without any attack
    }
    return out;
  }

  /** «فجر» (dawn, or «فجّر» blew up), normalised. */
  private static final Set<String> DAWN = Set.of("فجر");

  /** Words after «فجر» that make it dawn («فجر السبت», «فجر اليوم», «فجر أمس»), normalised. */
  private static final Set<String> DAY_AFTER_DAWN = Weekdays.with("اليوم", "امس", "الامس", "يوم", "الغد",
      "غد");

  /** Objects of «أوقف/احتجز» that are things, not people (normalised, without «ال»). */
  private static final Set<String> THINGS_STOPPED = Set.of("حسابات", "حساب", "عمل", "رحلات", "صادرات", "واردات",
      "مبيعات", "تسليم", "خطه", "خطط", "مناورات", "تدريبات",
      "بث", "دعم", "مساعدات", "تعاون", "تعامل", "تصدير", "استيراد", "ضخ", "انتاج", "مفاوضات", "محادثات", "اطلاق",
      "تمويل", "صرف", "نشاط", "انشطه", "مشروع", "مشاريع", "برنامج", "خدمه", "خدمات", "تطبيق", "بيع", "شحن",
      "سفن", "سفينه", "شحنات", "شحنه", "اموال", "ارصده", "صفقه", "صفقات", "العمليات", "عمليات", "الحركه", "حركه",
      "القتال", "قتال", "التصعيد", "تصعيد", "الهجوم", "هجوم", "النار");

  /**
   * Vehicles stopped with «أوقف» (session 16: «ثم أوقفت الشرطة الشاحنة على بعد عدة شوارع»), normalised, without
   * «ال»; not with «احتجز», whose boat is held with its crew («احتجزت القارب مع ملاحه»).
   */
  private static final Set<String> VEHICLES = Set.of("سياره", "سيارات", "شاحنه", "حافله", "قطار", "طايره");

  /**
   * Things taken back with «سحب» that are no forces (normalised, without «ال» and a possessive pronoun): support,
   * invitations, candidates, aid, citizenship, warrants, recognition, a request or a draft.
   */
  private static final Set<String> WITHDRAWN_THINGS = Set.of("تاييد", "دعم", "دعوه", "دعوت", "دعوات", "مرشح",
      "ترشيح", "مساعدات", "جنسيه", "مذكره", "مذكرات", "اعتراف", "طلب", "مشروع", "ثقه", "استثمارات", "عرض");

  /**
   * True when the object of «سحب» at token {@code k} (over a subject named there) is a thing taken back, not troops
   * or envoys («سحب الحزب مرشحه», «تسحب مساعداتها», «سحبت السلطات الجنسية من»).
   */
  private static boolean withdrawnThing(List<Token> tokens, int k, int to, List<Part> ps) {
    k = overSubject(k, to, ps);
    String n = Parts.stripArticle(Parts.stripConj(tokens.get(k).norm()));
    return WITHDRAWN_THINGS.contains(n) || WITHDRAWN_THINGS.contains(RoleFinder.stripSuffix(n));
  }

  /** The token after a subject named at token {@code k} right after a verb («أوقفت الحكومة النرويجية ...»), else k. */
  private static int overSubject(int k, int to, List<Part> ps) {
    Part subject = RoleFinder.partAt(ps, k);
    return subject != null && subject.prep().isEmpty() && subject.end() < to ? subject.end() : k;
  }

  /** «حشد» (normalised), the verb of massing and also the noun «a crowd» or «the massing of». */
  private static final String MASSING = "حشد";

  /** Words of quantity before what is stopped («أوقفت جميع صادرات الأسلحة»), normalised. */
  private static final Set<String> ALL = Set.of("جميع", "كل", "كافه");

  /**
   * True when the word at {@code k} (over a subject named there: «أوقفت الحكومة النرويجية جميع صادرات»), or the one
   * after a word of quantity there, names a thing stopped, not a person detained («أوقفت الرحلات», «أوقفت جميع صادرات
   * الأسلحة», «أوقفت خطة تسليم المنظومة»; session 15 added exports, sales, deliveries, plans and drills, the subject
   * and the quantity).
   */
  private static boolean thingStopped(List<Token> tokens, int k, int to, List<Part> ps) {
    boolean stopVerb = k > 0 && tokens.get(k - 1).norm().contains("وقف");
    k = overSubject(k, to, ps);
    String n = Parts.stripArticle(Parts.stripConj(tokens.get(k).norm()));
    if (ALL.contains(n) && k + 1 < to) {
      n = Parts.stripArticle(Parts.stripConj(tokens.get(k + 1).norm()));
    }
    return THINGS_STOPPED.contains(n) || VEHICLES.contains(n) && stopVerb;
  }

  /** Believers named by no one («البعض», «كثيرون», «محللون»), normalised. */
  private static final Set<String> UNNAMED_BELIEVERS = Set.of("البعض", "بعض", "كثيرون",
      "الكثيرون", "كثير", "محللون", "المحللون", "مراقبون", "المراقبون", "خبراء", "الخبراء", "كثيرين");

  /** «يُدعى/تُدعى» (is called), spelt with «ى», normalise like «يدّعي» (claims). */
  private static final Set<String> CALLED = Set.of("يدعي", "تدعي");

  /** Present-tense forms of control and occupation: a state of affairs in running text («تسيطر», «تحتل»). */
  private static final Set<String> STATE_VERBS = Set.of("تسيطر", "يسيطر", "يسيطرون", "تحتل",
      "يحتل", "يحتلون", "تتحكم", "يتحكم");

  /** Object pronouns on a present verb of control («تحتلها», «يحتلونه»), normalised. */
  private static final List<String> CONTROL_PRONOUNS = List.of("هما", "ها", "هم", "ه");

  /**
   * True when the token is a present verb of control ({@link #STATE_VERBS}), maybe with an object pronoun
   * («تحتلها», «يحتله», «يحتلونها»; session 11).
   */
  static boolean stateOfControl(Token t) {
    String n = Parts.stripConj(t.norm());
    if (STATE_VERBS.contains(n)) {
      return true;
    }
    for (String p : CONTROL_PRONOUNS) {
      if (n.endsWith(p) && n.length() > p.length() + 2) {
        return STATE_VERBS.contains(n.substring(0, n.length() - p.length()));
      }
    }
    return false;
  }

  /** «قبضت» (normalised, without «و/ف»): the arrest verb, or the noun «قبضة» before a pronoun. */
  private static final String GRIP = "قبضت";

  /**
   * True when the token is «قبضة» with a pronoun suffix («قبضتها», «قبضته», «بقبضتهم»; session 11): the verb «قبض»
   * never carries its object as a suffix, it takes it after «على».
   */
  static boolean grip(Token t) {
    String n = Parts.stripConj(t.norm());
    if (n.startsWith("ب") && n.length() > GRIP.length() + 1 && n.startsWith(GRIP, 1)) {
      n = n.substring(1); // «بقبضتها»
    }
    if (!n.startsWith(GRIP) || n.length() == GRIP.length()) {
      return false;
    }
    return CONTROL_PRONOUNS.contains(n.substring(GRIP.length()));
  }

  /**
   * Nouns and verbs of handing over or losing, right before the noun of control (normalised, without «و/ف»; «ل/ب»
   * and a pronoun suffix taken off): «تسليم السيطرة على», «نقل السيطرة على», «فقدانه السيطرة على».
   */
  private static final Set<String> PASSING = Set.of("تسليم", "نقل", "فقدان", "فقد", "فقدت", "فقدوا", "تسلم", "تسليمه",
      "تسليمها", "فقدانه", "فقدانها", "فقدانهم");

  /**
   * True when the noun of control at {@code i} («السيطرة على») follows a word of handing over or losing it
   * ({@link #PASSING}; session 11): control passed on or lost, no seizure by the one named.
   */
  static boolean controlPassed(List<Token> tokens, int i, int from) {
    if (i <= from) {
      return false;
    }
    String raw = tokens.get(i - 1).norm();
    if (PASSING.contains(raw)) {
      return true; // «فقدانه»: its «ف» is no conjunction
    }
    String n = Parts.stripConj(raw);
    if ((n.startsWith("ل") || n.startsWith("ب")) && PASSING.contains(n.substring(1))) {
      return true; // «لتسليم», «بنقل»
    }
    return PASSING.contains(n);
  }

  /** True when token {@code i} follows a reporting or support verb, directly or after its subject. */
  private boolean objectPosition(List<Token> tokens, int i, int from, List<Part> ps) {
    int k = i - 1;
    if (k < from) {
      return false;
    }
    boolean subject = false;
    for (Part p : ps) {
      if (p.end() == i) {
        k = p.first() - 1;
        subject = p.prep().isEmpty();
        break;
      }
    }
    if (k < from) {
      return false;
    }
    String n = tokens.get(k).norm();
    return cues.is("report", n) || cues.is("light", n) || cues.is("light", Parts.stripConj(n))
        || subject && lexicon.verbAt(tokens, k); // «انتقدت روسيا دعم واشنطن»: verb, subject, then its object
  }
}
