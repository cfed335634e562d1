package org.marsad.events;

import static org.marsad.events.Cand.key;

import java.util.Objects;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.model.Factuality;

/**
 * Which candidates are reported as events ({@link #keep}).
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Factual</b>: only asserted and historical events;</li>
 *   <li><b>Belief and label</b>: they accuse only a named recipient other than the speaker's own side;</li>
 *   <li><b>Description</b>: a description of no one named accuses no one («ووصف الوزير المعاملة بأنها وحشية»);</li>
 *   <li><b>Headline</b>: a headline's event needs both sides named;</li>
 *   <li><b>Missing</b>: «المفقود» with no count is no casualty report;</li>
 *   <li><b>Warning</b>: a warning of no force, to no other state, is no threat («حذرت السلطات من ارتياد البحر»);
 *       nor (session 16) is any warning by a monitor, a charity or a body of the United Nations family with no
 *       force of its own ({@link #UNARMED_BODIES}): «وحذر المرصد السوري لحقوق الإنسان من هجوم وشيك لقوات النظام»,
 *       «حذر مبعوث الأمم المتحدة من تصاعد المواجهات»: they warn of a danger, they threaten no one;</li>
 *   <li><b>Conviction</b>: «أدان» with a court as subject convicts, it does not condemn (session 10);</li>
 *   <li><b>Bans at home</b>: a «حظر» or «علّق» of no other state is no sanction ({@link DomesticBans}, session 15);</li>
 *   <li><b>Visits</b>: receiving the wounded or refugees is no visit; only an official's arrival («وصل») is one;
 *       nor (session 17) is a leader's meeting with his own ministers, officials or troops ({@link OwnOfficials});</li>
 *   <li><b>Protest</b>: a state's diplomatic protest («احتجت إيران لدى السفير») is no demonstration;</li>
 *   <li><b>Weak words</b> («حرب», «ضربة», «تحقيق») need a side named in their own sentence;</li>
 *   <li><b>Actors</b>: statements, deployments, sanctions and aid need an actor, cooperative types an identified
 *       one; any non-ASSAULT event needs one side identified; casualty words with no count need one;</li>
 *   <li><b>Victims only</b>: the wounded named as people, with no count and no attack, are no event;</li>
 *   <li><b>Accusation nouns</b> (session 11): a noun of accusation, criticism, condemnation or wrongdoing
 *       («الاتهامات», «انتقادات», «إدانة», «انتهاكات») aimed at no one identified is a reference, not an accusation
 *       made (the guide's ACCUSE is "aimed at someone");</li>
 *   <li><b>Meetings</b>: a visit, call or meeting noun with no one named is no event; resignations are none; nor
 *       (session 11) is a meeting whose other side is a town or region of the actor's own state or that state itself
 *       («الأسد يزور الغوطة الشرقية», «زار العبادي البصرة»; a capital stands for its government: «تتفاوض قسد مع
 *       دمشق»);</li>
 *   <li><b>Named war</b>: «الحرب السورية» is a war named by its country, not an attack by it, unless against a
 *       recipient after «على/ضد»;</li>
 *   <li><b>Both sides</b> for «both» triggers, a recipient for «partner» triggers, AGREE and RETREAT, and SUPPORT
 *       that is a defence or a noun not «enjoyed» («تحظى بدعم»);</li>
 *   <li><b>ASSAULT</b> without sides needs an asserted count; fighting in general in a place («آثار المعارك») is
 *       nobody's attack.</li>
 * </ol>
 */
final class ReportRule {
  private ReportRule() {
  }

  /** The stem of «أدان», to condemn or, in a court's mouth, to convict (normalised). */
  private static final String CONVICT = "دان";

  /** Types that need a named actor. */
  private static final Set<String> COOPERATIVE = Set.of("AGREE", "CONSULT", "COOPERATE", "AID",
      "RETREAT", "SUPPORT", "CONCEDE");

  /** Types that are reported only with an actor (named or not): statements, deployments, sanctions, aid. */
  private static final Set<String> NEEDS_ACTOR = Set.of("ACCUSE", "REJECT", "REQUEST", "SUPPORT",
      "THREATEN", "AGREE", "CONSULT", "CONCEDE", "MOBILIZE", "AID", "SANCTION", "COOPERATE", "RETREAT");

  /** True when the candidate is reported: factual, its reading holds and it names the sides its type needs. */
  static boolean keep(Cand c) {
    return factual(c) && readingHolds(c) && sidesSuffice(c);
  }

  /** Only asserted and historical events are reported. */
  private static boolean factual(Cand c) {
    return c.fact == Factuality.ASSERTED || c.fact == Factuality.HISTORICAL;
  }

  /** True when a side is there and identified (a country or an organisation). */
  private static boolean named(Part p) {
    return p != null && p.identified();
  }

