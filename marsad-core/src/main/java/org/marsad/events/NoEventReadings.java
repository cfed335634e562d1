package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Token;

/**
 * Trigger words that, where they stand, name people, things or allegiance rather than an event (session 8).
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Targeted reinforcements</b>: a deployment noun («تعزيزات», «حشود») within {@link #TARGET_REACH} tokens after
 *       an attack word of its clause is what was hit, not a deployment («غارات استهدفت مواقع وتعزيزات للمسلحين»,
 *       «استهدفت مدفعية الجيش تعزيزات للمتمردين»);</li>
 *   <li><b>Students</b>: «طالب», «طالبا» (also the verb «طالب», demanded) after a count («عشرات», a number) or
 *       before a word of schooling («جامعي», «ثانوي») is a student, no demand («جثث 34 طالبا», «سبيل طالب
 *       جامعي»);</li>
 *   <li><b>Fighting in someone's ranks</b>: «قاتل/يقاتل/القتال» right before «في صفوف», «ضمن صفوف», «إلى جانب»
 *       names whose side a fighter is on, not an attack («عنصر إيراني كان يقاتل في صفوف الميليشيا», «تعميم
 *       للقتال في صفوفها»);</li>
 *   <li><b>Personal requests</b>: a request verb or noun whose object within {@link #PERSONAL_REACH} tokens is
 *       divorce or asylum, over commas («وطلبت الممثلة الطلاق من زوجها», «طلب اللجوء») is a person's application, no demand of a
 *       party (phrases such as «طالبي اللجوء» are {@code nonevent} cues);</li>
 *   <li><b>Crowds</b>: a word of gathering or alert («حشد», «حشود», «استنفار») with no word of forces («قوات»,
 *       «عناصر», «مقاتلين», «تعزيزات», «سفن» …) within {@link #FORCES_REACH} tokens after it, in its clause, is a
 *       crowd or a civilian call-out, no deployment («تفرقت الحشود», «أمام حشد من السفراء», «حشدوا الكثير من
 *       المراقبين», «استنفار الطواقم الطبية»);</li>
 *   <li><b>Named wars</b> (session 9): a war noun («حرب», «الحرب», «حربا») followed by the word that names or
 *       classes a war is background, the war's name, not an attack reported: a kind («الحرب الأهلية», «الحرب
 *       العالمية الثانية», «حرب شوارع», «حرب عصابات»), a year or a month («حرب 1967», «حرب تموز»), a nationality
 *       («الحرب السورية أسفرت عن»), or a place in the genitive («حرب فيتنام», «حرب اليمن»); not when «على», «ضد»,
 *       «بين» or «مع» follows within {@link #WAR_SIDE_REACH} tokens, which names a side («حرب تركيا على وحدات
 *       حماية الشعب», «الحرب الإسرائيلية على لبنان»);</li>
 *   <li><b>Deaths told without violence</b> (session 9): «وفاة», «وفيات» (death, not killing) is no attack when its
 *       sentence holds no other attack or casualty trigger and no word of violence or custody ({@code VIOLENCE}:
 *       «اعتداء», «تعرض», «برصاص», «جروح», «سجون», «احتجاز», «تعذيب», «غاز», «تسمم» …): «أعلن عن وفاة الأمين العام
 *       الأسبق عن عمر يناهز 80 عاما», «بعد وفاة الرئيس السابق», «تسجيل حالة وفاة واحدة» are natural deaths.</li>
 *   <li><b>Summons of no envoy</b> (session 9): «استدعى», «يستدعي», «استدعي» (CAMEO 161, recall or summon an
 *       envoy) with no word of an envoy («سفير», «سفراء», «القائم بالأعمال», «دبلوماسي», «مبعوث», «قنصل») within
 *       {@link #ENVOY_REACH} tokens after it (over commas) is a summons by a court, the police, a party or a
 *       president, no diplomatic sanction («استدعى الجيش رئيس جهاز الاستخبارات السابق», «استدعي للإدلاء
 *       بإفادته أمام الشرطة», «استدعى الرئيس سعد الحريري وكلفه تشكيل الحكومة»).</li>
 *   <li><b>Fighters driven out</b> (session 9): «طرد», «طردت», «وطرد» (CAMEO 166, expel) with fighters among the
 *       {@link #FIGHTERS_REACH} words after it («مسلحي», «الميليشيات», «الجهاديين», «داعش», «الحوثيين»,
 *       «المتمردين», «عناصر») is fighting that drove them from a place, no expulsion of diplomats or foreigners
 *       («وطردت قوات تركية مقاتلي الوحدات من مدينة عفرين», «المدن التي طردت منها المليشيات»); so is the verb with
 *       «هم» right after fighters (session 10: «مقاتلون إسلاميون طردتهم قوات حفتر من بنغازي»), and the verb with an
 *       object pronoun whose agent, named with «من قبل» within {@link #FIGHTERS_REACH} words, is armed forces or
 *       fighters (session 11: «بعد طردهم منها من قبل ألوية العمالقة»).</li>
 *   <li><b>Threats as dangers</b> (session 9): a threat noun («تهديد», «التهديدات», «تهديدا») after a word of facing,
 *       fending off or any-ness («مواجهة», «لمواجهة», «ردع», «محاربة», «ضد», «أي», «كافة», «جميع
 *       أنواع», «مصدر», «لغة»), or followed by a kind («الإرهابي», «الأمنية», «الخارجية», «المشتركة»), is a danger
 *       spoken of in general, no threat made by someone («لمواجهة التهديدات المشتركة», «ردع أي تهديد لأمن المنطقة»,
 *       «تعيش فرنسا وسط تهديد إرهابي مستمر», «بعيدا عن لغة التهديد والوعيد»). Session 19 (ev19c): also after a
 *       word of ending, facing, remaining or knowing («إنهاء», «تواجه», «يواجه», «أصل», «تبقى», «يظل», «يدرك») or
 *       «القضاء على», «التعامل مع», and before «الرئيسي», «الأكبر», «الحقيقي», «الوجودي» («إنهاء تهديد الحوثيين
 *       للملاحة», «القضاء على تهديد الصواريخ الباليستية», «إسرائيل تبقى التهديد الرئيسي للبنان», «الولايات المتحدة
 *       تواجه تهديدات من القاعدة», «إيران هي أصل التهديد الحالي»); «بالتزامن مع تهديد الرئيس بضرب» stays a threat.</li>
 *   <li><b>Issued</b> (session 19, ev19c): «صادر/صادرة» right after a document noun («في بيان صادر، الثلاثاء»,
 *       «قرار صادر») is issued, no confiscation ({@link #issued}; «صادر عن/عنها» are {@code nonevent} phrases).</li>
 *   <li><b>Endangering</b> (session 11): «هدد/يهدد/تهدد/تهديد» whose object (maybe after «حتى», «بدورها», «أيضا») is a
 *       good put at risk — security, lives, stability, safety, freedom, unity, future, survival, navigation, peace
 *       («يهدد أمن الملاحة», «هددوا حياة الصيادين», «مما يهدد وحدة البلاد», «تهدد استقرارها») — or a threat noun
 *       after a verb of constituting («يشكل تهديدا حقيقيا لجيرانه», «تمثل تهديدا») says something puts it at risk,
 *       no threat of force made by someone; nor is a storm that «يهدد بهطول أمطار», nor (session 11) an event or
 *       measure right after the verb as its subject («هددت الغارات بتصعيد المواجهة», «وتهدد الخطوة الأميركية
 *       بحرمان اللاجئين»); session 12: goods starting with «ب» or «و» («بقاء», «وحدة», «وجود») are read whole,
 *       existence, trade and a coalition are goods too («تهديدات الاحتلال للوجود المسيحي», «تهدد التجارة الحرة»),
 *       and a flood, a collapse or a worsening after «ب» is a mishap («تهدد بغمر الكهف», «يهدد بتفاقم الأزمة»).</li>
 *   <li><b>Declining to comment</b> (session 11): a rejection verb whose object, within {@link #DECLINE_REACH} words
 *       (session 12: a definite «التعليق/التعقيب» not after a preposition within {@link #LONG_DECLINE_REACH}, over a
 *       long subject; «كشف» indefinite; «الرد على» a question within four words) over its subject and commas, is a
 *       comment, a disclosure or an answer («رفضت الشرطة التعليق», «ورفضت التعقيب
 *       على تقارير», «رفض الرد على أسئلة», «رفضوا الكشف عن أسمائهم»; session 18: «رفضت الوزارة تقديم رد رسمي»)
 *       declines to speak; it rejects no claim, proposal or demand.</li>
 *   <li><b>Ranks taken</b> (session 11): «احتل» with a rank or seat as its object within {@link #DECLINE_REACH}
 *       words over its subject («واحتل كل من الصدر والعامري الصدارة», «تحتل المرتبة الثانية», «احتل المركز
 *       الأول») takes a place in a ranking, no territory.</li>
 *   <li><b>A price paid</b> (session 11): «ثمن» after a verb of paying («دفع ثمن», «سددت ثمن الطائرات», «سيدفعون ثمن
 *       ذلك») or before «النهائي» (a round of sixteen) is a price, no praise.</li>
 *   <li><b>Claimed responsibility</b> (session 9): «المسؤولية», «مسؤولية» with a verb or noun of announcing or
 *       adopting («أعلن», «إعلانها», «تبنى») up to {@link #CLAIM_REACH} tokens before it in its clause is an attacker
 *       claiming its own act, no accusation («وأعلن تنظيم الدولة الإسلامية المسؤولية عنها», «وتبنى التنظيم
 *       المسؤولية عن الهجوم»).</li>
 *   <li><b>Struck by a feeling</b> (session 9): an injury verb («أصيب», «أصيبوا», «يصاب») followed by «بـ» and a
 *       feeling («بالذهول», «بصدمة», «بخيبة أمل», «بالإحباط», «بالذعر») is an emotion, no wound («وأمام صحافيين
 *       أصيبوا بالذهول»); so is (session 18) an illness after the verb or after «إصابته/إصابتها» («أصيب بعدوى
 *       انتشرت في الدم», «بعد إصابته بمرض السرطان», «أصيب الرئيس السابق بنوبة قلبية»): the first «بـ» word within
 *       {@link #STRUCK_REACH} tokens, over the subject, decides.</li>
 *   <li><b>Killing oneself</b> (session 9): a killing or shooting verb («قتل», «يقتل», «أطلق النار على») with a reflexive
 *       object («نفسه», «نفسها», «أنفسهم») within {@link #SELF_REACH} tokens after it is a suicide, no attack («أطلق
 *       شخص النار على نفسه», «يقتل 4500 شخص أنفسهم سنويا»); not «فجّر نفسه», a suicide bombing.</li>
 *   <li><b>Anonymity asked</b> (session 12): a request word followed within {@link #ANONYMITY_REACH} tokens by a
 *       word of keeping back («عدم», «سرية», «إخفاء», «حجب») and, within {@link #ANONYMITY_REACH} tokens of that, a name
 *       or identity with a pronoun («طالبا عدم نشر اسمه», «طلبا عدم الكشف عن هويتيهما», «طلب الحفاظ على سرية اسمه») is
 *       a source asking not to be named, no demand of a party.</li>
 *   <li><b>Commitments fulfilled</b> (session 12): «نفي», «يفي», «تفي» (to fulfil, spelt like the noun of denial) right
 *       before «بـ» and a commitment, a promise or a pledge («ما دمنا نفي بالتزاماتنا الدولية», «تفي بوعودها») keeps
 *       a word, it denies nothing.</li>
 *   <li><b>A meeting held</b> (session 10): a request for a meeting («اجتماع طارئ», «جلسة طارئة», CAMEO 107) with a
 *       holding verb («عقد», «تعقد», «عقدتها», «يعقد») right before it, maybe behind its subject, or right after it, is a
 *       body meeting, no request («وعقد مجلس الأمن اجتماعا طارئا», «خلال جلسة طارئة عقدتها المنظمة»); not after
 *       «إلى» («دعوة فرنسا إلى عقد اجتماع طارئ»).</li>
 *   <li><b>Categorical, and city districts</b> (session 12): «قاطع» as an adjective — «قاطعا» after an indefinite
 *       accusative noun («نفيا قاطعا», «رفضا قاطعا»), «قاطع/قاطعة» after «بشكل/بصورة» («نافيا بشكل قاطع»), or the
 *       definite «القاطع/القاطعة» («رفضه القاطع») — means categorical, and «قاطع» before «مدينة/منطقة» («قاطع مدينة
 *       الصدر») is an Iraqi city district: no boycott.</li>
 *   <li><b>Aims</b> (session 12): «استهدف/يستهدف/تستهدف» right before a verbal noun of aim or effect («تستهدف ضمان
 *       استعداد القوات», «في خطوة تستهدف تجفيف منابع التمويل», «بعلاقة عسكرية تستهدف احتواء التوتر», «تستهدف زرع
 *       الخوف») means «aims at», no attack.</li>
 *   <li><b>A meeting not called for</b> (session 12): the same nouns are a request only when called for: a word of
 *       calling or asking («دعت», «دعوة», «طالب», «طلبت») within {@link #CALL_REACH} tokens before it in its clause,
 *       or «عقد» after «إلى/من أجل» or as «لعقد/بعقد» right before it («دعت لاجتماع طارئ لمجلس الأمن», «دعوة عربية
 *       لجلسة طارئة»); otherwise it names a meeting that is held or happens («فيما بدأ مجلس الأمن، الخميس، جلسة
 *       طارئة», «خلال جلسة طارئة لمجلس الأمن», «لمحاكمتهما بجلسة عاجلة», a headline «اجتماع طارئ لجامعة الدول
 *       العربية»).</li>
 *   <li><b>Ruled, no sentence</b> (session 12): a sentencing word («حكم … على») whose «على» opens a span of time or a
 *       ground («الذي حكم روسيا بالفعل على مدى السنوات», «استندت في حكمها، تأسيسا على أن») rules a country or reasons
 *       a judgment: no one is sentenced ({@link #ruledNoSentence}).</li>
 *   <li><b>Invited to a meal</b> (session 12): «دعوة» right before a meal («دعوة غداء», «دعوة على العشاء»,
 *       «دعوة للعشاء») is an invitation, no demand ({@link #mealInvitation}).</li>
 *   <li><b>Joining a party or a crowd</b> (session 13): «انضم/انضمام» with a party, a group, an organisation, the
 *       ranks, protesters or a legislature within {@link #JOIN_REACH} tokens after it in its clause («انضم إلى حزب
 *       الاتحاد الوطني», «انضموا إلى حزب الخير», «انضم يهود إسرائيليون إلى المتظاهرين», «وقبل انضمامه للكونغرس»,
 *       «والانضمام لتنظيم داعش») is a membership or a charge, no cooperation of states ({@link #joinsNoState}).</li>
 * </ol>
 */
