package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The token rule of {@link DocumentActs}: which verbs follow a document noun. */
class DocumentActsTest {
  @Test
  void aPresentVerbRightAfterADocumentNounIsTheDocumentsAct() {
    List<Token> ts = tokens("صادقت الجمعية على قرار يدين الاستيطان");
    TriggerLexicon.Match m = verb(ts, "يدين");
    assertThat(DocumentActs.document(ts, 0, m)).isEqualTo(index(ts, "قرار"));
  }

  @Test
  void aVerbWithItsOwnSubjectBeforeItIsNoDocumentsAct() {
    List<Token> ts = tokens("قال الوزير إن الحكومة تدين الهجوم");
    TriggerLexicon.Match m = verb(ts, "تدين");
    assertThat(DocumentActs.document(ts, 0, m)).isEqualTo(-1);
  }

  @Test
  void aDraftOrTextRightAfterAVerbOfCallingIsItsSubject() {
    List<Token> draft = tokens("ودعا مشروع القرار إلى إجراء تحقيق");
    assertThat(DocumentActs.document(draft, 0, request(draft, "ودعا"))).isEqualTo(index(draft, "القرار"));
    List<Token> text = tokens("ويدعو النص إلى وقف إطلاق النار");
    assertThat(DocumentActs.document(text, 0, request(text, "ويدعو"))).isEqualTo(index(text, "النص"));
  }

  @Test
  void theStateThatTabledTheDraftIsItsAuthor() {
    List<Token> ts = tokens("ودعا مشروع القرار الذي تقدمت به الكويت إلى إجراء تحقيق");
    int k = index(ts, "الكويت");
    Part kuwait = new Part(k, k + 1, ts.get(k).start(), ts.get(k).end(), "KWT", "GOV", null, null, "", true, false,
        false, false);
    assertThat(DocumentActs.author(ts, List.of(kuwait), 0, index(ts, "القرار"))).isEqualTo(kuwait);
  }

  private static TriggerLexicon.Match request(List<Token> ts, String word) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {ts.get(i).norm()}, "REQUEST", null, "102",
        true, List.of("obj"), java.util.Set.of(), true, false, false);
    return new TriggerLexicon.Match(e, i, i + 1, 0);
  }

  private static TriggerLexicon.Match verb(List<Token> ts, String word) {
    int i = index(ts, word);
    TriggerLexicon.Entry e = new TriggerLexicon.Entry(new String[] {ts.get(i).norm()}, "ACCUSE", "disapprove", "111",
        true, List.of("obj"), java.util.Set.of(), true, false, false);
    return new TriggerLexicon.Match(e, i, i + 1, 0);
  }
}
