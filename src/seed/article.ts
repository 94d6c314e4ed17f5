/**
 * The society's source article (shared/seeds/000_fe5ed1769436835f.txt), kept in the project as
 * seed data: the Arabic original paragraph by paragraph, with faithful Azerbaijani and English
 * translations. The article has no headline of its own; the titles below summarize its first
 * paragraphs and add no fact. Nothing here goes beyond what the article says.
 */
import type { Localized } from '../i18n'

export type ArticleParagraph = Localized

export const articleTitle: Localized = {
  ar: 'جمعية الصداقة المصرية الأذربيجانية تواصل تقديم خدماتها وأنشطتها بالمجان وتعليم اللغة الأذربيجانية',
  az: 'Misir-Azərbaycan Dostluq Cəmiyyəti pulsuz xidmət və fəaliyyətlərini, Azərbaycan dilinin tədrisini davam etdirir',
  en: 'The Egyptian-Azerbaijani Friendship Society continues its free services and activities, including Azerbaijani language teaching',
}

export const articleExcerpt: Localized = {
  ar: 'تقدم جمعية الصداقة المصرية الأذربيجانية، برئاسة الدكتور سيمور نصيروف، خدمات وأنشطة متنوعة بالمجان، منها كورسات لتعليم اللغة الأذربيجانية على يد أساتذة من أبناء جمهورية أذربيجان.',
  az: 'Dr. Seymur Nəsirovun rəhbərlik etdiyi Misir-Azərbaycan Dostluq Cəmiyyəti müxtəlif xidmət və fəaliyyətləri pulsuz təqdim edir, o cümlədən Azərbaycan Respublikasından olan müəllimlərin tədris etdiyi Azərbaycan dili kursları təşkil edir.',
  en: 'The Egyptian-Azerbaijani Friendship Society, chaired by Dr. Seymur Nasirov, offers diverse services and activities free of charge, among them Azerbaijani language courses taught by instructors from the Republic of Azerbaijan.',
}