final class NoEventReadings {
  /** Tokens between an attack word and the deployment noun it hit. */
  static final int TARGET_REACH = 4;

  /** Forms of «طالب» that can be a student (normalised, without clitics). */
  private static final Set<String> STUDENT_FORMS = Set.of("طالب", "طالبا");

  /** Counts before a noun of people (normalised). */
  private static final Set<String> COUNTS = Set.of("عشرات", "ميات", "الاف", "مييه", "ميه", "الف", "عده", "بضعه");

  /** Words of schooling after «طالب» (normalised). */
  private static final Set<String> SCHOOLING = Set.of("جامعي", "جامعيا", "الجامعي", "ثانوي", "ثانويه", "مدرسي",
      "بجامعه", "يدرس", "دكتوراه", "ماجستير", "الطب", "طب");

  /** Stems of fighting (normalised, without clitics and article). */
  private static final Set<String> FIGHT_FORMS = Set.of("قاتل", "يقاتل", "تقاتل", "يقاتلون", "قاتلوا", "يقاتلان",
      "قتال", "القتال", "للقتال", "بالقتال", "مقاتل", "مقاتلين", "مقاتلون", "المقاتلين", "المقاتلون");

  /** Words before «صفوف» or «جانب» that make the party after an ally (normalised). */
  private static final Set<String> RANKS_BEFORE = Set.of("في", "ضمن", "الي", "بين");

