package org.marsad.ner;

import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Names in quotation marks right after the word that says what they name: the quoted words become one name of that
 * type, whatever the model tagged inside. Works on BIO tags of one document, in place (a post-pass, before
 * {@link DocumentConsistency}, which then spreads the name to its unquoted mentions).
 *
 * <p>Rules (a quotation = 1 to {@link #MAX_QUOTED} tokens between «{@code «}» and «{@code »}», «{@code “}» and
 * «{@code ”}», two «{@code "}» or two «{@code '}», the first and last quoted tokens holding a letter or digit; the word
 * right before the opening mark is looked up under every clitic reading, «وفيلم»، «بقصيدة»، «لصحيفة»):
 * <ol>
 *   <li>after a kind of organisation ({@link #ORG_WORDS}: «صحيفة "السفير"»، «وكالة "يونهاب"»، «شركة «جلف فيلم»»،
 *       «جمعية "كاريكاتير إيران"») the quotation is one {@code ORG} name;</li>
 *   <li>after a kind of work or model ({@link #WORK_WORDS}: «فيلم «حلم»»، «رواية "القاهرة الجديدة"»، «بقصيدة
 *       "بلقيس"»، «موديل «كي جي 320»»، «برنامج «نجم الخليج»») it is one {@code MISC} name.</li>
 * </ol>
 * In the gold tags of the first 90 % of the ANERcorp train file, the 42 quotations after an organisation word are
 * one {@code ORG} name 41 times; after the work words of the list, one {@code MISC} name in most cases. Words whose
 * quotations ANERcorp leaves mostly untagged («مسلسل»، «عنوان»، «كتاب»، «خطة») are not listed.
 */
final class QuotedNames {
  /** Longest quotation (tokens between the marks) taken as a name. */
  static final int MAX_QUOTED = 10;
  /** Kinds of organisation that introduce a quoted name. */
  static final String[] ORG_WORDS = {
      "صحيفة", "جريدة", "مجلة", "شركة", "وكالة", "مؤسسة", "موقع", "قناة", "تلفزيون", "إذاعة", "حزب", "حركة",
      "منظمة", "جمعية", "فرقة", "مجموعة", "دار", "مصرف", "بنك", "نادي", "فريق", "مكتبة", "مطعم", "فندق", "محطة"};
  /** Kinds of work, programme, venue or product model that introduce a quoted title. */
  static final String[] WORK_WORDS = {
      "رواية", "روايات", "فيلم", "طراز", "موديل", "قصيدة", "مسرحية", "برنامج", "أغنية", "ألبوم", "استاد", "ملعب",
      "سيارة"};
  private static final Set<String> ORG = Lexicon.normalised(ORG_WORDS);
  private static final Set<String> WORK = Lexicon.normalised(WORK_WORDS);
  /** {@code -Dmarsad.ner.noQuotedNames=true} switches the post-pass off (ablation). */
  static final boolean ENABLED = !Boolean.getBoolean("marsad.ner.noQuotedNames");

  private QuotedNames() {
  }

  /** The closing mark of the opening mark {@code t}, or null when {@code t} opens no quotation. */
  static String closing(String t) {
    switch (t) {
      case "«":
        return "»";
      case "“":
        return "”";
      case "\"":
        return "\"";
      case "'":
        return "'";
      default:
        return null;
    }
  }

  /** The type a quotation after {@code norm} names ({@code ORG}, {@code MISC}), or null. */
  static String typeAfter(String norm) {
    for (String f : Clitics.forms(norm)) {
      if (ORG.contains(f)) {
        return "ORG";
      }
      if (WORK.contains(f)) {
        return "MISC";
      }
    }
    return null;
  }

  private static boolean wordlike(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static void retype(List<String[]> sentences, List<String[]> tags) {
    for (int k = 0; k < sentences.size(); k++) {
      retypeSentence(sentences.get(k), tags.get(k));
    }
  }

  private static void retypeSentence(String[] toks, String[] t) {
    int n = toks.length;
    for (int i = 0; i < n; i++) {
      String close = closing(toks[i]);
      if (close == null) {
        continue;
      }
      int j = i + 1;
      while (j < n && j - i - 1 <= MAX_QUOTED && !toks[j].equals(close)) {
        j++;
      }
      if (j >= n || !toks[j].equals(close) || j - i - 1 > MAX_QUOTED || j == i + 1) {
        continue; // no quotation (an empty one: the second mark may open the next)
      }
      if (i > 0 && wordlike(toks[i + 1]) && wordlike(toks[j - 1])) {
        String type = typeAfter(ArabicNormalizer.INSTANCE.normalize(toks[i - 1]));
        if (type != null) {
          set(t, i + 1, j, type);
        }
      }
      i = j; // a closing mark opens nothing
    }
  }

  /** Tags {@code [s, e)} as one name of {@code type}; a name running on past {@code e} restarts after the mark. */
  private static void set(String[] t, int s, int e, String type) {
    for (int k = s; k < e; k++) {
      t[k] = (k == s ? "B-" : "I-") + type;
    }
    if (e < t.length && t[e].startsWith("I-")) {
      t[e] = "O";
      if (e + 1 < t.length && t[e + 1].startsWith("I-")) {
        t[e + 1] = "B-" + t[e + 1].substring(2);
      }
    }
  }
}
