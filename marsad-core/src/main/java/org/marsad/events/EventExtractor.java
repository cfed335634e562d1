package org.marsad.events;

import static org.marsad.events.StatementObjects.STATEMENTS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Attribution;
import org.marsad.model.Count;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Factuality;
import org.marsad.model.Offsets;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.Stage;
import org.marsad.model.Token;
import org.marsad.numbers.DateResolver;

/**
 * Extracts PLOVER events (with CAMEO and ACLED codes) from a tokenised document whose entities are found;
 * the last stage of {@code Marsad.standard()}.
 *
 * <p>Per sentence:
 * <ol>
 *   <li>triggers come from the Arabic {@link TriggerLexicon}; sentences about sport, trade or space flight
 *       (see the {@code nonconflict} cues) yield no ASSAULT; words that name no event where they stand are left out
 *       ({@link TriggerFinder}, {@link FigurativeReadings}, {@link NoEventReadings});</li>
 *   <li>actor and recipient come from the sentence structure ({@link RoleFinder}); a statement trigger
 *       (ACCUSE, REJECT, REQUEST, SUPPORT, THREATEN, AGREE, CONSULT) without an actor takes the subject of a
 *       reporting verb of its sentence («قال», «أكد», «أعلن»), else the speaker of the previous statement when
 *       its sentence continues the report ({@link CandidateSides}, {@link Speakers});</li>
 *   <li>bare titles («الجيش», «الحكومة», «الشرطة») take the state the same title was named with earlier, else the
 *       last state named, else the document's home country: the country most named by the document's places
 *       ({@link TitleCountries});</li>
 *   <li>a statement whose object is an event with no other recipient («أدانت الهجوم», «دعت إلى وقف القصف»)
 *       takes that event's actor as recipient, else the actor of the article's main ASSAULT; a belief or
 *       assessment («يعتقد مسؤولون أتراك أن», «واثقون من أن», «تشير التقديرات إلى») is an ACCUSE of the actor of
 *       the event that follows it in the sentence, and no event without one ({@link StatementObjects});</li>
 *   <li>an ASSAULT without a recipient takes the country where it happened (not a defence: «تصدت لها»); a
 *       SANCTION without one takes the target of the article's other sanctions by the same state, else the
 *       article's country ({@link SanctionTargets});</li>
 *   <li>triggers of one type in one sentence are one event; casualty words join the ASSAULT of their sentence
 *       ({@link EventRecords#mergeSentence});</li>
 *   <li>factuality by {@link FactualityRule}; only asserted and historical events are reported, and the
 *       governing event (the REQUEST, the REJECT, the THREATEN) carries what was demanded, denied or feared;</li>
 *   <li>a weak trigger («حرب», «ضربة», «تحقيق») needs an identified actor or recipient named in its own sentence
 *       (not the place it happened in, not another event's side); any non-ASSAULT event needs one of them
 *       identified; statements, deployments, sanctions and aid need an actor ({@link ReportRule});</li>
 *   <li>numbers by {@link CasualtyCounter}; the place is the sentence's first place after a locative preposition
 *       (else its first place that is not a participant); the date is the sentence's first date, else the
 *       published date; attribution from «بحسب», «وفقا لـ», «نقلا عن» and outlets that report; the quote is the
 *       quotation containing the trigger.</li>
 * </ol>
 * Events with the same type, actor, recipient and historical status in one article merge into one record that
 * keeps every mention's span ({@link Event#mentions()}; {@link EventRecords}).
 */
public final class EventExtractor implements Stage {
  private static volatile EventExtractor standard;

  /** Words a dateline may hold before its «(CNN)» or «(رويترز)» and dash. */
  private static final int DATELINE_REACH = 12;