  /** «صفوف», «جانب» (normalised): the ranks or the side of someone. */
  private static final Set<String> RANKS = Set.of("صفوف", "جانب");

  /** Tokens after a request word in which its personal object may stand (over the subject). */
  static final int PERSONAL_REACH = 12;

  /** Objects of a personal application (normalised): divorce, asylum. */
  private static final Set<String> PERSONAL = Set.of("الطلاق", "اللجوء", "لجوء", "طلاق");

  /** Pronoun suffixes (normalised). */
  private static final Set<String> PRONOUNS = Set.of("ه", "ها", "هم", "هما", "نا", "هن");

  /** Stems of gathering and alert that name a deployment only with forces after them (normalised, no «ال»). */
  private static final Set<String> GATHERING = Set.of("حشد", "حشود", "حشودا", "حشدت", "حشدوا", "يحشد", "تحشد",
      "يحشدون", "استنفار", "استنفر", "استنفرت");

  /** Tokens after a word of gathering in which its forces are named («وحشدت القوات المشتركة قواتها المدربة»). */
  static final int FORCES_REACH = 6;

  /** Words of armed forces, ships and arms (normalised, without «ال», «و», «ب», «ل»). */
  private static final Set<String> FORCES = Set.of("قوات", "قواتها", "قواته", "جنود", "جندي", "عناصر", "عنصر",
      "مقاتلين", "مقاتلي", "مقاتلون", "تعزيزات", "تعزيزاتها", "جيش", "شرطه", "امن", "سفن", "سفينه", "فرقاطه",
      "بوارج", "دبابات", "اليات", "مدرعات", "طايرات", "ميليشيات", "مليشيات", "مسلحين", "عسكريه", "عسكري",
      "موالين", "مواليه", "مرتزقه", "كتايب");

  /** War nouns (normalised, without clitics and article). */
  private static final Set<String> WAR = Set.of("حرب", "حربا", "حروب");

  /** Words that class a war after its noun (normalised, without article). */
  private static final Set<String> WAR_KINDS = Set.of("اهليه", "عالميه", "بارده", "شوارع", "عصابات", "استنزاف",
      "الخليج", "الايام");

  /** Months that name a war («حرب تموز», «حرب أكتوبر»), normalised. */
  private static final Set<String> WAR_MONTHS = Set.of("تموز", "حزيران", "اكتوبر", "تشرين", "يونيو", "يوليو");

  /** Prepositions after a war's name that name a side of it (normalised). */
  private static final Set<String> WAR_SIDES = Set.of("علي", "ضد", "بين", "مع");

  /** Tokens after a war's name in which a preposition naming a side may stand. */
  static final int WAR_SIDE_REACH = 3;

  /** «وفاة», «وفيات» (normalised, without clitics and article): a death, violent or not. */
  private static final Set<String> DEATH = Set.of("وفاه", "وفيات", "وفاته", "وفاتها", "وفاتهم");

  /** Words of violence, wounds and custody that make a death in their sentence a violent one (normalised, no «ال»). */
  private static final Set<String> VIOLENCE = Set.of("اعتداء", "اعتداءات", "تعرض", "تعرضت", "تعرضه", "تعرضها",
      "تعرضوا", "رصاص", "رصاصه", "جروح", "جراح", "اصابه", "اصابته", "اصابتها", "اصابتهم", "اصابتهما", "سجون", "سجن",
      "سجنه", "سجونها", "احتجاز", "احتجازه", "احتجازها", "احتجازهم", "معتقلين", "معتقل", "موقوفين", "تعذيب",
      "انتهاكات", "غاز", "تسمم", "تسممت", "تسميم", "اغتيال", "جريمه", "شجار", "اشتباك", "ضرب", "طعن", "خنق",
      "هجوم", "تفجير", "انفجار", "قصف", "غاره", "غارات", "معارك", "مواجهات", "اشتباكات");

  /** Stem of «استدعى», «يستدعي», «استدعي» (normalised). */
  private static final String SUMMON = "ستدع";

  /** Tokens after a summons verb in which the envoy summoned is named. */
  static final int ENVOY_REACH = 8;

  /** Beginnings of envoy words (normalised, without clitics and article): «سفير», «سفراء», «القائم», «دبلوماسي». */
  private static final List<String> ENVOYS = List.of("سفير", "سفرا", "قايم", "دبلوماس", "ديبلوماس", "مبعوث", "قنصل");

  /** Words after «طرد» in which the fighters driven out are named. */
  static final int FIGHTERS_REACH = 4;

  /** Beginnings of words for fighters and armed groups (normalised, without clitics and article). */
  private static final List<String> FIGHTERS = List.of("مسلح", "ميليش", "مليش", "ميلش", "مقاتل", "متمرد", "جهادي",
      "ارهابي", "داعش", "حوثي", "عناصر", "تنظيم", "مرتزق");

  /** «من قبل»: the agent after a verbal noun (normalised). */
  private static final String BY = "من";
  private static final String AGENT = "قبل";
  private static final String ARTICLE = "ال";

  /** Beginnings of words for armed forces (normalised, without «و» and article): «قوات», «ألوية», «الجيش». */
  private static final List<String> FORCE_STEMS = List.of("قوات", "الويه", "لواء", "لوا", "جيش", "كتايب", "وحدات");

  /** The participle «صادر/صادرة» (issued), also a form of the verb «صادر» (confiscated), normalised. */
  private static final Set<String> ISSUED = Set.of("صادر", "صادره");

  /** Documents that are issued (normalised, without «و/ف», «ب/ل/في» and article): «بيان صادر», «قرار صادر». */
  private static final Set<String> DOCUMENTS = Set.of("بيان", "قرار", "تقرير", "حكم", "امر", "مرسوم", "تعميم",
      "كتاب", "بلاغ", "اعلان", "تصريح", "بيانا", "قرارا", "حكما", "امرا");

  /**
   * True when the trigger at {@code i} is «صادر/صادرة» right after a document noun (session 19, ev19c): «في بيان
   * صادر، الثلاثاء»: a statement issued, no confiscation.
   */
  static boolean issued(List<Token> tokens, int i, int from) {
    if (i <= from || !ISSUED.contains(tokens.get(i).norm())) {
      return false;
    }
    String d = Parts.stripConj(tokens.get(i - 1).norm());
    if (d.length() > 4 && (d.startsWith("ب") || d.startsWith("ل"))) {
      d = d.substring(1);
    }
    return DOCUMENTS.contains(Parts.stripArticle(d));
  }

  /** Threat nouns (normalised, without clitics and article). */
  private static final Set<String> THREAT_NOUNS = Set.of("تهديد", "تهديدات", "تهديدا");

  /** Words right before a threat noun that make it a danger in general (normalised, without «و» and article). */
  private static final Set<String> DANGER_BEFORE = Set.of("مواجهه", "لمواجهه", "بمواجهه", "ردع", "لردع", "محاربه",
      "لمحاربه", "مكافحه", "لمكافحه", "ضد", "اي", "كافه", "انواع", "مصدر", "لغه", "وسط", "امام", "للتغلب",
      // session 19 (ev19c): ending, facing, being and knowing a danger
      "انهاء", "لانهاء", "تواجه", "يواجه", "تواجهه", "نواجه", "واجهت", "واجه", "اصل", "تبقي", "يبقي", "تظل", "يظل",
      "يدرك", "تدرك", "ادراك");

  /**
   * Nouns that, before «على» or «مع», make a following threat noun a danger dealt with in general (normalised,
   * without «و» and article): «القضاء على تهديد الصواريخ», «التعامل مع التهديد الإيراني» (session 19, ev19c).
   */
  private static final Set<String> DANGER_PAIRS = Set.of("قضاء", "تعامل", "للقضاء", "للتعامل", "تغلب");

  /** Prepositions between a {@link #DANGER_PAIRS} noun and a threat noun (normalised): «على», «مع». */
  private static final Set<String> DANGER_PAIR_LINKS = Set.of("علي", "مع");

