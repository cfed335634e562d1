package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.marsad.model.Document;

/**
 * A generated evaluation set of hard negatives for cross-article clustering: many distinct strikes of the
 * same type in the same countries on neighbouring days, at towns a few kilometres apart, by different actors,
 * each reported by two to four outlets in different wordings (actor left out, province instead of town,
 * "yesterday", tolls off by 1-2), and some articles reporting two strikes. Every sentence is written here
 * (templates and place names only), nothing is taken from an article.
 *
 * <p>Gold: a report's strike ({@link Labelled#labels}); the clustering should put the reports of one strike
 * together and keep those of different strikes apart, however alike.
 */
final class SyntheticReports {
  /** An article and the gold event key of each labelled span of its text. */
  record Labelled(Document doc, List<int[]> spans, List<String> labels) {
  }

  /** Towns near each other (a few to 45 km), with the province phrase, by country. */
  private static final String[][][] AREAS = {
      {{"SYR", "إدلب"}, {"إدلب", "سراقب", "كفرنبل", "جسر الشغور"}},
      {{"SYR", "دمشق"}, {"حرستا", "عربين", "داريا", "يبرود"}},
      {{"SYR", "حمص"}, {"حمص", "تلبيسة", "الرستن"}},
      {{"SYR", "حلب"}, {"حلب", "أعزاز", "تادف"}},
      {{"YEM", "تعز"}, {"تعز"}},
      {{"YEM", "صنعاء"}, {"صنعاء", "عمران"}},
  };
  private static final String[][] ACTORS = {
      {"SYR", "طائرات حربية روسية"}, {"SYR", "قوات النظام السوري"}, {"SYR", "الجيش التركي"},
      {"SYR", "تنظيم الدولة الإسلامية"},
      {"YEM", "طائرات التحالف بقيادة السعودية"}, {"YEM", "جماعة الحوثي"},
  };
  private static final String[] OUTLETS = {"outlet-a", "outlet-b", "outlet-c", "outlet-d", "outlet-e"};

  private record Strike(int id, String country, String province, String town, String actor, LocalDate day,
                        int killed, int injured) {
  }

  private SyntheticReports() {
  }

  /** {@code strikes} strikes over {@code days} days, reported as described in the class comment. */
  static List<Labelled> generate(long seed, int strikes, int days) {
    Random r = new Random(seed);
    LocalDate base = LocalDate.of(2024, 3, 4);
    List<Strike> world = new ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    while (world.size() < strikes) {
      String[][] area = AREAS[r.nextInt(AREAS.length)];
      String country = area[0][0];
      String town = area[1][r.nextInt(area[1].length)];
      List<String> actors = new ArrayList<>();
      for (String[] a : ACTORS) {
        if (a[0].equals(country)) {
          actors.add(a[1]);
        }
      }
      String actor = actors.get(r.nextInt(actors.size()));
      LocalDate day = base.plusDays(r.nextInt(days));
      if (taken.add(town + "|" + actor + "|" + day)) {
        world.add(new Strike(world.size(), country, area[0][1], town, actor, day, 2 + r.nextInt(30), r.nextInt(20)));
      }
    }
    // reports: 2..4 per strike, from distinct outlets
    record Report(Strike s, String outlet, String sentence, LocalDate published) {
    }
    List<Report> reports = new ArrayList<>();
    for (Strike s : world) {
      List<String> outlets = new ArrayList<>(List.of(OUTLETS));
      java.util.Collections.shuffle(outlets, r);
      int n = 2 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        boolean nextDay = r.nextInt(3) == 0;
        reports.add(new Report(s, outlets.get(k), sentence(s, r, nextDay), s.day().plusDays(nextDay ? 1 : 0)));
      }
    }
    java.util.Collections.shuffle(reports, r);
    // articles: one report, or (one in three) two reports of one outlet and day
    List<Labelled> out = new ArrayList<>();
    boolean[] used = new boolean[reports.size()];
    for (int i = 0; i < reports.size(); i++) {
      if (used[i]) {
        continue;
      }
      used[i] = true;
      Report a = reports.get(i);
      List<Report> parts = new ArrayList<>(List.of(a));
      if (r.nextInt(3) == 0) {
        for (int j = i + 1; j < reports.size(); j++) {
          Report b = reports.get(j);
          if (!used[j] && b.s().id() != a.s().id() && b.outlet().equals(a.outlet())
              && b.published().equals(a.published())) {
            used[j] = true;
            parts.add(b);
            break;
          }
        }
      }
      StringBuilder text = new StringBuilder();
      List<int[]> spans = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (int k = 0; k < parts.size(); k++) {
        if (k > 0) {
          text.append(' ').append(r.nextBoolean() ? "وفي سياق متصل، " : "من جهة أخرى، ");
        }
        int start = text.length();
        text.append(parts.get(k).sentence());
        spans.add(new int[] {start, text.length()});
        labels.add("strike" + parts.get(k).s().id());
      }
      text.append(' ').append("وتشهد المنطقة تصعيدا عسكريا منذ أسابيع.");
      String id = "syn-" + out.size();
      out.add(new Labelled(Document.of(id, text.toString(), a.published(), "قصف على " + a.s().town(),
          "https://example.org/" + a.outlet() + "/" + id, a.outlet()), spans, labels));
    }
    return out;
  }

  private static String sentence(Strike s, Random r, boolean nextDay) {
    String when = nextDay ? (r.nextBoolean() ? " أمس" : "") : (r.nextBoolean() ? " اليوم" : "");
    int killed = Math.max(1, s.killed() + r.nextInt(5) - 2);
    String place = r.nextInt(5) == 0 ? "ريف " + s.province() : "مدينة " + s.town();
    boolean named = r.nextInt(4) != 0;
    int t = r.nextInt(5);
    if (!named) {
      return switch (t % 2) {
        case 0 -> "سقط " + killed + " قتيلا في قصف استهدف " + place + when + ".";
        default -> "قتل " + killed + " مدنيين وأصيب " + s.injured() + " آخرون في غارات جوية على " + place + when + ".";
      };
    }
    return switch (t) {
      case 0 -> "شنت " + s.actor() + when + " غارات على " + place + "، ما أسفر عن مقتل " + killed + " مدنيين وإصابة "
          + s.injured() + " آخرين.";
      case 1 -> "قتل " + killed + " مدنيين في قصف نفذته " + s.actor() + " على " + place + when + ".";
      case 2 -> "أفادت مصادر محلية بمقتل " + killed + " أشخاص جراء قصف شنته " + s.actor() + " على " + place + when
          + ".";
      case 3 -> "قصفت " + s.actor() + " " + place + when + " ما أدى إلى مقتل " + killed + " أشخاص.";
      default -> "استهدفت " + s.actor() + when + " " + place + " بقصف عنيف أوقع " + killed + " قتلى.";
    };
  }
}