  /**
   * Knowledge-base ids of international bodies with no force of their own to threaten with (session 16): the United
   * Nations' secretariat, envoys, agencies and courts, the Red Cross, the watchdogs and lenders. The Security
   * Council, NATO, the African Union's missions and peacekeepers are left out: they may back a threat with force.
   */
  static final Set<String> UNARMED_BODIES = Set.of("igo:UN", "igo:UNSG", "igo:UN_ENVOY", "igo:OHCHR", "igo:OCHA",
      "igo:UNHCR", "igo:UNICEF", "igo:WHO", "igo:WFP", "igo:UNRWA", "igo:UNHRC", "igo:IAEA", "igo:OPCW", "igo:ICRC",
      "igo:IFRC", "igo:IOM", "igo:FAO", "igo:UNDP", "igo:UNESCO", "igo:ICC", "igo:ICJ", "igo:IMF", "igo:WORLD_BANK",
      "igo:WTO", "igo:UNSMIL");

  /** True for a monitor or charity (sector NGO) or a body of {@link #UNARMED_BODIES}. */
  private static boolean unarmed(Part p) {
    return p != null && ("NGO".equals(p.sector())
        || p.entity() != null && p.entity().kb() != null && UNARMED_BODIES.contains(p.entity().kb()));
  }

  /** The rules of the trigger's marks and readings: belief, label, describe, headline, missing, warn, visits. */
  private static boolean readingHolds(Cand c) {
    boolean actorOk = named(c.actor);
    boolean recipientOk = named(c.recipient);
    TriggerLexicon.Entry e = c.trigger.entry();
    if ((e.has("belief") || e.has("label")) && (!recipientOk || c.actor != null && key(c.actor).equals(key(c.recipient)))) {
      return false; // a belief about no one's act, or about one's own side, is no accusation
    }
    if (e.has("describe") && !recipientOk) {
      return false; // «ووصف الوزير المعاملة بأنها وحشية»: a description of no one named accuses no one
    }
    if (c.headline && !(actorOk && recipientOk)) {
      return false; // «روسيا ترد على اتهامها دعم طالبان»: a headline's grammar is too terse for one side alone
    }
    if (e.has("missing") && c.numbers.isEmpty()) {
      return false; // «الطائرة المفقودة», «الصحفي المفقود»: missing with no count is no casualty report
    }
    if (e.has("warn") && unarmed(c.actor)) {
      return false; // «وحذر المرصد من هجوم وشيك لقوات النظام»: a monitor warns of a danger, it threatens no one
    }
    if (e.has("warn") && !c.warnsOfForce && !(recipientOk && actorOk
        && !Objects.equals(c.recipient.country(), c.actor.country()))) {
      return false; // «حذرت السلطات من ارتياد البحر»: a warning of no force, to no other state, is no threat
    }
    if (c.type().equals("ACCUSE") && c.actor != null && "JUD".equals(c.actor.sector())
        && String.join(" ", e.words()).contains(CONVICT)) {
      return false; // «أدانت محكمة بريطانية مراهقة بتهمة»: a court convicts, it does not condemn (session 10)
    }
    if (DomesticBans.domestic(c)) {
      return false; // «علقت المحكمة العليا تنفيذ قرار الهدم», «حظر قاض توزيع برنامج»: a measure at home (session 15)
    }
    if (c.receivesPeople) {
      return false; // «استقبلت إسرائيل الجرحى السوريين»: receiving the wounded or refugees is no visit
    }
    if (c.ownOfficials) {
      return false; // «اتصل ترامب بوزير الدفاع الأمريكي»: a leader meets his own subordinates (session 17)
    }
    if (e.has("official") && !(recipientOk && c.actor != null && c.actor.entity() != null
        && (c.actor.entity().type() == EntityType.PER || "GOV".equals(c.actor.sector())))) {
      return false; // «وصلت القافلة إلى», «وصل عدد الصواريخ إلى»: only an official's arrival is a visit
    }
    if (c.type().equals("PROTEST") && e.verb() && actorOk && c.actor != c.protestPlace // not the protesters' place
        && c.actor.entity() != null && c.actor.entity().kb() != null
        && (c.actor.entity().kb().startsWith("iso3:") || "GOV".equals(c.actor.sector()))) {
      return false; // «واحتجت إيران لدى السفير البريطاني»: a state's diplomatic protest is no demonstration
    }
    if (e.has("weak") && !c.rolesNamed) {
      return false; // «الحرب في سوريا», «ضربة لحزبه»: a weak word needs a side named in its own sentence
    }
    return true;
  }

  /**
   * True when the recipient is a town or region of the actor's own state, or that state itself, not its capital
   * (the capital stands for the government: «تتفاوض قوات سوريا الديمقراطية مع دمشق»).
   */
  private static boolean homePlace(Part actor, Part recipient) {
    if (!recipient.place() || recipient.entity() == null || recipient.entity().kb() == null
        || !java.util.Objects.equals(actor.country(), recipient.country())) {
      return false;
    }
    return recipient.entity().kb().startsWith("iso3:") || RoleFinder.localPlace(recipient);
  }