  /** Kinds after a threat noun that make it a danger in general (normalised, without article). */
  private static final Set<String> DANGER_KINDS = Set.of("ارهابي", "ارهابيه", "امنيه", "امني", "خارجيه", "خارجي",
      "مشتركه", "مشترك", "رييسي", "رييسيه", "اكبر", "حقيقي", "حقيقيه", "وجودي", "وجوديه");

  /** Verbs of constituting before a threat noun: «يشكل تهديدا» puts at risk, no threat is made (normalised). */
  private static final Set<String> CONSTITUTES = Set.of("يشكل", "تشكل", "شكل", "شكلت", "يشكلان", "تشكلان", "يشكلون",
      "يمثل", "تمثل", "مثلت", "باتت", "بات");

  /** Fillers between an endangering verb and its object (normalised). */
  private static final Set<String> ENDANGER_FILLERS = Set.of("حتي", "بدورها", "بدوره", "ايضا", "فعلا", "بالفعل");

  /**
   * Events and measures that, as the subject right after «يهدد/هددت», put something at risk; they threaten no one
   * (normalised, without article).
   */
  private static final Set<String> EVENT_SUBJECTS = Set.of("غارات", "ضربات", "هجمات", "حرب", "خطوه", "قرار",
      "ازمه", "تصعيد", "عقوبات", "اجراءات", "سياسه", "تفسيرات", "خلافات", "احتجاجات", "اضطرابات", "فيضانات",
      "عاصفه", "اعصار", "معارك", "اشتباكات", "توترات", "حرايق", "امطار", "ازمات", "تطورات", "انقسامات");

  /**
   * Mishaps a situation threatens to bring after «ب» (normalised, without article): rain, a flood, a collapse, a
   * worsening («يهدد بهطول أمطار», «تهدد بغمر الكهف», «يهدد بتفاقم أسوأ أزمة إنسانية») — no threat of force.
   */
  private static final Set<String> MISHAPS = Set.of("هطول", "غمر", "انهيار", "تفاقم");

  /** Goods put at risk by an endangering «يهدد» (normalised, without clitics and article). */
  private static final Set<String> ENDANGERED = Set.of("امن", "حياه", "ارواح", "استقرار", "سلامه", "حريه", "وجود",
      "تجاره", "ايتلاف",
      "وحده", "مستقبل", "بقاء", "ملاحه", "سلم", "سلام", "مسار", "مصير", "صحه", "سياده", "هطول", "امنها", "امنه",
      "استقرارها", "استقراره", "سلامتها", "سلامته", "وحدتها", "مستقبلها", "حياتهم", "ارواحهم");

  /** Words after a rejection verb within which its object is sought (over a subject and its apposition). */
  static final int DECLINE_REACH = 9;

  /** Objects of declining to speak (normalised): comment, disclosure, an answer. */
  private static final Set<String> SPEAKING = Set.of("التعليق", "التعقيب", "الادلاء", "الافصاح", "الكشف", "الرد",
      "الاجابه", "تعليق", "بالتعليق", "كشف");
  /**
   * Words after a rejection verb within which a definite comment is still its object (over a long subject: «رفض
   * حاكم ولاية فلوريدا ريك سكوت الذي وصف المجزرة بأنها "شر مطلق" التعليق»).
   */
  static final int LONG_DECLINE_REACH = 18;
  /** Definite comments that may stand far after the rejection verb (normalised). */
  private static final Set<String> DEFINITE_SPEAKING = Set.of("التعليق", "التعقيب");

  /** True when the rejection verb ending at {@code end} declines to comment or answer (the declining rule). */
  static boolean declinesToComment(List<Token> tokens, int end, int to) {
    for (int k = end; k < Math.min(to, end + LONG_DECLINE_REACH); k++) {
      Token t = tokens.get(k);
      if (k < end + DECLINE_REACH && t.norm().equals("ان") && k + 1 < to
          && COMMENT_VERBS.contains(tokens.get(k + 1).norm())) {
        return true; // «رفضت أن تعلق على»: «أن» opens the comment declined (session 15)
      }
      if (Clause.isBoundary(t) && !Asides.isComma(t)) {
        return false;
      }
      String n = Parts.stripConj(t.norm());
      if (k >= end + DECLINE_REACH && !(DEFINITE_SPEAKING.contains(n) && !Parts.PREPOSITIONS.contains(
          tokens.get(k - 1).norm()))) {
        continue; // further on only a definite comment as the object, not «في التعليق» (session 12)
      }
      if (SPEAKING.contains(n)) {
        return !n.equals("الرد") || questionAfter(tokens, k + 1, to);
      }
      if (k < end + DECLINE_REACH && declinedWord(tokens, k, to)) {
        return true; // «رفض الحديث عن تفاصيل», «رفضت أن تعلق», «رفض تأكيد حصول الضربات» (session 15)
      }
    }
    return false;
  }

  /** Talking, to be declined, when «عن/في/حول» follows (normalised); with «مع» it is a refusal of talks. */
  private static final Set<String> TALKING = Set.of("الحديث", "التحدث", "الخوض", "الكلام", "التصريح");
  /** What talking is about: «عن», «في», «حول», «بشان» (normalised). */
  private static final Set<String> ABOUT = Set.of("عن", "في", "حول", "بشان");
  /** Commenting verbs after «أن» (normalised): «رفضت أن تعلق». */
  private static final Set<String> COMMENT_VERBS = Set.of("تعلق", "يعلق", "يعلقوا", "نعلق");
  /** Confirming (normalised), declined when what is not confirmed follows as a fact or a question. */
  private static final Set<String> CONFIRMING = Set.of("تاكيد", "التاكيد", "تاكيده");
  /** Words after «تأكيد» that make it a fact or a question left unconfirmed («تأكيد حصول», «تأكيد ما إذا»). */
  private static final Set<String> UNCONFIRMED = Set.of("حصول", "وجود", "صحه", "هويه", "عدد", "التقارير",
      "الانباء", "المعلومات", "او", "اذا");

  /**
   * True when the word at {@code k}, after a rejection verb, is talking about something («الحديث عن تفاصيل») or
   * confirming a fact or a question («تأكيد حصول الضربات», «تأكيد ما
   * إذا», «تأكيد أو نفي»), or offering a comment or answer (session 18: «تقديم رد رسمي», «إعطاء أي تعليق»): the
   * speaker declines to speak, he rejects nothing (session 15). «رفضوا التحدث مع
   * الحكومة» (a refusal of talks) and «رفضت تأكيد ما أسمتها مزاعم» stay rejections.
   */
  private static boolean declinedWord(List<Token> tokens, int k, int to) {
    String n = Parts.stripConj(tokens.get(k).norm());
    String next = k + 1 < to ? tokens.get(k + 1).norm() : "";
    if (TALKING.contains(n)) {
      return ABOUT.contains(next);
    }
    if (CONFIRMING.contains(n)) {
      return UNCONFIRMED.contains(next) || next.equals("ما") && k + 2 < to && tokens.get(k + 2).norm().equals("اذا");
    }
    if (OFFERING.contains(n)) {
      String after = next.equals("اي") && k + 2 < to ? tokens.get(k + 2).norm() : next;
      return GIVEN_COMMENT.contains(after); // «رفضت الوزارة تقديم رد رسمي», «رفض إعطاء أي تعليق» (session 18)
    }
    return false;
  }

  /** Offering, declined when a comment or an answer follows (normalised): «تقديم رد», «إعطاء تعليق». */
  private static final Set<String> OFFERING = Set.of("تقديم", "اعطاء", "تقديمه", "اصدار");
  /** A comment or an answer offered (normalised), maybe after «أي»; not «تنازلات» (a concession refused). */
  private static final Set<String> GIVEN_COMMENT = Set.of("رد", "ردا", "تعليق", "تعليقا", "تفسير", "تفسيرا",
      "ايضاح", "ايضاحات", "توضيح", "توضيحات");

  /** Tokens after «الرد على» within which a question is sought («الرد على العديد من الأسئلة»). */
  private static final int QUESTION_REACH = 4;

