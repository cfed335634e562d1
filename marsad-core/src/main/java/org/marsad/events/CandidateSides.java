package org.marsad.events;

import static org.marsad.events.Cand.key;
import static org.marsad.events.StatementObjects.STATEMENTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.Token;

/**
 * The actor and recipient of a candidate: those of {@link RoleFinder}, corrected by the rules below in this order
 * ({@link #assign}).
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Person met</b> (session 10): «والتقى وزير الخارجية الروسي» with no second side after it: the Russian is
 *       the one met, the actor the earlier person of another country, if any ({@link MetPersons});</li>
 *   <li><b>Accused genitive</b>: the part right after an accusation noun and before its charge in «بـ» is the one
 *       accused («اتهام دمشق بتنفيذ هجوم») ({@link #accusedGenitive});</li>
 *   <li><b>Wrongdoer</b> (session 10): the name right after a noun of wrongdoing («الانتهاكات الإيرانية», «جرائم
 *       الاحتلال») is the one accused; the accuser is the speaker;</li>
 *   <li><b>First person</b>: after «ندعو», «نطالب», «أدين» the part is the one called on, not the speaker;</li>
 *   <li><b>Two nationalities</b>: «الرئيسان الروسي والتركي» are two speakers of a statement, or the two sides of a
 *       meeting ({@link #coordinatedNisba});</li>
 *   <li><b>Envoy expelled</b> (session 10): an expulsion whose actor is an envoy («السفير», «دبلوماسيين») has the
 *       envoy as its recipient and the other side, if any, as its actor («طرد السفير التركي من السعودية» SAU>TUR,
 *       «دبلوماسيين روسا طردوا من الولايات المتحدة» USA>RUS) ({@link #envoy});</li>
 *   <li><b>Circumstance</b>: a noun after «خلال», «أثناء», «عبر», «في» shares the actor of the sentence's last verb
 *       («أدان ماكرون الهجوم خلال محادثة هاتفية»);</li>
 *   <li><b>Shared subject</b>: «وطالب X بـ» after an earlier verb shares its subject, X is the object
 *       ({@link #sharedSubject});</li>
 *   <li><b>Attribution</b>: an attack «نسبتها دمشق إلى إسرائيل» is Israel's ({@link Speakers#attributedTo});</li>
 *   <li><b>Pronoun subject</b>: «أعلن الجيش أنه قصف»: the speaker struck ({@link Speakers#pronounSubject});</li>
 *   <li><b>Announced arrest</b> (session 10): an arrest noun with no actor (not the detained, «المعتقلين»), within
 *       {@link #ANNOUNCED_REACH} tokens after the subject of a report verb that is an army, police, government or armed
 *       group, is that force's own act («أعلنت القيادة العامة للقوات المسلحة الليبية إلقاء القبض على عشماوي»,
 *       «أعلنت وزارة الداخلية في البحرين القبض على 14 إيرانيا»), also further on after a comma and a report
 *       participle (session 11: «...، لافتة إلى إلقاء القبض على مواطنين اثنين»);</li>
 *   <li><b>Label</b>: a label's speaker labels, the attacker is labelled: no sides from the grammar;</li>
 *   <li><b>Speaker</b>: a statement with no actor takes the report subject before it, in a quote anywhere in the
 *       sentence, else the recent speaker when the sentence continues the report; not the one criticised;</li>
 *   <li><b>Document's act</b> (session 10): a statement verb right after a document noun («قرارا يدين», «بيان لمجلس
 *       الأمن يدعو») has the document's author as actor ({@link DocumentActs});</li>
 *   <li><b>Accused doer</b> (session 14): a material act in the charge of an accusation is the accused's
 *       ({@link AccusedDoers});</li>
 *   <li><b>Involvement</b>: «تورط/دور/ضلوع X في» before an event noun makes X its actor ({@link #involved}); so
 *       does, for a material act with no actor, «X المسؤولة عن», «أعلن X مسؤوليته عن» (session 14,
 *       {@link Responsibility});</li>
 *   <li><b>Victims' nationality</b>: an ASSAULT with no recipient takes the victims' nationality
 *       ({@link VictimNationality});</li>
 *   <li><b>Visitor</b> (session 10): a visit's actor of the visited country named after the place, or a meeting's
 *       actor that is a place of the recipient's country, is no side («يزور إسرائيل ويلتقي نتنياهو», «بريطانيا في
 *       زيارة يلتقي خلالها رئيسة الوزراء»: the visitor is unknown) ({@link #visitor}).</li>
 * </ol>
 */
final class CandidateSides {
  private final RoleFinder roles;
  private final Speakers speakers;

  CandidateSides(RoleFinder roles, Speakers speakers) {
    this.roles = roles;
    this.speakers = speakers;
  }