export const articleParagraphs: readonly ArticleParagraph[] = [
  {
    ar: 'لا تزال جمعية الصداقة المصرية الأذربيجانية، برئاسة الدكتور سيمور نصيروف، أستاذ اللغة الأذربيجانية بجامعة القاهرة ورئيس الرابطة الأذربيجانية بمصر، العديد من الخدمات والأنشطة المتنوعة بالمجان، لطلاب العلم، ورواد الجمعية.',
    az: 'Qahirə Universitetinin Azərbaycan dili professoru və Misirdəki Azərbaycan Assosiasiyasının sədri Dr. Seymur Nəsirovun rəhbərlik etdiyi Misir-Azərbaycan Dostluq Cəmiyyəti tələbələrə və cəmiyyətin ziyarətçilərinə çoxsaylı və müxtəlif xidmət və fəaliyyətləri pulsuz təqdim etməyə davam edir.',
    en: 'The Egyptian-Azerbaijani Friendship Society, chaired by Dr. Seymur Nasirov, professor of the Azerbaijani language at Cairo University and head of the Azerbaijani Association in Egypt, continues to offer many diverse services and activities free of charge to students and to the visitors of the society.',
  },
  {
    ar: 'ومن بين هذه الخدمات التي توفرها جمعية الصداقة المصرية الأذربيجانية، لروادها من جميع الجنسيات المقيمة في مصر، تعليم اللغة الأذربيجانية.',
    az: 'Misir-Azərbaycan Dostluq Cəmiyyətinin Misirdə yaşayan bütün millətlərdən olan ziyarətçilərinə göstərdiyi xidmətlər sırasında Azərbaycan dilinin tədrisi də var.',
    en: 'Among the services that the Egyptian-Azerbaijani Friendship Society provides to its visitors of all nationalities residing in Egypt is the teaching of the Azerbaijani language.',
  },
  {
    ar: 'وتنظم الجمعية عددا من الكورسات الخاصة بتعليم اللغة الأذربيجانية، على يد أساتذة متخصصين من أبناء جمهورية أذربيجان.',
    az: 'Cəmiyyət Azərbaycan Respublikasından olan ixtisaslı müəllimlərin tədris etdiyi bir sıra Azərbaycan dili kursları təşkil edir.',
    en: 'The society organizes a number of courses for teaching the Azerbaijani language, given by specialized instructors from the Republic of Azerbaijan.',
  },
  {
    ar: 'ويأتي اهتمام الجمعية بتوطيد العلاقات المصرية الأذربيجانية، والتي يعود تاريخها إلى ديسمبر 1991، حيث كانت مصر فى مقدمة الدول التي اعترفت باستقلال أذربيجان، وتبادل البلدان التمثيل الدبلوماسى عام 1992.',
    az: 'Bu, cəmiyyətin Misir-Azərbaycan münasibətlərinin möhkəmləndirilməsinə göstərdiyi diqqətdən irəli gəlir. Bu münasibətlərin tarixi 1991-ci ilin dekabrına gedib çıxır: Misir Azərbaycanın müstəqilliyini tanıyan ilk dövlətlər sırasında olub, iki ölkə isə 1992-ci ildə diplomatik nümayəndəliklər mübadiləsi aparıb.',
    en: "This reflects the society's interest in strengthening Egyptian-Azerbaijani relations, which date back to December 1991, when Egypt was among the first countries to recognize Azerbaijan's independence; the two countries exchanged diplomatic representation in 1992.",
  },
  {
    ar: 'وكانت زيارة الرئيس الراحل حيدر علييف لمصر عام 1994 وزيارة الرئيس إلهام علييف فى مايو عام 2007 واللقاءات مع الرئيس الأسبق مبارك، علامة أساسية مهدت الطريق للنمو السريع لعلاقات البلدين في كافة جوانبها.',
    az: 'Mərhum Prezident Heydər Əliyevin 1994-cü ildə Misirə səfəri, Prezident İlham Əliyevin 2007-ci ilin mayında səfəri və keçmiş Prezident Mübarəklə görüşlər iki ölkə arasında münasibətlərin bütün sahələrdə sürətli inkişafına yol açan əsas mərhələ olub.',
    en: "The visit of the late President Heydar Aliyev to Egypt in 1994, and the visit of President Ilham Aliyev in May 2007 with the meetings with former President Mubarak, were a key milestone that paved the way for the rapid growth of the two countries' relations in all their aspects.",
  },
  {
    ar: 'وفي يناير 2023، زار الرئيس عبد الفتاح السيسي الى مدينة باكو عاصمة أذربيجان في زيارة ثنائية وذلك في اطار تعزيز العلاقات المتميزة بين البلدين الصديقين، وشهدت الزيارة عدداً من اللقاءات المكثفة.',
    az: '2023-cü ilin yanvarında Prezident Əbdülfəttah əs-Sisi iki dost ölkə arasındakı xüsusi münasibətlərin möhkəmləndirilməsi çərçivəsində Azərbaycanın paytaxtı Bakı şəhərinə ikitərəfli səfər edib; səfər zamanı bir sıra intensiv görüşlər keçirilib.',
    en: 'In January 2023, President Abdel Fattah El-Sisi paid a bilateral visit to Baku, the capital of Azerbaijan, as part of strengthening the distinguished relations between the two friendly countries; the visit saw a number of intensive meetings.',
  },
  {
    ar: 'وعقد الرئيس عبد الفتاح السيسي مباحثات على مستوى القمة مع الرئيس الأذري إلهام علييف بمقر قصر "زوجلوب" الرئاسي بباكو عبر السيد الرئيس عن خالص التقدير للرئيس "علييف" على دعوته لزيارة أذربيجان وحفاوة الاستقبال وكرم الضيافة، مشيداً سيادته بمتانة العلاقات الممتدة بين مصر وأذربيجان ومدى تميزها ، كما أكد الجانبان أهمية البناء على عمق العلاقات التاريخية الودية الطيبة بين مصر وأذربيجان على المستويين الرسمي والشعبي، وما تمثله من قاعدة راسخة لتطوير التعاون في المجالات ذات الاهتمام المشترك.',
    az: 'Prezident Əbdülfəttah əs-Sisi Bakıdakı Zağulba prezident iqamətgahında Azərbaycan Prezidenti İlham Əliyevlə ali səviyyədə danışıqlar aparıb. Misir Prezidenti Azərbaycana səfərə dəvətə, səmimi qəbula və qonaqpərvərliyə görə Prezident Əliyevə dərin minnətdarlığını bildirib, Misir ilə Azərbaycan arasında uzun illərdir davam edən münasibətlərin möhkəmliyini və özünəməxsusluğunu yüksək qiymətləndirib. Tərəflər həmçinin Misir ilə Azərbaycan arasında rəsmi və xalq səviyyəsində mövcud olan dərin tarixi, dostluq və xoş münasibətlər üzərində qurmağın, habelə bu münasibətlərin qarşılıqlı maraq doğuran sahələrdə əməkdaşlığın inkişafı üçün möhkəm təməl olmasının vacibliyini vurğulayıblar.',
    en: 'President Abdel Fattah El-Sisi held summit-level talks with Azerbaijani President Ilham Aliyev at the Zagulba presidential palace in Baku. The President expressed his sincere appreciation to President Aliyev for his invitation to visit Azerbaijan and for the warm reception and generous hospitality, praising the strength and distinction of the long-standing relations between Egypt and Azerbaijan. The two sides also stressed the importance of building on the depth of the historic, friendly and good relations between Egypt and Azerbaijan at the official and popular levels, and on the solid foundation they represent for developing cooperation in areas of common interest.',
  },
  {
    ar: 'وفي يوليو 2023 ألقت مصر بيانها خلال الاجتماع الوزاري لحركة عدم الانحياز في العاصمة الآذرية باكو، حيث ألقى السفير أسامة عبد الخالق، مندوب مصر الدائم لدى الأمم المتحدة في نيويورك، بيان مصر بالنيابة عن الوزير سامح شكري، وزير الخارجية.',
    az: '2023-cü ilin iyulunda Misir Azərbaycanın paytaxtı Bakıda Qoşulmama Hərəkatının nazirlər görüşündə öz bəyanatını səsləndirib: Misirin Nyu-Yorkda BMT yanında daimi nümayəndəsi, səfir Usama Əbdülxaliq Misirin bəyanatını xarici işlər naziri Sameh Şükrünün adından oxuyub.',
    en: "In July 2023, Egypt delivered its statement at the ministerial meeting of the Non-Aligned Movement in the Azerbaijani capital, Baku: Ambassador Osama Abdel Khalek, Egypt's Permanent Representative to the United Nations in New York, delivered Egypt's statement on behalf of Minister Sameh Shoukry, the Minister of Foreign Affairs.",
  },
  {
    ar: 'وفي يونيو 2024، استقبل الرئيس عبد الفتاح السيسي، الرئيس الأذربيجاني إلهام علييف في قصر الاتحادية.',
    az: '2024-cü ilin iyununda Prezident Əbdülfəttah əs-Sisi Azərbaycan Prezidenti İlham Əliyevi İttihadiyyə sarayında qəbul edib.',
    en: 'In June 2024, President Abdel Fattah El-Sisi received Azerbaijani President Ilham Aliyev at Al-Ittihadiya Palace.',
  },
  {
    ar: 'وعقد الرئيسان، جلسة مباحثات، ثم شهدا مراسم التوقيع على عدد من مذكرات التفاهم المشتركة فى مختلف المجالات بين البلدين وذلك بمقر قصر الاتحادية.',
    az: 'İki prezident danışıqlar aparıb, daha sonra İttihadiyyə sarayında iki ölkə arasında müxtəlif sahələr üzrə bir sıra birgə anlaşma memorandumlarının imzalanma mərasimində iştirak ediblər.',
    en: 'The two presidents held a round of talks and then witnessed the signing ceremony of a number of joint memoranda of understanding between the two countries in various fields, at Al-Ittihadiya Palace.',
  },
]
