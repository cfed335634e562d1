package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Control aimed at, not taken (session 19, ev19c): what an offensive is for, a pledge, what a power is able to do.
 *
 * <p>Rules (read by {@link FactualityRule}; the act is then hypothetical):
 * <ol>
 *   <li><b>Control as an aim</b>: a control noun («السيطرة», «سيطرتها») with the purpose «لـ» and the article
 *       («للسيطرة على المناطق الخاضعة للمعارضة», «في طريقها للسيطرة على الحديدة», «ستسعى للسيطرة على الغوطة»), or
 *       right after a purpose verbal noun with «لـ» («لاستعادة السيطرة على الغوطة», «لبسط سيطرتها على مناطق
 *       الفصائل», «لفرض سيطرتها على كامل المنطقة», «لإنهاء سيطرة الميليشيات»), or after «بهدف», «بغية», «سعيا»,
 *       «محاولة» («في محاولة للسيطرة») is what a force set out to do (a pledge, «تعهد أردوغان بالسيطرة», is read
 *       by {@link Pledges}); the act taken is told by its own verb («سيطرت القوات على البلدة», «بسط الجيش سيطرته
 *       على المستشفى»), which stays asserted; so is a control held as a state, after «إنهاء» or the participle
 *       «فارضا» («وإنهاء سيطرة الميليشيات على ميناء الحديدة», «بقي الجيش متماسكا، فارضا سيطرته على المدن
 *       الكبرى»);</li>
 *   <li><b>Able to strike</b>: an attack word right after «قادر/قادرة على», «قدرة على» (maybe over a quote mark:
 *       «صواريخ مداها 2000 كلم قادرة على ضرب إسرائيل», «قادرة على "تدمير الصواريخ الروسية"») is a capability, no
 *       attack.</li>
 * </ol>
 */
final class ControlAims {
  /** Purpose verbal nouns with «لـ» right before a control noun (normalised, without «و/ف»). */
  private static final Set<String> AIMS = Set.of("لاستعاده", "لبسط", "لفرض", "لاحكام", "لانهاء", "لتوسيع",
      "لاعاده", "لتعزيز", "بهدف", "بغيه", "سعيا", "محاوله", "لمحاوله", "هدف",
      // a control held, as a state: ending it, or a circumstantial participle («فارضا سيطرته على المدن الكبرى»)
      "انهاء", "فارضا", "فارضه", "فارضين");

  /** Words of being able right before «على» (normalised, without «و/ف»). */
  private static final Set<String> ABLE = Set.of("قادر", "قادره", "قادرون", "قادرين", "قادرا", "قدره", "القدره",
      "بقدره", "قدرتها", "قدرته", "قدرتهم");

  /** «على», normalised. */
  private static final String ON = "علي";

  private ControlAims() {
  }

  /** True when the control noun at {@code a} is an aim (rule 1). */
  static boolean aimed(List<Token> tokens, int a, int from) {
    String w = Parts.stripConj(tokens.get(a).norm());
    if (!w.contains("سيطر")) {
      return false;
    }
    if (w.startsWith("للسيطر")) {
      return true; // «للسيطرة على المناطق الخاضعة للمعارضة»: the aim of an offensive
    }
    if (a <= from) {
      return false;
    }
    return Parts.inSet(AIMS, tokens.get(a - 1).norm()); // «لاستعادة السيطرة على الغوطة», «لبسط سيطرتها»
  }

  /** True when the word and the one after it say «able to» («قادرة على», «قدرته على»), normalised. */
  static boolean ableTo(List<Token> tokens, int k, int to) {
    return k + 1 < to && ABLE.contains(Parts.stripConj(tokens.get(k).norm())) && tokens.get(k + 1).norm().equals(ON);
  }

  /** True when the attack word at {@code a} follows «قادرة على» or «قدرة على» (rule 2), maybe over a quote mark. */
  static boolean able(List<Token> tokens, int a, int from) {
    int k = a - 1;
    if (k >= from && tokens.get(k).kind() != Token.Kind.WORD) {
      k--;
    }
    return k - 1 >= from && tokens.get(k).norm().equals(ON)
        && ABLE.contains(Parts.stripConj(tokens.get(k - 1).norm()));
  }
}