  /**
   * Sets the sides of candidate {@code c} of sentence {@code [from, to)}, whose candidates before it are {@code cs};
   * {@code recentSpeaker} is the speaker of the last two sentences, or null; {@code previousActor} the last person
   * actor of the sentence before, or null.
   */
  void assign(List<Token> tokens, int[] masks, int from, int to, List<Part> ps, List<Entity> entities, Cand c,
              List<Cand> cs, Part recentSpeaker, Part previousActor) {
    TriggerLexicon.Match m = c.trigger;
    RoleFinder.Roles r = roles.find(tokens, from, to, m, ps);
    c.actor = r.actor();
    c.recipient = r.recipient();
    c.coActors = r.coActors();
    Participles.objectAfter(c); // «، مطالبا المجتمع الدولي بتوفير الحماية»: the part after is the object (session 18)
    met(tokens, ps, to, c, cs, previousActor);
    grammar(tokens, to, ps, entities, c);
    heldResponsible(tokens, to, c);
    ChargedObjects.read(tokens, to, ps, c); // «كما اتُّهم الحزب بتجنيد الأطفال»: the one part is the one charged
    speaker(tokens, masks, from, to, ps, c, cs, recentSpeaker);
    DomesticAccusers.read(tokens, to, ps, c); // «ويتهم المعارضون أردوغان بمحاولة ...» TUR>TUR (session 16)
    if (c.actor == null && STATEMENTS.contains(c.type())) {
      c.actor = RightsGroups.speaker(tokens, to, ps, c); // «واتهمت جماعات حقوق الإنسان القوات الإسرائيلية» (session 16)
    }
    if (c.actor == null && STATEMENTS.contains(c.type())) {
      c.actor = OpeningSubjects.of(tokens, from, to, ps, c); // «وصعّد المتحدث ...، واتهم الوزير الكندي بـ» (session 16)
    }
    if (m.entry().has("participle")) { // «قال السفير ...، مشيدا», «استدعت جنوب أفريقيا سفيرها ...، منددة» (session 18)
      Participles.actor(c, cs, speakers.reportSubject(tokens, masks, from, to, ps, m.first()));
    }
    if (c.type().equals("ACCUSE") && !m.entry().verb() && c.actor != null && faced(tokens, from, m)) {
      if (c.recipient == null || key(c.recipient).equals(key(c.actor))) {
        c.recipient = c.actor; // «الذي تواجه إدارته انتقادات»: the one who faces criticism is criticised, by others
      }
      c.actor = null; // (session 18)
    }
    document(tokens, from, ps, c);
    Part accused = AccusedDoers.of(tokens, to, c, cs);
    if (accused != null) {
      c.actor = accused; // «اتهم نتانياهو إيران بـ"تجاوز خط أحمر" بإطلاقها ... صواريخ» (session 14)
    }
    if (UnnamedSources.onlyReports(tokens, from, m, c.actor)) {
      c.actor = null; // «قال ناشطون إن ضربات استهدفت مواقع لحزب الله التي تدعم الأسد»: the activists only report
    }
    involvement(tokens, from, ps, c);
    if (c.actor == null && c.type().equals("ASSAULT")) {
      c.actor = ClashPartners.subject(tokens, from, to, ps, m, c.recipient); // «سيطرت القوات ... بعد اشتباكات مع»
    }
    visitor(tokens, c);
    c.coRecipients = CoRecipients.of(tokens, ps, c); // «حمّل الجيش دمشق وإيران وحزب الله المسؤولية» (session 21)
  }

  /** Forms of «حمّل» (to hold someone responsible), normalised, without «و/ف». */
  private static final Set<String> HOLD_RESPONSIBLE = Set.of("حمل", "حملت", "يحمل", "تحمل", "حملوا", "يحملون",
      "حملا", "حملتا");

  /** «المسؤولية», «مسؤولية» (normalised). */
  private static final Set<String> RESPONSIBILITY = Set.of("المسووليه", "مسووليه");

