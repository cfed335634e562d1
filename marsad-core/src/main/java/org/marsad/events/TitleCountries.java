package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * The countries of bare titles and the document's home country.
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Home country</b>: the country most named by the document's places and nisbas, the first sentence counting
 *       twice ({@link #homeCountry}); a nisba right after a group names its patron and does not count («ميليشيات
 *       الحوثي الإيرانية», session 14);</li>
 *   <li><b>Same title</b>: a bare title takes the country of the same title named with its state earlier in the
 *       document («الجيش» after «الجيش الإسرائيلي»; «المعارضة» after «المعارضة السورية», session 11), over the nearest
 *       state; not a rebel or militia title («الميليشيات» after «الميليشيات الإيرانية»);</li>
 *   <li><b>Same person</b>: a bare title of a private person («القس», «الصحفي», «الناشطة») takes the state of the
 *       person named earlier with it («القس أندرو برونسون», session 20; {@link #personTitle});</li>
 *   <li><b>Same organisation</b>: a bare one-word title with the head of an international organisation named
 *       earlier («المحكمة» after «محكمة العدل الدولية», session 20; {@link #igoHead}) takes no state;</li>
 *   <li><b>Nearest state</b>: a bare title («الجيش», «الحكومة», «المتحدث باسم الخارجية») takes the last state named
 *       before it, in its sentence or the sentences before ({@link #lastState}), else the home country; bare source
 *       words («المصادر»), bare media («وسائل الإعلام», session 11), «الدولتين» in «حل الدولتين» (session 11), companies, organisations and a bare «المنظمة» (session 10) take none;</li>
 *   <li><b>Local organs</b>: civilians, the opposition, rebels and militias, the police, the courts, a bare
 *       «السلطات» and government forces («القوات الحكومية», session 10) take the home country («اعتقلت الشرطة» in a story about Turkey that last named the United
 *       States);</li>
 *   <li><b>Title in a place</b>: a title followed by «في» and a state, a capital, a group or an organisation (for
 *       local organs: any place) takes its country («الجيش في باكو», «مواقع للمعارضة في إدلب», «القيادي في حزب
 *       الله»);</li>
 *   <li><b>Title in an organisation</b>: a bare title followed, maybe over two plain words, by «في» or «بـ» and an
 *       international organisation is the organisation's, no state's («مسؤول كبير بالأمم المتحدة», «مسؤولة السياسة
 *       الخارجية بالاتحاد الأوروبي», session 21, ev21h; {@link #igoBody});</li>
 *   <li><b>Coalition</b>: «التحالف» takes the state leading the coalition of the home country (Yemen: Saudi
 *       Arabia; Iraq and Syria: the United States), else is no participant; so does a bare title «في التحالف»
 *       («مسؤولون في التحالف الذي تقوده الرياض», session 21, ev21h);</li>
 *   <li><b>What is a state</b>: not an outlet, civilians, people in the plural («الفلسطينيين»), a backer's nisba
 *       («بدعم روسي», session 20), a place after a locative preposition, or a town.</li>
 * </ol>
 */
final class TitleCountries {
  private final KnowledgeBase kb;

  TitleCountries(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * Sectors of people of a place, and organs that act only at home: civilians, the opposition, rebels and
   * militias, the police and the courts («اعتقلت الشرطة», «قضت المحكمة» in a story about Turkey that last named the
   * United States are Turkish).
   */
  private static final Set<String> LOCAL_SECTORS = Set.of("CVL", "OPP", "REB", "POL", "JUD");

  /**
   * Sectors of groups that are no state organ (rebels; the opposition is of its state, session 11): a militia called Iranian («الميليشيات الإيرانية» for the Houthis) does not
   * make a later bare «الميليشيات» Iran's.
   */
  private static final Set<String> NON_STATE = Set.of("REB");

  /** «The authorities», bare (normalised): those of the story's country («ألقت السلطات القبض عليه»). */
  private static final Set<String> AUTHORITIES = Set.of("السلطات", "سلطات", "للسلطات", "بالسلطات");

  /**
   * Adjectives of the government's own forces after a bare title («القوات الحكومية», «القوات النظامية»): those of the
   * story's country, whatever state was named last (session 10).
   */
  private static final Set<String> GOVERNMENT_ADJECTIVES = Set.of("الحكوميه", "النظاميه", "الحكومي", "النظامي");

  /** «الموالية/الموالين» (loyal), normalised. */
  private static final Set<String> LOYAL = Set.of("الموالي", "المواليه", "الموالين", "الموالون", "موالي", "مواليه",
      "موالين", "موالون");
  /** «للحكومة», «للنظام», «للشرعية» (to the government), normalised. */
  private static final Set<String> TO_GOVERNMENT = Set.of("للحكومه", "للنظام", "للشرعيه", "للسلطه");

  /**
   * True when a bare title is followed by «الموالية للحكومة» («القوات الموالية للحكومة», «المسلحين الموالين
   * للنظام»): the government of the story's country, like «القوات الحكومية» (session 14: a bare «الحكومة» after
   * it took the last state named, France in a story from Yemen).
   */
  private static boolean loyalToGovernment(List<Token> tokens, Part p) {
    for (int k = p.first() + 1; k <= p.end() && k + 1 < tokens.size(); k++) {
      if (LOYAL.contains(tokens.get(k).norm()) && TO_GOVERNMENT.contains(tokens.get(k + 1).norm())) {
        return true; // inside the title («القوات الموالية للحكومة») or right after it
      }
    }
    return false;
  }

  /**
   * First words of bare media titles («وسائل الإعلام», «الصحيفة», «القناة»), normalised: media of no state named, which
   * take no state (session 11: «لما يتم تداوله في بعض وسائل الإعلام» is no Saudi outlet because Saudi Arabia was
   * named last). Journalists («الصحفيين») still take the story's state.
   */
  private static final Set<String> MEDIA_WORDS = Set.of("وسايل", "الاعلام", "اعلام", "الصحيفه", "صحيفه", "الوكاله",
      "وكاله", "القناه", "قناه", "التلفزيون", "تلفزيون", "الصحف", "صحف");

  /** «حل» (a solution) before a bare title: «حل الدولتين» names a settlement, not two states of the story. */
  private static final Set<String> SOLUTION = Set.of("حل", "لحل", "بحل");

  /** Bare words for sources («مصادر», «المصدر»): speakers, never a state's actors (normalised). */
  private static final Set<String> SOURCE_WORDS = Set.of("مصدر", "مصادر", "المصدر", "المصادر");

  /**
   * «The organisation», bare (normalised): it refers back to an organisation named before («منظمة الصحة العالمية ...
   * وقالت المنظمة»), an international or non-governmental one, so it takes no state (session 10).
   */
  private static final Set<String> THE_ORGANISATION = Set.of("المنظمه", "للمنظمه", "بالمنظمه");

  /** Indefinite plural and dual «states» (normalised): «دول», «بلدان», «دولتين» name several states, none of them. */
  private static final Set<String> STATES_MANY = Set.of("دول", "دولا", "بلدان", "بلدانا", "دولتين",
      "دولتان", "بلدين", "لدول", "بدول");
  /** «State» in the singular (normalised): several states when counted or followed by «أخرى» («128 دولة»). */
  private static final Set<String> STATE_ONE = Set.of("دوله", "بلدا", "بلد");
  /** «Other» after a word of states (normalised): «بلدان أخرى», «دول أخرى». */
  private static final Set<String> OTHER = Set.of("اخري", "اخرين");

  /**
   * True when the bare part {@code p} is a word of states that names several of them (session 13): an indefinite
   * plural or dual («وحثت بلدان أخرى», «تأييد دولتين»), or a counted singular or one followed by «أخرى» («ونددت 128
   * دولة», «قرار نحو 20 دولة»). It takes no state: the last state named is none of them.
   */
  static boolean manyStates(List<Token> tokens, Part p) {
    if (p.end() - p.first() != 1) {
      return false;
    }
    String n = tokens.get(p.first()).norm();
    if (Parts.inSet(STATES_MANY, n)) {
      return true;
    }
    if (!Parts.inSet(STATE_ONE, n)) {
      return false;
    }
    boolean counted = p.first() > 0 && tokens.get(p.first() - 1).kind() == Token.Kind.NUMBER;
    boolean other = p.end() < tokens.size() && OTHER.contains(tokens.get(p.end()).norm());
    return counted || other;
  }

  /**
   * Bare titles («الجيش», «الحكومة», «المتحدث باسم الخارجية») take the nearest state named before them: in their
   * sentence, else in the sentences before ({@code carry}), else the home country (a bare «المصادر» takes none);
   * civilians, the opposition and rebels take the place named right after them («المعارضة في إدلب»), else the home
   * country.
   */
  List<Part> resolve(List<Token> tokens, List<Part> ps, String home, String carry, Map<String, String> named) {
    List<Part> out = new ArrayList<>(ps.size());
    String last = carry;
    for (Part p : ps) {
      Part q = p;
      String key = titleKey(tokens, p);
      if (!p.titleOnly() && key != null && p.country() != null && p.entity() != null && !p.media()
          && !NON_STATE.contains(String.valueOf(p.sector()))) {
        named.put(key, p.country()); // «الجيش الإسرائيلي»: a later bare «الجيش» in the document is Israel's
        named.remove(IGO_HEAD + key);
      }
      String igoHead = igoHead(tokens, p);
      if (igoHead != null) {
        named.put(IGO_HEAD + igoHead, ""); // «محكمة العدل الدولية»: a later bare «المحكمة» is the Court (session 20)
        named.remove(igoHead);
      }
      String person = personTitle(tokens, p);
      if (person != null) {
        named.put(person, p.country()); // «القس أندرو برونسون»: a later bare «القس» is his (session 20)
      }
      if (p.titleOnly() && p.country() == null && p.entity() == null && !"IGO".equals(p.sector())
          && !"BUS".equals(p.sector()) // «شركة عسكرية خاصة»: a bare company is of no known state
          && !(p.end() - p.first() == 1 && Parts.inSet(SOURCE_WORDS, tokens.get(p.first()).norm()))
          && !("MED".equals(p.sector()) && Parts.inSet(MEDIA_WORDS, tokens.get(p.first()).norm()))
          && !(p.first() > 0 && Parts.inSet(SOLUTION, tokens.get(p.first() - 1).norm()))
          && !(p.end() - p.first() == 1 && Parts.inSet(THE_ORGANISATION, tokens.get(p.first()).norm()))
          && !manyStates(tokens, p)) {
        boolean local = p.sector() != null && LOCAL_SECTORS.contains(p.sector())
            || p.end() - p.first() == 1 && Parts.inSet(AUTHORITIES, tokens.get(p.first()).norm())
            || p.end() < tokens.size() && GOVERNMENT_ADJECTIVES.contains(tokens.get(p.end()).norm())
            || loyalToGovernment(tokens, p);
        if (key != null && p.end() - p.first() == 1 && named.containsKey(IGO_HEAD + key)) {
          out.add(p.asIgo(null)); // «وطلبت قطر من المحكمة» after «محكمة العدل الدولية»
          continue;
        }
        String c = local ? home : last != null ? last : home;
        if (key != null && named.containsKey(key)) {
          c = named.get(key); // «الجيش» after «الجيش الإسرائيلي» in the document, whatever state was named since
        }
        Part holder = TitleHolders.holder(tokens, ps, p);
        if (holder != null && holder.country() == null) {
          out.add(p.asIgo(holder.name())); // «برئيس مفوضية الاتحاد الإفريقي موسى فكي» (session 17)
          continue;
        }
        if (holder != null) {
          out.add(p.withCountry(holder.country())); // «بوزير الدفاع جيم ماتيس»: Mattis's state (session 17)
          continue;
        }
        Part chain = GenitiveNisbas.of(tokens, ps, p);
        if (chain != null) {
          out.add(p.withCountry(chain.country())); // «الأمين العام للمجلس ... الإيراني» (session 21)
          continue;
        }
        Part org = igoBody(tokens, ps, p);
        if (org != null) {
          out.add(p.asIgo(org.name())); // «مسؤول كبير بالأمم المتحدة»: the UN's, no state's (session 21)
          continue;
        }
        if (coalition(tokens, p)) {
          c = home == null ? null : COALITION_LEADS.get(home); // «قوات التحالف» in a story from Yemen: Saudi-led
          String led = leader(tokens, ps, p);
          c = led != null ? led : c; // «التحالف الذي تقوده السعودية», «التحالف بقيادة واشنطن» (session 14)
          if (c == null) {
            continue; // a coalition of unknown lead is no participant
          }
        }
        Part next = coalition(tokens, p) ? null : Asides.affiliation(tokens, ps, p.end(), tokens.size());
        if (next != null && next.country() != null && next.entity() != null
            && (local && next.entity().lat() != null
            || next.entity().kb() != null && (next.entity().kb().startsWith("iso3:") || capital(next)
            || next.entity().kb().startsWith("group:"))
            || next.entity().type() == EntityType.ORG)) {
          c = next.country(); // «الجيش في باكو», «مواقع للمعارضة في إدلب», «القيادي في حزب الله», «وزير الاتصالات في
        }                     // السلطة الفلسطينية»
        if (!(key != null && named.containsKey(key)) && c != null && !c.equals(next == null ? null : next.country())
            && secretaryGeneral(tokens, p)) {
          out.add(p.asIgo(null)); // «ورفضت إسرائيل طلب الأمين العام»: the UN's (session 15)
          continue;
        }
        if (next != null && next.titleOnly() && next.country() == null && coalition(tokens, next)) {
          String led = leader(tokens, ps, next); // «مسؤولون في التحالف الذي تقوده الرياض» (session 21, ev21h)
          String lead = led != null ? led : home == null ? null : COALITION_LEADS.get(home);
          c = lead != null ? lead : c;
        }
        Part body = forceOf(tokens, ps, p);
        if (body != null && body.igo()) {
          out.add(p.asIgo(body.name())); // «وفد من مجلس الأمن الدولي»: the Council's (session 14)
          continue;
        }
        if (body != null) {
          c = body.country(); // «قوات من الحرس الثوري», «عناصر من حزب الله» (session 14)
        }
        if (c != null) {
          q = p.withCountry(c);
        }
      }
      if (isState(tokens, q) || hostState(ps, out, q)) {
        last = q.country();
      }
      out.add(q);
    }
    return out;
  }

  /**
   * The international organisation a bare title works in, named right after it with «في» or «بـ», maybe over two
   * plain words, an adjective or a portfolio («مسؤول كبير بالأمم المتحدة», «المسؤول السابق في الأمم المتحدة», «مسؤولة في الاتحاد الأوروبي»), or
   * null (session 21, ev21h): the title is the organisation's, no state's; it took the last state named («وحذر مسؤول
   * كبير بالأمم المتحدة مجلس الأمن ... في غزة» PSE).
   */
  static Part igoBody(List<Token> tokens, List<Part> ps, Part p) {
    for (int j = p.end(); j < Math.min(tokens.size(), p.end() + 3); j++) {
      Token t = tokens.get(j);
      Part q = null;
      if ("في".equals(t.norm()) && j + 1 < tokens.size()) {
        q = RoleFinder.partAt(ps, j + 1);
      } else if (RoleFinder.partAt(ps, j) != null) {
        q = RoleFinder.partAt(ps, j);
        q = "ب".equals(q.prep()) ? q : null;
      } else if (t.kind() == Token.Kind.WORD && !Clause.isBoundary(t)) {
        continue;
      }
      return q != null && q.igo() && q.entity() != null && !q.titleOnly() ? q : null;
    }
    return null;
  }

  /**
   * Titles of private persons (normalised, with «ال»): a priest, journalist, activist, student, researcher, writer,
   * blogger, preacher, spy or hostage is of the state of his nationality, not of the story's or the last state named.
   */
  private static final Set<String> PERSON_TITLES = Set.of("القس", "الصحفي", "الصحافي", "الصحفيه", "الصحافيه",
      "الناشط", "الناشطه", "الطالب", "الطالبه", "الباحث", "الباحثه", "الكاتب", "الكاتبه", "المدون", "المدونه",
      "الداعيه", "الجاسوس", "الرهينه", "الاعلامي", "الاعلاميه");

  /**
   * The title of a private person named with his state ({@link #PERSON_TITLES}), first in a part whose entity is
   * that person («القس أندرو برونسون» USA, «الصحفي جمال خاشقجي» SAU), or null (session 20). A later bare «القس» in
   * the document is that person: «احتجزت السلطات القس», «بسبب احتجاز القس» took Turkey, the state of the story, as
   * the priest's; «الناشطة» after «الناشطة عائشة المانع». Titles of offices («الرئيس», «الوزير») are left: their
   * bare forms name many people of many states.
   */
  private static String personTitle(List<Token> tokens, Part p) {
    if (p.titleOnly() || p.country() == null || p.entity() == null || p.entity().type() != EntityType.PER
        || p.end() - p.first() < 2) {
      return null;
    }
    String first = firstWord(tokens.get(p.first()).norm());
    return PERSON_TITLES.contains(first) ? first : null;
  }

  /** A title's first word (normalised {@code n}) without «و/ف», with «لل»/«بال» read as «ال» («للقس» → «القس»). */
  private static String firstWord(String n) {
    String w = Parts.stripConj(n);
    return w.startsWith("لل") ? "ال" + w.substring(2) : w.startsWith("بال") ? w.substring(1) : w;
  }

  /** Prefix of the {@code named} keys that hold the head word of an international organisation named before. */
  private static final String IGO_HEAD = "igo:";

  /**
   * The head word of an international organisation named with its entity («محكمة العدل الدولية», «المحكمة الجنائية
   * الدولية», «مجلس الأمن»), normalised with «ال» («المحكمه», «المجلس»), or null (session 20). A later bare one-word
   * title with that head is the organisation, no state's: «وطلبت قطر من المحكمة أن تأمر الإمارات» took Qatar (the
   * last state named), «ووصف بولتون المحكمة بأنها غير شرعية» the United States. A state's body named later with the
   * same title («المحكمة العليا الأمريكية») takes the bare title back.
   */
  private static String igoHead(List<Token> tokens, Part p) {
    if (p.titleOnly() || !p.igo() || p.entity() == null || tokens.get(p.first()).kind() != Token.Kind.WORD) {
      return null;
    }
    String first = firstWord(tokens.get(p.first()).norm());
    return first.startsWith("ال") ? first : "ال" + first;
  }

  /** «الأمين العام», «الأمينة العامة» (normalised, the first word without «و/ف» and with «لل/بال» read as «ال»). */
  private static final Set<String> SECRETARY_GENERAL = Set.of("الامين العام", "الامينه العامه");

  /**
   * True when {@code p} is a bare «الأمين العام» (session 15): with no body after it (no «لـ», «في» or genitive,
   * which {@code Parts} joins into the part) and not named with a state or party earlier in the document, it is the
   * secretary-general of an organisation (mostly the UN, else the Arab League or the GCC), no state's; it took the last
   * state named («ورفضت إسرائيل طلب الأمين العام» ISR>ISR, «وجدد الأمين العام دعم المنظمة ... مع السعودية»).
   */
  private static boolean secretaryGeneral(List<Token> tokens, Part p) {
    if (p.end() - p.first() != 2) {
      return false;
    }
    String first = firstWord(tokens.get(p.first()).norm());
    String bare = first + " " + tokens.get(p.first() + 1).norm();
    return SECRETARY_GENERAL.contains(bare) && !(p.end() < tokens.size() && tokens.get(p.end()).norm().startsWith("ل")
        && tokens.get(p.end()).norm().length() > 3);
  }

  /** Bare words of delegations and missions (normalised, without «و/ف»): «وفد من X» is X's, an organisation's too. */
  private static final Set<String> DELEGATIONS = Set.of("وفد", "وفدا", "الوفد", "بعثه", "البعثه", "فريق", "فريقا", "الفريق");

  /** Bare words of forces and fighters (normalised, without «و/ف»): «قوات من X» are X's. */
  private static final Set<String> FORCES = Set.of("قوات", "القوات", "عناصر", "العناصر", "مقاتلين", "مقاتلون",
      "المقاتلين", "مسلحين", "مسلحون", "المسلحين", "جنود", "الجنود", "ضباط", "الضباط", "وحدات", "الوحدات");

  /**
   * The body a bare force belongs to, named right after it with «من» («قوات من الحرس الثوري», «عناصر من حزب الله»,
   * «جنود من الجيش السوري»), or a delegation's («وفد من مجلس الأمن الدولي»: an organisation of no state): a
   * group, an organisation or a state of the knowledge base with a country, not a group
   * that operates across states («مسلحون من تنظيم داعش» in Iraq stay Iraq's); or null
   * (session 14: a bare force otherwise took the nearest or home state, «نشرت قوات من الحرس الثوري في سوريا» as
   * Syria's).
   */
  private static Part forceOf(List<Token> tokens, List<Part> ps, Part p) {
    if (p.end() - p.first() != 1 || p.end() + 1 >= tokens.size() || !"من".equals(tokens.get(p.end()).norm())
        || !Parts.inSet(FORCES, tokens.get(p.first()).norm()) && !Parts.inSet(DELEGATIONS, tokens.get(p.first()).norm())) {
      return null;
    }
    Part q = RoleFinder.partAt(ps, p.end() + 1);
    if (q != null && q.igo() && q.entity() != null && Parts.inSet(DELEGATIONS, tokens.get(p.first()).norm())) {
      return q; // «وزار وفد من مجلس الأمن الدولي ميانمار»: the Council's, no state's
    }
    if (q == null || q.country() == null || q.entity() == null || q.place() || q.titleOnly()
        || EventRecords.transnational(q.entity().kb())) {
      return null;
    }
    String kb = q.entity().kb();
    return q.entity().type() == EntityType.ORG || kb != null && (kb.startsWith("group:") || kb.startsWith("iso3:"))
        ? q : null;
  }

  /**
   * The title words of a part, normalised, without «و/ف» and with «لل»/«بال» read as «ال», up to the first word that
   * names a state or a nationality in the knowledge base («الجيش» of «الجيش الإسرائيلي», of «الجيش في إسرائيل» and
   * of a bare «والجيش»); null when the part starts with such a word or a name.
   */
  private String titleKey(List<Token> tokens, Part p) {
    StringBuilder key = new StringBuilder();
    for (int k = p.first(); k < p.end(); k++) {
      String n = tokens.get(k).norm();
      if (k == p.first()) {
        n = firstWord(n);
      }
      if (tokens.get(k).kind() != Token.Kind.WORD || statehood(n)) {
        break;
      }
      key.append(k == p.first() ? "" : " ").append(n);
    }
    boolean named = p.entity() != null && p.entity().type() == EntityType.PER;
    return key.length() == 0 || named ? null : key.toString();
  }

  /** True when a normalised word names a state or a nationality («الإسرائيلي», «مصر»). */
  private boolean statehood(String n) {
    for (KbEntry e : kb.lookup(n)) {
      if (e.kind() == KbEntry.Kind.NISBA || e.kind() == KbEntry.Kind.COUNTRY || e.kind() == KbEntry.Kind.CAPITAL) {
        return true;
      }
    }
    return false;
  }

  /**
   * The state leading «the coalition» in a story's home country: the Saudi-led coalition in Yemen, the US-led one
   * against the Islamic State in Iraq and Syria. A bare «التحالف» elsewhere takes no country.
   */
  private static final Map<String, String> COALITION_LEADS = Map.of("YEM", "SAU", "IRQ", "USA", "SYR", "USA");

  /**
   * The state that leads a bare coalition, named right after it («التحالف بقيادة الولايات المتحدة», «التحالف الذي
   * تقوده السعودية», over «الذي/التي»), or null.
   */
  private static String leader(List<Token> tokens, List<Part> ps, Part p) {
    int k = p.end();
    if (k < tokens.size() && (tokens.get(k).norm().equals("الذي") || tokens.get(k).norm().equals("التي"))) {
      k++;
    }
    if (k + 1 >= tokens.size() || !RoleFinder.leading(tokens.get(k).norm())) {
      return null;
    }
    Part q = RoleFinder.partAt(ps, k + 1);
    return q != null && q.entity() != null && q.country() != null && !q.titleOnly() ? q.country() : null;
  }

  /** True when a bare title part is «the coalition» («التحالف», «قوات التحالف», «للتحالف»). */
  private static boolean coalition(List<Token> tokens, Part p) {
    for (int k = p.first(); k < p.end(); k++) {
      String n = Parts.stripConj(tokens.get(k).norm());
      if (n.equals("التحالف") || n.equals("للتحالف") || n.equals("بالتحالف")) {
        return true;
      }
      if ((n.equals("تحالف") || n.equals("لتحالف")) && k + 1 == p.end() && p.end() < tokens.size()
          && RoleFinder.leading(tokens.get(p.end()).norm())) {
        return true; // «قوات تحالف تقوده السعودية»: an indefinite coalition with its leader named (session 15)
      }
    }
    return false;
  }

  /** True when the part's entity is a capital in the knowledge base. */
  private boolean capital(Part p) {
    return kb.byId(p.entity().kb()).map(k -> k.kind() == KbEntry.Kind.CAPITAL).orElse(false);
  }

  /**
   * True when a part names a state that a later bare title may belong to: not an outlet, civilians, people of a
   * state, a place after a locative preposition or a town.
   */
  private static boolean isState(List<Token> tokens, Part p) {
    return p.country() != null && !p.media() && !"CVL".equals(p.sector()) && !people(tokens, p) && !backer(tokens, p)
        && !(p.place() && Parts.LOCATIVE.contains(p.prep())) && (p.entity() == null || p.entity().lat() == null
        || p.entity().kb() != null && (p.entity().kb().startsWith("iso3:") || p.entity().kb().startsWith("nisba:")));
  }

  /**
   * True when a part is a state named with «في» right after a side of another state, where that side stands («وتدعم
   * القوات الأميركية في الصومال الحكومة»): the host state, which the bare title right after it belongs to (session
   * 15, ev15e); {@code before} holds the parts of {@code ps} before it. Only with the title adjacent: «وجود القوات
   * الأمريكية في سوريا، وأن ترسل قواتها» (Qatar's forces) keeps the nearest state as before.
   */
  private static boolean hostState(List<Part> ps, List<Part> before, Part p) {
    if (before.isEmpty() || !p.place() || !"في".equals(p.prep()) || p.country() == null || p.entity() == null
        || p.entity().kb() == null || !p.entity().kb().startsWith("iso3:")) {
      return false;
    }
    Part side = before.get(before.size() - 1);
    Part next = before.size() + 1 < ps.size() ? ps.get(before.size() + 1) : null;
    return next != null && next.first() == p.end() && next.titleOnly() && side.end() + 1 == p.first() && !side.place() && side.country() != null
        && !side.country().equals(p.country());
  }

  /** Words of backing before a nisba (normalised, without «و»): «بدعم روسي», «بإسناد إماراتي», «بغطاء جوي أمريكي». */
  private static final Set<String> BACKING = Set.of("بدعم", "باسناد", "بمسانده", "بغطاء", "بمشاركه");

  /**
   * True for a nisba right after a word of backing («بدعم روسي»): the backer of the force named before it, which a
   * later bare title does not belong to (session 20: «ويتعرض لهجوم من قوات النظام بدعم روسي ... وتمكنت هذه القوات»
   * gave the regime's forces RUS).
   */
  private static boolean backer(List<Token> tokens, Part p) {
    return p.nisba() && p.first() > 0 && BACKING.contains(Parts.stripConj(tokens.get(p.first() - 1).norm()));
  }

  /**
   * True for a bare nationality in the plural («الفلسطينيين», «السوريون»): people of a state, which a later bare
   * «الجيش» or «الحكومة» does not belong to.
   */
  private static boolean people(List<Token> tokens, Part p) {
    if (!p.nisba() || p.entity() == null || p.end() - p.first() != 1) {
      return false;
    }
    String n = Parts.stripConj(tokens.get(p.first()).norm()); // one token: its normalised form
    return n.endsWith("ين") || n.endsWith("ون");
  }

  /** The country of the last state named in the sentence's parts, else {@code carry}. */
  static String lastState(List<Token> tokens, List<Part> ps, String carry) {
    String last = carry;
    for (Part p : ps) {
      if (isState(tokens, p)) {
        last = p.country();
      }
    }
    return last;
  }

  /** The country most named by the document's places and nisbas, the first sentence counting twice. */
  static String homeCountry(Document doc, List<Entity> entities) {
    Map<String, Integer> n = new HashMap<>();
    int firstEnd = doc.sentences().isEmpty() ? 0 : doc.sentences().get(0).end();
    Entity previous = null;
    for (Entity e : entities) {
      boolean allegiance = previous != null && e.type() == EntityType.MISC && previous.kb() != null
          && previous.kb().startsWith("group:") && e.start() - previous.end() <= 1;
      previous = e;
      if (e.country() == null || (e.lat() == null && e.type() != EntityType.MISC) || allegiance) {
        continue; // «ميليشيات الحوثي الإيرانية»: a nisba right after a group names its patron, not the story's country
      }
      n.merge(e.country(), e.start() < firstEnd ? 2 : 1, Integer::sum);
    }
    String best = null;
    for (Map.Entry<String, Integer> en : n.entrySet()) {
      if (best == null || en.getValue() > n.get(best)) {
        best = en.getKey();
      }
    }
    return best;
  }
}