  /** True when «على» at {@code k} is followed within {@link #QUESTION_REACH} tokens by a question. */
  private static boolean questionAfter(List<Token> tokens, int k, int to) {
    if (k >= to || !tokens.get(k).norm().equals("علي")) {
      return false;
    }
    for (int j = k + 1; j < Math.min(to, k + 1 + QUESTION_REACH); j++) {
      if (tokens.get(j).norm().matches("سوال|اسيله|الاسيله|السوال|سوالا")) {
        return true;
      }
    }
    return false;
  }

  /** Beginnings of verbs of paying (normalised, without «و/ف»), before «ثمن» (a price). */
  private static final List<String> PAYING = List.of("دفع", "يدفع", "تدفع", "سيدفع", "ستدفع", "ندفع", "سدد", "يسدد",
      "تسدد", "دقع");

  /** True when «ثمن» at {@code i} is a price (the price rule), not praise. */
  static boolean pricePaid(List<Token> tokens, int i, int from, int to) {
    if (!Parts.stripConj(tokens.get(i).norm()).equals("ثمن")) {
      return false;
    }
    if (i + 1 < to && tokens.get(i + 1).norm().equals("النهايي")) {
      return true; // «ثمن النهائي»: the round of sixteen
    }
    if (i - 1 < from) {
      return false;
    }
    String before = Parts.stripConj(tokens.get(i - 1).norm());
    return PAYING.stream().anyMatch(before::startsWith);
  }

  /** «بشكل», «بصورة» (normalised): «قاطع» after them is an adverb of manner, categorically. */
  private static final Set<String> MANNER = Set.of("بشكل", "بصوره");

  /** «مدينة», «منطقة» (normalised): «قاطع» before them is a district. */
  private static final Set<String> DISTRICT_OF = Set.of("مدينه", "منطقه");

  /** True when the boycott word at {@code i} is the adjective «قاطع» or a district (the categorical rule). */
  static boolean categorical(List<Token> tokens, int i, int from, int to) {
    String n = tokens.get(i).norm();
    String prev = i > from ? tokens.get(i - 1).norm() : "";
    String next = i + 1 < to ? tokens.get(i + 1).norm() : "";
    return n.equals("قاطعا") && prev.length() > 2 && prev.endsWith("ا") && !Clause.isBoundary(tokens.get(i - 1))
        || (n.equals("قاطع") || n.equals("قاطعه")) && MANNER.contains(prev)
        || n.equals("القاطع") || n.equals("القاطعه")
        || n.equals("قاطع") && DISTRICT_OF.contains(next);
  }

  /** Verbal nouns of aim or effect after «يستهدف» (normalised, without article): it then means «aims at». */
  private static final Set<String> AIMS = Set.of("ضمان", "تجفيف", "احتواء", "زرع", "رد", "تعزيز", "تحقيق", "حد",
      "تقليص", "خفض", "زياده", "تطوير", "تحسين", "حمايه", "تقويض", "اضعاف", "تغيير", "اعاده", "جذب", "توفير",
      "ايجاد", "كسب", "تشويه", "احراج", "تعطيل", "عرقله", "افشال", "تسهيل", "تشجيع", "بناء", "اقامه", "زعزعه", "خلق",
      "استقطاب", "رفع", "تنفيذ", "تقديم", "تحويل", "الغاء", "انهاء", "منع", "وقف", "دعم", "تامين", "استعاده",
      "تخفيف", "ترسيخ", "توسيع", "تنشيط", "تشديد", "مكافحه", "محاربه",
      "ارتقاء", "ضغط", "اثاره", "جر", "تاهيل"); // the last five: session 13

  /** True when the targeting verb at {@code i}, ending at {@code end}, means «aims at» (the aims rule). */
  static boolean aimsAt(List<Token> tokens, int i, int end, int to) {
    String v = Parts.stripConj(tokens.get(i).norm());
    return end < to && end == i + 1 && (v.equals("استهدف") || v.equals("استهدفت") || v.equals("يستهدف")
        || v.equals("تستهدف") || v.equals("تستهدفان") || v.equals("يستهدفان") || v.equals("يستهدفون"))
        && AIMS.contains(Parts.stripArticle(Parts.stripConj(tokens.get(end).norm())));
  }

  /** Ranks and seats that «احتل» takes in a ranking (normalised, without article). */
  private static final Set<String> RANKS_TAKEN = Set.of("صداره", "مرتبه", "مركز", "مقعد", "مقاعد", "مقدمه", "قمه");

