package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A place someone went, fled or was sent to is no recipient of an attack or arrest (session 21): «الأردن يعتقل
 * "داعشيين" حاولا التسلل إلى سوريا» made Syria the one arrested (JOR>SYR), «أوقف غي نقطة تفتيش بطريقه إلى إسطنبول»
 * Turkey, «لجأ مليون منهم إلى لبنان» Lebanon the one displaced, «فرت من ميانمار إثر مقتل عائلتها ... في طريق فرارها
 * إلى بنغلاديش» Bangladesh the one killed.
 *
 * <p>Rule: the recipient of an ASSAULT or COERCE right after «إلى» is dropped when a word of going ({@link #GOING}:
 * infiltrating, fleeing, taking refuge, being deported or handed over, returning, travelling, heading) stands at most
 * {@link #REACH} words before «إلى» in the same clause. «ضربة إلى الفصائل» and «شحنات أسلحة إلى حزب الله» have no such
 * word and stay.
 */
final class Destinations {
  /** Words between the word of going and «إلى» («لجأ مليون منهم إلى»). */
  static final int REACH = 3;

  /** «إلى», normalised. */
  private static final Set<String> TO = Set.of("الي");

  /** Words of going somewhere (normalised, without «و/ف»). */
  private static final Set<String> GOING = Set.of("التسلل", "للتسلل", "تسلل", "تسللوا", "طريقه", "طريقها",
      "طريقهم", "بطريقه", "بطريقها", "بطريقهم", "فرار", "فراره", "فرارها", "فرارهم", "الفرار", "فر", "فرت", "فروا",
      "لجا", "لجات", "لجاوا", "اللجوء", "لجوء", "نزح", "نزحوا", "نزوح", "النزوح", "ترحيل", "ترحيله", "ترحيلها",
      "ترحيلهم", "رحل", "رحلت", "سلم", "سلمت", "تسليم", "تسليمه", "تسليمها", "تسليمهم", "هروب", "هروبه", "هرب",
      "هربوا", "الهروب", "عوده", "عودته", "عودتهم", "العوده", "سفر", "سفره", "السفر", "متجها", "متجهه", "متجهين",
      "متوجها", "متوجهه", "توجهه", "وصوله");

  private Destinations() {
  }

  /** The recipient of candidate {@code c}, or null when it is where someone went or was sent. */
  static Part recipient(List<Token> tokens, Cand c) {
    Part r = c.recipient;
    if (r == null || r.first() < 2 || !"ASSAULT".equals(c.type()) && !"COERCE".equals(c.type())) {
      return r;
    }
    int to = r.first() - 1;
    if (!TO.contains(tokens.get(to).norm())) {
      return r;
    }
    for (int k = to - 1; k >= Math.max(0, to - 1 - REACH); k--) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t)) {
        return r;
      }
      if (t.kind() == Token.Kind.WORD && Parts.inSet(GOING, t.norm())) {
        return null;
      }
    }
    return r;
  }
}
