package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * A place after «مع» is a partner, not where an attack or arrest happened: «في هجمات على مواقع باكستانية قرب الحدود
 * مع أفغانستان» happened in Pakistan, «حيث يستمر القتال على الرغم من المفاوضات مع روسيا» in Duma, «عملية ... في شمال
 * شرق مالي قرب الحدود مع الجزائر» in Mali, «سيطرة القوات الحكومية على معبر نصيب مع الأردن» in Syria. The guide's
 * place is the country where the event took place.
 *
 * <p>Rule (session 21): for an ASSAULT or COERCE, a place right after «مع» (or «ومع», maybe behind a hashtag sign) is
 * not the event's place ({@link EventRecords#place}), unless it is of the victims' own state: «قتلت القوات
 * الإسرائيلية 60 متظاهرا فلسطينيا عند الحدود مع غزة» happened on Gaza's side. The next place of the sentence is
 * taken, else none.
 */
final class PartnerPlaces {
  /** «مع» and «ومع» (normalised). */
  private static final Set<String> WITH = Set.of("مع", "ومع");

  private PartnerPlaces() {
  }

  /**
   * True when place {@code p} stands right after «مع» («المفاوضات مع روسيا», «الحدود مع الأردن») and {@code c} is an
   * ASSAULT or COERCE whose recipient is of another state than the place, or of none.
   */
  static boolean partner(List<Token> tokens, Part p, Cand c) {
    if (!ContextPlaces.applies(c)
        || c.recipient != null && p.country() != null && p.country().equals(c.recipient.country())) {
      return false;
    }
    return afterWith(tokens, p);
  }

  /** True when part {@code p} stands right after «مع» or «ومع», maybe behind a hashtag sign («مع #روسيا»). */
  static boolean afterWith(List<Token> tokens, Part p) {
    int k = p.first() - 1;
    if (k >= 0 && tokens.get(k).text().equals("#")) {
      k--;
    }
    return k >= 0 && WITH.contains(tokens.get(k).norm());
  }
}