  /** True when the occupation verb at {@code i}, ending at {@code end}, takes a rank (the ranks rule). */
  static boolean takesRank(List<Token> tokens, int i, int end, int to) {
    if (!Parts.stripConj(tokens.get(i).norm()).contains("حتل")) {
      return false;
    }
    for (int k = end; k < Math.min(to, end + DECLINE_REACH); k++) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t) && !Asides.isComma(t)) {
        return false;
      }
      if (RANKS_TAKEN.contains(Parts.stripArticle(Parts.stripConj(t.norm())))) {
        return true;
      }
    }
    return false;
  }

  /** Responsibility nouns (normalised, without clitics and article). */
  private static final Set<String> RESPONSIBILITY = Set.of("مسووليه");

  /** Tokens before a responsibility noun in which the claiming verb stands (over the claimant's name). */
  static final int CLAIM_REACH = 5;

  /** Beginnings of verbs and nouns of announcing and adopting (normalised, without «و/ف»). */
  private static final List<String> CLAIMING = List.of("اعلن", "يعلن", "تعلن", "نعلن", "تبني", "تبنت", "يتبني", "تتبني",
      "اعلان");

  /** Injury verbs that can take a feeling (normalised, without «و/ف»). */
  private static final Set<String> STRUCK = Set.of("اصيب", "اصيبوا", "اصيبت", "اصيبا", "يصاب", "يصابون", "تصاب",
      "اصابته", "اصابتها", "اصابتهم");

  /** Feelings after «أصيب بـ» (normalised, without «ب» and article). */
  private static final Set<String> FEELINGS = Set.of("ذهول", "صدمه", "خيبه", "احباط", "دهشه", "ذعر", "هلع", "اكتياب",
      "حزن", "خوف", "قلق", "يياس", "غضب", "حيره", "فزع");

  /**
   * Illnesses after «أصيب بـ» (normalised, without «ب» and article; session 18): «أصيب بعدوى انتشرت في الدم»,
   * «إصابته بمرض السرطان», «أصيب بنوبة قلبية» — a sickness, no wound.
   */
  private static final Set<String> ILLNESSES = Set.of("عدوي", "مرض", "امراض", "سرطان", "فيروس", "جلطه", "نوبه",
      "ازمه", "التهاب", "انفلونزا", "الانفلونزا", "كوليرا", "حصبه", "ملاريا", "داء", "حمي", "سكته", "ورم");

  /** Tokens after a killing verb in which its reflexive object stands (over the subject and a count). */
  static final int SELF_REACH = 5;

  /** Reflexive objects (normalised, without «و»). */
  private static final Set<String> SELF = Set.of("نفسه", "نفسها", "انفسهم", "نفسهم", "انفسهن");

  /** Killing and shooting verbs that a reflexive object makes a suicide (normalised, without «و/ف»). */
  private static final Set<String> SELF_KILLING = Set.of("قتل", "يقتل", "تقتل", "يقتلون", "قتلت", "قتلوا", "اطلق",
      "اطلقت", "يطلق", "تطلق");

  private NoEventReadings() {
  }

  /** Forms of the verb «عقد» (hold a meeting), normalised, without «و/ف», with and without an object pronoun. */
  private static final Set<String> HOLD = Set.of("عقد", "عقدت", "يعقد", "تعقد", "عقدوا", "يعقدون", "عقده", "عقدته",
      "عقدتها", "عقدها", "تعقده", "يعقده", "تعقدها", "يعقدها");
  /** Words before «عقد» that make holding a meeting what is asked for («إلى عقد اجتماع طارئ»), normalised. */
  private static final Set<String> CALL = Set.of("الي");
  /** Tokens before a meeting word within which «عقد» holds it (its subject may stand between). */
  static final int HOLD_REACH = 5;

  /** True when the meeting request at {@code i} (ending at {@code end}) is held, not requested (rule 14). */
  static boolean meetingHeld(List<Token> tokens, int i, int end, int from, int to) {
    if (end < to && Parts.inSet(HOLD, tokens.get(end).norm())) {
      return true;
    }
    for (int k = i - 1; k >= Math.max(from, i - HOLD_REACH); k--) {
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      if (Parts.inSet(HOLD, tokens.get(k).norm())) {
        return k == from || !CALL.contains(tokens.get(k - 1).norm()); // «دعوة ... إلى عقد اجتماع طارئ»: requested
      }
    }
    return false;
  }

  /** Tokens before a meeting word within which a word of calling for it is sought (a subject may stand between). */
  static final int CALL_REACH = 6;
  /** Words of calling for or asking (normalised, without «و/ف»), that make a meeting noun after them a request. */
  private static final Set<String> CALLING = Set.of("دعا", "دعت", "دعوا", "يدعو", "تدعو", "ندعو", "دعوه", "دعوتها",
      "دعوته", "الدعوه", "طلب", "طلبت", "طلبا", "يطلب", "تطلب", "طلبه", "طالب", "طالبت", "يطالب", "تطالب", "مطالبه",
      "طالبوا", "دعوات");
  /** «عقد» with «ل/ب» (to hold), normalised, what is asked for when right before a meeting noun. */
  private static final Set<String> TO_HOLD = Set.of("لعقد", "بعقد");
  /** Words before «عقد» that make holding a meeting a purpose or a call («إلى عقد», «من أجل عقد»), normalised. */
  private static final Set<String> TOWARDS = Set.of("الي", "اجل");

  /** True when the meeting request at {@code i} is called for by a word before it (the meeting-called-for rule). */
  static boolean meetingCalledFor(List<Token> tokens, int i, int from) {
    for (int k = i - 1; k >= Math.max(from, i - CALL_REACH); k--) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t) && !Asides.isComma(t)) {
        return false;
      }
      String n = Parts.stripConj(t.norm());
      if (CALLING.contains(n) || TO_HOLD.contains(n)
          || n.equals("عقد") && k > from && TOWARDS.contains(tokens.get(k - 1).norm())) {
        return true;
      }
    }
    return false;
  }

  /** True when the killing verb at {@code i} (ending at {@code end}) has a reflexive object (rule 13). */
  static boolean killsOneself(List<Token> tokens, int i, int end, int to) {
    if (!Parts.inSet(SELF_KILLING, tokens.get(i).norm())) {
      return false;
    }
    for (int k = end; k < Math.min(to, end + SELF_REACH); k++) {
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      if (Parts.inSet(SELF, tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** True when the injury verb at {@code i} (ending at {@code end}) is followed by «بـ» and a feeling (rule 12). */
  static boolean struckByFeeling(List<Token> tokens, int i, int end, int to) {
    if (end >= to || !Parts.inSet(STRUCK, tokens.get(i).norm())) {
      return false;
    }
    for (int k = end; k < Math.min(to, end + STRUCK_REACH); k++) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t)) {
        return false;
      }
      String n = t.norm();
      if (n.length() > 2 && n.startsWith("ب")) {
        String w = Parts.stripArticle(n.substring(1));
        return FEELINGS.contains(w) || ILLNESSES.contains(w); // the first «بـ» word: a feeling, an illness or a wound
      }
    }
    return false;
  }

  /** Tokens after an injury verb in which its «بـ» word is sought, over a subject («أصيب الرئيس السابق بنوبة»). */
  static final int STRUCK_REACH = 4;

  /** True when the responsibility noun at {@code i} is claimed by a verb of announcing before it (rule 11). */
  static boolean claimedResponsibility(List<Token> tokens, int i, int from) {
    if (!RESPONSIBILITY.contains(Parts.stripArticle(Parts.stripConj(tokens.get(i).norm())))) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(from, i - CLAIM_REACH); k--) {
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      String n = Parts.stripConj(tokens.get(k).norm());
      for (String c : CLAIMING) {
        if (n.startsWith(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the threat noun at {@code i} (ending at {@code end}) is a danger in general (rule 10). */
  static boolean dangerInGeneral(List<Token> tokens, int i, int end, int from, int to) {
    String w = Parts.stripArticle(Parts.stripConj(tokens.get(i).norm()));
    if (!THREAT_NOUNS.contains(w) && !(w.length() > 3 && (w.startsWith("ب") || w.startsWith("ل"))
        && THREAT_NOUNS.contains(Parts.stripArticle(w.substring(1))))) {
      return false;
    }
    if (i > from && DANGER_BEFORE.contains(Parts.stripArticle(Parts.stripConj(tokens.get(i - 1).norm())))) {
      return true;
    }
    if (i - 1 > from && DANGER_PAIR_LINKS.contains(tokens.get(i - 1).norm())
        && DANGER_PAIRS.contains(Parts.stripArticle(Parts.stripConj(tokens.get(i - 2).norm())))) {
      return true; // «القضاء على تهديد الصواريخ», «التعامل مع التهديد الإيراني» (session 19)
    }
    return end < to && DANGER_KINDS.contains(Parts.stripArticle(tokens.get(end).norm()));
  }

  /**
   * True when the «هدد» word at {@code i} (ending at {@code end}) puts a good at risk rather than threatening force
   * (the endangering rule): its object is an {@link #ENDANGERED} good, or the noun follows a verb of constituting.
   */
  static boolean endangers(List<Token> tokens, int i, int end, int from, int to) {
    String w = Parts.stripArticle(Parts.stripConj(tokens.get(i).norm()));
    if (!w.contains("هدد") && !w.contains("تهديد")) {
      return false;
    }
    if (w.contains("تهديد") && i > from && Parts.inSet(CONSTITUTES, tokens.get(i - 1).norm())) {
      return true;
    }
    int k = end;
    while (k < to && ENDANGER_FILLERS.contains(tokens.get(k).norm())) {
      k++;
    }
    if (k >= to) {
      return false;
    }
    String o = Parts.stripArticle(Parts.stripConj(tokens.get(k).norm()));
    if (!w.contains("تهديد") && tokens.get(k).norm().startsWith("ال") && EVENT_SUBJECTS.contains(o)) {
      return true; // «هددت الغارات بتصعيد المواجهة», «وتهدد الخطوة الأميركية بحرمان»: an event or measure as subject
    }
    if (ENDANGERED.contains(o) || ENDANGERED.contains(Parts.stripArticle(tokens.get(k).norm()))) {
      return true; // «تهدد بقاء نتنياهو», «يهدد وحدة البلاد»: no «ب» + «قاء», no «و» + «حدة» (session 12)
    }
    if (o.startsWith("ب") && o.length() > 3) {
      o = Parts.stripArticle(o.substring(1)); // «يهدد بهطول أمطار»
      return MISHAPS.contains(o);
    }
    if (o.startsWith("ل") && o.length() > 3) {
      o = Parts.stripArticle(o.substring(1)); // «تهديد للأمن الإقليمي»
    }
    return ENDANGERED.contains(o);
  }

  /** True when the expulsion word at {@code i} (ending at {@code end}) drives out fighters (rule 9). */
  static boolean fightersDrivenOut(List<Token> tokens, int end, int to) {
    String verb = tokens.get(end - 1).norm();
    if (verb.endsWith("هم") && end - 2 >= 0 && (fighters(tokens.get(end - 2))
        || end - 3 >= 0 && adjective(tokens.get(end - 2)) && fighters(tokens.get(end - 3)))) {
      return true; // «مقاتلون إسلاميون طردتهم قوات حفتر من بنغازي»: the pronoun is the fighters before it (session 10)
    }
    if (drivenOutByForces(tokens, end, to)) {
      return true; // «بعد طردهم منها من قبل ألوية العمالقة»: a place taken back by armed forces (session 11)
    }
    for (int k = end; k < Math.min(to, end + FIGHTERS_REACH); k++) {
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      if (fighters(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the expulsion word ending at {@code end} carries an object pronoun and «من قبل» within
   * {@link #FIGHTERS_REACH} tokens after it names armed forces or fighters as the ones who drove them out
   * («بعد طردهم منها من قبل ألوية العمالقة»): fighting over a place, no expulsion of envoys or foreigners.
   */
  private static boolean drivenOutByForces(List<Token> tokens, int end, int to) {
    String verb = Parts.stripConj(tokens.get(end - 1).norm());
    if (!verb.endsWith("هم") && !verb.endsWith("ها") && !verb.endsWith("ه")) {
      return false;
    }
    for (int k = end; k + 2 < to && k < end + FIGHTERS_REACH; k++) {
      if (Clause.isBoundary(tokens.get(k))) {
        return false;
      }
      if (BY.equals(tokens.get(k).norm()) && AGENT.equals(tokens.get(k + 1).norm())) {
        Token agent = tokens.get(k + 2);
        return fighters(agent) || forces(agent);
      }
    }
    return false;
  }

  /** True when the token names armed forces ({@link #FORCE_STEMS}, with «و» or the article). */
  private static boolean forces(Token t) {
    String n = Parts.stripConj(t.norm());
    for (String f : FORCE_STEMS) {
      if (n.startsWith(f) || n.startsWith(ARTICLE + f)) {
        return true;
      }
    }
    return false;
  }

  /** True when the token names fighters ({@link #FIGHTERS}). */
  private static boolean fighters(Token t) {
    String n = Parts.stripArticle(Parts.stripConj(t.norm()));
    for (String f : FIGHTERS) {
      if (n.startsWith(f)) {
        return true;
      }
    }
    return false;
  }

  /** True for a plural adjective in «-يون/-يين» («إسلاميون», «المتشددين»). */
  private static boolean adjective(Token t) {
    String n = t.norm();
    return n.length() > 4 && (n.endsWith("يون") || n.endsWith("يين"));
  }

  /** True when the summons verb at {@code i} (ending at {@code end}) summons no envoy (rule 8). */
  static boolean summonsOfNoEnvoy(List<Token> tokens, int i, int end, int to) {
    return tokens.get(i).norm().contains(SUMMON) && noEnvoyAfter(tokens, end, to);
  }

  /**
   * True when no word of an envoy stands within {@link #ENVOY_REACH} tokens from {@code end} (over commas and
   * asides): the act names no diplomat (session 11: also for expulsions in sport news, «طردتها كرواتيا من كأس
   * العالم», while «طرد السفير الكندي ... وتجميد العلاقات التجارية» stays an expulsion).
   */
  static boolean noEnvoyAfter(List<Token> tokens, int end, int to) {
    for (int k = end; k < Math.min(to, end + ENVOY_REACH); k++) {
      String n = Parts.stripArticle(Parts.stripConj(tokens.get(k).norm())); // over commas and asides
      for (String e : ENVOYS) {
        if (n.startsWith(e) || n.length() > 1 && n.startsWith("ل") && Parts.stripArticle(n.substring(1)).startsWith(e)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The matches without a death word when its sentence ({@code from} to {@code to}) names no violence: no other
   * ASSAULT match and no {@code VIOLENCE} word (rule 7).
   */
  static List<TriggerLexicon.Match> withoutNaturalDeaths(List<Token> tokens, List<TriggerLexicon.Match> ms, int from,
                                                         int to) {
    List<TriggerLexicon.Match> deaths = new ArrayList<>();
    for (TriggerLexicon.Match m : ms) {
      if (m.entry().type().equals("ASSAULT")) {
        if (!DEATH.contains(bare(tokens.get(m.first()).norm()))) {
          return ms;
        }
        deaths.add(m);
      }
    }
    if (deaths.isEmpty()) {
      return ms;
    }
    for (int k = from; k < to; k++) {
      if (tokens.get(k).kind() == Token.Kind.WORD && VIOLENCE.contains(bare(tokens.get(k).norm()))) {
        return ms;
      }
    }
    List<TriggerLexicon.Match> out = new ArrayList<>(ms);
    out.removeAll(deaths);
    return out;
  }

  /** A word without «و/ف», article and a leading «ب/ل» («بوفاة», «لوفاة», «بالرصاص»). */
  private static String bare(String norm) {
    String whole = Parts.stripArticle(norm);
    if (DEATH.contains(whole) || VIOLENCE.contains(whole)) {
      return whole; // «وفاة» starts with the letter of «و»
    }
    String n = Parts.stripArticle(Parts.stripConj(norm));
    if (n.length() > 3 && (n.startsWith("ب") || n.startsWith("ل"))) {
      String r = Parts.stripArticle(n.substring(1));
      if (DEATH.contains(r) || VIOLENCE.contains(r)) {
        return r;
      }
    }
    return n;
  }

  /** True when the war noun at {@code i} (ending at {@code end}) is followed by the war's name (rule 6). */
  static boolean namedWar(List<Token> tokens, int i, int end, int to, List<Part> ps) {
    String w = Parts.stripArticle(Parts.stripConj(tokens.get(i).norm()));
    if (!WAR.contains(w) && !(w.length() > 3 && (w.startsWith("ب") || w.startsWith("ل"))
        && WAR.contains(Parts.stripArticle(w.substring(1))))) {
      return false;
    }
    if (end >= to) {
      return false;
    }
    Token next = tokens.get(end);
    int after = end + 1;
    boolean named;
    if (next.kind() == Token.Kind.NUMBER) {
      named = next.norm().length() == 4 && (next.norm().startsWith("19") || next.norm().startsWith("20"));
    } else if (WAR_KINDS.contains(Parts.stripArticle(next.norm())) || WAR_MONTHS.contains(next.norm())) {
      named = true;
    } else {
      Part p = RoleFinder.partAt(ps, end);
      named = p != null && (p.nisba() || p.place() && !tokens.get(i).norm().contains("ال"));
      if (p != null) {
        after = p.end();
      }
    }
    if (!named) {
      return false;
    }
    for (int k = after; k < Math.min(to, after + WAR_SIDE_REACH); k++) {
      if (Clause.isBoundary(tokens.get(k))) {
        break;
      }
      if (WAR_SIDES.contains(tokens.get(k).norm())) {
        return false;
      }
    }
    return true;
  }

  /** True when the word of gathering at {@code i} (ending at {@code end}) names no forces after it (rule 5). */
  static boolean crowd(List<Token> tokens, int i, int end, int to) {
    if (!GATHERING.contains(Parts.stripArticle(Parts.stripConj(tokens.get(i).norm())))) {
      return false;
    }
    for (int k = end; k < Math.min(to, end + FORCES_REACH); k++) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t)) {
        return true;
      }
      String n = Parts.stripArticle(Parts.stripConj(t.norm()));
      if (FORCES.contains(n) || n.startsWith("لل") && FORCES.contains(n.substring(2))
          || (n.startsWith("ب") || n.startsWith("ل")) && FORCES.contains(Parts.stripArticle(n.substring(1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The matches without deployment nouns hit by an attack word before them in their clause (rule 1).
   */
  static List<TriggerLexicon.Match> withoutTargetedDeployments(List<Token> tokens, List<TriggerLexicon.Match> ms) {
    List<TriggerLexicon.Match> out = new ArrayList<>(ms.size());
    for (TriggerLexicon.Match m : ms) {
      if (!targeted(tokens, ms, m)) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean targeted(List<Token> tokens, List<TriggerLexicon.Match> ms, TriggerLexicon.Match m) {
    if (!m.entry().type().equals("MOBILIZE") || m.entry().verb()) {
      return false;
    }
    for (TriggerLexicon.Match o : ms) {
      if (o.entry().type().equals("ASSAULT") && o.end() <= m.first() && m.first() - o.end() <= TARGET_REACH
          && !Clause.between(tokens, o.end(), m.first())) {
        return true;
      }
    }
    return false;
  }

  /** True when the fighting word at {@code i} (ending at {@code end}) names the side fought on (rule 3). */
  static boolean fightsInRanks(List<Token> tokens, int i, int end, int to) {
    if (!Parts.inSet(FIGHT_FORMS, tokens.get(i).norm())) {
      return false;
    }
    if (end < to && ranks(Parts.stripConj(tokens.get(end).norm()))) {
      return true; // «بجانب»: stripped of «ب»
    }
    return end + 1 < to && RANKS_BEFORE.contains(tokens.get(end).norm()) && ranks(tokens.get(end + 1).norm());
  }

  /** True for «صفوف» or «جانب», maybe with a pronoun («صفوفها», «جانبهم»). */
  private static boolean ranks(String n) {
    for (String r : RANKS) {
      if (n.equals(r) || n.startsWith(r) && PRONOUNS.contains(n.substring(r.length()))) {
        return true;
      }
    }
    return false;
  }

  /** True when the request word ending at {@code end} asks for divorce or asylum (rule 4). */
  static boolean personalRequest(List<Token> tokens, int end, int to) {
    for (int k = end; k < Math.min(to, end + PERSONAL_REACH); k++) {
      if (Clause.isBoundary(tokens.get(k)) && !tokens.get(k).norm().equals(",") && !tokens.get(k).norm().equals("،")) {
        return false; // over the commas around an apposition («طلبت فانيسا، زوجة ...، الطلاق»)
      }
      if (PERSONAL.contains(tokens.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Tokens after a request word within which a word of keeping back, and after it a name, are sought. */
  static final int ANONYMITY_REACH = 4;
  /** Words of keeping something back (normalised, without «و/ف»): «عدم», «سرية», «إخفاء», «حجب». */
  private static final Set<String> KEEPING_BACK = Set.of("عدم", "سريه", "اخفاء", "حجب");
  /** Beginnings of a name or an identity with a pronoun (normalised): «اسمه», «أسمائهم», «هويته», «هويتيهما». */
  private static final List<String> NAME_STEMS = List.of("اسم", "هويت");

  /** True when the request word ending at {@code end} asks that its speaker not be named (the anonymity rule). */
  static boolean asksAnonymity(List<Token> tokens, int end, int to) {
    for (int k = end; k < Math.min(to, end + ANONYMITY_REACH); k++) {
      if (!Parts.inSet(KEEPING_BACK, tokens.get(k).norm())) {
        continue;
      }
      for (int j = k + 1; j < Math.min(to, k + 1 + ANONYMITY_REACH); j++) {
        String n = tokens.get(j).norm();
        if (n.length() > 3 && NAME_STEMS.stream().anyMatch(n::startsWith)) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /** Forms of «وفى» (to fulfil), normalised, without «و/ف»; «نفي» is also the noun of denial. */
  private static final Set<String> FULFIL = Set.of("نفي", "يفي", "تفي", "يفون", "وفي", "وفت");
  /** Beginnings of commitments fulfilled, after «ب» (normalised): a commitment, a promise, a pledge, a covenant. */
  private static final List<String> COMMITMENTS = List.of("بالتزام", "بالتزامات", "بوعد", "بوعود", "بتعهد", "بعهد",
      "بالعهد", "بالوعد", "بالوعود", "بتعهدات", "بالتعهدات", "بالتعهد", "بالتزاماته", "بالتزاماتنا", "بالتزاماتها");

  /** True when the denial word at {@code i} is «وفى» (to fulfil) before a commitment (the commitments rule). */
  static boolean fulfils(List<Token> tokens, int i, int to) {
    String w = tokens.get(i).norm();
    if (!Parts.inSet(FULFIL, w) || i + 1 >= to) {
      return false;
    }
    String next = tokens.get(i + 1).norm();
    return COMMITMENTS.stream().anyMatch(next::startsWith);
  }

  /** True when the «طالب» at {@code i} is a student (rule 2). */
  static boolean student(List<Token> tokens, int i, int from, int to) {
    if (!Parts.inSet(STUDENT_FORMS, tokens.get(i).norm())) {
      return false;
    }
    if (i > from) {
      Token before = tokens.get(i - 1);
      if (before.kind() == Token.Kind.NUMBER || Parts.inSet(COUNTS, before.norm())) {
        return true;
      }
    }
    return i + 1 < to && SCHOOLING.contains(tokens.get(i + 1).norm());
  }

  /** Words after «على» that make it a span of time or a ground, not the one sentenced (normalised). */
  private static final Set<String> NO_CONVICT = Set.of("مدي", "مدار", "امتداد", "ان", "اساس");

  /**
   * True when the first «على» after sentencing word {@code first} («حكم * على»), within {@link TriggerLexicon#MAX_GAP}
   * words and its clause, is followed by a word of a span of time or a ground ({@link #NO_CONVICT}): «حكم روسيا
   * بالفعل على مدى», «في حكمها، تأسيسا على أن».
   */
  static boolean ruledNoSentence(List<Token> tokens, int first, int to) {
    for (int k = first + 1; k < Math.min(to - 1, first + 2 + TriggerLexicon.MAX_GAP); k++) {
      String n = tokens.get(k).norm();
      if (n.equals("علي")) {
        return NO_CONVICT.contains(tokens.get(k + 1).norm());
      }
      if (Clause.isBoundary(tokens.get(k)) && !Asides.isComma(tokens.get(k))) {
        return false;
      }
    }
    return false;
  }

  /** Words of joining (normalised, without «و/ف», «لـ/الـ»), as prefixes: «انضم», «انضمت», «انضمام», «انضمامه». */
  private static final String JOIN = "انضم";
  /**
   * What one joins that is no state («حزب», «جماعة», «تنظيم», «صفوف», «جبهة» of factions, protesters, a
   * legislature), normalised.
   */
  private static final Set<String> JOINED = Set.of("حزب", "جماعه", "تنظيم", "صفوف", "متظاهرين", "محتجين",
      "مظاهرات", "احتجاجات", "كونغرس", "الكونغرس", "حركه", "جبهه");
  /** Tokens after a word of joining within which what is joined is sought. */
  static final int JOIN_REACH = 6;

  /**
   * True when COOPERATE word {@code m} is a joining («انضم», «الانضمام») of a party, group, organisation, ranks,
   * protesters or legislature named within {@link #JOIN_REACH} tokens after it in its clause (session 13).
   */
  static boolean joinsNoState(List<Token> tokens, TriggerLexicon.Match m, int to) {
    String w = Parts.stripConj(tokens.get(m.first()).norm());
    if (w.startsWith("ال")) {
      w = w.substring(2);
    } else if (w.startsWith("ل")) {
      w = w.substring(1);
    }
    if (!w.startsWith(JOIN)) {
      return false;
    }
    for (int k = m.end(); k < Math.min(to, m.end() + JOIN_REACH); k++) {
      Token t = tokens.get(k);
      if (Clause.isBoundary(t)) {
        return false;
      }
      String n = t.norm();
      String bare = n.startsWith("لل") ? n.substring(2) : n.startsWith("ال") ? n.substring(2)
          : n.startsWith("ل") ? n.substring(1) : n;
      if (JOINED.contains(n) || JOINED.contains(bare)) {
        return true;
      }
    }
    return false;
  }

  /** The noun «دعوة» (normalised, without «و/ف», «بـ/لـ»). */
  private static final Set<String> INVITATIONS = Set.of("دعوه", "الدعوه", "بدعوه", "لدعوه", "دعوات");
  /** Meals (normalised, without article or preposition). */
  private static final Set<String> MEALS = Set.of("غداء", "عشاء", "افطار", "مادبه", "سحور");

  /**
   * True when request word {@code m} is «دعوة» right before a meal, maybe after «على/إلى» or with «لـ/الـ» («دعوة
   * غداء», «دعوة على العشاء», «دعوة للعشاء»): an invitation, no demand.
   */
  static boolean mealInvitation(List<Token> tokens, TriggerLexicon.Match m, int to) {
    if (!INVITATIONS.contains(Parts.stripConj(tokens.get(m.first()).norm())) || m.end() >= to) {
      return false;
    }
    int k = m.end();
    String n = tokens.get(k).norm();
    if ((n.equals("علي") || n.equals("الي")) && k + 1 < to) {
      n = tokens.get(k + 1).norm();
    }
    if (n.startsWith("لل")) {
      n = n.substring(2);
    } else if (n.startsWith("ال")) {
      n = n.substring(2);
    } else if (n.startsWith("ل") && MEALS.contains(n.substring(1))) {
      n = n.substring(1);
    }
    return MEALS.contains(n);
  }
}
