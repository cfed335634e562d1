package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per normalisation rule (see the rule list in {@link ArabicNormalizer}). */
class ArabicNormalizerTest {
  private static String n(String s) {
    return ArabicNormalizer.INSTANCE.normalize(s);
  }

  @Test
  void removesDiacritics() {
    assertThat(n("مُحَمَّدٌ")).isEqualTo("محمد");
    assertThat(n("كِتَابًا")).isEqualTo("كتابا");
    assertThat(n("هٰذا")).isEqualTo("هذا");
    assertThat(n("قُتِلَ عِشْرُونَ")).isEqualTo("قتل عشرون");
  }

  @Test
  void removesTatweel() {
    assertThat(n("الحـــرب")).isEqualTo("الحرب");
    assertThat(n("ســـوريـا")).isEqualTo("سوريا");
  }

  @Test
  void foldsAlefForms() {
    assertThat(n("أحمد")).isEqualTo("احمد");
    assertThat(n("إيران")).isEqualTo("ايران");
    assertThat(n("آذار")).isEqualTo("اذار");
    assertThat(n("ٱلله")).isEqualTo("الله");
    assertThat(n("إسرائيل")).isEqualTo(n("اسرائيل"));
  }

  @Test
  void removesCombiningHamzaOnAlef() {
    // alef + combining hamza above (U+0654) reads as «أ»
    assertThat(n("ا\u0654حمد")).isEqualTo("احمد");
  }

  @Test
  void foldsWawAndYehWithHamza() {
    assertThat(n("مؤتمر")).isEqualTo("موتمر");
    assertThat(n("رئيس")).isEqualTo("رييس");
    assertThat(n("مئة")).isEqualTo(n("ميه"));
  }

  @Test
  void foldsAlefMaqsuraToYeh() {
    assertThat(n("مستشفى")).isEqualTo("مستشفي");
    assertThat(n("حتى")).isEqualTo("حتي");
    assertThat(n("حوالى")).isEqualTo(n("حوالي"));
  }

  @Test
  void foldsPersianLetters() {
    assertThat(n("کابل")).isEqualTo("كابل");
    assertThat(n("ایران")).isEqualTo("ايران");
    assertThat(n("ھذا")).isEqualTo("هذا");
  }

  @Test
  void foldsTaMarbutaToHa() {
    assertThat(n("مدينة")).isEqualTo("مدينه");
    assertThat(n("غزة")).isEqualTo(n("غزه"));
  }

  @Test
  void foldsArabicIndicDigits() {
    assertThat(n("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
    assertThat(n("عام ٢٠٢٣")).isEqualTo("عام 2023");
  }

  @Test
  void foldsPersianDigits() {
    assertThat(n("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
  }

  @Test
  void foldsArabicPunctuation() {
    assertThat(n("نعم، لا؛ لماذا؟")).isEqualTo("نعم, لا; لماذا?");
    assertThat(n("٥٪")).isEqualTo("5%");
    assertThat(n("٢٫٥")).isEqualTo("2.5");
    assertThat(n("٦٬٥٠٠")).isEqualTo("6,500");
    assertThat(n("انتهى۔")).isEqualTo("انتهي.");
  }

  @Test
  void removesZeroWidthAndBidiControls() {
    assertThat(n("بر\u200Cلين")).isEqualTo("برلين");
    assertThat(n("\u200Fغزة\u200E")).isEqualTo("غزه");
    assertThat(n("\u202Bدمشق\u202C")).isEqualTo("دمشق");
    assertThat(n("\u2067حلب\u2069")).isEqualTo("حلب");
    assertThat(n("\uFEFFعدن")).isEqualTo("عدن");
    assertThat(n("\u061Cبغداد")).isEqualTo("بغداد");
    assertThat(n("صن\u00ADعاء")).isEqualTo("صنعاء");
  }

  @Test
  void expandsPresentationForms() {
    // «لا» ligature and isolated/final forms as found in text copied from PDFs
    assertThat(n("\uFEFB")).isEqualTo("لا");
    assertThat(n("\uFE91\uFE8E\uFEDB\uFEEE")).isEqualTo("باكو");
    assertThat(n("\uFE93")).isEqualTo("ه");
    // a ligature followed by more text grows the output
    assertThat(n("\uFEFB\uFEFB ok")).isEqualTo("لالا ok");
  }

  @Test
  void lowerCasesAsciiOnly() {
    assertThat(n("NATO")).isEqualTo("nato");
    assertThat(n("Die Zeit")).isEqualTo("die zeit");
  }

  @Test
  void leavesOtherTextAlone() {
    assertThat(n("بغداد")).isEqualTo("بغداد");
    assertThat(n("")).isEmpty();
    assertThat(n("«قال»")).isEqualTo("«قال»");
  }

  @Test
  void isIdempotent() {
    String s = "أَعْلَنَتْ الأمـم المتّحدة، يوم ١٩ أيلول، أنّ \u200Fمئات\u200E المدنيين قُتلوا؟";
    assertThat(n(n(s))).isEqualTo(n(s));
  }
}
