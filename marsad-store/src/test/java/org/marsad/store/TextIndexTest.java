package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index: every match by doc value, deadlines, snippets, and the rebuild of an older layout. */
class TextIndexTest {
  @TempDir
  Path dir;

  private static List<Writer.Added> articles(int n) {
    List<Writer.Added> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String text = (i % 3 == 0 ? "قصفت الطائرات مواقع في المدينة رقم " : "عقد المجلس جلسته العادية رقم ") + i;
      out.add(new Writer.Added(i, "عنوان " + i, text));
    }
    return out;
  }

  @Test
  void matchingGivesEveryArticleIdAscending() throws Exception {
    try (TextIndex idx = new TextIndex(dir.resolve("i"))) {
      idx.add(articles(3000));
      long[] ids = idx.matching("قصفت", null);
      assertThat(ids).hasSize(1000);
      for (int k = 0; k < ids.length; k++) {
        assertThat(ids[k]).isEqualTo(3L * (k + 1));
      }
      assertThat(idx.matching("غير_موجودة", null)).isEmpty();
      assertThat(idx.search("قصفت", 10, null)).hasSize(10);
    }
  }

  @Test
  void anExpiredDeadlineStopsTheSearchInsteadOfReturningPartHits() throws Exception {
    try (TextIndex idx = new TextIndex(dir.resolve("i"))) {
      idx.add(articles(3000));
      try (Deadline d = Deadline.start(Duration.ofNanos(1))) {
        Thread.sleep(2);
        assertThatThrownBy(() -> idx.matching("قصفت", d)).isInstanceOf(QueryTimeoutException.class);
        assertThatThrownBy(() -> idx.search("المجلس", 20, d)).isInstanceOf(QueryTimeoutException.class);
      }
      try (Deadline d = Deadline.start(Duration.ofMinutes(5))) {
        assertThat(idx.matching("قصفت", d)).hasSize(1000);
        assertThat(idx.search("المجلس", 20, d)).hasSize(20);
      }
    }
  }

  @Test
  void firstMatchFindsTheFirstWordWithAQueryTermInOnePass() throws Exception {
    try (TextIndex idx = new TextIndex(dir.resolve("i"))) {
      String text = "اجتمع الوزراء صباحا ثم أعلنوا أن الغارات استمرت على المدينة";
      int at = idx.firstMatch(text, Set.copyOf(idx.terms("غارة")));
      assertThat(text.substring(at)).startsWith("الغارات");
      assertThat(idx.firstMatch(text, Set.of("zzz"))).isEqualTo(-1);
      assertThat(Snippets.of(text, idx.terms("الغارة"), idx)).contains("الغارات");
    }
  }

  /** An index written before doc values (article ids only stored) is emptied on open, so the store rebuilds it. */
  @Test
  void anIndexOfTheOlderLayoutIsEmptiedForARebuild() throws Exception {
    Path folder = dir.resolve("old");
    try (FSDirectory d = FSDirectory.open(folder);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new ArabicAnalyzer()))) {
      Document doc = new Document();
      doc.add(new LongPoint(TextIndex.ID, 7));
      doc.add(new StoredField(TextIndex.ID, 7));
      doc.add(new TextField(TextIndex.TEXT, "قصفت الطائرات", Field.Store.NO));
      w.addDocument(doc);
      w.setLiveCommitData(Map.of("marsad.last_document_id", "7", "marsad.store_id", "s1").entrySet());
      w.commit();
    }
    try (TextIndex idx = new TextIndex(folder)) {
      assertThat(idx.last()).isZero();
      assertThat(idx.storeId()).isEqualTo("s1");
      assertThat(idx.matching("قصفت", null)).isEmpty();
      idx.add(List.of(new Writer.Added(7, null, "قصفت الطائرات")));
      assertThat(idx.matching("قصفت", null)).containsExactly(7L);
    }
    try (TextIndex idx = new TextIndex(folder)) {
      assertThat(idx.last()).isEqualTo(7);
      assertThat(idx.matching("قصفت", null)).containsExactly(7L);
    }
  }
}
