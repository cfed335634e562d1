package org.marsad.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Count;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Factuality;
import org.marsad.model.Participant;
import org.marsad.model.Place;
import org.marsad.model.Span;
import org.marsad.store.EventStore;

/**
 * Test articles written for these tests, with hand-coded events (so the tests do not depend on the
 * extractor's accuracy), stored in a real DuckDB file. One article carries script and event-handler
 * payloads in its title, text and actor names.
 */
final class Fixtures {
  static final String XSS_TITLE = "<script>window.__pwned=1</script>عنوان خبيث";
  static final String XSS_IMG = "<img src=x onerror=\"window.__pwned=2\">";
  static final String XSS_SCRIPT = "<script>window.__pwned=3</script>";
  static final String XSS_ACTOR_NAME = "<svg onload=\"window.__pwned=4\">";

  private Fixtures() {
  }

  /** Opens a fresh store under {@code dir} holding the fixture articles. */
  static EventStore store(Path dir) {
    EventStore s = EventStore.open(dir.resolve("fixtures.duckdb").toString());
    s.ingest(documents(), "test", null);
    return s;
  }

  static List<Document> documents() {
    List<Document> docs = new ArrayList<>();

    String t1 = "قصفت قوات الحكومة السورية حي الشعار في مدينة حلب يوم الجمعة، وقتل سبعة مدنيين. "
        + "وأدانت فرنسا القصف. ودعت الأمم المتحدة إلى وقف إطلاق النار. وعرضت تركيا الوساطة بين الأطراف.";
    Art a = new Art(t1);
    docs.add(Document.of("fx-1", t1, LocalDate.of(2024, 3, 1), "قصف على حلب", "https://example.org/fx-1", "وكالة الاختبار")
        .withEvents(List.of(
            a.event("V1", "ASSAULT", "heavy-weapons", "قصفت", 0,
                a.party("قوات الحكومة السورية", "Syrian government forces", "SYR", "MIL"),
                a.party("حي الشعار", "al-Shaar residents", "SYR", "CVL"),
                a.place("حلب", "Aleppo", "SYR", 36.2, 37.16), "2024-03-01", Map.of("killed", new Count(7, "exact", 7L))),
            a.event("V2", "ACCUSE", null, "أدانت", 1, a.party("فرنسا", "France", "FRA", "GOV"), null, null, "2024-03-01", Map.of()),
            a.event("V3", "REQUEST", null, "دعت", 2, a.party("الأمم المتحدة", "United Nations", null, "IGO"), null, null,
                "2024-03-01", Map.of()),
            a.event("V4", "CONSULT", "third-party", "عرضت", 3, a.party("تركيا", "Turkey", "TUR", "GOV"), null, null,
                "2024-03-01", Map.of()))));

    String t2 = "شنت طائرات غارة على ميناء الحديدة في اليمن يوم الأحد وقتل ثلاثة أشخاص. واتهمت إيران الولايات المتحدة بالعدوان.";
    Art b = new Art(t2);
    docs.add(Document.of("fx-2", t2, LocalDate.of(2024, 3, 3), "غارة على الحديدة", null, "صحيفة الاختبار")
        .withEvents(List.of(
            b.event("V1", "ASSAULT", "aerial", "غارة", 0, null, null,
                b.place("الحديدة", "Al Hudaydah", "YEM", 14.8, 42.95), "2024-03-03", Map.of("killed", new Count(3, "exact", null))),
            b.event("V2", "ACCUSE", null, "اتهمت", 1, b.party("إيران", "Iran", "IRN", "GOV"),
                b.party("الولايات المتحدة", "United States", "USA", "GOV"), null, "2024-03-03", Map.of()))));

    String t3 = "تظاهر مئات في الخرطوم يوم الاثنين احتجاجاً على الحرب.";
    Art c = new Art(t3);
    docs.add(Document.of("fx-3", t3, LocalDate.of(2024, 3, 4), "مظاهرة في الخرطوم", null, "وكالة الاختبار")
        .withEvents(List.of(
            c.event("V1", "PROTEST", "demonstrate", "تظاهر", 0, c.party("مئات", "protesters", "SDN", "CVL"), null,
                c.place("الخرطوم", "Khartoum", "SDN", 15.5, 32.56), "2024-03-04", Map.of()))));

    String t4 = "هاجم " + XSS_IMG + " مسلحون في طرابلس يوم الثلاثاء. " + XSS_SCRIPT + " انتهى الخبر.";
    Art d = new Art(t4);
    docs.add(Document.of("fx-xss", t4, LocalDate.of(2024, 3, 5), XSS_TITLE, null, "<i>outlet</i>")
        .withEvents(List.of(
            d.event("V1", "ASSAULT", "small-arms", "هاجم", 0, d.party(XSS_IMG, XSS_ACTOR_NAME, "LBY", "REB"), null,
                d.place("طرابلس", "Tripoli", "LBY", 32.89, 13.18), "2024-03-05", Map.of("killed", new Count(2, "exact", null))))));
    return docs;
  }

  /** Builds spans of one text by finding words in it. */
  private static final class Art {
    final String text;
    final List<Span> sentences = new ArrayList<>();

    Art(String text) {
      this.text = text;
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '.' ) {
          sentences.add(new Span(start, i + 1));
          start = i + 1;
          while (start < text.length() && text.charAt(start) == ' ') {
            start++;
          }
        }
      }
      if (start < text.length()) {
        sentences.add(new Span(start, text.length()));
      }
    }

    int at(String words) {
      int i = text.indexOf(words);
      if (i < 0) {
        throw new IllegalArgumentException("not in the text: " + words);
      }
      return i;
    }

    Participant party(String words, String name, String country, String sector) {
      int s = at(words);
      return new Participant(words, s, s + words.length(), name, country, sector, null);
    }

    Place place(String words, String name, String country, double lat, double lon) {
      int s = at(words);
      return new Place(words, s, s + words.length(), name, country, lat, lon, "city", null);
    }

    Event event(String id, String type, String mode, String trigger, int sentence, Participant actor,
                Participant recipient, Place place, String date, Map<String, Count> numbers) {
      Span sent = sentences.get(sentence);
      int s = text.indexOf(trigger, sent.start());
      Event.Trigger tr = new Event.Trigger(trigger, s, s + trigger.length());
      return new Event(id, type, mode, null, null, type.equals("ASSAULT") ? -9 : -2, Factuality.ASSERTED, sent, tr,
          actor, recipient, place, new EventDate(date, "day", "explicit"), new LinkedHashMap<>(numbers), List.of(), null,
          0.9, List.of(new Span(tr.start(), tr.end())));
    }
  }
}