  /**
   * Held responsible (session 11): «حمّل» with a single part before «المسؤولية» has that part as the one held
   * responsible, its object, and the one who holds it responsible unnamed in the clause («وحملت ميليشيا الحوثي،
   * المسؤولية عن حياة المختطفين», «وحملت دمشق المسؤولية»: the speaker of the report holds them responsible);
   * with two parts («حملت الولايات المتحدة حركة حماس المسؤولية») the first is the subject as usual.
   */
  private static void heldResponsible(List<Token> tokens, int to, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!c.type().equals("ACCUSE") || !m.entry().verb() || c.actor == null || c.actor.first() != m.end()
        || !Parts.inSet(HOLD_RESPONSIBLE, tokens.get(m.first()).norm())) {
      return;
    }
    int k = c.actor.end();
    if (k < to && Asides.isComma(tokens.get(k))) {
      k++;
    }
    if (k < to && RESPONSIBILITY.contains(tokens.get(k).norm())
        && (c.recipient == null || c.recipient.first() > k)) {
      c.recipient = c.actor;
      c.actor = null;
    }
  }

  /**
   * True when place {@code p} is the genitive of an indefinite noun before it, so part of a body's name («مجلس سوريا
   * الديمقراطية»), not the state itself.
   */
  private static boolean inConstruct(List<Token> tokens, Part p) {
    if (p.first() == 0) {
      return false;
    }
    Token t = tokens.get(p.first() - 1);
    String n = Parts.stripConj(t.norm());
    return t.kind() == Token.Kind.WORD && !Clause.isBoundary(t) && !n.startsWith("ال")
        && !Parts.PREPOSITIONS.contains(n);
  }

  /**
   * Visitor: a visit whose actor has the country of the place visited is no visit of that country's own person named
   * after the place («مؤسس مجموعة "علي بابا" يزور إسرائيل ويلتقي نتنياهو»: Netanyahu is met, not the visitor); nor
   * is a place the one who meets a person of its own country («يصل ترامب بريطانيا في زيارة يلتقي خلالها رئيسة
   * الوزراء»): the visitor is unknown.
   */
  private static void visitor(List<Token> tokens, Cand c) {
    if (c.type().equals("CONSULT") && c.actor != null && c.recipient != null
        && c.actor.country() != null && c.actor.country().equals(c.recipient.country())
        && (RoleFinder.MAKE_A_VISIT.equals(c.trigger.entry().cameo()) && c.actor.first() > c.recipient.first()
        || c.actor.place() && !c.actor.nisba() && !inConstruct(tokens, c.actor))) {
      c.actor = null;
    }
  }

  /**
   * Person met: a meeting verb followed by one person only has that person as its recipient, and the earlier person
   * of another country as its actor ({@link MetPersons}).
   */
  private static void met(List<Token> tokens, List<Part> ps, int to, Cand c, List<Cand> cs, Part previousActor) {
    if (!MetPersons.onlyMet(tokens, ps, to, c)) {
      Part met = MetPersons.metAfterAsides(tokens, ps, to, c);
      if (met != null) {
        c.recipient = met; // «استقبل العاهل السعودي الملك سلمان، الثلاثاء، الرئيس المصري»
      }
      return;
    }
    List<Part> earlier = new ArrayList<>();
    for (int k = cs.size() - 1; k >= 0; k--) {
      earlier.add(cs.get(k).actor);
    }
    earlier.add(previousActor);
    Part by = MetPersons.earlierPerson(tokens, earlier, c.actor);
    if (by == null || !by.country().equals(c.actor.country())) {
      c.recipient = c.actor; // «والتقى وزير الخارجية الروسي سيرغي لافروف»: the Russian is the one met
      c.actor = by;
    }
  }

  /** Document's act: a statement verb after a document noun is its author's, and a name after it its object. */
  private static void document(List<Token> tokens, int from, List<Part> ps, Cand c) {
    int d = STATEMENTS.contains(c.type()) ? DocumentActs.document(tokens, from, c.trigger) : -1;
    if (d < 0) {
      return;
    }
    if (c.actor != null && c.actor.first() >= c.trigger.end() && c.recipient == null) {
      c.recipient = c.actor; // «قرارا يدين إسرائيل»: the name after the verb is its object
    }
    c.actor = DocumentActs.author(tokens, ps, from, d); // «أقرت الجمعية العامة قرارا يدين»: the assembly condemns
    if (c.actor != null && c.recipient != null && key(c.actor).equals(key(c.recipient))) {
      c.recipient = null;
    }
  }

  /** Nouns of wrongdoing (normalised, without «ال»): the name right after one is the wrongdoer, not the accuser. */
  private static final Set<String> WRONGDOING = Set.of("انتهاك", "انتهاكات", "جرايم", "جريمه", "مجازر", "مجزره",
      "خروقات", "خرق", "اعتداءات", "تجاوزات");

  /** Sectors of those who arrest: armies, police, governments, armed groups. */
  private static final Set<String> ACTING_SECTORS = Set.of("MIL", "POL", "GOV", "REB");
  /** The detained (a plural participle, normalised): people, not an arrest announced. */
  private static final Set<String> DETAINEES = Set.of("المعتقلين", "معتقلين", "المعتقلون", "معتقلون", "المحتجزين",
      "محتجزين", "الموقوفين", "موقوفين");
  /** Tokens between an announcing force and the arrest noun it announces. */
  private static final int ANNOUNCED_REACH = 6;

  /** Participles that go on with a report after a comma («، لافتة إلى», «، مشيرا إلى أن»), normalised. */
  private static final Set<String> REPORT_PARTICIPLES = Set.of("لافته", "لافتا", "مشيره", "مشيرا", "مضيفه", "مضيفا",
      "موكده", "موكدا", "موضحه", "موضحا");

  /** Words after such a participle before what is reported («إلى», «أن»), normalised. */
  private static final Set<String> REPORT_LINKS = Set.of("الي", "ان", "انه", "انها");

  /**
   * The index after «، لافتة إلى» (a comma, a report participle and its link) right before token {@code a}, or -1:
   * the sentence's report subject still speaks, so an arrest it names is its own («أعلنت وزارة الداخلية السعودية
   * مقتل ثلاثة رجال أمن، لافتة إلى إلقاء القبض على مواطنين»; session 11).
   */
  private static int continuedReport(List<Token> tokens, int from, int a) {
    int k = a - 1;
    if (k - 1 >= from && !REPORT_LINKS.contains(tokens.get(k).norm()) && REPORT_LINKS.contains(tokens.get(k - 1).norm())) {
      k--; // «لافتة إلى إلقاء القبض»: one word of the act between
    }
    if (k >= from && REPORT_LINKS.contains(tokens.get(k).norm())) {
      k--;
    }
    if (k - 1 < from || !REPORT_PARTICIPLES.contains(tokens.get(k).norm())) {
      return -1;
    }
    String comma = tokens.get(k - 1).norm();
    return ",".equals(comma) || "،".equals(tokens.get(k - 1).text()) ? k : -1;
  }

  /** Envoys («السفير», «دبلوماسيين», «القائم بالأعمال»), normalised, without article or «و». */
  private static final Set<String> ENVOYS = Set.of("سفير", "سفيرا", "سفيره", "سفراء", "دبلوماسي", "دبلوماسيا",
      "دبلوماسيين", "دبلوماسيون", "دبلوماسيه", "قايم", "قنصل", "مبعوث");

  /** Prepositions before the country an envoy is posted to or expelled from. */
  private static final Set<String> HOST_PREPS = Set.of("لدي", "في", "من");

  /**
   * The country an envoy is posted to or expelled from, named right after it with «لدى», «في» or «من» («السفير الكندي
   * لدى الرياض», «دبلوماسيين روسا طردوا من الولايات المتحدة»: over the verb too), or null.
   */
  private static Part host(List<Part> ps, Part envoy) {
    Part next = null;
    for (int k = envoy.end(); k <= envoy.end() + 2 && next == null; k++) {
      next = RoleFinder.partAt(ps, k); // over the preposition word and the verb
    }
    return next != null && next.country() != null && !next.country().equals(envoy.country())
        && HOST_PREPS.contains(next.prep()) ? next : null;
  }

  /** True when part {@code p} opens with an envoy ({@link #ENVOYS}). */
  private static boolean envoy(List<Token> tokens, Part p) {
    return p != null && p.prep().isEmpty() && ENVOYS.contains(Parts.stripArticle(Parts.stripConj(tokens.get(p.first()).norm())));
  }

  /** Accused genitive, first person, two nationalities, envoy expelled. */
  private static void grammar(List<Token> tokens, int to, List<Part> ps, List<Entity> entities, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (accusedGenitive(tokens, to, m, c.actor) && (c.recipient == null || c.recipient.first() > c.actor.end())) {
      c.recipient = c.actor; // «على خلفية اتهام دمشق بتنفيذ هجوم كيميائي»: the one accused of the charge after «بـ»
      c.actor = null;        // (also over a place in the charge: «اتهام النظام السوري بشن هجوم على مدينة دوما»)
    }
    if (c.actor != null && c.actor.first() >= m.end() && m.entry().verb()
        && Parts.inSet(FIRST_PERSON, tokens.get(m.first()).norm())) {
      c.recipient = c.actor; // «ونحن ندعو الحرس الثوري إلى ...»: «we» call, the part after is the one called on
      c.actor = null;        // (the speaker is found below)
    }
    if (c.type().equals("ACCUSE") && !m.entry().verb() && c.actor != null && c.actor.first() == m.end()
        && WRONGDOING.contains(Parts.stripArticle(Parts.stripConj(tokens.get(m.first()).norm())))) {
      c.recipient = c.actor; // «استعرضت الخارجية السعودية الانتهاكات الإيرانية»: the wrongdoer is accused, the one
      c.actor = null;        // who speaks of it accuses (found below)
    }
    if ("expel".equals(m.entry().mode()) && envoy(tokens, c.actor)) {
      Part expelled = c.actor; // «دبلوماسيين روسا طردوا من الولايات المتحدة»: the envoy is expelled, never the one
      c.actor = c.recipient != null && !key(c.recipient).equals(key(expelled)) ? c.recipient // who expels
          : host(ps, expelled); // «طرد السفير الكندي لدى الرياض»: the host expels
      c.recipient = expelled;
    }
    String second = coordinatedNisba(tokens, entities, c.actor);
    if (second != null) {
      if (SECOND_SPEAKER_TYPES.contains(c.type()) || c.type().equals("ASSAULT")
          && (c.recipient == null || !second.equals(c.recipient.country()))) {
        List<Part> co = new ArrayList<>(c.coActors); // «القصف الذي تشنه القوات السورية والروسية»: both strike
        // (session 19)
        co.add(c.actor.withCountry(second)); // «تعهد الرئيسان الأمريكي ... والفرنسي ... برد قوي»: each threatens
        c.coActors = List.copyOf(co);
      } else if (c.type().equals("CONSULT") && c.recipient == null) {
        c.recipient = c.actor.withCountry(second); // «وبحث الرئيسان الروسي والتركي»: they meet each other
      }
    }
  }

  /** Circumstance, shared subject, attribution, pronoun subject, label, speaker. */
  private void speaker(List<Token> tokens, int[] masks, int from, int to, List<Part> ps, Cand c, List<Cand> cs,
                       Part recentSpeaker) {
    TriggerLexicon.Match m = c.trigger;
    if (c.actor == null && !m.entry().verb() && m.first() > from && !c.type().equals("PROTEST")
        && Parts.inSet(ADJUNCT, tokens.get(m.first() - 1).norm())) {
      for (int k = cs.size() - 1; k >= 0; k--) {
        if (cs.get(k).trigger.entry().verb() && cs.get(k).actor != null) {
          c.actor = cs.get(k).actor; // «أدان ماكرون الهجوم خلال محادثة هاتفية مع ترامب»
          break;
        }
      }
    }
    if ((c.recipient == null || c.recipient.first() < m.first()) && c.type().equals("CONSULT") && !m.entry().verb()) {
      Part met = pronounObject(tokens, to, ps, m);
      if (met != null && c.actor != null && c.actor.first() == met.first()) {
        c.actor = null; // read as the noun's genitive agent, but the pronoun is the agent
        c.recipient = null;
      }
      if (met != null && (c.actor == null || !key(met).equals(key(c.actor)))) {
        c.recipient = met; // «خلال لقائه الرئيس الفلسطيني محمود عباس» (session 15)
      }
    }
    if (c.recipient == null && RoleFinder.MAKE_A_VISIT.equals(m.entry().cameo()) && !m.entry().verb()) {
      arrival(tokens, from, ps, c); // «وصل الرئيس الفرنسي، الاثنين، إلى الولايات المتحدة، في زيارة دولة» (session 15)
    }
    if (c.actor == null && c.type().equals("CONSULT") && !m.entry().verb()
        && circumstance(tokens, from, m.first())) {
      Part sp = speakers.reportSubject(tokens, masks, from, to, ps, m.first());
      if (sp != null && sp.end() <= m.first() && sp.country() != null && !sp.media()
          && !Parts.inSet(SOURCES, Parts.stripArticle(tokens.get(sp.first()).norm()))
          && (c.recipient == null || !key(sp).equals(key(c.recipient)))) {
        c.actor = sp; // «وقال بوتين خلال زيارته لأنقرة», «وقال ماكرون لدى بدء اجتماعه مع نظيره الأميركي» (session 15)
      }
    }
    if (c.actor == null && c.type().equals("CONSULT") && !m.entry().verb()
        && PossessedVisits.possessed(tokens, m.first())) {
      Part sp = speakers.reportSubject(tokens, masks, from, to, ps, m.first());
      if (sp != null && sp.end() <= m.first() && sp.country() != null && !sp.media()
          && !Parts.inSet(SOURCES, Parts.stripArticle(tokens.get(sp.first()).norm()))
          && (c.recipient == null || !key(sp).equals(key(c.recipient)))) {
        c.actor = sp; // «وقال الوزير إنه أطلع الرئيس على نتائج زيارته للسعودية» (session 18)
      }
    }
    Cand before = objectBefore(tokens, cs, c);
    if (before != null) {
      c.actor = before.actor; // «ترامب يحذر المكسيك ويهدد باستدعاء الجيش»: Mexico is warned, Trump threatens
      if (c.recipient != null && key(c.recipient).equals(key(c.actor))) {
        c.recipient = null;
      }
    }
    Cand lead = sharedSubject(tokens, ps, cs, c, to);
    if (lead != null) {
      c.recipient = c.actor; // «وأدان الرئيس ... وطالب وزارة الداخلية بتقديم توضيحات»: the second verb shares
      c.actor = lead.actor;  // the first one's subject, and the part after it is its object
    }
    Part reporter = before == null && lead == null
        ? OpeningSubjects.reported(tokens, masks, from, to, ps, c, speakers) : null;
    if (reporter != null) {
      c.recipient = c.actor; // «وقال نيوت غينغريتش ... وطالب ترامب بتوضيح تعليقاته»: Gingrich asks Trump (session 16)
      c.actor = reporter;
      lead = c;
    }
    if (before == null && lead == null && c.actor != null && ConjoinedVerbs.notSubject(tokens, m, c.actor, from, cs)) {
      c.actor = null; // «أدانت موسكو هجوما أدى إلى مقتل سبعة إيرانيين وحملت إسرائيل المسؤولية» (session 15)
    }
    if (c.type().equals("ASSAULT") || c.type().equals("COERCE")) {
      Part by = Speakers.attributedTo(tokens, m.end(), to, ps);
      if (by != null && (c.recipient == null || !key(by).equals(key(c.recipient)))) {
        c.actor = by; // «الغارة التي استهدفت مطارا في سوريا ونسبتها دمشق إلى إسرائيل»
      }
    }
    if (c.actor == null) {
      Part sp = speakers.pronounSubject(tokens, masks, from, to, ps, m);
      if (sp != null && (c.recipient == null || !key(sp).equals(key(c.recipient)))) {
        c.actor = sp; // «أوضح الجيش الإسرائيلي أنه شن ضربات جوية»: the speaker is the one who struck
      }
    }
    if (c.actor == null && "arrest".equals(m.entry().mode()) && !m.entry().verb()
        && !Parts.inSet(DETAINEES, tokens.get(m.first()).norm())) {
      Part sp = speakers.reportSubject(tokens, masks, from, to, ps, m.first());
      int said = continuedReport(tokens, from, m.first()); // «، لافتة إلى إلقاء القبض»: the report goes on (session 11)
      int after = sp == null ? -1 : said >= sp.end() ? said : sp.end();
      if (sp != null && ACTING_SECTORS.contains(String.valueOf(sp.sector())) && sp.end() <= m.first()
          && (m.first() - sp.end() <= ANNOUNCED_REACH || said >= sp.end())
          && (c.recipient == null || !key(sp).equals(key(c.recipient)) || said >= sp.end() && c.recipient.first() > said
          || c.recipient.first() >= m.end()) // «أعلنت الداخلية المصرية القبض على 6 من عناصر الإخوان» (session 18)
          && ps.stream().noneMatch(p -> p.first() >= after && p.first() < m.first() && p.prep().isEmpty())) {
        // (not «أكد التحالف أن الميليشيات تواصل احتجاز السفينة»: a subject between has its own act)
        c.actor = sp; // «أعلنت القيادة العامة للقوات المسلحة الليبية إلقاء القبض على»: the force announces its own act
      }
    }
    Part own = AnnouncedOwnActs.announcer(tokens, from, ps, c);
    if (own != null) {
      c.actor = own; // «أعلنت قوات الجيش اليمني، بإسناد من التحالف، الخميس، سيطرتها على»: its own act (session 18)
    }
    if (m.entry().has("label")) {
      c.actor = null; // «قال المالكي إن الهجوم الإرهابي الحوثي»: the speaker labels, the attacker is labelled
      c.recipient = null;
    }
    if (STATEMENTS.contains(c.type()) && c.actor == null
        && (m.entry().verb() || NOUN_SPEAKER.contains(c.type()) && !undergone(tokens, from, to, m))) {
      Part sp = speakers.reportSubject(tokens, masks, from, to, ps, m.first());
      if (sp == null && c.quote != null) {
        sp = speakers.reportSubject(tokens, masks, from, to, ps, to);
      }
      if (sp == null && recentSpeaker != null && Speakers.continues(tokens, from, m.first())
          && !(m.entry().verb() && Speakers.ownSubject(tokens, m.end(), to))) {
        sp = recentSpeaker;
      }
      if (sp != null && c.recipient != null && sp.first() == c.recipient.first() && sp.end() == c.recipient.end()) {
        sp = null; // «أعلنت الحكومة، التي تعرضت لعاصفة انتقادات»: the speaker is the one criticised
      }
      Part reported = ReportedSubjects.of(tokens, from, ps, c, sp);
      if (reported != null) {
        sp = reported; // «قالت الحكومة القطرية إن الإمارات نفذت ...، كما طلبت من مواطنيها»: the UAE asks (session 19)
      }
      c.actor = sp;
    }
  }

  /** Involvement, whether a side is named, victims' nationality. */
  private static void involvement(List<Token> tokens, int from, List<Part> ps, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    Part involved = involved(tokens, from, ps, m);
    if (involved == null && c.actor == null && MATERIAL.contains(c.type())) {
      involved = Responsibility.of(tokens, from, ps, m); // «روسيا هي المسؤولة عن هجوم بغاز أعصاب» (session 14)
    }
    if (involved != null) {
      c.actor = involved; // «تورط حزب الله في دعم ميليشيات الحوثي»: the one involved acts
      if (c.recipient != null && key(c.recipient).equals(key(involved))) {
        c.recipient = null;
      }
    }
    c.rolesNamed = c.actor != null && c.actor.identified() || c.recipient != null && c.recipient.identified();
    if (c.type().equals("ASSAULT") && c.recipient == null) {
      c.recipient = VictimNationality.of(tokens, ps, m); // «تعرض رجل سوري للضرب في ألمانيا»: SYR, not DEU
    }
  }

  /**
   * The earlier statement verb of the sentence whose object is the part read as the subject of a statement verb with
   * «و» right after it («ترامب يحذر المكسيك ويهدد باستدعاء الجيش»: Mexico is the warning's object, so the threat is
   * Trump's); else null (session 11).
   */
  private static Cand objectBefore(List<Token> tokens, List<Cand> cs, Cand c) {
    TriggerLexicon.Match m = c.trigger;
    if (!m.entry().verb() || !STATEMENTS.contains(c.type()) || c.actor == null || c.actor.end() != m.first()) {
      return null;
    }
    String n = tokens.get(m.first()).norm();
    if (n.length() < 4 || n.charAt(0) != '\u0648') {
      return null;
    }
    for (int k = cs.size() - 1; k >= 0; k--) {
      Cand o = cs.get(k);
      if (o.trigger.entry().verb() && STATEMENTS.contains(o.type()) && !o.type().equals("SUPPORT") && o.actor != null
          && o.recipient != null
          && o.trigger.end() <= c.actor.first() && o.recipient.first() == c.actor.first()
          && o.recipient.end() == m.first() && o.actor.first() != c.actor.first()) {
        return o;
      }
    }
    return null;
  }

  /** «كما» (as well) before a second verb with no «و»: «وانتقد الرئيس الصين، كما دعا الحكومة الكندية إلى» (session 20). */
  private static final String ALSO = "كما";
  /** Statements whose second verb after «و» shares the first verb's subject. */
  private static final Set<String> SHARED_SUBJECT_TYPES = Set.of("REQUEST", "ACCUSE");

  /**
   * The earlier verb of the sentence whose subject a request or accusation verb with «و» shares, when the only
   * part after that verb is followed by its «بـ» or «إلى» complement («وأدان يوهانيس الاستخدام المفرط للقوة وطالب
   * وزارة الداخلية بتقديم توضيحات»); else null.
   */
  private static Cand sharedSubject(List<Token> tokens, List<Part> ps, List<Cand> cs, Cand c, int to) {
    TriggerLexicon.Match m = c.trigger;
    Part after = c.actor;
    Part recipient = c.recipient;
    if (after == null || after.first() < m.first()) {
      Part object = RoleFinder.partAt(ps, m.end());
      if (object != null && object.first() == m.end() && Morphology.masculineVerb(m.entry())
          && (Morphology.feminineState(object) || Morphology.feminineHead(tokens, object))
          && (recipient == null || recipient.first() == object.first())) {
        after = object; // «ودعا الجزائر إلى», «وطالب وزارة الداخلية» (session 20): left out as a subject by agreement
                        // (session 12), still the object
        recipient = null;
      }
    }
    if (!m.entry().verb() || !SHARED_SUBJECT_TYPES.contains(c.type()) || after == null || recipient != null
        || after.first() < m.end() || after.end() >= to) {
      return null;
    }
    String n = tokens.get(m.first()).norm();
    boolean also = m.first() > 0 && ALSO.equals(tokens.get(m.first() - 1).norm()) && Parts.stripConj(n).equals(n);
    if (!also && (n.length() < 4 || n.charAt(0) != '\u0648' || !Parts.stripConj(n).equals(n.substring(1)))) {
      return null; // «وطالب», or (session 20) «كما طالب»
    }
    String next = Parts.stripConj(tokens.get(after.end()).norm());
    if (!(next.equals("الي") || next.length() > 4 && next.charAt(0) == '\u0628')) {
      return null;
    }
    for (int k = cs.size() - 1; k >= 0; k--) {
      Cand o = cs.get(k);
      if (o.trigger.entry().verb() && o.actor != null && o.actor.first() < m.first()
          && o.actor.first() != after.first()) {
        c.actor = after; // the caller makes it the recipient
        return o;
      }
    }
    return null;
  }

  /** Forms of «واجه» (to face), normalised, without «و/ف». */
  private static final Set<String> FACE = Set.of("واجه", "واجهت", "يواجه", "تواجه", "يواجهون", "واجهوا", "تواجهها",
      "يواجهها", "تواجهه", "يواجهه");
  /** Nouns with a pronoun of the one named before them («إدارته», «حكومتها»), normalised. */
  private static final Set<String> OWN_NOUNS = Set.of("ادارته", "ادارتها", "حكومته", "حكومتها", "بلاده", "بلادها",
      "وزارته", "وزارتها");
  /** Pronouns of place and time after «يواجه» in a relative clause («الذي تواجه فيه إدارته»). */
  private static final Set<String> FACED_WHERE = Set.of("فيه", "فيها", "حاليا", "اليوم");

  /**
   * True when the accusation noun of {@code m} is the object of «يواجه» whose subject, a noun with a pronoun of one
   * named before («إدارته», «حكومتها»), stands between them, maybe after «فيه» (rule of session 18): «الذي تواجه
   * إدارته انتقادات», «في الوقت الذي تواجه فيه إدارته انتقادات شديدة» — the one who faces criticism is its
   * recipient, not its source. A named subject is left alone: «وتواجه الحكومة النرويجية انتقادات حادة من أحزاب
   * المعارضة» keeps its NOR>NOR, the opposition being of the same state.
   */
  static boolean faced(List<Token> tokens, int from, TriggerLexicon.Match m) {
    int k = m.first() - 2;
    if (k > from && FACED_WHERE.contains(tokens.get(k).norm())) {
      k--;
    }
    return k >= from && OWN_NOUNS.contains(tokens.get(m.first() - 1).norm())
        && FACE.contains(Parts.stripConj(tokens.get(k).norm()));
  }

  /**
   * True when part {@code p} is the genitive right after an accusation noun («اتهام», mode allege; not «إدانة», which
   * is spelt like «أدانه») and is followed by the charge in «بـ»
   * («اتهام نتنياهو بتوجيه طلب», «اتهام دمشق بتنفيذ هجوم»): the one accused, not the accuser.
   */
  private static boolean accusedGenitive(List<Token> tokens, int to, TriggerLexicon.Match m, Part p) {
    if (p == null || m.entry().verb() || !"allege".equals(m.entry().mode()) || p.first() != m.end()
        || !p.prep().isEmpty() || p.end() >= to) {
      return false;
    }
    String next = tokens.get(p.end()).norm();
    return (next.length() > 3 || next.length() == 3 && !next.startsWith("به") && !next.equals("بحق")) // «بشن هجوم», not «بها», «بحق روسيا»
        && next.charAt(0) == '\u0628' && !next.startsWith("بين") && !next.startsWith("بعد")
        && !next.startsWith("بان"); // «بوصفه اتهامات النائب العام بأنها سخيفة»: «بأنها» is the description's
  }

  /**
   * First-person forms of statement verbs (normalised): «ندعو», «نطالب», «أدين», «نرفض». Their subject is the speaker
   * («we», «I»), so a part after them is their object.
   */
  private static final Set<String> FIRST_PERSON = Set.of("ندعو", "نطالب", "نطلب", "نناشد",
      "نحث", "ادعو", "اطالب", "اطلب", "اناشد", "احث", "ندين", "نستنكر", "نتهم", "ادين", "نرفض",
      "ارفض", "نحذر", "ندعم", "نويد", "نرحب", "ادعم", "اويد", "ارحب", "نشيد", "اشيد");

  /** Words of a circumstance before a meeting noun («خلال زيارته», «لدى بدء اجتماعه», «في ختام محادثاته»). */
  private static final Set<String> CIRCUMSTANCE = Set.of("خلال", "اثناء", "لدي", "في", "بعد", "عقب", "ختام",
      "هامش", "مستهل");
  /**
   * The part right after a meeting noun that carries a pronoun («لقائه», «استقباله», «زيارته», «لقائها»), over a day
   * between commas: the pronoun is the noun's agent, so the part is its object, the one met or visited («خلال لقائه
   * الرئيس الفلسطيني محمود عباس», «بعد استقباله رئيس الوزراء الإسرائيلي», «خلال زيارته إسرائيل»), or null.
   */
  private static Part pronounObject(List<Token> tokens, int to, List<Part> ps, TriggerLexicon.Match m) {
    String n = tokens.get(m.end() - 1).norm();
    if (m.end() - m.first() != 1 || !(n.endsWith("ه") || n.endsWith("ها") || n.endsWith("هما"))
        || TriggerLexicon.endsWithTehMarbuta(tokens.get(m.end() - 1).text())) {
      return null; // «زيارة» normalises to «زياره»: its «ه» is no pronoun
    }
    int k = Asides.afterAside(tokens, m.end(), to);
    Part p = RoleFinder.partAt(ps, k);
    return p != null && p.first() == k && p.prep().isEmpty() && p.identified() && !p.media() ? p : null;
  }

  /**
   * Verbs of having arrived or headed somewhere, normalised, without «و/ف»; the present («يصل الرئيس الفرنسي،
   * الإثنين، إيطاليا في زيارة») often announces a visit still to come, and is left out.
   */
  private static final Set<String> ARRIVALS = Set.of("وصل", "وصلت", "وصلا", "حل", "حلت", "توجه", "توجهت");
  /** Words before a visit noun within which a verb of arriving is sought. */
  private static final int ARRIVAL_REACH = 12;

  /**
   * A visit noun with no host after a verb of arriving in its sentence: the host is the place the verb reaches (after
   * «إلى» or as its object) and the visitor the verb's subject («وصل الرئيس الفرنسي إيمانويل ماكرون الاثنين إلى
   * الولايات المتحدة، في زيارة دولة», «وصل وزير الخارجية الروسي، الأحد، إلى القاهرة في زيارة»): the
   * arrival verb's own entry reaches only four words past its subject.
   */
  private static void arrival(List<Token> tokens, int from, List<Part> ps, Cand c) {
    int a = c.trigger.first();
    int v = -1;
    for (int k = a - 1; k >= Math.max(from, a - ARRIVAL_REACH); k--) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.WORD && Clause.WORDS.contains(t.norm())) {
        return;
      }
      if (t.kind() == Token.Kind.WORD && ARRIVALS.contains(Parts.stripConj(t.norm()))) {
        v = k;
        break;
      }
    }
    if (v < 0) {
      return;
    }
    Part visitor = null;
    Part host = null;
    for (Part p : ps) {
      if (p.first() <= v || p.first() >= a) {
        continue;
      }
      if (visitor == null && !p.place() && host == null) {
        visitor = p;
      } else if (host == null && p.place() && !p.nisba() && p.country() != null
          && (p.prep().isEmpty() || p.prep().equals("الي"))) {
        host = p;
      }
    }
    if (host == null || visitor == null || visitor.country() == null || visitor.media()
        || visitor.country().equals(host.country())) {
      return;
    }
    c.recipient = host;
    if (c.actor == null || c.actor.first() > a) {
      c.actor = visitor;
    }
  }

  /** Anonymous sources, who tell of others' visits («أكد مصدر مسؤول بالشرطة الفرنسية ... بعد زيارته للصين»). */
  private static final Set<String> SOURCES = Set.of("مصدر", "مصادر");
  /** Words before a meeting noun within which a word of circumstance is sought. */
  private static final int CIRCUMSTANCE_REACH = 3;

  /**
   * True when a word of circumstance stands within {@link #CIRCUMSTANCE_REACH} words before the meeting noun at
   * {@code a}, no clause boundary between: the visit, meeting or talks are then those of the sentence's speaker
   * («وقال بوتين خلال زيارته لأنقرة إن ...», «وصرح ماكرون في اليوم الثاني من زيارته إلى روسيا», «وقال مبعوث سيول
   * بعد اجتماعه مع زعيم كوريا الشمالية»; session 15).
   */
  private static boolean circumstance(List<Token> tokens, int from, int a) {
    for (int k = a - 1; k >= Math.max(from, a - CIRCUMSTANCE_REACH); k--) {
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      if (Parts.inSet(CIRCUMSTANCE, tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions of a circumstance: the noun after them shares the agent of the sentence's verb. */
  private static final Set<String> ADJUNCT = Set.of("خلال", "اثناء", "عبر", "في");
  /** Words before a charge noun with a pronoun that make the pronoun the one charged («بعد اتهامها», «إثر إدانته»). */
  private static final Set<String> UNDERGONE_BEFORE = Set.of("بعد", "اثر", "عقب", "اعقاب", "خلفيه", "بسبب", "لدي",
      "مساله", "قبل");

  /** Pronoun endings of a noun (normalised): «ـه», «ـها», «ـهم», «ـهما». */
  private static final List<String> PRONOUN_ENDINGS = List.of("هما", "هم", "ها", "ه");

  /**
   * True when an accusation noun with a pronoun after a word of time or cause, and no object named right after it,
   * is one the pronoun underwent («ستتنحى بعد اتهامها باستخدام بطاقة ائتمانية», «على خلفية اتهامه بارتكاب جرائم
   * حرب», «بعد إدانتهم بتهمة»): the sentence's speaker is not the accuser (session 11).
   */
  private static boolean undergone(List<Token> tokens, int from, int to, TriggerLexicon.Match m) {
    String n = tokens.get(m.end() - 1).norm();
    if (m.entry().verb() || m.first() == from || PRONOUN_ENDINGS.stream().noneMatch(n::endsWith)) {
      return false;
    }
    if (!Parts.inSet(UNDERGONE_BEFORE, tokens.get(m.first() - 1).norm())) {
      return false;
    }
    if (m.end() >= to) {
      return true;
    }
    String next = tokens.get(m.end()).norm();
    return next.startsWith("ب") || next.equals("من") || Clause.isBoundary(tokens.get(m.end()))
        || Asides.isComma(tokens.get(m.end())) || tokens.get(m.end()).kind() != Token.Kind.WORD;
  }

  /** Types whose verbal nouns are the speaker's own act («إدانة», «دعوة», «رفض», «تهديد», «دعم»). */
  private static final Set<String> NOUN_SPEAKER = Set.of("ACCUSE", "REJECT", "REQUEST",
      "THREATEN", "SUPPORT");

  /** Statements each of two coordinated nationalities in one part makes («أدان الرئيسان الروسي والتركي»). */
  private static final Set<String> SECOND_SPEAKER_TYPES = Set.of("ACCUSE", "REQUEST", "REJECT",
      "SUPPORT", "THREATEN", "SANCTION");

  /**
   * The country of a nationality adjective after «و» inside one part, other than the part's own («الرئيسان الروسي
   * والتركي», «الأمريكي دونالد ترامب والفرنسي إيمانويل ماكرون»), or null.
   */
  private static String coordinatedNisba(List<Token> tokens, List<Entity> entities, Part p) {
    if (p == null || p.country() == null) {
      return null;
    }
    for (Entity e : entities) {
      if (e.start() <= p.start() || e.end() > p.stop() || !Parts.isNisba(e) || p.country().equals(e.country())) {
        continue;
      }
      if (tokens.get(EventExtractor.tokenAt(tokens, e.start())).norm().startsWith("و")) {
        return e.country(); // «والتركي», «وروسية»: joined by «و», not qualifying the first
      }
    }
    return null;
  }

  /** Material types whose actor may be the party named responsible for them ({@link Responsibility}). */
  private static final Set<String> MATERIAL = Set.of("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "SEIZE", "AID");

  /** Nouns of involvement («تورط», «دور», «ضلوع»), normalised: «تورط X في <event>» makes X its actor. */
  private static final Set<String> INVOLVEMENT = Set.of("تورط", "دور", "ضلوع", "مشاركه",
      "مسووليه", "يد");

  /**
   * The part X of «تورط/دور/ضلوع X في» right before an event noun («تورط حزب الله في دعم ميليشيات الحوثي», «دور
   * إيران في تهريب الصواريخ»), or null.
   */
  private static Part involved(List<Token> tokens, int from, List<Part> ps, TriggerLexicon.Match m) {
    int k = m.first() - 1;
    if (m.entry().verb() || k - 2 < from || !Parts.stripConj(tokens.get(k).norm()).equals("في")) {
      return null;
    }
    for (Part p : ps) {
      if (p.end() == k && p.first() > from && p.identified() && p.prep().isEmpty()
          && Parts.inSet(INVOLVEMENT, tokens.get(p.first() - 1).norm())) {
        return p;
      }
    }
    return null;
  }
}
