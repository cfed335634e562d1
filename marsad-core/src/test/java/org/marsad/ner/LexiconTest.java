package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lexicon entries: word splitting, clitic readings, multi-word longest matches. */
class LexiconTest {
  private static final int LOC = 1 << Lexicon.Kind.GAZ_LOC.ordinal();
  private static final int ORG = 1 << Lexicon.Kind.GAZ_ORG.ordinal();

  @Test
  void wordsSplitOnRunsOfWhiteSpace() {
    assertThat(Lexicon.words("  جبهة \t النصرة\n")).containsExactly("جبهة", "النصرة");
    assertThat(Lexicon.words(" \t ")).isEmpty();
  }

  @Test
  void singleWordsMatchUnderEveryCliticReading() {
    Lexicon lx = Lexicon.builder().add(Lexicon.Kind.GAZ_LOC, "بغداد").build();
    assertThat(lx.kindsOf("بغداد")).isEqualTo(LOC);
    assertThat(lx.kindsOf("وبغداد")).isEqualTo(LOC);
    assertThat(lx.kindsOf("لبغداد")).isEqualTo(LOC);
    assertThat(lx.kindsOf("بغدادي")).isZero();
  }

  @Test
  void multiWordEntriesMatchLongestFirstWithBeginAndInside() {
    Lexicon lx = Lexicon.builder()
        .add(Lexicon.Kind.GAZ_LOC, "الضفة")
        .add(Lexicon.Kind.GAZ_ORG, "  جبهة   النصرة ")
        .build();
    String[] words = ArabicNerFeatures.normalise(new String[] {"قاتلت", "جبهة", "النصرة", "في", "الضفة"});
    int[] begin = new int[words.length];
    int[] inside = new int[words.length];
    lx.match(words, begin, inside);
    assertThat(begin).containsExactly(0, ORG, 0, 0, LOC);
    assertThat(inside).containsExactly(0, 0, ORG, 0, 0);
  }
}
