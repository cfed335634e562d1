package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/**
 * The title right after a person's name is that person's office, not the other side (session 21): «وطالب إليستير
 * برت وزير الدولة البريطاني لشؤون الشرق الأوسط بضبط النفس» made Britain the one asked (None>GBR), «توعد عبدالملك
 * الحوثي زعيم جماعة أنصار الله» the Houthi leader the one threatened, «وطالب كينو غابرييل المتحدث باسم سوريا
 * الديمقراطية» the SDF the one asked.
 *
 * <p>Rule: when the actor is a person named with no title before the name («والتقى المبعوث الأممي مارتن غريفيث زعيم
 * الحوثيين» meets the leader) and the recipient follows the name right away (or over a comma), opens
 * with an indefinite title of office ({@link #OFFICES}: «رئيس», «وزير», «زعيم», «مدير», «سفير» ...) or «المتحدث/الناطق
 * باسم», holds no person's name of its own and is not followed by one, and is of no other state than the person's,
 * the recipient is the person's
 * apposition: it is dropped, and a person of no known state takes the state of the title (not for an attack, where
 * the name may be the one killed: «قتل صالح الصماد رئيس المجلس السياسي»). An object with its name («والتقى كيم رئيس
 * وزراء سنغافورة لي هسيين لونغ»), a definite title («دعا كيم الرئيس الكوري الجنوبي») or a title of another state
 * stays the recipient.
 */
final class ApposedTitles {
  /** Titles of office that open an apposition (normalised, as written: «ورئيس» is a second person). */
  private static final Set<String> OFFICES = Set.of("رييس", "رييسه", "وزير", "وزيره", "زعيم", "زعيمه", "قايد",
      "قايده", "مدير", "مديره", "نايب", "سفير", "سفيره", "مندوب", "مندوبه", "ممثل", "ممثله", "مستشار", "مستشاره",
      "امين", "مبعوث", "حاكم", "محافظ", "المتحدث", "المتحدثه", "الناطق", "الناطقه", "متحدث", "ناطق");

  private ApposedTitles() {
  }

  /** Drops the recipient of {@code c} when it is the apposition of its named actor, as the rule says. */
  static void read(List<Token> tokens, List<Entity> entities, Cand c) {
    Part a = c.actor;
    Part r = c.recipient;
    if (a == null || r == null || a.entity() == null || a.entity().type() != EntityType.PER || a.igo()
        || a.start() != a.entity().start() // «والتقى المبعوث الأممي مارتن غريفيث زعيم الحوثيين»: titled already
        || !OFFICES.contains(tokens.get(r.first()).norm())
        || a.country() != null && r.country() != null && !a.country().equals(r.country())) {
      return;
    }
    int gap = r.first() - a.end();
    if (gap < 0 || gap > 1 || gap == 1 && !comma(tokens.get(a.end()).text())) {
      return;
    }
    int after = r.end() < tokens.size() ? tokens.get(r.end()).start() : r.stop();
    if (named(r.start(), after, entities)) {
      return; // «والتقى دوق كامبريدج رئيس السلطة الفلسطينية محمود عباس»: the one met, with his name
    }
    c.recipient = null;
    if (a.country() == null && r.country() != null && !"ASSAULT".equals(c.type())) {
      c.actor = a.withCountry(r.country()); // «إليستير برت وزير الدولة البريطاني»: Britain's
    }
  }

  /** True when a person's name starts in the UTF-16 range [{@code from}, {@code to}]: in the title or after it. */
  private static boolean named(int from, int to, List<Entity> entities) {
    for (Entity e : entities) {
      if (e.start() >= from && e.start() <= to && e.type() == EntityType.PER) {
        return true;
      }
    }
    return false;
  }

  private static boolean comma(String t) {
    return t.equals("،") || t.equals(",");
  }
}