  /** The sides each type and mark needs named. */
  private static boolean sidesSuffice(Cand c) {
    boolean actorOk = named(c.actor);
    boolean recipientOk = named(c.recipient);
    TriggerLexicon.Entry e = c.trigger.entry();
    if (NEEDS_ACTOR.contains(c.type()) && c.actor == null) {
      return false; // a statement, deployment, sanction or aid by nobody named is a reference, not an event
    }
    if (CasualtyCounter.kindOf(e) >= 0 && c.numbers.isEmpty() && !actorOk && !recipientOk) {
      return false;
    }
    if (c.numbers.isEmpty() && c.victimsOnly) {
      return false; // «إخراج جرحى حزب الله»: the wounded named as people, with no count and no attack, are no event
    }
    if (!c.type().equals("ASSAULT") && !actorOk && !recipientOk) {
      return false;
    }
    if (COOPERATIVE.contains(c.type()) && !actorOk) {
      return false; // «وفق اتفاق مع روسيا»: an agreement or meeting nobody is said to make is a reference
    }
    if (c.type().equals("CONSULT") && (!e.verb() || "phone".equals(e.mode())) && !"third-party".equals(e.mode())
        && !recipientOk) {
      return false; // a visit, call or meeting noun with no one named («خلال الزيارة») is no event
    }
    if (c.type().equals("ACCUSE") && !e.verb() && !recipientOk) {
      return false; // «وأشارت أحزاب إلى حدوث انتهاكات», «تعرضت لانتقادات», «الاتهامات الموجهة له»: an accusation
    }               // noun aimed at no one identified is a reference, not an accusation made (session 11)
    if (c.type().equals("CONSULT") && actorOk && recipientOk && homePlace(c.actor, c.recipient)) {
      return false; // «الأسد يزور الغوطة الشرقية»: a leader's tour at home meets no other side
    }
    if ("resign".equals(e.mode())) {
      return false; // resignations are no conflict or cooperation event (GUIDE: withdrawals, releases, ceasefires)
    }
    if (c.namedWar && !(recipientOk && c.recipient.first() >= c.trigger.end() && !key(c.recipient).equals(key(c.actor))
        && ("علي".equals(c.recipient.prep()) || "ضد".equals(c.recipient.prep())))) {
      return false; // «دور طهران في الحرب السورية واليمنية»: a war named by its country, not an attack by it
    }
    if (e.has("both") && !(actorOk && recipientOk)) {
      return false; // «ولم ترد الخارجية على طلب راتكليف»: a request noun with one side is rarely a state's demand
    }
    if (e.has("partner") && !recipientOk) {
      return false; // «تبحث خيارات أخرى», «الكونغرس يناقش عقوبات»: discussing something with no one
    }
    if ((c.type().equals("AGREE") || c.type().equals("RETREAT")) && !recipientOk) {
      return false;
    }
    if (c.type().equals("REQUEST") && !e.verb() && !recipientOk && DEMANDS_AS_THINGS.contains(demandWord(c))) {
      return false; // «مطالب المتظاهرين», «المطالب الأمريكية», «يلبي مطالبهم»: demands named as things, addressed to no one
    }
    if (c.type().equals("THREATEN") && !e.verb() && !recipientOk) {
      return false; // «تهديد الإرهاب», «لا يوجد أي تهديد نووي», «التهديدات الأمنية»: a threat against no one named
    }
    if (c.type().equals("SUPPORT") && !recipientOk && (DEFENDED.equals(e.cameo()) || !e.verb() && !c.supportEnjoyed)) {
      return false; // «ودافع الحزب عن سياسة الجمعية», «من أجل دعم الاستقرار»: a defence or a backing of no one named
    }
    if (c.type().equals("ASSAULT") && !actorOk && !recipientOk && (c.numbers.isEmpty() || c.fact != Factuality.ASSERTED)) {
      return false;
    }
    if (c.type().equals("ASSAULT") && c.recipientFromPlace && c.actor == null && c.numbers.isEmpty()
        && c.generalFighting) {
      return false; // «آثار المعارك», «بعد ثلاثة أعوام من القتال» in a place: fighting in general, nobody's attack
    }
    return true;
  }

  /** The plural «demands» with or without article or pronoun (normalised): things demanded, not a call made. */
  private static final java.util.Set<String> DEMANDS_AS_THINGS = java.util.Set.of("مطالب", "المطالب", "مطالبهم",
      "مطالبها", "مطالبه", "مطالبنا");

  /** The trigger's first word without «و/ف» and a «ل/ب» before its article («لمطالب», «بالمطالب»). */
  private static String demandWord(Cand c) {
    String w = c.trigger.entry().words()[0];
    return w.startsWith("ل") || w.startsWith("ب") ? w.substring(1) : w;
  }

  /** CAMEO «defend verbally» («دافع عن»): a defence of no one named is of a position, no backing of a party. */
  private static final String DEFENDED = "052";
}