  /**
   * The token after a dateline at the start of a sentence («دبي، الإمارات العربية المتحدة (CNN)--»,
   * «القاهرة (رويترز) -»): the place where the story was filed, which is neither a participant nor the story's
   * country. Returns {@code from} when the sentence opens with none.
   */
  static int datelineEnd(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < Math.min(to - 1, from + DATELINE_REACH); k++) {
      if (tokens.get(k).text().equals(")") && dash(tokens.get(k + 1))) {
        int j = k + 1;
        while (j < to && dash(tokens.get(j))) {
          j++;
        }
        return j < to && tokens.get(from).kind() == Token.Kind.WORD ? j : from; // «,)- » alone is no dateline
      }
    }
    return from;
  }

  private static boolean dash(Token t) {
    String x = t.text();
    if (x.isEmpty()) {
      return false;
    }
    for (int c = 0; c < x.length(); c++) {
      char ch = x.charAt(c);
      if (ch != '-' && ch != '\u2013' && ch != '\u2014') {
        return false;
      }
    }
    return true;
  }

  private final TriggerFinder triggers;
  private final Cues cues;
  private final Parts parts;
  private final TitleCountries titles;
  private final Speakers speakers;
  private final StatementObjects statementObjects;
  private final EventRecords records;
  private final CandidateSides sides;
  private final FactualityRule factuality;
  private final CasualtyCounter casualties;

  private EventExtractor(KnowledgeBase kb) {
    this.cues = new Cues();
    this.triggers = new TriggerFinder(cues, new TriggerLexicon());
    this.parts = new Parts(kb);
    this.titles = new TitleCountries(kb);
    this.speakers = new Speakers(cues);
    this.statementObjects = new StatementObjects(cues);
    this.records = new EventRecords(Ontology.standard(), kb);
    this.sides = new CandidateSides(new RoleFinder(cues), speakers);
    this.factuality = new FactualityRule(cues);
    this.casualties = new CasualtyCounter(cues);
  }

  /** The extractor over the bundled lexicon and {@link KnowledgeBase#standard()}, built once. */
  public static EventExtractor standard() {
    EventExtractor e = standard;
    if (e == null) {
      synchronized (EventExtractor.class) {
        e = standard;
        if (e == null) {
          e = new EventExtractor(KnowledgeBase.standard());
          standard = e;
        }
      }
    }
    return e;
  }

  @Override
  public Document apply(Document doc) {
    if (doc.tokens().isEmpty() || doc.sentences().isEmpty()) {
      return doc.withEvents(List.of());
    }
    DocumentReading reading = new DocumentReading(doc);
    List<Cand> all = new ArrayList<>();
    for (int si = 0; si < doc.sentences().size(); si++) {
      all.addAll(reading.sentence(si));
    }
    StatementObjects.answerClaims(all);
    Part mainAttacker = StatementObjects.mainAttacker(all);
    OneSide.resolve(doc.tokens(), all);
    ProvokedAttacks.resolve(doc.tokens(), all); // «ردا على "قصف إيراني"» after Israel's raids: IRN>ISR (session 15)
    for (Cand c : all) {
      c.actor = DomesticBodies.actor(doc.tokens(), c); // «اعتقلت الشرطة ... في مدينة بورصة»: TUR (session 19)
      c.actor = TransnationalHomes.side(c.actor, c, reading.home); // IS with no place: the story's state (session 20)
      c.recipient = TransnationalHomes.side(c.recipient, c, reading.home);
      c.actor = LandNisbas.actor(doc.tokens(), c); // «داخل الأراضي السورية» strikes nothing (session 20)
      ApposedTitles.read(doc.tokens(), doc.entities(), c); // «وطالب إليستير برت وزير الدولة البريطاني»: no recipient (session 21)
    }
    recipientsFromPlace(all);
    ResumedAttacks.resolve(doc.tokens(), all); // «بدأت القوات الحكومية هجوما ... أن الهجوم دفع» (session 20)
    StruckStates.article(doc.tokens(), all);
    SanctionTargets.fill(all, reading.homePart);
    Retaliations.resolve(doc.tokens(), all); // «تعهدت تركيا بالرد على العقوبات»: TUR>USA (session 13)
    articleSides(all, mainAttacker, reading.homePart);
    for (Cand c : all) {
      c.recipient = BackedRebels.recipient(reading.tokens, c); // «تركيا التي تدعم قوات المعارضة» in Idlib (session 18)
    }
    for (Cand c : all) {
      c.ownOfficials = OwnOfficials.met(reading.tokens, c); // «اتصل ترامب بوزير الدفاع الأمريكي» (session 17)
    }
    List<Cand> kept = reported(all);
    records.fillFromSameEvent(kept, doc.text());
    return doc.withEvents(records.merge(doc, kept));
  }

  /**
   * The reading of one document, sentence by sentence: its cue masks, its entities without datelines, its home
   * country, and what carries from one sentence to the next (the last state named, the states titles were named
   * with, the last speaker).
   */
  private final class DocumentReading {
    private final Document doc;
    private final List<Token> tokens;
    private final int[] masks;
    private final List<Entity> entities;
    private final int[] datelines;
    private final String home;
    private final boolean almanac;
    private final Part homePart;
    private final boolean nonConflictStory;
    private String carry;
    private final Map<String, String> named = new HashMap<>(); // title words → the state they were last named with
    private Part lastSpeaker;
    private int lastSpeakerSentence = -10;
    private Part lastPerson;
    private Cand lastPair; // the last meeting or agreement of two states («الجانبان» later)
    private List<Part> previousParts = List.of(); // the parts of the sentence before, for «الجانبان»
    private int previousPartsSentence = -10;
    private Part lastPlace; // the last place named, for an attack or arrest whose sentence names none (session 21)
    private int lastPlaceSentence = -10;
    private int lastPersonSentence = -10;

    DocumentReading(Document doc) {
      this.doc = doc;
      this.tokens = NameParticles.read(doc.tokens()); // «مون جيه-إن»: no «إن» (session 12)
      this.masks = new int[tokens.size()];
      for (int i = 0; i < masks.length; i++) {
        masks[i] = tokens.get(i).kind() == Token.Kind.WORD ? cues.mask(tokens.get(i).norm()) : 0;
      }
      this.entities = new ArrayList<>(doc.entities());
      entities.sort((x, y) -> Integer.compare(x.start(), y.start()));
      this.datelines = withoutDatelines(doc, entities);
      this.home = TitleCountries.homeCountry(doc, entities);
      this.almanac = Almanac.is(doc);
      this.homePart = homePart(tokens, entities, home);
      Sentence first = doc.sentences().get(0);
      this.nonConflictStory = triggers.nonConflict(tokens, masks, first.firstToken(), first.endToken());
    }

    /** The candidates of sentence {@code si}, merged and with their fields, in text order. */
    List<Cand> sentence(int si) {
      Sentence s = doc.sentences().get(si);
      int from = s.firstToken();
      int to = s.endToken();
      List<Part> ps = titles.resolve(tokens, Parts.venues(tokens, parts.of(tokens, entities, datelines[si], to)), home,
          carry, named);
      carry = TitleCountries.lastState(tokens, ps, carry);
      ps = speakers.withOwnCountry(tokens, masks, from, to, ps, si - lastSpeakerSentence <= 1 ? lastSpeaker : null);
      boolean headline = si == 0 && headline(doc, s);
      List<TriggerLexicon.Match> ms = triggers.find(tokens, masks, from, to, ps, entities, nonConflictStory, headline);
      if (ms.isEmpty()) {
        heard(speakers.reportSubject(tokens, masks, from, to, ps, to), si);
        previousParts = ps;
        previousPartsSentence = si;
        placed(ps, si);
        return List.of();
      }
      List<DateResolver.DateMention> dates = doc.published() == null ? List.of()
          : DateResolver.INSTANCE.findAll(tokens, from, to, doc.published());
      List<Cand> cs = candidates(si, from, to, ps, ms, dates, headline);
      statementObjects.link(tokens, ps, cs);
      List<Cand> merged = EventRecords.mergeSentence(cs);
      for (Cand c : merged) {
        ClashPairs.killer(tokens, to, ps, c); // «قتل فلسطينيون خلال مواجهات بين متظاهرين فلسطينيين والجيش» (session 19)
      }
      fields(si, from, to, ps, ms, dates, merged);
      previousParts = ps;
      previousPartsSentence = si;
      placed(ps, si);
      for (Cand c : merged) {
        if (DualSubjects.pairs(c)) {
          lastPair = c;
        }
      }
      heard(speakers.reportSubject(tokens, masks, from, to, ps, to), si);
      return merged;
    }

    /** One candidate per trigger: its mention, clause, factuality, quote, sides and readings. */
    private List<Cand> candidates(int si, int from, int to, List<Part> ps, List<TriggerLexicon.Match> ms,
                                  List<DateResolver.DateMention> dates, boolean headline) {
      List<Cand> cs = new ArrayList<>();
      for (TriggerLexicon.Match m : ms) {
        Cand c = new Cand(m, si);
        c.headline = headline;
        c.clause = Clause.start(tokens, m.first(), from);
        c.mentions.add(new Span(tokens.get(m.first()).start(), tokens.get(m.end() - 1).end()));
        c.fact = factuality.of(tokens, from, to, m, ms, doc.published(), dates);
        if (almanac && c.fact == Factuality.ASSERTED) {
          c.fact = Factuality.HISTORICAL; // «حدث في 10 سبتمبر..»: a list of what happened on this day in past years
        }
        c.quote = Speakers.quoteAround(tokens, from, to, m.first());
        sides.assign(tokens, masks, from, to, ps, entities, c, cs,
            si - lastSpeakerSentence <= 2 ? lastSpeaker : null, si - lastPersonSentence == 1 ? lastPerson : null);
        WithdrawalThreats.recipient(tokens, to, ps, entities, c); // «بالانسحاب من الاتفاق النووي»: Iran (session 12)
        ReciprocalNisbas.recipient(tokens, entities, c); // «التعاون السعودي التركي»: SAU>TUR (session 12)
        Exchanges.read(tokens, entities, c); // «تبادل القصف الإسرائيلي الإيراني»: both sides (session 17)
        HolderGenitives.read(tokens, to, ps, c); // «عقب سيطرة قوات الجيش اليمني على ميناء»: YEM>YEM (session 18)
        ClashPairs.read(tokens, to, ps, c); // «الاشتباكات مستمرة بين مسلحي تنظيم داعش وقوات النظام»: SYR>SYR (session 19)
        ActPronouns.read(tokens, from, ps, c); // «وتستكمل سيطرتها»: the force named before (session 19)
        GenitiveStrikers.read(tokens, from, to, ps, c); // «هجمات موسكو على الديمقراطيات الغربية»: RUS (session 19)
        DashNisbas.read(tokens, to, ps, c); // «المواجهات الإسرائيلية-الفلسطينية»: ISR>PSE (session 17)
        SeveredTies.read(tokens, to, ps, c); // «قطع المغرب للعلاقات مع إيران»: MAR>IRN (session 12)
        SupportedGenitives.read(tokens, to, c); // «دعم نظام بشار الأسد»: the regime is supported (session 15)
        GivenSupport.read(tokens, from, to, ps, c); // «الدعم الذي يقدمه حزب الله لجبهة البوليساريو»: LBN (session 20)
        PointedStatements.read(tokens, ps, from, c); // «أن تلك المطالب تعكس عقلية»: an act told before (session 20)
        AidedPeople.read(tokens, from, ps, c); // «الجهود الإماراتية لإغاثة كل اليمنيين»: ARE>YEM (session 20)
        RelativeTargets.read(tokens, to, ps, cues, c); // «العقوبات التي تفرضها واشنطن ضد إيران» (session 13)
        StrikerClauses.read(tokens, to, ps, cues, c); // «قتل ستة مدنيين بغارات شنها الطيران الروسي» (session 14)
        Interceptions.read(tokens, to, ps, c); // «اعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون» (session 13)
        Interceptions.readAnnounced(tokens, from, to, ps, c); // «أعلنت السعودية اعتراضها لثلاثة صواريخ» (session 14)
        BothKoreas.read(tokens, c); // «التقى زعيما الكوريتين»: KOR>PRK (session 13)
        BodyTitles.read(tokens, c); // «رفض النائب الأول لمندوب روسيا»: Russia's deputy envoy speaks (session 13)
        PassiveCharges.read(tokens, from, to, ps, c); // «الهجوم الذي اتهمت به دمشق»: Damascus accused (session 13)
        PhoneCalls.read(tokens, from, to, ps, c); // «تلقى الملك سلمان اتصالا هاتفيا من ترامب»: USA>SAU (session 15)
        ReceivedStatements.read(tokens, from, to, ps, c); // «تلقي تلك القوات دعماً أميركياً»: USA>SYR (session 17)
        if (DualSubjects.dualSubject(tokens, c, to) >= 0) { // «واتفق الجانبان»: the two sides met last (session 12)
          DualSubjects.resolve(tokens, to, c, pairBefore(si, cs, c, ps));
        }
        StruckStates.read(tokens, c);
        HeldNationals.read(tokens, c); // «اعتقل على إثرها سوري وعراقي»: the Syrian is arrested (session 17)
        c.recipient = FoundingDates.recipient(tokens, c); // «هجروا منها لدى إقامة دولة إسرائيل» (session 21)
        c.recipient = Destinations.recipient(tokens, c); // «حاولا التسلل إلى سوريا»: not the one arrested (session 21)
        if (c.recipient != null && Allies.ally(tokens, c.recipient)) {
          c.recipient = null; // «وتنفي سوريا وحليفتها إيران»: the ally stands beside a side, it is not aimed at
        }                     // (session 18)
        CandidateReadings.read(tokens, from, to, ps, c);
        cs.add(c);
      }
      return cs;
    }

    /**
     * The sentence's fields of its merged candidates: numbers (the killed, injured, missing and displaced for an
     * ASSAULT, the arrested for a COERCE), place, date, attribution; an identified speaker of a statement becomes the
     * last speaker.
     */
    private void fields(int si, int from, int to, List<Part> ps, List<TriggerLexicon.Match> ms,
                        List<DateResolver.DateMention> dates, List<Cand> merged) {
      CasualtyCounter.Read read = casualties.read(tokens, from, to, ms);
      Map<String, Count> numbers = read.counts();
      EventDate date = EventRecords.date(dates, doc.published());
      List<Attribution> attribution = speakers.attribution(doc.text(), tokens, masks, from, to, ps);
      Map<String, Count> harmed = without(numbers, ARRESTED);
      Map<String, Count> arrested = numbers.containsKey(ARRESTED) ? Map.of(ARRESTED, numbers.get(ARRESTED)) : Map.of();
      List<Cand> attacks = new ArrayList<>();
      for (Cand c : merged) {
        if (c.type().equals("ASSAULT")) {
          attacks.add(c);
        }
      }
      for (Cand c : merged) {
        if (c.type().equals("ASSAULT")) {
          c.numbers = CountOwners.of(c, attacks, harmed, read, tokens); // a count of the other attack's word (session 13)
        } else if (c.type().equals("COERCE")) {
          c.numbers = arrested; // «واعتقل نحو 20 آخرين»: the arrest's count, not the attack's (session 13)
        }
        c.place = EventRecords.place(ps, tokens, cues, from, to, c);
        if (c.type().equals("ASSAULT")) {
          c.place = LaunchOrigins.struck(ps, tokens, from, c.place, c); // «صواريخ من سوريا على الجولان» (session 13)
          c.place = OwnerPlaces.struck(ps, c.place, c); // «الضربة الإسرائيلية لإيران بسوريا» (session 13)
        }
        c.placeNear = CandidateReadings.placeNear(tokens, from, c);
        if (c.place == null && ContextPlaces.applies(c) && si - lastPlaceSentence <= ContextPlaces.REACH) {
          c.contextPlace = lastPlace; // «... في مدينة بيت لحم. / ... تمكن الجنود من تطويقه واعتقاله» (session 21)
        }
        c.arrestPlace = ArrestPlaces.holder(tokens, c); // «تم اعتقاله في باريس» (session 17)
        c.protestPlace = ProtestPlaces.protesters(tokens, to, c, merged); // «تواصلت الاحتجاجات في عمان» (session 18)
        c.homeProtest = HomeProtests.unplaced(tokens, to, c, merged); // «التظاهرات التي تجتاح جنوب البلاد» (session 19)
        c.homeArrest = HomeArrests.candidate(tokens, ps, c, home); // «وتم توقيف الكثيرين منهم» (session 21)
        c.date = date;
        c.countDate = ForeignCounts.countDate(dates, tokens, doc.published()); // not «منذ 30 مارس» (session 14)
        c.attribution = attribution;
        if (STATEMENTS.contains(c.type()) && c.actor != null && c.actor.identified()) {
          heard(c.actor, si);
        }
        if (c.actor != null && c.actor.country() != null && MetPersons.person(tokens, c.actor)) {
          lastPerson = c.actor; // who may meet someone in the next sentence with the subject left out
          lastPersonSentence = si;
        }
      }
    }

    /**
     * The last candidate of two states meeting or agreeing ({@link DualSubjects#pairs}): of {@code cs} in this
     * sentence, else of the sentences within {@link DualSubjects#PAIR_REACH} before {@code si}, or null.
     */
    private Cand pairBefore(int si, List<Cand> cs, Cand c, List<Part> ps) {
      for (int k = cs.size() - 1; k >= 0; k--) {
        if (DualSubjects.pairs(cs.get(k))) {
          return cs.get(k);
        }
      }
      if (lastPair != null && si - lastPair.sentence <= DualSubjects.PAIR_REACH) {
        return lastPair;
      }
      List<Part> named = new ArrayList<>(si - previousPartsSentence == 1 ? previousParts : List.of());
      int current = named.size();
      for (Part p : ps) {
        if (p.end() <= c.trigger.first()) {
          named.add(p);
        }
      }
      Cand nisbas = DualSubjects.nisbaPair(tokens, entities, c.trigger, named); // «التقارب التركي الروسي» (session 13)
      // «بعد مكالمة العاهل السعودي مع الرئيس التركي، إذ اتفق الطرفان»: the last two states named
      return nisbas != null ? nisbas : DualSubjects.pairNamed(tokens, c.trigger, named, current);
    }

    /** Makes the first place of {@code ps}, when there is one, the last place named, in sentence {@code si}. */
    private void placed(List<Part> ps, int si) {
      Part p = ContextPlaces.first(tokens, ps);
      if (p != null) {
        lastPlace = p;
        lastPlaceSentence = si;
      }
    }

    /** Makes {@code sp}, when there is one, the last speaker, heard in sentence {@code si}. */
    private void heard(Part sp, int si) {
      if (sp != null) {
        lastSpeaker = sp;
        lastSpeakerSentence = si;
      }
    }
  }

  /**
   * The end of each sentence's dateline ({@link #datelineEnd}); the entities inside a dateline are removed from
   * {@code entities}: the place where the story was filed is neither a participant nor the story's country.
   */
  private static int[] withoutDatelines(Document doc, List<Entity> entities) {
    List<Token> tokens = doc.tokens();
    int[] datelines = new int[doc.sentences().size()];
    for (int si = 0; si < datelines.length; si++) {
      Sentence s = doc.sentences().get(si);
      datelines[si] = datelineEnd(tokens, s.firstToken(), s.endToken());
      if (datelines[si] > s.firstToken()) {
        int startChar = tokens.get(s.firstToken()).start();
        int endChar = tokens.get(datelines[si] - 1).end();
        entities.removeIf(e -> e.start() >= startChar && e.end() <= endChar); // «دبي، الإمارات (CNN)--»
      }
    }
    return datelines;
  }

  /** The first place of the home country as a part (the people of the article's country), or null. */
  private static Part homePart(List<Token> tokens, List<Entity> entities, String home) {
    for (Entity e : entities) {
      if (home != null && home.equals(e.country()) && e.lat() != null) {
        int ti = tokenAt(tokens, e.start());
        return new Part(ti, ti + 1, e.start(), e.end(), e.country(), null, e.name(), e, "", true, false, false, false);
      }
    }
    return null;
  }

  /**
   * An ASSAULT without a recipient takes the country of the place it happened in, when that place is near its
   * trigger; not a defence («تصدت الدفاعات الجوية للصواريخ»: a defence's target is the attacker, not the place). So
   * does a target of no state (session 14, {@link StatelessTargets}).
   */
  private static void recipientsFromPlace(List<Cand> all) {
    for (Cand c : all) {
      if ((c.type().equals("ASSAULT") && c.recipient == null || StatelessTargets.placeless(c))
          && !c.trigger.entry().has("defend") && c.placeNear && c.place.country() != null) {
        c.recipientFromPlace = c.recipient == null; // a target named stays an event of its own
        c.recipient = c.place;
      } else if (ForeignDeployments.abroad(c)) {
        c.recipient = c.place; // «تنشر فرنسا قوات في شمال سوريا»: FRA>SYR (session 15)
      }
    }
  }

  /** Acts of force, which a non-governmental organisation (sector NGO) never carries out. */
  private static final java.util.Set<String> FORCE_TYPES = java.util.Set.of("ASSAULT", "COERCE", "MOBILIZE");
  /**
   * Sectors of an army or police (session 16): the actor of a PROTEST placed in another state than its own is never
   * one of them — the protest word («المتظاهرين», «احتجاجاتهم») stands beside the foreign force that fires on the
   * protesters («حيث كانت تسعف بعض المتظاهرين المصابين بنيران الجيش الإسرائيلي», «بمقتل عشرات الفلسطينيين أثناء
   * احتجاجاتهم في قطاع غزة على يد القوات الإسرائيلية»), so the actor is dropped. At home the force's state is the
   * protesters' too («أطلقت الشرطة النار على المحتجين» in Basra: IRQ), so the key stays; a first form without the
   * place dropped four such keys and an opposition «تحالف» (read as a military coalition) that boycotted a vote.
   */
  private static final java.util.Set<String> FORCE_SECTORS = java.util.Set.of("MIL", "POL");

  /**
   * The sides the article gives: an outlet is no actor; a withdrawal of one's own forces is from its place; a statement about an event takes its recipient from it
   * ({@link StatementObjects#objectRecipient}); an asserted arrest or raid with no one named is of the people of its
   * place, else of the article's country, else of the acting state; the victims of an asserted attack with no target
   * or place are of the article's country ({@code homePart}), unless it is a strike from afar by an attacker of that
   * country whose other attacks in the article all strike other states (session 10: {@link #usualTarget}). Defences take none of these.
   */
  private static void articleSides(List<Cand> all, Part mainAttacker, Part homePart) {
    for (Cand c : all) {
      if (c.actor != null && (c.actor.media() || "MED".equals(c.actor.sector()))) {
        c.actor = null; // «نقلت وكالة الأنباء السورية عن الأسد ...»: an outlet reports, it does not act
      }
      if (c.actor != null && "NGO".equals(c.actor.sector()) && FORCE_TYPES.contains(c.type())) {
        c.actor = null; // «قال المرصد السوري لحقوق الإنسان إن ... قصف جوي»: a monitor or charity reports or helps,
      }                 // it does not strike, arrest or deploy (session 15)
      if (c.actor != null && c.type().equals("PROTEST") && c.actor.sector() != null
          && FORCE_SECTORS.contains(c.actor.sector()) && c.actor.country() != null && c.place != null
          && c.place.country() != null && !c.place.country().equals(c.actor.country())) {
        c.actor = null; // «تسعف المتظاهرين المصابين بنيران الجيش الإسرائيلي» in Gaza: a foreign army meets a
      }                 // protest, it is not the protester (session 16)
      if (c.statementObject && c.recipient == null) {
        c.recipient = StatementObjects.objectRecipient(c, mainAttacker, all);
        if (c.recipient != null && c.actor != null && c.recipient.start() == c.actor.start()) {
          c.recipient = null; // «وتوعد ترامب المسؤولين عن الهجوم»: the speaker is not the one his statement is about
        }
      }
      if (c.type().equals("RETREAT") && c.actor != null && c.recipient != null && c.place != null
          && c.place.country() != null && java.util.Objects.equals(c.actor.country(), c.recipient.country())
          && !c.place.country().equals(c.actor.country())) {
        c.recipient = c.place; // «سحب قوات بلاده من سوريا»: the own forces withdrawn name no other side, the place does
      }
      if (c.trigger.entry().has("defend")) {
        continue;
      }
      if (c.actor == null && c.arrestPlace != null && c.fact == Factuality.ASSERTED) {
        c.actor = c.arrestPlace; // «اعتقل هشام الحنفي في مرسيليا»: the police of the place (session 17)
      }
      if (c.actor == null && c.recipient == null && c.protestPlace != null && c.fact == Factuality.ASSERTED) {
        c.actor = c.protestPlace; // «احتج آلاف الأشخاص في مدينة ميونيخ»: the people of the place (session 18)
      }
      if (c.fact == Factuality.ASSERTED && HomeProtests.home(c, homePart)) {
        c.actor = homePart; // «غداة احتجاجات على نتائج الانتخابات» in a story from Zimbabwe (session 19)
      }
      if (HomeArrests.home(c, homePart) && !HomeArrests.arrestedAbroad(all, homePart.country())) {
        c.actor = homePart; // «وتم توقيف الكثيرين منهم» in a story from Yemen (session 21)
      }
      if (c.type().equals("COERCE") && (c.recipient == null || stateless(c.recipient)) && c.actor != null
          && c.actor.identified() && c.fact == Factuality.ASSERTED) {
        // arrests and raids with no one named: the people of the place, else of the article's country, else of the
        // acting state («سلطات الاحتلال اعتقلت نحو 8 آلاف طفل» in a story from Palestine); so too a person of no
        // known state (session 10: «وألقت قوات الأمن القبض على جنينة» in a story from Egypt)
        c.recipient = c.placeNear && c.place.country() != null ? c.place
            : homePart != null ? homePart : c.actor;
      }
      if (c.type().equals("PROTEST") && c.actor == null && c.recipient != null && c.recipient.country() != null
          && !c.recipient.place() && c.fact == Factuality.ASSERTED) {
        // protests against a state's organ or leader with no protesters named: its people, as the place of the
        // protest or the article's country name them (session 10: «تظاهرات في أنحاء روسيا ضد بوتن» RUS>RUS)
        String state = c.recipient.country();
        c.actor = c.placeNear && state.equals(c.place.country()) ? c.place
            : homePart != null && state.equals(homePart.country()) ? homePart : null;
      }
      if (c.type().equals("ASSAULT") && c.recipient == null && c.fact == Factuality.ASSERTED && homePart != null
          && (c.actor != null || !c.numbers.isEmpty())) {
        Part usual = c.actor != null && c.actor.country() != null && c.actor.country().equals(homePart.country())
            && fromAfar(c) ? usualTarget(all, c.actor.country()) : null;
        c.recipient = usual != null ? usual : homePart; // victims of an attack without a named target or place: the
      }                                                  // article's country, unless the attacker is of that country
    }
  }

  /** Modes of strikes from afar (air raids, shelling, missiles). */
  private static final java.util.Set<String> FAR_MODES = java.util.Set.of("aerial", "heavy-weapons", "drone");

  /**
   * True when ASSAULT candidate {@code c} is a strike from afar, or one named by its attacker's nationality
   * («الغارات الإسرائيلية», «الصواريخ الإيرانية»): not a killing or clash, whose victims may be the attacker's own.
   */
  private static boolean fromAfar(Cand c) {
    String mode = c.trigger.entry().mode();
    return c.actor.nisba() || mode != null && FAR_MODES.contains(mode);
  }

  /**
   * The target another state than {@code attacker} that the article's other attacks by {@code attacker} most often
   * have, when they have no target of its own country («الغارات الإسرائيلية» in a story of Israeli raids in Syria:
   * SYR, not the story's country ISR; session 10); else null: an attacker that also strikes at home keeps the home
   * country.
   */
  private static Part usualTarget(List<Cand> all, String attacker) {
    Map<String, Integer> counts = new HashMap<>();
    Part best = null;
    int bestCount = 0;
    for (Cand o : all) {
      if (!o.type().equals("ASSAULT") || o.actor == null || !attacker.equals(o.actor.country()) || o.recipient == null
          || o.recipient.country() == null) {
        continue;
      }
      if (o.recipient.country().equals(attacker)) {
        return null;
      }
      int n = counts.merge(o.recipient.country(), 1, Integer::sum);
      if (n > bestCount) {
        best = o.recipient;
        bestCount = n;
      }
    }
    return best;
  }

  /** True when the part is a named person of no known state («جنينة», «رافي تشادار»). */
  private static boolean stateless(Part p) {
    return p.country() == null && p.entity() != null && p.entity().type() == EntityType.PER;
  }

  /** The candidates {@link ReportRule} keeps, each followed by its twins (the same statement by further speakers). */
  private static List<Cand> reported(List<Cand> all) {
    List<Cand> kept = new ArrayList<>();
    for (Cand c : all) {
      if (ReportRule.keep(c)) {
        kept.add(c);
        kept.addAll(c.twins());
      }
    }
    return kept;
  }

  /** True when sentence {@code s} is the article's headline repeated at the top of its text. */
  private static boolean headline(Document doc, Sentence s) {
    String t = doc.title();
    if (t == null || t.isBlank()) {
      return false;
    }
    String head = doc.text().substring(doc.tokens().get(s.firstToken()).start(),
        doc.tokens().get(s.endToken() - 1).end()).strip();
    return t.strip().startsWith(head) || head.startsWith(t.strip());
  }

  /** The index of the token that holds UTF-16 offset {@code offset} (the last token for an offset after all). */
  static int tokenAt(List<Token> tokens, int offset) {
    return Math.min(Offsets.firstEndingAfter(tokens, Token::end, offset), tokens.size() - 1);
  }

  /** The JSON key of arrest counts ({@link CasualtyCounter#JSON}). */
  private static final String ARRESTED = CasualtyCounter.JSON[CasualtyCounter.ARREST];

  /** {@code numbers} without {@code key}, in the same order. */
  private static Map<String, Count> without(Map<String, Count> numbers, String key) {
    if (!numbers.containsKey(key)) {
      return numbers;
    }
    Map<String, Count> out = new java.util.LinkedHashMap<>(numbers);
    out.remove(key);
    return java.util.Collections.unmodifiableMap(out);
  }
}
